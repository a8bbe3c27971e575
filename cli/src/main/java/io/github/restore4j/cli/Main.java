// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreOptions;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code restore4j} command: its subcommands, and the demo when it is run without arguments.
 *
 * <pre>{@code
 * Main.run(new String[] {"restore", "--degraded", "001.txt", "--sibling", "seeds"}, System.out, System.err)
 * // restored text on out, the one-line summary on err, returns 0
 * Main.run(new String[] {"restore", "--degraded", "nope.txt", "--sibling", "seeds"}, System.out, System.err)
 * // err: "restore4j: nope.txt: no such file", returns 2
 * }</pre>
 *
 * <p>Exit status: {@link #EXIT_OK}, {@link #EXIT_BUG} or {@link #EXIT_BAD_INPUT}; see the
 * {@linkplain io.github.restore4j.cli package} for the contract subcommands keep.
 *
 * <p>{@link #run(String[], PrintStream, PrintStream)} keeps no state between calls and may run on
 * several threads at once, each with its own streams.
 */
@Command(
    name = "restore4j",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Restores case, punctuation, numbers and diacritics of degraded text"
            + " (lowercased, punctuation and digits stripped, one sentence per line)"
            + " from clean sibling documents.",
        "",
        "Without a command, runs the demo from the project root: restores",
        "  " + Main.DEMO_DEGRADED,
        "from the other seeds in " + Main.DEMO_FOLDER + "/ and prints it, then the summary."},
    // Register a subcommand with one line here, in the order --help lists them.
    subcommands = {
        RestoreCommand.class,
        NormalizeCommand.class,
        EvalCommand.class,
        TrainCommand.class,
        HelpCommand.class,
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:Success.",
        "1:Unexpected failure, a bug: rerun with --debug for the stack trace.",
        "2:Bad input or usage (missing, binary, empty or non-UTF-8 file, bad option),"
            + " or output that cannot be written (full disk, closed pipe);"
            + " no output file is written."})
public final class Main implements Callable<Integer> {
  /** Success, including {@code --help} and {@code --version}. */
  public static final int EXIT_OK = CommandLine.ExitCode.OK;
  /** An unexpected failure: a bug, reported on one line (with the stack trace under --debug). */
  public static final int EXIT_BUG = CommandLine.ExitCode.SOFTWARE;
  /**
   * Bad input or usage, or output that could not be written (standard output or a file), reported
   * on one line; no output file was written.
   */
  public static final int EXIT_BAD_INPUT = CommandLine.ExitCode.USAGE;

  static final String DEMO_FOLDER = "testdata/seeds";
  static final String DEMO_DEGRADED = DEMO_FOLDER + "/001_112bc054fcd8705d.txt";
  static final String DEBUG_ENV = "RESTORE4J_DEBUG";

  private final Context context;

  @Spec
  private CommandSpec spec;

  // Read from the parse result by ErrorHandler, on whichever command it was given.
  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On an unexpected failure, print the stack trace too"
          + " (or set the environment variable " + DEBUG_ENV + "=1).")
  private boolean debug;

  Main(Context context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  /** Runs the command line and exits the JVM with its status. */
  public static void main(String[] args) {
    // Standard output unwrapped: System.out would swallow the reason of a failed write.
    System.exit(run(args, new FileOutputStream(FileDescriptor.out), System.err, Context.system()));
  }

  /**
   * Runs the command line in this JVM: the testable {@link #main}. Never throws and never exits;
   * output goes to {@code out} and {@code err} as UTF-8. When {@code out} fails (its
   * {@link PrintStream#checkError()}), the run fails with {@link #EXIT_BAD_INPUT} and writes no
   * output file.
   *
   * @return the exit status: {@link #EXIT_OK}, {@link #EXIT_BUG} or {@link #EXIT_BAD_INPUT}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Context.system());
  }

  static int run(String[] args, OutputStream out, PrintStream err, Context context) {
    Objects.requireNonNull(args, "args");
    CheckedWriter outWriter = CheckedWriter.of(out, "standard output");
    PrintWriter errWriter = writer(err);
    try {
      ErrorHandler errors = new ErrorHandler(context.debug());
      int status = new CommandLine(new Main(context))
          .registerConverter(Path.class, new PathConverter())
          .setOut(outWriter)
          .setErr(errWriter)
          .setParameterExceptionHandler(errors)
          .setExecutionExceptionHandler(errors)
          .setExecutionStrategy(Main::refuseUnmatchedThenRun)
          .execute(args);
      // Commands check their own output before committing files; this catches the rest (--help).
      if (status == EXIT_OK && outWriter.failed()) {
        return ErrorHandler.report(outWriter.failure(), errWriter, false);
      }
      return status;
    } catch (Error e) { // OutOfMemoryError, StackOverflowError, AssertionError: picocli lets them by
      return ErrorHandler.report(e, errWriter, context.debug() || List.of(args).contains("--debug"));
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /**
   * Runs the command picocli parsed, after refusing arguments it did not match: picocli stops
   * validating once {@code --help} or {@code --version} is seen, so {@code restore --help --bogus}
   * used to print the usage and exit 0, hiding the typo.
   */
  private static int refuseUnmatchedThenRun(ParseResult parsed) {
    for (ParseResult r = parsed; r != null; r = r.subcommand()) {
      if (!r.unmatched().isEmpty()) {
        throw new UnmatchedArgumentException(r.commandSpec().commandLine(), r.unmatched());
      }
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  /** The demo: restores the seed 001 from the other seeds; text then summary on standard output. */
  @Override
  public Integer call() {
    Path degraded = context.workingDirectory().resolve(DEMO_DEGRADED);
    if (!Files.isRegularFile(degraded)) {
      throw new InvalidInputException(DEMO_DEGRADED + " not found: run restore4j from the project"
          + " root for the demo, or see restore4j --help");
    }
    RestoreInputs inputs = RestoreInputs.read(degraded,
        List.of(context.workingDirectory().resolve(DEMO_FOLDER)), List.of());
    Restoration restoration = context.engine().restore(
        RestoreOptions.defaults(), inputs.degraded(), inputs.siblings());
    PrintWriter out = spec.commandLine().getOut();
    String text = restoration.text();
    out.print(text);
    if (!text.isEmpty() && !text.endsWith("\n")) {
      out.print('\n');
    }
    out.print(restoration.stats().summary());
    out.print('\n');
    CheckedWriter.checkWritten(out);
    return EXIT_OK;
  }

  Context context() {
    return context;
  }

  private static PrintWriter writer(PrintStream stream) {
    Objects.requireNonNull(stream, "stream");
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, UTF_8)), false);
  }
}

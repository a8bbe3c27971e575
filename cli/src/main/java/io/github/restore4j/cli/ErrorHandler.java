// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import io.github.restore4j.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into exactly one line on standard error and an exit status, for the top
 * command and every subcommand alike.
 *
 * <pre>{@code
 * restore4j: Unknown option: '--bogus' (see 'restore4j restore --help')      exit 2
 * restore4j: 001.txt: not valid UTF-8 at byte 1043                           exit 2
 * restore4j: unexpected IllegalStateException: … (rerun with --debug …)      exit 1
 * }</pre>
 *
 * <p>Bad input ({@link InvalidInputException}, an I/O failure, a bad option) exits with 2 and never
 * prints a stack trace; anything else is a bug and exits with 1, with the stack trace after the
 * line when debugging is on. Immutable and thread-safe.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {
  static final String PREFIX = "restore4j: ";

  private final boolean debug;

  /** @param debug print stack traces of bugs even without {@code --debug} */
  ErrorHandler(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(PREFIX + oneLine(ex.getMessage())
        + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
    err.flush();
    return Main.EXIT_BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
    return report(ex, command.getErr(), debug || debugRequested(parseResult));
  }

  /** Prints the one line (and the stack trace of a bug when {@code debug}) and returns the status. */
  static int report(Throwable t, PrintWriter err, boolean debug) {
    String line;
    int status;
    if (t instanceof InvalidInputException || t instanceof UncheckedIOException) {
      line = t.getMessage();
      status = Main.EXIT_BAD_INPUT;
    } else if (t instanceof IOException io) {
      line = describe(io);
      status = Main.EXIT_BAD_INPUT;
    } else if (t instanceof OutOfMemoryError) {
      line = "out of memory; give Java more, e.g. java -Xmx8g -jar restore4j-cli.jar …";
      status = Main.EXIT_BUG;
    } else {
      line = "unexpected " + t.getClass().getSimpleName()
          + (t.getMessage() == null ? "" : ": " + t.getMessage())
          + (debug ? "" : " (rerun with --debug for the stack trace)");
      status = Main.EXIT_BUG;
    }
    err.println(PREFIX + oneLine(line));
    if (debug) {
      t.printStackTrace(err);
    }
    err.flush();
    return status;
  }

  private static String describe(IOException e) {
    if (e instanceof FileSystemException fse && fse.getFile() != null) {
      String problem = e instanceof NoSuchFileException ? "no such file"
          : e instanceof AccessDeniedException ? "permission denied"
          : fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
      return fse.getFile() + ": " + problem;
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static boolean debugRequested(ParseResult parseResult) {
    for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Messages can carry line breaks (an exception's, a file name's); the contract is one line. */
  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}

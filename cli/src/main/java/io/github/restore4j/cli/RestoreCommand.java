// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.io.OutputFiles;
import io.github.restore4j.io.TextFiles;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.model.FormModel;
import io.github.restore4j.restore.RestoreOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code restore4j restore}: restores one degraded file, or every {@code *.txt} of a folder, from
 * sibling files and folders.
 *
 * <pre>{@code
 * restore4j restore --degraded testdata/seeds/001_112bc054fcd8705d.txt --sibling testdata/seeds \
 *     --out 001.restored.txt --provenance 001.tsv --json 001.jsonl --report 001.html
 * # stderr: 22 lines: 22 restored, 0 partial, 0 unchanged, 0 empty; …
 * restore4j restore --degraded copies/ --sibling clean/ --out restored/ --report reports/
 * # restored/NAME.txt and reports/NAME.html for each copies/NAME.txt ({@link FolderRestore})
 * }</pre>
 *
 * <p>Order of work, so that a mistake costs little and leaves nothing behind: check that the
 * outputs can be written, read and check every input, restore (progress on standard error unless
 * {@code --quiet}: {@link ProgressDisplay}), write the outputs (text, provenance, JSON Lines, HTML
 * report) to temp files (or print the text and check standard output), then rename the files into
 * place together ({@link OutputFiles}), then print the summary. A run that fails leaves no file.
 * A new instance serves one run.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Restores the degraded text from clean sibling documents.",
        "The restored text goes to --out or standard output, a one-line summary to standard error.",
        "With a folder as --degraded, restores each *.txt in it against one index of the siblings,"
            + " into the --out folder under the same name; a file that fails is reported and skipped.",
        "Input files must be UTF-8 text; a sibling named twice counts once,"
            + " and the degraded file is never its own sibling."})
final class RestoreCommand implements Callable<Integer> {
  static final int MAX_THREADS = 1024;
  /** Every core: the output does not depend on the thread count, only the time does. */
  static final int DEFAULT_THREADS = Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private Main parent;

  @Option(names = "--degraded", required = true, paramLabel = "FILE",
      description = "The degraded text: UTF-8, one sentence per line;"
          + " - (or /dev/stdin) reads standard input; a folder restores each *.txt in it"
          + " (not recursive; needs --out).")
  private Path degraded;

  @Option(names = "--sibling", required = true, paramLabel = "FILE|FOLDER",
      description = "A clean document, or a folder whose *.txt files are all siblings"
          + " (not recursive). Repeat for more. Its id in provenance is the file name.")
  private List<Path> siblings;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the restored text here, atomically, instead of to standard output."
          + " With a --degraded folder: the folder for the restored files (created if missing).")
  private Path out;

  @Option(names = "--provenance", paramLabel = "FILE.tsv",
      description = "Also write, atomically, one tab-separated row per line: line, status,"
          + " sibling, start, end, changes, confidence. With a --degraded folder: a folder, NAME.tsv"
          + " for each NAME.txt.")
  private Path provenance;

  @Option(names = "--json", paramLabel = "FILE",
      description = "Also write, atomically, JSON Lines: one object per line with line, input, output,"
          + " status, sibling, span, changes, words, wordsAligned, confidence. With a --degraded"
          + " folder: a folder, NAME.jsonl for each NAME.txt.")
  private Path json;

  @Option(names = "--report", paramLabel = "FILE.html",
      description = "Also write, atomically, one self-contained HTML page: every line with its"
          + " changes marked, the sibling and confidence on hover, the lines to check first."
          + " With a --degraded folder: a folder, NAME.html for each NAME.txt.")
  private Path report;

  @Option(names = {"-q", "--quiet"},
      description = "No progress on standard error (by default a bar on a terminal, otherwise a line"
          + " every " + PlainProgress.EVERY_SECONDS + " s or 10%% after the first "
          + PlainProgress.EVERY_SECONDS + " s). The summary and errors are still printed.")
  private boolean quiet;

  @Option(names = "--lang", paramLabel = "TAG", converter = LanguageTagConverter.class,
      description = "BCP 47 language tag for case mapping, e.g. tr for the Turkish dotted i."
          + " Default: language-neutral.")
  private Locale language;

  @Option(names = "--fallback",
      description = "Where no sibling covers a line or a word, choose its diacritics and case with a"
          + " form model learned from the siblings (words stay the copy's; lines siblings cover are"
          + " unchanged).")
  private boolean fallback;

  @Option(names = "--model", paramLabel = "FILE",
      description = "As --fallback, with a form model saved by 'restore4j train'.")
  private Path model;

  private int threads = DEFAULT_THREADS;

  @Option(names = "--threads", paramLabel = "N",
      description = "Lines aligned at once, 1 to " + MAX_THREADS
          + "; the output does not depend on it. Default: the available processors.")
  void threads(int threads) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new ParameterException(spec.commandLine(),
          "--threads must be from 1 to " + MAX_THREADS + ": " + threads);
    }
    this.threads = threads;
  }

  @Override
  public Integer call() {
    if (fallback && model != null) {
      throw new ParameterException(spec.commandLine(), "--fallback and --model exclude each other");
    }
    if (!RestoreInputs.isStandardInput(degraded) && Files.isDirectory(degraded)) {
      return new FolderRestore(degraded, siblings, out, provenance, json, report)
          .run(engine(), options(), this::display, spec.commandLine().getErr());
    }
    Map<String, Path> outputs = new LinkedHashMap<>(); // by option, in the order they are checked
    outputs.put("--out", out);
    outputs.put("--provenance", provenance);
    outputs.put("--json", json);
    outputs.put("--report", report);
    outputs.values().removeIf(Objects::isNull);
    outputs.values().forEach(TextFiles::checkWritable);
    requireDistinct(outputs, "file");
    RestoreInputs inputs = RestoreInputs.read(degraded, siblings, List.copyOf(outputs.values()));
    Restoration restoration;
    try (ProgressDisplay display = display()) {
      restoration = engine().restore(options(), inputs.degraded(), inputs.siblings(), display);
    }

    // All or nothing: every file goes to a temp file, standard output is checked, then the renames.
    try (OutputFiles files = new OutputFiles()) {
      String name = RestoreInputs.isStandardInput(degraded) ? RestoreInputs.STDIN
          : String.valueOf(degraded.getFileName());
      Map<Path, ResultFormat> results = new LinkedHashMap<>();
      results.put(provenance, ResultFormat.PROVENANCE);
      results.put(json, ResultFormat.JSON);
      results.put(report, ResultFormat.REPORT);
      results.remove(null);
      for (Map.Entry<Path, ResultFormat> r : results.entrySet()) {
        files.add(r.getKey(), r.getValue().render(name, restoration));
      }
      if (out != null) {
        files.add(out, restoration.text());
      } else {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(restoration.text());
        CheckedWriter.checkWritten(stdout);
      }
      files.commit();
    }
    PrintWriter stderr = spec.commandLine().getErr();
    stderr.println(restoration.stats().summary());
    stderr.flush();
    return Main.EXIT_OK;
  }

  /**
   * Refuses two options naming one file or folder (through a link or a relative path too).
   *
   * @param outputs paths by option, in the order given
   * @param what    {@code file} or {@code folder}, for the message
   */
  static void requireDistinct(Map<String, Path> outputs, String what) {
    List<Map.Entry<String, Path>> seen = new ArrayList<>();
    for (Map.Entry<String, Path> output : outputs.entrySet()) {
      Object key = RestoreInputs.identity(output.getValue());
      for (Map.Entry<String, Path> earlier : seen) {
        if (RestoreInputs.identity(earlier.getValue()).equals(key)) {
          throw new InvalidInputException(output.getValue() + ": is also the " + earlier.getKey() + " " + what
              + "; write it elsewhere");
        }
      }
      seen.add(output);
    }
  }

  /** The progress display of this run: none with {@code --quiet}, a bar on a terminal, else lines. */
  private ProgressDisplay display() {
    Context context = context();
    return ProgressDisplay.of(quiet, context.terminal(), spec.commandLine().getErr(), context.nanoClock());
  }

  RestoreOptions options() {
    RestoreOptions.Builder builder = RestoreOptions.builder().parallelism(threads);
    if (language != null) {
      builder.language(language);
    }
    if (fallback) {
      builder.fallbackFromPool();
    } else if (model != null) {
      builder.fallback(FormModel.load(model));
    }
    return builder.build();
  }

  private RestoreEngine engine() {
    return context().engine();
  }

  private Context context() {
    return parent != null ? parent.context() : Context.system();
  }
}

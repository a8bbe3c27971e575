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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code restore4j restore}: restores one degraded file from sibling files and folders.
 *
 * <pre>{@code
 * restore4j restore --degraded testdata/seeds/001_112bc054fcd8705d.txt --sibling testdata/seeds \
 *     --out 001.restored.txt --provenance 001.tsv
 * # stderr: 22 lines: 22 restored, 0 partial, 0 unchanged, 0 empty; …
 * }</pre>
 *
 * <p>Order of work, so that a mistake costs little and leaves nothing behind: check that the
 * outputs can be written, read and check every input, restore, write the provenance and the output
 * to temp files (or print the text and check standard output), then rename the files into place
 * together ({@link OutputFiles}), then print the summary. A run that fails leaves no file.
 * A new instance serves one run.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Restores the degraded text from clean sibling documents.",
        "The restored text goes to --out or standard output, a one-line summary to standard error.",
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
          + " - (or /dev/stdin) reads standard input.")
  private Path degraded;

  @Option(names = "--sibling", required = true, paramLabel = "FILE|FOLDER",
      description = "A clean document, or a folder whose *.txt files are all siblings"
          + " (not recursive). Repeat for more. Its id in provenance is the file name.")
  private List<Path> siblings;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the restored text here, atomically, instead of to standard output.")
  private Path out;

  @Option(names = "--provenance", paramLabel = "FILE.tsv",
      description = "Also write, atomically, one tab-separated row per line: line, status,"
          + " sibling, start, end, changes, confidence.")
  private Path provenance;

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
    if (out != null) {
      TextFiles.checkWritable(out);
    }
    if (provenance != null) {
      TextFiles.checkWritable(provenance);
      if (out != null && RestoreInputs.identity(out).equals(RestoreInputs.identity(provenance))) {
        throw new InvalidInputException(provenance + ": is also the --out file; write it elsewhere");
      }
    }
    List<Path> outputs = new ArrayList<>(2);
    if (out != null) {
      outputs.add(out);
    }
    if (provenance != null) {
      outputs.add(provenance);
    }
    RestoreInputs inputs = RestoreInputs.read(degraded, siblings, outputs);
    Restoration restoration = engine().restore(options(), inputs.degraded(), inputs.siblings());

    // All or nothing: both files go to temp files, standard output is checked, then the renames.
    try (OutputFiles files = new OutputFiles()) {
      if (provenance != null) {
        files.add(provenance, ProvenanceTsv.format(restoration));
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
    return parent != null ? parent.context().engine() : RestoreEngine.RESTORER;
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.io.OutputFiles;
import io.github.restore4j.io.TextFiles;
import io.github.restore4j.restore.BatchRestoration;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.RestoreStats;
import io.github.restore4j.restore.Sibling;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code restore --degraded FOLDER --out FOLDER}: every {@code *.txt} of a folder restored against
 * one pool of siblings, indexed once ({@link RestoreEngine#restoreAll}), each result written under
 * the same name in the output folder.
 *
 * <pre>{@code
 * restore4j restore --degraded copies/ --sibling clean/ --out restored/ --json json/ --report html/
 * # restored/a.txt, json/a.jsonl, html/a.html for copies/a.txt, and so on; on standard error:
 * # restore4j: copies/b.txt: not valid UTF-8 at byte 17
 * # 19 of 20 files restored into restored/: 1900 lines: 1850 restored, …
 * # restore4j: 1 of 20 files failed                                        (exit status 2)
 * }</pre>
 *
 * <p>Each file is all or nothing, and independent of the others: its outputs (text, and with
 * {@code --provenance}, {@code --json}, {@code --report} folders its {@code NAME.tsv},
 * {@code NAME.jsonl}, {@code NAME.html}) go to temp files and are renamed into place together
 * ({@link OutputFiles}). A file that cannot be read, that the engine refuses or whose outputs cannot
 * be written gets one line, {@code restore4j: FILE: MESSAGE}, and the others go on; the run then
 * ends with the count of failures and exit status 2. Mistakes that concern the whole run (no
 * {@code *.txt}, an output folder that is a file or the input folder, a bad sibling) fail it before
 * any file is written, as in one-file mode. A new instance serves one run.
 */
final class FolderRestore {
  private final Path folder;
  private final List<Path> siblingArgs;
  private final Path out;
  private final Path provenance;
  private final Path json;
  private final Path report;

  FolderRestore(Path folder, List<Path> siblingArgs, Path out, Path provenance, Path json, Path report) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.siblingArgs = List.copyOf(siblingArgs);
    this.out = out;
    this.provenance = provenance;
    this.json = json;
    this.report = report;
  }

  /**
   * Restores the folder.
   *
   * @param display makes the run's progress display, once the inputs are read
   * @return {@link Main#EXIT_OK}, or {@link Main#EXIT_BAD_INPUT} when any file failed
   * @throws InvalidInputException for a mistake that concerns the whole run
   */
  int run(RestoreEngine engine, RestoreOptions options, Supplier<ProgressDisplay> display, PrintWriter err) {
    if (out == null) {
      throw new InvalidInputException(folder + ": is a folder; give --out FOLDER to restore every *.txt in it");
    }
    Map<String, Path> folders = new LinkedHashMap<>(); // outputs may share a folder: their names differ
    folders.put("--out", out);
    folders.put("--provenance", provenance);
    folders.put("--json", json);
    folders.put("--report", report);
    folders.values().removeIf(Objects::isNull);
    folders.forEach((option, f) -> {
      if (Files.exists(f) && !Files.isDirectory(f)) {
        throw new InvalidInputException(f + ": is a file; with a --degraded folder, " + option + " names a folder");
      }
    });
    if (RestoreInputs.identity(out).equals(RestoreInputs.identity(folder))) {
      throw new InvalidInputException(out + ": is also the --degraded folder; write the restored files elsewhere");
    }

    List<Path> files = TextFiles.expandTextFiles(folder);
    Set<Object> degradedKeys = new HashSet<>();
    List<Path> outputs = new ArrayList<>();
    for (Path file : files) {
      degradedKeys.add(RestoreInputs.identity(file));
      outputs.addAll(outputsOf(file.getFileName().toString()).keySet());
    }
    List<Sibling> siblings = RestoreInputs.readSiblings(siblingArgs, degradedKeys, outputs, () ->
        new InvalidInputException(folder + ": its files are the only siblings given;"
            + " give --sibling files other than the degraded ones"));

    int failures = 0;
    Map<String, String> texts = new LinkedHashMap<>();
    for (Path file : files) {
      try {
        texts.put(file.getFileName().toString(), TextFiles.readText(file));
      } catch (InvalidInputException | UncheckedIOException e) {
        failures++;
        fail(err, file, e);
      }
    }
    for (Path f : folders.values()) {
      createFolder(f);
    }
    BatchRestoration batch;
    try (ProgressDisplay progress = display.get()) {
      batch = engine.restoreAll(options, texts, siblings, progress);
    }

    RestoreStats total = RestoreStats.empty();
    int written = 0;
    for (String name : texts.keySet()) {
      Path file = folder.resolve(name);
      Restoration restoration = batch.restored().get(name);
      if (restoration == null) {
        failures++;
        fail(err, file, batch.failed().get(name));
        continue;
      }
      try (OutputFiles outputFiles = new OutputFiles()) {
        for (Map.Entry<Path, ResultFormat> o : outputsOf(name).entrySet()) {
          outputFiles.add(o.getKey(), o.getValue().render(name, restoration));
        }
        outputFiles.commit();
        total = plus(total, restoration.stats());
        written++;
      } catch (InvalidInputException | UncheckedIOException | IllegalArgumentException e) {
        failures++;
        fail(err, null, e); // the message names the output file
      }
    }
    err.println(String.format(Locale.ROOT, "%d of %d files restored into %s: %s",
        written, files.size(), out, total.summary()));
    if (failures > 0) {
      err.println(ErrorHandler.PREFIX + failures + " of " + files.size() + " files failed");
    }
    err.flush();
    return failures == 0 ? Main.EXIT_OK : Main.EXIT_BAD_INPUT;
  }

  /** The output paths of one input file, its text first. */
  private Map<Path, ResultFormat> outputsOf(String name) {
    Map<Path, ResultFormat> paths = new LinkedHashMap<>();
    String stem = stem(name);
    paths.put(out.resolve(name), ResultFormat.TEXT);
    if (provenance != null) {
      paths.put(provenance.resolve(stem + ".tsv"), ResultFormat.PROVENANCE);
    }
    if (json != null) {
      paths.put(json.resolve(stem + ".jsonl"), ResultFormat.JSON);
    }
    if (report != null) {
      paths.put(report.resolve(stem + ".html"), ResultFormat.REPORT);
    }
    return paths;
  }

  /** {@code a.txt} → {@code a}; the extension in any case. */
  static String stem(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }

  /**
   * One line for one failed file: {@code restore4j: FILE: MESSAGE}, the file named once.
   *
   * @param file the input file, or null when the message names the file (an output's)
   */
  private static void fail(PrintWriter err, Path file, RuntimeException e) {
    String message = ErrorHandler.oneLine(e.getMessage());
    String shown = file == null ? null : file.toString();
    err.println(ErrorHandler.PREFIX
        + (shown == null || message.startsWith(shown + ":") ? message : shown + ": " + message));
    err.flush();
  }

  private static void createFolder(Path f) {
    try {
      Files.createDirectories(f);
    } catch (IOException e) {
      throw new UncheckedIOException(f + ": cannot create the folder (" + e.getMessage() + ")", e);
    }
  }

  /** Counts of two restorations together. */
  static RestoreStats plus(RestoreStats a, RestoreStats b) {
    return new RestoreStats(a.lines() + b.lines(), a.emptyLines() + b.emptyLines(), a.restored() + b.restored(),
        a.partial() + b.partial(), a.unchanged() + b.unchanged(), a.words() + b.words(),
        a.wordsAligned() + b.wordsAligned(), a.caseChanges() + b.caseChanges(), a.markChanges() + b.markChanges(),
        a.punctuation() + b.punctuation(), a.numbers() + b.numbers(), a.ambiguousLines() + b.ambiguousLines(),
        a.guardFallbacks() + b.guardFallbacks());
  }
}

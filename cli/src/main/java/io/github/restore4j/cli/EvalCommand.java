// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.eval.Corpus;
import io.github.restore4j.eval.EvalOptions;
import io.github.restore4j.eval.EvalReport;
import io.github.restore4j.eval.Evaluation;
import io.github.restore4j.eval.Profile;
import io.github.restore4j.eval.TranscriptReport;
import io.github.restore4j.eval.Transcripts;
import io.github.restore4j.io.OutputFiles;
import io.github.restore4j.io.TextFiles;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.Sibling;
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
 * {@code restore4j eval}: degrades clean corpora under named profiles, restores them with restore4j
 * and with a diff baseline, and prints the scores as a Markdown table.
 *
 * <pre>{@code
 * restore4j eval --corpus testdata/seeds --corpus testdata/corpora/uk-uagec --json eval.json
 * # stdout: the Markdown report; stderr: one line per corpus and profile, with timings
 * restore4j eval --corpus missing/
 * # stderr: restore4j: missing/: no such file        (exit status 2)
 * restore4j eval --transcripts ../shared/corpora/asr --json asr.json
 * # stdout: per call and in total, restore4j / whole-sequence alignment baseline
 * }</pre>
 *
 * <p>Order of work: check that the JSON file can be written, read every corpus and distractor,
 * evaluate, write the JSON atomically, print the table. A new instance serves one run.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Measures restoration quality: degrades each clean document of the corpora under named profiles,"
            + " restores it against the corpus with restore4j and with a diff baseline, and scores both"
            + " against the clean text (exact lines, fidelity, case, diacritics, punctuation, numbers).",
        "With --transcripts FOLDER instead of --corpus: restores real recognizer output against human"
            + " transcripts and scores it the Earnings-21 way (word alignment on folded keys; case and"
            + " punctuation of matched words).",
        "The Markdown report goes to standard output, progress to standard error."})
final class EvalCommand implements Callable<Integer> {
  /** Corpora under a folder with this path are the shared evaluation corpora, read in place. */
  static final String SHARED_EVAL_MARK = "corpora/eval/";

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private Main parent;

  @Option(names = "--corpus", split = ",", paramLabel = "FOLDER|FILE",
      description = "Clean documents: a folder of *.txt files (one document each), or one file with one"
          + " sentence per line (every --block-lines lines make a document). The language is the name's"
          + " leading code (uk-uagec: uk). Repeat or separate with commas for more. Required unless"
          + " --transcripts is given.")
  private List<Path> corpora;

  @Option(names = "--transcripts", paramLabel = "FOLDER",
      description = "Instead of corpora: a folder of real transcripts, ID.asr.txt (recognizer output) beside"
          + " ID.ref.txt (human transcript). Each copy is restored against its reference as the only sibling,"
          + " by restore4j and by a whole-sequence word alignment baseline; reported per call and in total:"
          + " words matched, case accuracy, punctuation P/R/F1, seconds. The files are read in place.")
  private Path transcripts;

  @Option(names = "--profile", split = ",", paramLabel = "NAME",
      description = "Profiles to run, repeat or separate with commas: seed, ascii, split, digits, shuffled,"
          + " typos, edition, compilation, uncovered; and, for inputs as users have them: asr (one all-capital"
          + " line per document, 1 word in 4 wrong, numbers as words; scored by word alignment), mixed (five"
          + " degradations line by line, order kept in stretches and shuffled in others), artifact (copies the"
          + " seed's tone artifact changed), related (the pool holds a related article instead of the"
          + " document; share of changed words that are right); unseen (documents held out of the pool:"
          + " diacritics and case word accuracy with --fallback, without, and of a unigram baseline; run"
          + " only when named). Default: all but unseen.")
  private List<String> profiles;

  @Option(names = "--distractors", paramLabel = "FOLDER|FILE",
      description = "Clean documents added to every pool, never degraded.")
  private List<Path> distractors;

  @Option(names = "--json", paramLabel = "FILE",
      description = "Also write the report as JSON here, atomically.")
  private Path json;

  @Option(names = "--max-documents", paramLabel = "N", defaultValue = "50",
      description = "The most documents per corpus to degrade and restore (a seeded sample); all"
          + " documents are siblings. Default: ${DEFAULT-VALUE}.")
  private int maxDocuments;

  @Option(names = "--block-lines", paramLabel = "N", defaultValue = "" + Corpus.DEFAULT_BLOCK_LINES,
      description = "Lines per document in a one-sentence-per-line corpus file. Default: ${DEFAULT-VALUE}.")
  private int blockLines;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed of the sample, shuffles, editions and held-out documents. Default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads for restoring and scoring, 1 to " + RestoreCommand.MAX_THREADS
          + "; the report does not depend on it. Default: the available processors.")
  private int threads = RestoreCommand.DEFAULT_THREADS;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "0",
      description = "List up to N lines per row that restore4j got wrong (input, output, reference)."
          + " Default: ${DEFAULT-VALUE}.")
  private int examples;

  @Override
  public Integer call() {
    if ((corpora == null) == (transcripts == null)) {
      throw new ParameterException(spec.commandLine(), "give either --corpus or --transcripts");
    }
    if (transcripts != null) {
      return transcripts();
    }
    if (examples < 0) {
      throw new ParameterException(spec.commandLine(), "--examples must not be negative: " + examples);
    }
    if (maxDocuments < 1) {
      throw new ParameterException(spec.commandLine(), "--max-documents must be positive: " + maxDocuments);
    }
    if (blockLines < 1) {
      throw new ParameterException(spec.commandLine(), "--block-lines must be positive: " + blockLines);
    }
    if (threads < 1 || threads > RestoreCommand.MAX_THREADS) {
      throw new ParameterException(spec.commandLine(),
          "--threads must be from 1 to " + RestoreCommand.MAX_THREADS + ": " + threads);
    }
    List<Profile> chosen = new ArrayList<>();
    boolean unseen = false;
    if (profiles != null) {
      for (String name : profiles) {
        if (name.strip().equalsIgnoreCase(UnseenProfile.ID)) {
          unseen = true;
          continue;
        }
        try {
          chosen.add(Profile.of(name));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
        }
      }
    }
    if (json != null) {
      TextFiles.checkWritable(json);
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Corpus> read = new ArrayList<>();
    for (Path p : corpora) {
      Corpus c = Corpus.read(p, blockLines);
      if (read.stream().anyMatch(x -> x.name().equals(c.name()))) {
        throw new InvalidInputException(p + ": a corpus named " + c.name() + " was given already");
      }
      if (p.toAbsolutePath().normalize().toString().replace('\\', '/').contains(SHARED_EVAL_MARK)) {
        err.println("eval: using the shared evaluation corpus " + p + " (read in place, not copied)");
      }
      read.add(c);
    }
    List<Sibling> extra = new ArrayList<>();
    if (distractors != null) {
      for (Path p : distractors) {
        for (Path f : TextFiles.expandTextFiles(p)) {
          extra.add(Sibling.of("distractor:" + f.getFileName(), TextFiles.readText(f)));
        }
      }
    }
    if (unseen) {
      UnseenProfile.run(read, extra, seed, chosen.isEmpty(), err, this::write);
      if (chosen.isEmpty()) {
        return Main.EXIT_OK;
      }
    }
    EvalOptions.Builder options = EvalOptions.builder()
        .corpora(read)
        .distractors(extra)
        .maxDocuments(maxDocuments)
        .seed(seed)
        .threads(threads)
        .examples(examples);
    if (!chosen.isEmpty()) {
      options.profiles(chosen);
    }
    long t0 = System.nanoTime();
    EvalReport report = Evaluation.run(options.build(), line -> {
      err.println("eval: " + line);
      err.flush();
    });
    write(report.toMarkdown(), report.toJson());
    err.println(String.format(Locale.ROOT, "eval: %d rows in %.1f s", report.rows().size(),
        (System.nanoTime() - t0) / 1e9));
    err.flush();
    return Main.EXIT_OK;
  }

  /** The transcripts mode: restore each pair of the folder, print the report. */
  private int transcripts() {
    if (profiles != null || distractors != null) {
      throw new ParameterException(spec.commandLine(), "--profile and --distractors do not apply to --transcripts");
    }
    if (json != null) {
      TextFiles.checkWritable(json);
    }
    PrintWriter err = spec.commandLine().getErr();
    Restorer restorer = Restorer.create(RestoreOptions.builder().parallelism(threads).build());
    TranscriptReport report = Transcripts.run(transcripts, restorer, line -> {
      err.println("eval: " + line);
      err.flush();
    });
    write(report.toMarkdown(), report.toJson());
    return Main.EXIT_OK;
  }

  /** The table on standard output and the JSON to {@code --json}: the JSON only if the table was printed too. */
  void write(String markdown, String jsonText) {
    try (OutputFiles files = new OutputFiles()) {
      if (json != null) {
        files.add(json, jsonText);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(markdown);
      CheckedWriter.checkWritten(out);
      files.commit();
    }
  }
}

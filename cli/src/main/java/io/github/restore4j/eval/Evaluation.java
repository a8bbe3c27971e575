// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.restore.LineStatus;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.RestoredLine;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.SiblingPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Measures restoration quality: degrades clean documents under named {@link Profile}s, restores
 * them with restore4j and with a diff baseline, and scores both against the clean text.
 *
 * <pre>{@code
 * EvalReport report = Evaluation.run(EvalOptions.builder()
 *     .corpora(List.of(Corpus.read(Path.of("testdata/seeds"))))
 *     .build());
 * report.rows().get(0).restore4j().fidelity()   // 1.0
 * System.out.print(report.toMarkdown());
 * }</pre>
 *
 * <p>For each corpus: the pools (every document of the corpus plus the distractors; with editions;
 * with documents held out) are built once and reused by every profile; for each profile every
 * degraded copy is restored against its pool, line by line compared with the clean text it came from
 * (see {@link Scorer} and {@link References}), and the same lines go through the baseline. The
 * report depends only on the options (never on {@link EvalOptions#threads()}). Stateless and
 * thread-safe; a run is expensive (seconds per corpus and profile).
 */
public final class Evaluation {
  private Evaluation() {}

  /** Runs the evaluation silently. */
  public static EvalReport run(EvalOptions options) {
    return run(options, line -> {});
  }

  /**
   * Runs the evaluation, telling {@code progress} one line per corpus and per profile (with timings;
   * the report itself has none).
   */
  public static EvalReport run(EvalOptions options, Consumer<String> progress) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    int threads = options.threads();
    ExecutorService executor = threads > 1
        ? Executors.newFixedThreadPool(threads, r -> {
          Thread t = new Thread(r, "restore4j-eval");
          t.setDaemon(true);
          return t;
        })
        : null;
    try {
      RestoreOptions.Builder ro = RestoreOptions.builder().parallelism(threads);
      if (executor != null) {
        ro.executor(executor);
      }
      Restorer restorer = Restorer.create(ro.build());
      List<CorpusSummary> corpora = new ArrayList<>();
      List<EvalRow> rows = new ArrayList<>();
      for (Corpus corpus : options.corpora()) {
        Workbench bench = new Workbench(corpus, options.distractors(), options.maxDocuments(), options.seed());
        corpora.add(new CorpusSummary(corpus.name(), corpus.language(), corpus.source(),
            bench.documents().size(), bench.sample().size(), bench.skipped()));
        progress.accept(String.format(Locale.ROOT, "corpus %s (%s): %d documents, %d sampled%s",
            corpus.name(), corpus.language(), bench.documents().size(), bench.sample().size(),
            bench.skipped().isEmpty() ? "" : ", left out: " + String.join(", ", bench.skipped())));
        for (Profile profile : options.profiles()) {
          long t0 = System.nanoTime();
          List<EvalRow> evaluated = evaluate(bench, profile, restorer, executor, options.examples());
          rows.addAll(evaluated);
          EvalRow row = evaluated.get(0);
          if (profile == Profile.ASR) {
            progress.accept(String.format(Locale.ROOT, "  %-12s %5d words  case %6s / %6s  punct. F1 %6s / %6s  %.1f s",
                profile.id(), row.restore4jWords().words(), Report.percent(row.restore4jWords().caseAccuracy()),
                Report.percent(row.baselineWords().caseAccuracy()),
                Report.percent(row.restore4jWords().punctuation().f1()),
                Report.percent(row.baselineWords().punctuation().f1()), (System.nanoTime() - t0) / 1e9));
          } else {
            progress.accept(String.format(Locale.ROOT, "  %-12s %5d lines  exact %6s / %6s  %.1f s",
                profile.id(), row.restore4j().lines(), Report.percent(row.restore4j().exactRate()),
                Report.percent(row.baseline().exactRate()), (System.nanoTime() - t0) / 1e9));
          }
        }
      }
      return new EvalReport(options.seed(), options.maxDocuments(), options.profiles(), corpora, rows);
    } finally {
      if (executor != null) {
        executor.shutdown();
      }
    }
  }

  /**
   * What scoring one copy gives: the tallies of both systems over the lines some restorer could
   * decide and over the others, over the decidable lines whose diacritics were stripped, the
   * changed and right words of both ({@link ChangedWords}), and restore4j's wrong lines.
   */
  private record Part(Scorer.Tally oursDecidable, Scorer.Tally theirsDecidable, Scorer.Tally oursAmbiguous,
      Scorer.Tally theirsAmbiguous, Scorer.Tally oursStripped, Scorer.Tally theirsStripped, long[] oursChanges,
      long[] theirsChanges, long[] oursDecidableChanges, long[] theirsDecidableChanges, List<Example> wrong) {}

  /** The row of the profile, and for a profile with undecidable lines the row(s) without them. */
  private static List<EvalRow> evaluate(Workbench bench, Profile profile, Restorer restorer, ExecutorService executor,
      int examples) {
    Workbench.Scenario scenario = bench.scenario(profile);
    if (profile == Profile.ASR) {
      return List.of(transcripts(bench, scenario, restorer));
    }
    SiblingPool pool = bench.pool(scenario.pool());
    List<DiffBaseline> baselines = new ArrayList<>();
    List<Scorer> scorers = new ArrayList<>();
    for (DegradeOptions o : scenario.variants()) {
      baselines.add(bench.baseline(scenario.pool(), o));
      scorers.add(new Scorer(o));
    }
    boolean changes = profile == Profile.RELATED;
    List<CompletableFuture<Part>> parts = new ArrayList<>();
    int copies = 0;
    for (Workbench.Copy copy : scenario.copies()) {
      if (copy.lines().isEmpty()) {
        continue;
      }
      copies++;
      Restoration restoration = restorer.restore(copy.text(), pool);
      if (restoration.lines().size() != copy.lines().size()) {
        throw new IllegalStateException(copy.id() + ": " + copy.lines().size() + " lines restored as "
            + restoration.lines().size());
      }
      Supplier<Part> task = () -> score(copy, restoration, scenario.variants(), baselines, scorers, examples, changes);
      // The baseline and scoring of this copy overlap with restoring the next one.
      parts.add(executor == null
          ? CompletableFuture.completedFuture(task.get())
          : CompletableFuture.supplyAsync(task, executor));
    }
    Scorer.Tally ours = new Scorer.Tally();
    Scorer.Tally theirs = new Scorer.Tally();
    Scorer.Tally oursDecidable = new Scorer.Tally();
    Scorer.Tally theirsDecidable = new Scorer.Tally();
    Scorer.Tally oursStripped = new Scorer.Tally();
    Scorer.Tally theirsStripped = new Scorer.Tally();
    long[] oursChanges = new long[3];
    long[] theirsChanges = new long[3];
    long[] oursDecidableChanges = new long[3];
    long[] theirsDecidableChanges = new long[3];
    List<Example> wrong = new ArrayList<>();
    try {
      for (CompletableFuture<Part> f : parts) {
        Part p = f.join();
        oursDecidable.add(p.oursDecidable);
        theirsDecidable.add(p.theirsDecidable);
        oursStripped.add(p.oursStripped);
        theirsStripped.add(p.theirsStripped);
        ours.add(p.oursDecidable);
        ours.add(p.oursAmbiguous);
        theirs.add(p.theirsDecidable);
        theirs.add(p.theirsAmbiguous);
        for (int k = 0; k < 3; k++) {
          oursChanges[k] += p.oursChanges[k];
          theirsChanges[k] += p.theirsChanges[k];
          oursDecidableChanges[k] += p.oursDecidableChanges[k];
          theirsDecidableChanges[k] += p.theirsDecidableChanges[k];
        }
        for (Example e : p.wrong) {
          if (wrong.size() < examples) {
            wrong.add(e);
          }
        }
      }
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
    String corpus = bench.corpus().name();
    String language = bench.corpus().language();
    List<EvalRow> rows = new ArrayList<>();
    if (changes || profile == Profile.ARTIFACT) {
      rows.add(new EvalRow(corpus, language, profile, false, false, copies, ours.freeze(), theirs.freeze(),
          changes(oursChanges), changes(theirsChanges), scenario.artifactWords(), wrong));
    } else {
      rows.add(new EvalRow(corpus, language, profile, false, copies, ours.freeze(), theirs.freeze(), wrong));
    }
    if (changes) {
      // lines whose words the pool gives only from another clean form: no restorer can decide them
      List<Example> decidableWrong = wrong.stream().filter(e -> !e.ambiguous()).toList();
      rows.add(new EvalRow(corpus, language, profile, true, false, copies, oursDecidable.freeze(),
          theirsDecidable.freeze(), changes(oursDecidableChanges), changes(theirsDecidableChanges), 0,
          decidableWrong));
    } else if (!scenario.ordered()) {
      List<Example> decidableWrong = wrong.stream().filter(e -> !e.ambiguous()).toList();
      rows.add(new EvalRow(corpus, language, profile, true, copies, oursDecidable.freeze(),
          theirsDecidable.freeze(), decidableWrong));
    }
    if (profile == Profile.MIXED) {
      rows.add(new EvalRow(corpus, language, profile, true, true, copies, oursStripped.freeze(),
          theirsStripped.freeze(), WordScores.empty(), WordScores.empty(), 0, List.of()));
    }
    return rows;
  }

  /** Word scores holding only the counts of {@link ChangedWords}: words, changed, right. */
  private static WordScores changes(long[] c) {
    return new WordScores(c[0], 0, 0, 0, WordScores.empty().marks(), c[1], c[2]);
  }

  /**
   * The row of {@link Profile#ASR}: each copy is one line, restored against the corpus and scored
   * by word alignment with the clean document ({@link WordScorer}); its line-based {@link Scores}
   * count one line per copy, the matched words as words, and their punctuation. A copy is faithful
   * when the output has its words ({@link Transcripts#sameWords}; degrading again cannot tell, the
   * word errors being random).
   */
  private static EvalRow transcripts(Workbench bench, Workbench.Scenario scenario, Restorer restorer) {
    SiblingPool pool = bench.pool(scenario.pool());
    DiffBaseline baseline = bench.baseline(scenario.pool(), scenario.variants().get(0));
    Scorer.Tally ours = new Scorer.Tally();
    Scorer.Tally theirs = new Scorer.Tally();
    WordScores oursWords = WordScores.empty();
    WordScores theirsWords = WordScores.empty();
    int copies = 0;
    for (Workbench.Copy copy : scenario.copies()) {
      Workbench.Expected e = copy.lines().get(0);
      Restoration restoration = restorer.restore(e.degraded(), pool);
      RestoredLine r = restoration.lines().get(0);
      WordScores w = WordScorer.score(r.output(), e.reference()).withAligned(r.wordsAligned());
      tally(ours, w, e, r.output(), r.status());
      oursWords = oursWords.plus(w);
      DiffBaseline.Line b = baseline.restore(e.degraded());
      WordScores v = WordScorer.score(b.output(), e.reference());
      tally(theirs, v, e, b.output(), b.status());
      theirsWords = theirsWords.plus(v);
      copies++;
    }
    return new EvalRow(bench.corpus().name(), bench.corpus().language(), Profile.ASR, false, false, copies,
        ours.freeze(), theirs.freeze(), oursWords, theirsWords, 0, List.of());
  }

  private static void tally(Scorer.Tally t, WordScores w, Workbench.Expected e, String output, LineStatus status) {
    t.lines++;
    t.covered++;
    if (Transcripts.sameWords(e.degraded(), output)) {
      t.faithful++;
    }
    if (Scorer.collapseSpace(output).equals(e.reference())) {
      t.exact++;
    }
    switch (status) {
      case RESTORED -> t.restored++;
      case PARTIAL -> t.partial++;
      default -> t.unchanged++;
    }
    t.words += w.matched();
    t.caseCorrect += w.caseCorrect();
    for (MarkClass c : MarkClass.values()) {
      Counts k = w.punctuation(c);
      t.markTp[c.ordinal()] += k.truePositives();
      t.markPredicted[c.ordinal()] += k.predicted();
      t.markExpected[c.ordinal()] += k.expected();
    }
  }

  private static Part score(Workbench.Copy copy, Restoration restoration, List<DegradeOptions> variants,
      List<DiffBaseline> baselines, List<Scorer> scorers, int examples, boolean changes) {
    Scorer.Tally oursDecidable = new Scorer.Tally();
    Scorer.Tally theirsDecidable = new Scorer.Tally();
    Scorer.Tally oursAmbiguous = new Scorer.Tally();
    Scorer.Tally theirsAmbiguous = new Scorer.Tally();
    Scorer.Tally oursStripped = new Scorer.Tally();
    Scorer.Tally theirsStripped = new Scorer.Tally();
    long[] oursChanges = new long[3];
    long[] theirsChanges = new long[3];
    long[] oursDecidableChanges = new long[3];
    long[] theirsDecidableChanges = new long[3];
    List<Example> wrong = new ArrayList<>();
    for (int i = 0; i < copy.lines().size(); i++) {
      Workbench.Expected e = copy.lines().get(i);
      RestoredLine r = restoration.lines().get(i);
      DegradeOptions options = variants.get(e.variant());
      Scorer scorer = scorers.get(e.variant());
      Scorer.Tally ours = e.ambiguous() ? oursAmbiguous : oursDecidable;
      Scorer.Tally theirs = e.ambiguous() ? theirsAmbiguous : theirsDecidable;
      if (!scorer.score(e.degraded(), r.output(), e.reference(), e.covered(), r.status(), ours)
          && wrong.size() < examples) {
        wrong.add(new Example(copy.id(), e.degraded(), r.output(), e.reference(), e.covered(), e.ambiguous()));
      }
      DiffBaseline.Line b = baselines.get(e.variant()).restore(e.degraded());
      scorer.score(e.degraded(), b.output(), e.reference(), e.covered(), b.status(), theirs);
      if (!e.ambiguous() && (options.stripDiacritics() || options.stripMarks())) {
        scorer.score(e.degraded(), r.output(), e.reference(), e.covered(), r.status(), oursStripped);
        scorer.score(e.degraded(), b.output(), e.reference(), e.covered(), b.status(), theirsStripped);
      }
      if (changes) {
        ChangedWords.count(e.degraded(), r.output(), e.reference(), options.punctuation(), options.keepDigits(),
            oursChanges);
        ChangedWords.count(e.degraded(), b.output(), e.reference(), options.punctuation(), options.keepDigits(),
            theirsChanges);
        if (!e.ambiguous()) {
          ChangedWords.count(e.degraded(), r.output(), e.reference(), options.punctuation(), options.keepDigits(),
              oursDecidableChanges);
          ChangedWords.count(e.degraded(), b.output(), e.reference(), options.punctuation(), options.keepDigits(),
              theirsDecidableChanges);
        }
      }
    }
    return new Part(oursDecidable, theirsDecidable, oursAmbiguous, theirsAmbiguous, oursStripped, theirsStripped,
        oursChanges, theirsChanges, oursDecidableChanges, theirsDecidableChanges, wrong);
  }
}

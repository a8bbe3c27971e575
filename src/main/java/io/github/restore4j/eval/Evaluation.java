package io.github.restore4j.eval;

import io.github.restore4j.degrade.DegradeOptions;
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
          progress.accept(String.format(Locale.ROOT, "  %-12s %5d lines  exact %6s / %6s  %.1f s",
              profile.id(), row.restore4j().lines(), Report.percent(row.restore4j().exactRate()),
              Report.percent(row.baseline().exactRate()), (System.nanoTime() - t0) / 1e9));
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
   * decide and over the others, and restore4j's wrong lines.
   */
  private record Part(Scorer.Tally oursDecidable, Scorer.Tally theirsDecidable, Scorer.Tally oursAmbiguous,
      Scorer.Tally theirsAmbiguous, List<Example> wrong) {}

  /** The row of the profile, and for a profile with undecidable lines the row without them. */
  private static List<EvalRow> evaluate(Workbench bench, Profile profile, Restorer restorer, ExecutorService executor,
      int examples) {
    Workbench.Scenario scenario = bench.scenario(profile);
    DegradeOptions options = profile.degradeOptions();
    SiblingPool pool = bench.pool(scenario.pool());
    DiffBaseline baseline = bench.baseline(scenario.pool(), options);
    Scorer scorer = new Scorer(options);
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
      Supplier<Part> task = () -> score(copy, restoration, baseline, scorer, examples);
      // The baseline and scoring of this copy overlap with restoring the next one.
      parts.add(executor == null
          ? CompletableFuture.completedFuture(task.get())
          : CompletableFuture.supplyAsync(task, executor));
    }
    Scorer.Tally ours = new Scorer.Tally();
    Scorer.Tally theirs = new Scorer.Tally();
    Scorer.Tally oursDecidable = new Scorer.Tally();
    Scorer.Tally theirsDecidable = new Scorer.Tally();
    List<Example> wrong = new ArrayList<>();
    try {
      for (CompletableFuture<Part> f : parts) {
        Part p = f.join();
        oursDecidable.add(p.oursDecidable);
        theirsDecidable.add(p.theirsDecidable);
        ours.add(p.oursDecidable);
        ours.add(p.oursAmbiguous);
        theirs.add(p.theirsDecidable);
        theirs.add(p.theirsAmbiguous);
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
    EvalRow all = new EvalRow(corpus, language, profile, false, copies, ours.freeze(), theirs.freeze(), wrong);
    if (!scenario.ordered()) {
      List<Example> decidableWrong = wrong.stream().filter(e -> !e.ambiguous()).toList();
      return List.of(all, new EvalRow(corpus, language, profile, true, copies, oursDecidable.freeze(),
          theirsDecidable.freeze(), decidableWrong));
    }
    return List.of(all);
  }

  private static Part score(Workbench.Copy copy, Restoration restoration, DiffBaseline baseline,
      Scorer scorer, int examples) {
    Scorer.Tally oursDecidable = new Scorer.Tally();
    Scorer.Tally theirsDecidable = new Scorer.Tally();
    Scorer.Tally oursAmbiguous = new Scorer.Tally();
    Scorer.Tally theirsAmbiguous = new Scorer.Tally();
    List<Example> wrong = new ArrayList<>();
    for (int i = 0; i < copy.lines().size(); i++) {
      Workbench.Expected e = copy.lines().get(i);
      RestoredLine r = restoration.lines().get(i);
      Scorer.Tally ours = e.ambiguous() ? oursAmbiguous : oursDecidable;
      Scorer.Tally theirs = e.ambiguous() ? theirsAmbiguous : theirsDecidable;
      if (!scorer.score(e.degraded(), r.output(), e.reference(), e.covered(), r.status(), ours)
          && wrong.size() < examples) {
        wrong.add(new Example(copy.id(), e.degraded(), r.output(), e.reference(), e.covered(), e.ambiguous()));
      }
      DiffBaseline.Line b = baseline.restore(e.degraded());
      scorer.score(e.degraded(), b.output(), e.reference(), e.covered(), b.status(), theirs);
    }
    return new Part(oursDecidable, theirsDecidable, oursAmbiguous, theirsAmbiguous, wrong);
  }
}

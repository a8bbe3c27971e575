// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.model.DecodeMode;
import io.github.restore4j.model.FormDecoder;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.restore.SiblingPool;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Pieces;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The {@code unseen} profile: documents held out of the pool, so that no sibling covers their lines,
 * restored with and without the fallback form model and by a unigram baseline in the same run, and
 * scored by word accuracy of diacritics and of case, as the field measures diacritic restoration
 * and truecasing.
 *
 * <pre>{@code
 * UnseenEvaluation.Report r = UnseenEvaluation.run(List.of(corpus), List.of(), 1, line -> {});
 * r.rows().get(0).fallback().marksRate()   // e.g. 0.93 for Vietnamese news, copies without marks
 * }</pre>
 *
 * <p>How: the documents of a corpus are shuffled (seeded) and dealt into folds — one document per
 * fold up to {@link #MAX_FOLDS} documents (leave-one-out), else {@link #MAX_FOLDS} folds. For each
 * fold the pool is every other document plus the extra pool text (distractors), and the fallback
 * model is the pool's own ({@link SiblingPool#formModel()}). Each held-out document is degraded
 * sentence by sentence ({@link References}) two ways: lowercase with punctuation and digits deleted,
 * marks kept; and the same with diacritics stripped ({@link DegradeOptions#ascii()}). Three systems
 * restore each copy: restore4j without fallback, restore4j with {@code fallbackFromPool()}, and the
 * baseline: each word's most frequent form in the pool ({@link DecodeMode#UNIGRAM}, no context,
 * a capital at the line's start as the model gives). Words of the output are aligned with the
 * reference's words on their mark-free keys ({@link WordAligner}; joined compounds and deleted
 * numbers are not scored); per aligned word, diacritics are right when the lowercase forms are
 * equal, case when the letters' case is (marks aside). Fidelity per line: degrading the output
 * again gives the copy. Stateless; a run restores every document twice per system.
 */
public final class UnseenEvaluation {
  /** Folds at most: leave-one-out below this many documents. */
  static final int MAX_FOLDS = 20;

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final DegradeOptions MARKS_KEPT = DegradeOptions.ascii().toBuilder().stripDiacritics(false).build();
  private static final List<DegradeOptions> VARIANTS = List.of(MARKS_KEPT, DegradeOptions.ascii());

  private UnseenEvaluation() {}

  /**
   * Word accuracy of one system on one kind of copy.
   *
   * @param lines       lines scored
   * @param faithful    lines whose output degrades back to the copy
   * @param words       words aligned with the reference
   * @param marksRight  words whose letters and marks are the reference's (case aside)
   * @param caseRight   words whose letters have the reference's case (marks aside)
   * @param changed     words the system changed
   */
  public record Accuracy(long lines, long faithful, long words, long marksRight, long caseRight, long changed) {
    /**
     * The share of words with the right diacritics.
     *
     * @return in [0, 1], NaN without words
     */
    public double marksRate() {
      return words == 0 ? Double.NaN : (double) marksRight / words;
    }

    /**
     * The share of words with the right case.
     *
     * @return in [0, 1], NaN without words
     */
    public double caseRate() {
      return words == 0 ? Double.NaN : (double) caseRight / words;
    }

    /**
     * The share of lines that degrade back to the copy.
     *
     * @return in [0, 1], NaN without lines
     */
    public double fidelity() {
      return lines == 0 ? Double.NaN : (double) faithful / lines;
    }

    Accuracy plus(Accuracy o) {
      return new Accuracy(lines + o.lines, faithful + o.faithful, words + o.words, marksRight + o.marksRight,
          caseRight + o.caseRight, changed + o.changed);
    }
  }

  /**
   * One corpus under one kind of copy.
   *
   * @param corpus      the corpus name
   * @param language    its language
   * @param marksKept   whether the copies kept their diacritics (else stripped)
   * @param documents   documents held out and restored
   * @param poolChars   average characters of clean text in a fold's pool
   * @param plain       restore4j without fallback
   * @param unigram     the unigram baseline (each word's most frequent form)
   * @param fallback    restore4j with the fallback model learned from the pool
   */
  public record Row(String corpus, String language, boolean marksKept, int documents, long poolChars,
      Accuracy plain, Accuracy unigram, Accuracy fallback) {}

  /**
   * The rows of a run.
   *
   * @param rows one per corpus and kind of copy
   */
  public record Report(List<Row> rows) {
    /** Copies the rows. */
    public Report {
      rows = List.copyOf(rows);
    }

    /**
     * The Markdown table.
     *
     * @return the table with a heading
     */
    public String toMarkdown() {
      StringBuilder sb = new StringBuilder();
      sb.append("## unseen: documents held out of the pool (no sibling), word accuracy\n\n");
      sb.append("| corpus | lang | copy | docs | pool chars | words | diacritics: no fallback / unigram / --fallback"
          + " | case: no fallback / unigram / --fallback | fidelity --fallback |\n");
      sb.append("|---|---|---|---:|---:|---:|---|---|---:|\n");
      for (Row r : rows) {
        sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %,d | %,d | %s / %s / **%s** | %s / %s / **%s** | %s |%n",
            r.corpus(), r.language(), r.marksKept() ? "marks kept" : "marks stripped", r.documents(), r.poolChars(),
            r.fallback().words(), pct(r.plain().marksRate()), pct(r.unigram().marksRate()),
            pct(r.fallback().marksRate()), pct(r.plain().caseRate()), pct(r.unigram().caseRate()),
            pct(r.fallback().caseRate()), pct(r.fallback().fidelity())));
      }
      return sb.toString();
    }

    /**
     * The rows as JSON.
     *
     * @return a JSON object {@code {"unseen": [...]}}
     */
    public String toJson() {
      StringBuilder sb = new StringBuilder("{\"unseen\": [");
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        sb.append(i == 0 ? "\n" : ",\n");
        sb.append(String.format(Locale.ROOT, "  {\"corpus\": \"%s\", \"language\": \"%s\", \"marksKept\": %b,"
                + " \"documents\": %d, \"poolChars\": %d, \"plain\": %s, \"unigram\": %s, \"fallback\": %s}",
            r.corpus(), r.language(), r.marksKept(), r.documents(), r.poolChars(), json(r.plain()),
            json(r.unigram()), json(r.fallback())));
      }
      return sb.append("\n]}\n").toString();
    }

    private static String json(Accuracy a) {
      return String.format(Locale.ROOT, "{\"lines\": %d, \"faithful\": %d, \"words\": %d, \"marksRight\": %d,"
          + " \"caseRight\": %d, \"changed\": %d}", a.lines(), a.faithful(), a.words(), a.marksRight(), a.caseRight(),
          a.changed());
    }

    private static String pct(double rate) {
      return Double.isNaN(rate) ? "–" : String.format(Locale.ROOT, "%.2f", rate * 100);
    }
  }

  /**
   * Runs the profile over corpora.
   *
   * @param corpora   clean documents, one corpus per language
   * @param extraPool clean text added to every pool (never held out, never scored)
   * @param seed      the seed of the folds
   * @param progress  told one line per corpus
   * @return the report
   */
  public static Report run(List<Corpus> corpora, List<Sibling> extraPool, long seed, Consumer<String> progress) {
    Objects.requireNonNull(corpora, "corpora");
    Objects.requireNonNull(extraPool, "extraPool");
    Restorer plain = Restorer.create(RestoreOptions.defaults());
    Restorer fallback = Restorer.create(RestoreOptions.builder().fallbackFromPool().build());
    List<Row> rows = new ArrayList<>();
    for (Corpus corpus : corpora) {
      long t0 = System.nanoTime();
      List<Sibling> docs = new ArrayList<>(corpus.documents());
      Rng.of(seed, corpus.name(), "unseen").shuffle(docs);
      int folds = Math.min(docs.size(), MAX_FOLDS);
      Accuracy[][] acc = new Accuracy[VARIANTS.size()][3];
      for (Accuracy[] a : acc) {
        java.util.Arrays.fill(a, new Accuracy(0, 0, 0, 0, 0, 0));
      }
      long poolChars = 0;
      for (int f = 0; f < folds && docs.size() > 1; f++) {
        List<Sibling> pooled = new ArrayList<>(extraPool);
        List<Sibling> held = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
          (d % folds == f ? held : pooled).add(docs.get(d));
        }
        SiblingPool pool = SiblingPool.of(pooled);
        for (Sibling s : pooled) {
          poolChars += s.text().length();
        }
        FormDecoder unigram = pool.formModel().decoder(DecodeMode.UNIGRAM, 0);
        for (int v = 0; v < VARIANTS.size(); v++) {
          DegradeOptions options = VARIANTS.get(v);
          References refs = new References(options);
          Degrader again = Degrader.create(options);
          Folding folding = options.stripDiacritics() ? Folding.LOOSE : Folding.STRICT;
          for (Sibling doc : held) {
            List<References.Line> lines = refs.lines(doc);
            if (lines.isEmpty()) {
              continue;
            }
            StringBuilder copy = new StringBuilder();
            for (References.Line l : lines) {
              copy.append(l.degraded()).append('\n');
            }
            Restoration p = plain.restore(copy.toString(), pool);
            Restoration r = fallback.restore(copy.toString(), pool);
            for (int i = 0; i < lines.size(); i++) {
              References.Line l = lines.get(i);
              String base = unigram.restore(l.degraded(), folding, false);
              acc[v][0] = acc[v][0].plus(score(l, p.lines().get(i).output(), again));
              acc[v][1] = acc[v][1].plus(score(l, base, again));
              acc[v][2] = acc[v][2].plus(score(l, r.lines().get(i).output(), again));
            }
          }
        }
      }
      for (int v = 0; v < VARIANTS.size(); v++) {
        rows.add(new Row(corpus.name(), corpus.language(), v == 0, docs.size(), folds == 0 ? 0 : poolChars / folds,
            acc[v][0], acc[v][1], acc[v][2]));
      }
      Row stripped = rows.get(rows.size() - 1);
      progress.accept(String.format(Locale.ROOT,
          "unseen %s (%s): %d documents, %d folds; marks stripped: diacritics %s / %s / %s, case %s / %s / %s; %.1f s",
          corpus.name(), corpus.language(), docs.size(), folds, Report.pct(stripped.plain().marksRate()),
          Report.pct(stripped.unigram().marksRate()), Report.pct(stripped.fallback().marksRate()),
          Report.pct(stripped.plain().caseRate()), Report.pct(stripped.unigram().caseRate()),
          Report.pct(stripped.fallback().caseRate()), (System.nanoTime() - t0) / 1e9));
    }
    return new Report(rows);
  }

  /** Scores one output line against its reference (see the class comment). */
  static Accuracy score(References.Line line, String output, Degrader again) {
    output = NFC.normalize(output);
    String reference = NFC.normalize(line.reference());
    boolean faithful = again.degradeLine(output).equals(line.degraded());
    List<String> out = words(output);
    List<String> ref = words(reference);
    List<String> deg = words(line.degraded());
    Map<String, Integer> ids = new HashMap<>();
    int[] a = keys(out, ids);
    int[] b = keys(ref, ids);
    int[] pair = WordAligner.align(a, b);
    long words = 0;
    long marks = 0;
    long cases = 0;
    for (int i = 0; i < pair.length; i++) {
      if (pair[i] < 0) {
        continue;
      }
      String o = out.get(i);
      String r = ref.get(pair[i]);
      if (r.chars().anyMatch(Character::isDigit)) {
        continue; // "G20" became "g": the copy lost its number, which no system guesses
      }
      words++;
      if (UCharacter.toLowerCase(Locale.ROOT, o).equals(UCharacter.toLowerCase(Locale.ROOT, r))) {
        marks++;
      }
      if (Folding.stripDiacritics(o).equals(Folding.stripDiacritics(r))) {
        cases++;
      }
    }
    long changed = 0;
    if (out.size() == deg.size()) {
      for (int i = 0; i < out.size(); i++) {
        changed += out.get(i).equals(deg.get(i)) ? 0 : 1;
      }
    }
    return new Accuracy(1, faithful ? 1 : 0, words, marks, cases, changed);
  }

  /** The pieces of a text that have letters (numbers are never scored: the copy deleted them). */
  private static List<String> words(String text) {
    Pieces p = Pieces.of(text);
    List<String> out = new ArrayList<>(p.size());
    for (int i = 0; i < p.size(); i++) {
      String w = text.substring(p.start(i), p.end(i));
      if (!Folding.LOOSE.key(w).isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static int[] keys(List<String> words, Map<String, Integer> ids) {
    int[] k = new int[words.size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = ids.computeIfAbsent(Folding.LOOSE.key(words.get(i)), x -> ids.size());
    }
    return k;
  }
}

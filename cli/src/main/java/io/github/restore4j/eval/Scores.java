// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one system (restore4j or the baseline) achieved on one corpus under one profile: counts
 * summed over lines and words (micro-averaged), and rates derived from them. Rates are NaN when
 * their denominator is zero.
 *
 * <pre>{@code
 * Scores s = row.restore4j();
 * s.fidelity()                            // 1.0: every output degrades back to its input
 * s.caseAccuracy()                        // 0.998
 * s.punctuation(MarkClass.COMMA).f1()     // 0.995
 * }</pre>
 *
 * <p>Every metric but fidelity and the uncovered share is over <em>covered</em> lines, lines that
 * have a sibling. See the {@linkplain io.github.restore4j.eval package} for the definitions.
 *
 * @param lines              non-empty degraded lines
 * @param coveredLines       lines taken from a document whose sibling is in the pool
 * @param exactLines         covered lines restored exactly as the reference (white space aside)
 * @param faithfulLines      lines (all) whose output, degraded again without typos, is the input
 * @param restoredLines      covered lines the system restored whole (every word aligned)
 * @param partialLines       covered lines restored in part
 * @param unchangedLines     covered lines the system left as they came
 * @param misalignedLines    covered lines whose output has not as many words as the reference
 * @param words              words of covered lines
 * @param caseCorrect        words whose letter case equals the reference's
 * @param diacriticWords     words scored for diacritics (all but words with typos)
 * @param diacriticCorrect   of those, words whose letters and marks equal the reference's
 * @param typoWords          words whose letters differ from the reference's (typos)
 * @param marks              punctuation counts per {@link MarkClass}, in declaration order
 * @param numbers            number tokens (deleted numbers put back)
 * @param uncoveredLines     lines with no sibling (profile {@link Profile#UNCOVERED})
 * @param uncoveredUnchanged of those, lines left exactly as they came
 */
public record Scores(
    long lines,
    long coveredLines,
    long exactLines,
    long faithfulLines,
    long restoredLines,
    long partialLines,
    long unchangedLines,
    long misalignedLines,
    long words,
    long caseCorrect,
    long diacriticWords,
    long diacriticCorrect,
    long typoWords,
    List<Counts> marks,
    Counts numbers,
    long uncoveredLines,
    long uncoveredUnchanged) {

  public Scores {
    marks = List.copyOf(marks);
    if (marks.size() != MarkClass.values().length) {
      throw new IllegalArgumentException("marks must have one entry per MarkClass: " + marks.size());
    }
    Objects.requireNonNull(numbers, "numbers");
    if (coveredLines + uncoveredLines != lines) {
      throw new IllegalArgumentException("covered " + coveredLines + " + uncovered " + uncoveredLines
          + " lines != " + lines);
    }
    if (restoredLines + partialLines + unchangedLines != coveredLines) {
      throw new IllegalArgumentException("restored + partial + unchanged != covered lines");
    }
    if (exactLines > coveredLines || faithfulLines > lines || caseCorrect > words
        || diacriticCorrect > diacriticWords || uncoveredUnchanged > uncoveredLines) {
      throw new IllegalArgumentException("a count exceeds its total");
    }
  }

  /** No lines. */
  public static Scores empty() {
    List<Counts> marks = new ArrayList<>();
    for (int i = 0; i < MarkClass.values().length; i++) {
      marks.add(Counts.empty());
    }
    return new Scores(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, marks, Counts.empty(), 0, 0);
  }

  /** The punctuation counts of one class. */
  public Counts punctuation(MarkClass markClass) {
    return marks.get(markClass.ordinal());
  }

  /** The punctuation counts of every class together. */
  public Counts punctuation() {
    Counts all = Counts.empty();
    for (Counts c : marks) {
      all = all.plus(c);
    }
    return all;
  }

  /** Covered lines restored exactly, over covered lines. */
  public double exactRate() {
    return ratio(exactLines, coveredLines);
  }

  /** Lines whose words are unchanged (output degrades back to the input), over all lines. */
  public double fidelity() {
    return ratio(faithfulLines, lines);
  }

  /** Words with the reference's letter case, over words of covered lines. */
  public double caseAccuracy() {
    return ratio(caseCorrect, words);
  }

  /** Words with the reference's marks, over words without typos of covered lines. */
  public double diacriticAccuracy() {
    return ratio(diacriticCorrect, diacriticWords);
  }

  /** Covered lines restored whole, over covered lines. */
  public double restoredRate() {
    return ratio(restoredLines, coveredLines);
  }

  /** Covered lines left as they came, over covered lines. */
  public double unchangedRate() {
    return ratio(unchangedLines, coveredLines);
  }

  /** Uncovered lines left as they came, over uncovered lines: 1.0 means nothing was invented. */
  public double uncoveredUnchangedRate() {
    return ratio(uncoveredUnchanged, uncoveredLines);
  }

  /** The sum of both (micro-averaging over corpora). */
  public Scores plus(Scores o) {
    List<Counts> m = new ArrayList<>(marks.size());
    for (int i = 0; i < marks.size(); i++) {
      m.add(marks.get(i).plus(o.marks.get(i)));
    }
    return new Scores(lines + o.lines, coveredLines + o.coveredLines, exactLines + o.exactLines,
        faithfulLines + o.faithfulLines, restoredLines + o.restoredLines, partialLines + o.partialLines,
        unchangedLines + o.unchangedLines, misalignedLines + o.misalignedLines, words + o.words,
        caseCorrect + o.caseCorrect, diacriticWords + o.diacriticWords, diacriticCorrect + o.diacriticCorrect,
        typoWords + o.typoWords, m, numbers.plus(o.numbers), uncoveredLines + o.uncoveredLines,
        uncoveredUnchanged + o.uncoveredUnchanged);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}

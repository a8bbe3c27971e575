// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Word-level scores of copies that are not scored line by line: transcripts (profile
 * {@link Profile#ASR} and {@link Transcripts}), and the changes made against a related article
 * (profile {@link Profile#RELATED}). Counts are summed (micro-averaged); rates are NaN when their
 * denominator is zero.
 *
 * <pre>{@code
 * WordScores s = WordScorer.score("Ok, so revenue grew.", "Okay. So, revenue grew.");
 * s.words()         // 4   words of the copy
 * s.matched()       // 3   "so", "revenue", "grew" match a reference word on the folded key
 * s.caseAccuracy()  // 0.667: "so" should be "So"
 * s.punctuation()   // tp 1, predicted 1, expected 2: "." after "grew" right, "," after "So" missed
 * }</pre>
 *
 * @param words        words of the copies (equal to the outputs' words, by fidelity)
 * @param matched      output words paired with a reference word of equal folded key by the
 *                     word-level edit-distance alignment ({@link WordAligner})
 * @param aligned      output words the system itself says it aligned to a sibling word
 * @param caseCorrect  matched words whose letters and digits equal the reference word's, case included
 * @param marks        punctuation after matched words, per {@link MarkClass} (in declaration order):
 *                     the marks after the output word against those after the reference word
 * @param changed      words whose form (letters, or the marks and numbers after them) the system changed
 * @param changedRight of those, words whose new form is the reference's
 */
public record WordScores(long words, long matched, long aligned, long caseCorrect, List<Counts> marks,
    long changed, long changedRight) {
  public WordScores {
    marks = List.copyOf(marks);
    Objects.requireNonNull(marks, "marks");
    if (marks.size() != MarkClass.values().length) {
      throw new IllegalArgumentException("marks must have one entry per MarkClass: " + marks.size());
    }
    if (matched > words || aligned > words || caseCorrect > matched || changed > words || changedRight > changed) {
      throw new IllegalArgumentException("a count exceeds its total");
    }
  }

  /** Nothing scored. */
  public static WordScores empty() {
    List<Counts> marks = new ArrayList<>();
    for (int i = 0; i < MarkClass.values().length; i++) {
      marks.add(Counts.empty());
    }
    return new WordScores(0, 0, 0, 0, marks, 0, 0);
  }

  /** Matched words over words: the share of the copy a word-level scorer can judge. */
  public double matchedRate() {
    return ratio(matched, words);
  }

  /** Words the system aligned, over words. */
  public double alignedRate() {
    return ratio(aligned, words);
  }

  /** Matched words with the reference's letters (case included), over matched words. */
  public double caseAccuracy() {
    return ratio(caseCorrect, matched);
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

  /** Changed words whose new form is right, over changed words: 1.0 means nothing was invented. */
  public double changePrecision() {
    return ratio(changedRight, changed);
  }

  /** A copy of these scores with {@code aligned} as the system's own aligned words. */
  public WordScores withAligned(long aligned) {
    return new WordScores(words, matched, aligned, caseCorrect, marks, changed, changedRight);
  }

  /** The sum of both. */
  public WordScores plus(WordScores o) {
    List<Counts> m = new ArrayList<>(marks.size());
    for (int i = 0; i < marks.size(); i++) {
      m.add(marks.get(i).plus(o.marks.get(i)));
    }
    return new WordScores(words + o.words, matched + o.matched, aligned + o.aligned,
        caseCorrect + o.caseCorrect, m, changed + o.changed, changedRight + o.changedRight);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}

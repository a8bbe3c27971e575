// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a restored transcript against its reference the way Earnings-21 (fstalign) scores
 * punctuation and truecasing: the output's words are aligned with the reference's by a word-level
 * edit distance over folded keys ({@link WordAligner}, linear memory), and only the pairs whose keys
 * are equal are judged.
 *
 * <pre>{@code
 * WordScorer.score("Ok, so revenue grew.", "Okay. So, revenue grew.")
 * // words 4, matched 3 (so, revenue, grew), caseCorrect 2 ("so" should be "So"),
 * // punctuation after matched words: "." after "grew" right, "," after "So" missed:
 * //   PERIOD tp 1 / predicted 1 / expected 1, COMMA tp 0 / predicted 0 / expected 1
 * }</pre>
 *
 * <ol>
 *   <li>Both texts are cut by {@link WordSequence}: words with their folded keys, and the
 *       punctuation marks after each word up to the next.
 *   <li>Matched: output words paired with a reference word of equal key.
 *   <li>Case: a matched word is right when its letters and digits, as written, equal the
 *       reference word's ({@code "Us"} for {@code "US"} is wrong; inner marks aside).
 *   <li>Punctuation, per {@link MarkClass}: after each matched pair, the classes of the marks after
 *       the output word against those after the reference word, matched as multisets
 *       (true positives: the smaller count per class). Marks after unmatched words are not judged.
 * * </ol>
 *
 * Stateless and thread-safe.
 */
final class WordScorer {
  private static final int CLASSES = MarkClass.values().length;

  private WordScorer() {}

  /** The scores of {@code output} against {@code reference}. */
  static WordScores score(String output, String reference) {
    Map<String, Integer> ids = new HashMap<>();
    WordSequence out = WordSequence.of(output, ids);
    WordSequence ref = WordSequence.of(reference, ids);
    int[] pair = WordAligner.align(out.keys(), ref.keys());
    long matched = 0;
    long caseCorrect = 0;
    long[] tp = new long[CLASSES];
    long[] predicted = new long[CLASSES];
    long[] expected = new long[CLASSES];
    int[] a = new int[CLASSES];
    int[] b = new int[CLASSES];
    for (int w = 0; w < out.size(); w++) {
      int r = pair[w];
      if (r < 0) {
        continue;
      }
      matched++;
      if (out.letters(w).equals(ref.letters(r))) {
        caseCorrect++;
      }
      Arrays.fill(a, 0);
      Arrays.fill(b, 0);
      for (byte c : out.marksAfter(w)) {
        a[c]++;
      }
      for (byte c : ref.marksAfter(r)) {
        b[c]++;
      }
      for (int c = 0; c < CLASSES; c++) {
        tp[c] += Math.min(a[c], b[c]);
        predicted[c] += a[c];
        expected[c] += b[c];
      }
    }
    List<Counts> marks = new ArrayList<>(CLASSES);
    for (int c = 0; c < CLASSES; c++) {
      marks.add(Counts.of(tp[c], predicted[c], expected[c]));
    }
    return new WordScores(out.size(), matched, 0, caseCorrect, marks, 0, 0);
  }
}

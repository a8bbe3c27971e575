// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import io.github.restore4j.degrade.PunctuationMode;

/**
 * Counts the words whose form a system changed, and of those the ones now right: "no invention"
 * for restorations from related articles ({@link Profile#RELATED}).
 *
 * <pre>{@code
 * long[] c = new long[3];
 * ChangedWords.count("sales rose in", "Sales rose 7% in.", "Sales rose 4% in.", PunctuationMode.DELETE, false, c);
 * // c = {3, 3, 2}: 3 words; "Sales" changed and right; "rose 7%" changed and wrong ("rose 4%"
 * // expected); "in." changed and right
 * }</pre>
 *
 * <p>Output, input and reference are cut into {@link WordSpans}; when the three have as many words
 * (by fidelity output and input do), the form of word {@code i} is its text plus the gap after it
 * (marks and numbers up to the next word; the first word also takes the gap before it), white space
 * collapsed. A word is changed when its output form differs from its input form, and right when
 * its output form equals the reference's. Lines whose word counts differ add nothing. Stateless.
 */
final class ChangedWords {
  private ChangedWords() {}

  /**
   * Adds to {@code into[0]} the words of the line (when the three texts have as many), to
   * {@code into[1]} the changed ones and to {@code into[2]} the right ones.
   */
  static void count(String input, String output, String reference, PunctuationMode mode, boolean keepDigits,
      long[] into) {
    WordSpans in = WordSpans.of(input, mode, keepDigits);
    WordSpans out = WordSpans.of(output, mode, keepDigits);
    WordSpans ref = WordSpans.of(reference, mode, keepDigits);
    if (in.size() != out.size() || out.size() != ref.size()) {
      return;
    }
    into[0] += out.size();
    for (int i = 0; i < out.size(); i++) {
      String o = form(output, out, i);
      if (o.equals(form(input, in, i))) {
        continue;
      }
      into[1]++;
      if (o.equals(form(reference, ref, i))) {
        into[2]++;
      }
    }
  }

  private static String form(String text, WordSpans w, int i) {
    int from = i == 0 ? w.gapStart(0) : w.start(i);
    return Scorer.collapseSpace(text.substring(from, w.gapEnd(i + 1)));
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import com.ibm.icu.lang.UCharacter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The baseline for transcripts: the plain whole-sequence word alignment a user would script (the
 * "150-line script" of issue 9) instead of restore4j, given the one reference the copy goes with.
 *
 * <pre>{@code
 * SequenceBaseline.restore("WELL THE UH RESULTS ARE IN", "Well, the results, I think, are in.")
 * // Result[output="Well, the uh results, are in.", aligned=5]
 * }</pre>
 *
 * <ol>
 *   <li>Both texts are cut into words by {@link WordSequence} and aligned by the word-level edit
 *       distance over folded keys ({@link WordAligner}: one sequence against the other, no
 *       segmentation, no index).
 *   <li>A copy word matched with a reference word takes that word's case (letter by letter when
 *       both have as many letters, else its pattern: UPPER, Title or lower), the marks that stand
 *       before it in its token (an opening quote), and the marks after it up to the next word
 *       (a comma, a closing quote, a lone dash).
 *   <li>Every other copy word is lowercased. Words are joined with single spaces.
 * </ol>
 *
 * The copy's letters are never changed, only their case. Stateless and thread-safe.
 */
final class SequenceBaseline {
  private SequenceBaseline() {}

  /**
   * What the baseline made of a copy.
   *
   * @param output  the copy with case and punctuation taken from the reference
   * @param aligned copy words matched with a reference word
   */
  record Result(String output, int aligned) {}

  static Result restore(String copy, String reference) {
    Map<String, Integer> ids = new HashMap<>();
    WordSequence in = WordSequence.of(copy, ids);
    WordSequence ref = WordSequence.of(reference, ids);
    int[] pair = WordAligner.align(in.keys(), ref.keys());
    StringBuilder out = new StringBuilder(copy.length() + copy.length() / 8);
    int aligned = 0;
    String inText = in.text();
    String refText = ref.text();
    for (int w = 0; w < in.size(); w++) {
      if (w > 0) {
        out.append(' ');
      }
      String word = inText.substring(in.start(w), in.end(w));
      int r = pair[w];
      if (r < 0) {
        out.append(UCharacter.toLowerCase(Locale.ROOT, word));
        continue;
      }
      aligned++;
      int gapBefore = r == 0 ? 0 : ref.end(r - 1);
      out.append(lastToken(refText.substring(gapBefore, ref.start(r))));
      out.append(withCase(word, refText.substring(ref.start(r), ref.end(r))));
      int gapAfter = r + 1 < ref.size() ? ref.start(r + 1) : refText.length();
      out.append(beforeLastToken(refText.substring(ref.end(r), gapAfter), r + 1 < ref.size()));
    }
    return new Result(out.toString(), aligned);
  }

  /** What of a gap belongs to the next word's token: the part after its last white space. */
  private static String lastToken(String gap) {
    return gap.substring(lastSpaceEnd(gap));
  }

  /**
   * What of a gap follows the word before it: all of it at the end of the text, else the part up to
   * its last white space; white space runs made one space, one kept before a lone mark ({@code " –"}).
   */
  private static String beforeLastToken(String gap, boolean wordFollows) {
    String part = wordFollows ? gap.substring(0, lastSpaceEnd(gap)) : gap;
    String kept = Scorer.collapseSpace(part);
    if (kept.isEmpty()) {
      return "";
    }
    return UCharacter.isUWhiteSpace(part.codePointAt(0)) ? " " + kept : kept;
  }

  /** The index after the last white space of {@code s}, 0 if it has none. */
  private static int lastSpaceEnd(String s) {
    int i = s.length();
    while (i > 0 && !UCharacter.isUWhiteSpace(s.codePointBefore(i))) {
      i -= Character.charCount(s.codePointBefore(i));
    }
    return i;
  }

  /** {@code word} with the case of {@code model}, whose letters fold to the same key. */
  static String withCase(String word, String model) {
    int[] w = word.codePoints().toArray();
    int[] m = model.codePoints().filter(UCharacter::isLetter).toArray();
    int letters = 0;
    for (int c : w) {
      if (UCharacter.isLetter(c)) {
        letters++;
      }
    }
    StringBuilder sb = new StringBuilder(word.length());
    if (letters == m.length) {
      int k = 0;
      for (int c : w) {
        if (UCharacter.isLetter(c)) {
          int mc = m[k++];
          sb.appendCodePoint(UCharacter.isUUppercase(mc) || UCharacter.isTitleCase(mc)
              ? UCharacter.toUpperCase(c) : UCharacter.isULowercase(mc) ? UCharacter.toLowerCase(c) : c);
        } else {
          sb.appendCodePoint(c);
        }
      }
      return sb.toString();
    }
    int pattern = Scorer.casePattern(model);
    String lower = UCharacter.toLowerCase(Locale.ROOT, word);
    return switch (pattern) {
      case 2 -> UCharacter.toUpperCase(Locale.ROOT, word);
      case 1 -> UCharacter.toTitleCase(Locale.ROOT, lower, null, UCharacter.TITLECASE_NO_LOWERCASE);
      default -> lower;
    };
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import com.ibm.icu.lang.UCharacter;
import io.github.restore4j.degrade.PunctuationMode;
import java.util.Arrays;

/**
 * The words of a line as a degradation sees them: for each word the degraded line has, the span of
 * this text it came from. Scoring aligns a restored line and its reference word by word through
 * these spans, and the baseline keys its siblings with them.
 *
 * <pre>{@code
 * WordSpans w = WordSpans.of("(Mỹ, Nagorno-Karabakh) ngày 4/10.", PunctuationMode.DELETE, false);
 * w.size()     // 3: "Mỹ", "Nagorno-Karabakh", "ngày"  (degraded: "mỹ nagornokarabakh ngày")
 * w.gap(0)     // "("        text before the first word
 * w.gap(1)     // ", "
 * w.gap(3)     // " 4/10."   text after the last word
 * }</pre>
 *
 * <p>The rules mirror the {@link io.github.restore4j.degrade.Degrader}'s: the text is cut at
 * Unicode white space into tokens; a token is cut into clusters (a code point and the marks after
 * it), each a letter, a number or punctuation by its first code point's general category. Letters,
 * and numbers when digits are kept, survive. With {@link PunctuationMode#DELETE} the surviving
 * clusters of a token join into one word, whose span runs from the first to the last of them (so
 * the hyphen of {@code Nagorno-Karabakh} is inside it); with {@link PunctuationMode#SPACE} each run
 * of surviving clusters is a word. The text should be NFC. Immutable.
 */
final class WordSpans {
  private final String text;
  private final int[] start;
  private final int[] end;
  private final int[] tokenStart;
  private final int[] tokenEnd;
  private final int size;

  private WordSpans(String text, int[] start, int[] end, int[] tokenStart, int[] tokenEnd, int size) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.tokenStart = tokenStart;
    this.tokenEnd = tokenEnd;
    this.size = size;
  }

  /**
   * The word spans of {@code text} under a degradation that handles punctuation with {@code mode}
   * (only {@link PunctuationMode#DELETE} and {@link PunctuationMode#SPACE} are supported) and keeps
   * digits or not.
   */
  static WordSpans of(String text, PunctuationMode mode, boolean keepDigits) {
    if (mode != PunctuationMode.DELETE && mode != PunctuationMode.SPACE) {
      throw new IllegalArgumentException("punctuation mode " + mode + " is not supported by the evaluation");
    }
    int cap = 8;
    int[] start = new int[cap];
    int[] end = new int[cap];
    int[] tStart = new int[cap];
    int[] tEnd = new int[cap];
    int size = 0;
    final int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (UCharacter.isUWhiteSpace(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int ts = i;
      int te = i;
      while (te < n && !UCharacter.isUWhiteSpace(cp = text.codePointAt(te))) {
        te += Character.charCount(cp);
      }
      // Clusters of [ts, te): a run of kept clusters opens a word (SPACE) or extends it (DELETE).
      int runStart = -1;
      int runEnd = -1;
      int c = ts;
      while (c < te) {
        int first = text.codePointAt(c);
        int e = c + Character.charCount(first);
        while (e < te && isMark(text.codePointAt(e))) {
          e += Character.charCount(text.codePointAt(e));
        }
        boolean kept = isKept(first, keepDigits);
        if (kept) {
          if (runStart < 0) {
            runStart = c;
          }
          runEnd = e;
        } else if (mode == PunctuationMode.SPACE && runStart >= 0) {
          if (size == start.length) {
            cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            tStart = Arrays.copyOf(tStart, cap);
            tEnd = Arrays.copyOf(tEnd, cap);
          }
          start[size] = runStart;
          end[size] = runEnd;
          tStart[size] = ts;
          tEnd[size] = te;
          size++;
          runStart = -1;
        }
        c = e;
      }
      if (runStart >= 0) {
        if (size == start.length) {
          cap = size * 2;
          start = Arrays.copyOf(start, cap);
          end = Arrays.copyOf(end, cap);
          tStart = Arrays.copyOf(tStart, cap);
          tEnd = Arrays.copyOf(tEnd, cap);
        }
        start[size] = runStart;
        end[size] = runEnd;
        tStart[size] = ts;
        tEnd[size] = te;
        size++;
      }
      i = te;
    }
    return new WordSpans(text, start, end, tStart, tEnd, size);
  }

  /** The Degrader's rule: the first code point of a cluster decides; a lone mark counts as a letter. */
  private static boolean isKept(int cp, boolean keepDigits) {
    if (isNumber(cp)) {
      return keepDigits;
    }
    return !isPunctuation(cp);
  }

  String text() {
    return text;
  }

  /** How many words. */
  int size() {
    return size;
  }

  /** Start of word {@code i}'s span. */
  int start(int i) {
    return start[i];
  }

  /** End (exclusive) of word {@code i}'s span. */
  int end(int i) {
    return end[i];
  }

  /** Word {@code i}'s span. */
  String word(int i) {
    return text.substring(start[i], end[i]);
  }

  /** Where the white-space-delimited token holding word {@code i} starts. */
  int tokenStart(int i) {
    return tokenStart[i];
  }

  /** Where the token holding word {@code i} ends. */
  int tokenEnd(int i) {
    return tokenEnd[i];
  }

  /** Whether word {@code i} is the first of its token. */
  boolean firstInToken(int i) {
    return i == 0 || tokenStart[i - 1] != tokenStart[i];
  }

  /** Whether word {@code i} is the last of its token. */
  boolean lastInToken(int i) {
    return i == size - 1 || tokenStart[i + 1] != tokenStart[i];
  }

  /** Start of gap {@code g} (0 to {@link #size()}): the text before word {@code g}. */
  int gapStart(int g) {
    return g == 0 ? 0 : end[g - 1];
  }

  /** End of gap {@code g}. */
  int gapEnd(int g) {
    return g == size ? text.length() : start[g];
  }

  /** Gap {@code g}: before the first word (0), between words {@code g-1} and {@code g}, or after the last. */
  String gap(int g) {
    return text.substring(gapStart(g), gapEnd(g));
  }

  // Code point classes, as the Degrader has them (ICU general categories).

  static boolean isMark(int cp) {
    int t = UCharacter.getType(cp);
    return t == UCharacter.NON_SPACING_MARK || t == UCharacter.ENCLOSING_MARK
        || t == UCharacter.COMBINING_SPACING_MARK;
  }

  static boolean isNumber(int cp) {
    int t = UCharacter.getType(cp);
    return t == UCharacter.DECIMAL_DIGIT_NUMBER || t == UCharacter.LETTER_NUMBER || t == UCharacter.OTHER_NUMBER;
  }

  static boolean isLetter(int cp) {
    return UCharacter.isLetter(cp);
  }

  /** Not white space, not a letter, mark or number: punctuation and symbols. */
  static boolean isPunctuation(int cp) {
    return !UCharacter.isUWhiteSpace(cp) && !isLetter(cp) && !isMark(cp) && !isNumber(cp);
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.text;

import com.ibm.icu.lang.UCharacter;

/**
 * Code point classes by ICU general category, shared by the degradation stages and the tone-artifact
 * rule ({@link ToneArtifact}), which must classify a token the same way.
 *
 * <pre>{@code
 * Chars.isPunctuation('.')   // true
 * Chars.isMark(0x0301)       // true: combining acute
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class Chars {
  private static final int LETTER =
      1 << UCharacter.UPPERCASE_LETTER | 1 << UCharacter.LOWERCASE_LETTER | 1 << UCharacter.TITLECASE_LETTER
          | 1 << UCharacter.MODIFIER_LETTER | 1 << UCharacter.OTHER_LETTER;
  private static final int MARK =
      1 << UCharacter.NON_SPACING_MARK | 1 << UCharacter.ENCLOSING_MARK | 1 << UCharacter.COMBINING_SPACING_MARK;
  private static final int NUMBER =
      1 << UCharacter.DECIMAL_DIGIT_NUMBER | 1 << UCharacter.LETTER_NUMBER | 1 << UCharacter.OTHER_NUMBER;

  private Chars() {}

  /** General category L*. */
  public static boolean isLetter(int cp) {
    return (1 << UCharacter.getType(cp) & LETTER) != 0;
  }

  /** General category M*. */
  public static boolean isMark(int cp) {
    return (1 << UCharacter.getType(cp) & MARK) != 0;
  }

  /** General category N* (what the options call digits). */
  public static boolean isNumber(int cp) {
    return (1 << UCharacter.getType(cp) & NUMBER) != 0;
  }

  /** Unicode White_Space (includes NBSP and the line terminators). */
  public static boolean isSpace(int cp) {
    return UCharacter.isUWhiteSpace(cp);
  }

  /** Everything that is not white space, a letter, a mark or a number: punctuation and symbols. */
  public static boolean isPunctuation(int cp) {
    return (1 << UCharacter.getType(cp) & (LETTER | MARK | NUMBER)) == 0 && !isSpace(cp);
  }

  /**
   * Whether {@code text[from, to)}, the text between two words, ends a sentence: one of
   * {@code . ! ? …}, then white space.
   */
  public static boolean endsSentence(CharSequence text, int from, int to) {
    boolean terminal = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        terminal = true;
      } else if (terminal && Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every char of {@code s} is below U+0080. */
  public static boolean isAscii(CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}

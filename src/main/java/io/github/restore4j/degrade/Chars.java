package io.github.restore4j.degrade;

import com.ibm.icu.lang.UCharacter;

/** Code point classes shared by the degradation stages, by ICU general category. */
final class Chars {
  private static final int LETTER =
      1 << UCharacter.UPPERCASE_LETTER | 1 << UCharacter.LOWERCASE_LETTER | 1 << UCharacter.TITLECASE_LETTER
          | 1 << UCharacter.MODIFIER_LETTER | 1 << UCharacter.OTHER_LETTER;
  private static final int MARK =
      1 << UCharacter.NON_SPACING_MARK | 1 << UCharacter.ENCLOSING_MARK | 1 << UCharacter.COMBINING_SPACING_MARK;
  private static final int NUMBER =
      1 << UCharacter.DECIMAL_DIGIT_NUMBER | 1 << UCharacter.LETTER_NUMBER | 1 << UCharacter.OTHER_NUMBER;

  private Chars() {}

  /** General category L*. */
  static boolean isLetter(int cp) {
    return (1 << UCharacter.getType(cp) & LETTER) != 0;
  }

  /** General category M*. */
  static boolean isMark(int cp) {
    return (1 << UCharacter.getType(cp) & MARK) != 0;
  }

  /** General category N* (what the options call digits). */
  static boolean isNumber(int cp) {
    return (1 << UCharacter.getType(cp) & NUMBER) != 0;
  }

  /** Unicode White_Space (includes NBSP and the line terminators). */
  static boolean isSpace(int cp) {
    return UCharacter.isUWhiteSpace(cp);
  }

  /** Everything that is not white space, a letter, a mark or a number: punctuation and symbols. */
  static boolean isPunctuation(int cp) {
    return (1 << UCharacter.getType(cp) & (LETTER | MARK | NUMBER)) == 0 && !isSpace(cp);
  }

  static boolean isAscii(CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}

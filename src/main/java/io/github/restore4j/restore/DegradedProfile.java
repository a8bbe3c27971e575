package io.github.restore4j.restore;

import com.ibm.icu.lang.UCharacter;
import io.github.restore4j.text.Folding;

/**
 * What a degradation did, read from the degraded text alone: a text with digits kept its digits; a
 * text with letters but not one diacritic had them stripped; a text with both capitals and small
 * letters kept its case; a text with punctuation kept it (a tokenizer's output). Punctuation deleted
 * or turned into spaces, underscores and line lengths need no detection: pieces and their keys see
 * through them.
 *
 * @param folding     the key both sides are compared under
 * @param caseKept    whether the copy's letter case is evidence of where a line came from
 * @param punctuation whether the copy's punctuation is evidence of where a line came from
 */
record DegradedProfile(Folding folding, boolean caseKept, boolean punctuation) {

  /**
   * Code points below this (Latin with its extensions and Vietnamese, Greek, Cyrillic, …) take their
   * properties from {@link #FLAGS}: five ICU lookups per letter of a lowercase text were a twentieth
   * of the time per restored line.
   */
  private static final int TABLE_SIZE = 0x2000;
  private static final int DIGIT = 1;
  private static final int LETTER = 2;
  private static final int UPPER = 4;
  private static final int LOWER = 8;
  private static final int DIACRITIC = 16;
  private static final int MARK = 32;
  private static final int SPACE = 64;
  private static final byte[] FLAGS = flags();

  private static byte[] flags() {
    byte[] flags = new byte[TABLE_SIZE];
    for (int cp = 0; cp < TABLE_SIZE; cp++) {
      flags[cp] = (byte) lookUp(cp);
    }
    return flags;
  }

  /** The flags of {@code cp} from ICU: what {@link #FLAGS} holds below {@link #TABLE_SIZE}. */
  private static int lookUp(int cp) {
    int f = 0;
    if (UCharacter.isDigit(cp)) {
      f |= DIGIT;
    }
    if (UCharacter.isLetter(cp)) {
      f |= LETTER;
      f |= UCharacter.isUUppercase(cp) ? UPPER : 0;
      f |= UCharacter.isULowercase(cp) ? LOWER : 0;
      f |= Folding.hasDiacritic(cp) ? DIACRITIC : 0;
    }
    if (UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK) {
      f |= MARK;
    }
    if (UCharacter.isWhitespace(cp) || UCharacter.isSpaceChar(cp)) {
      f |= SPACE;
    }
    return f;
  }

  static DegradedProfile detect(String text) {
    boolean digits = false;
    boolean marks = false;
    boolean letters = false;
    boolean upper = false;
    boolean lower = false;
    boolean punct = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if (cp >= '0' && cp <= '9') {
          digits = true;
        } else if (cp >= 'a' && cp <= 'z') {
          letters = lower = true;
        } else if (cp >= 'A' && cp <= 'Z') {
          letters = upper = true;
        } else if (cp > ' ' && cp != '_' && cp != 0x7F) {
          punct = true;
        }
        continue;
      }
      int f = cp < TABLE_SIZE ? FLAGS[cp] : lookUp(cp);
      if ((f & DIGIT) != 0) {
        digits = true;
      } else if ((f & LETTER) != 0) {
        letters = true;
        upper |= (f & UPPER) != 0;
        lower |= (f & LOWER) != 0;
        marks |= (f & DIACRITIC) != 0;
      } else if ((f & MARK) != 0) {
        marks = true;
      } else if ((f & SPACE) == 0) {
        punct = true;
      }
    }
    return new DegradedProfile(Folding.of(letters && !marks, digits), upper && lower, punct);
  }
}

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
      if (UCharacter.isDigit(cp)) {
        digits = true;
      } else if (UCharacter.isLetter(cp)) {
        letters = true;
        upper |= UCharacter.isUUppercase(cp);
        lower |= UCharacter.isULowercase(cp);
        if (!marks && Folding.hasDiacritic(cp)) {
          marks = true;
        }
      } else if (UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK) {
        marks = true;
      } else if (!UCharacter.isWhitespace(cp) && !UCharacter.isSpaceChar(cp)) {
        punct = true;
      }
    }
    return new DegradedProfile(Folding.of(letters && !marks, digits), upper && lower, punct);
  }
}

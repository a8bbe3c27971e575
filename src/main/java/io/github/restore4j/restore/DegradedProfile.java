package io.github.restore4j.restore;

import com.ibm.icu.lang.UCharacter;
import io.github.restore4j.text.Folding;

/**
 * Reads from a degraded text alone what its degradation did, to choose the folding: a text with
 * digits kept its digits; a text with letters but not one diacritic had them stripped. Punctuation
 * deleted or turned into spaces, case, tokenizer underscores and line lengths need no detection:
 * pieces and their keys see through them.
 */
final class DegradedProfile {
  private DegradedProfile() {}

  static Folding detect(String text) {
    boolean digits = false;
    boolean marks = false;
    boolean letters = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        digits |= cp >= '0' && cp <= '9';
        letters |= (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        continue;
      }
      if (UCharacter.isDigit(cp)) {
        digits = true;
      } else if (UCharacter.isLetter(cp)) {
        letters = true;
        if (!marks && Folding.hasDiacritic(cp)) {
          marks = true;
        }
      } else if (UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK) {
        marks = true;
      }
    }
    return Folding.of(letters && !marks, digits);
  }
}

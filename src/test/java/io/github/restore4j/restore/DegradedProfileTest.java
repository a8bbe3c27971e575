package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import io.github.restore4j.text.Folding;
import org.junit.jupiter.api.Test;

final class DegradedProfileTest {

  @Test
  void detect_examples() {
    assertThat(DegradedProfile.detect("hoi nghi g o an do")).isEqualTo(new DegradedProfile(Folding.LOOSE, false, false));
    assertThat(DegradedProfile.detect("hội nghị g20 ở ấn độ")).isEqualTo(new DegradedProfile(Folding.STRICT_DIGITS, false, false));
    assertThat(DegradedProfile.detect("Переговори, «мир»")).isEqualTo(new DegradedProfile(Folding.LOOSE, true, true));
    assertThat(DegradedProfile.detect("ёлка мир")).isEqualTo(new DegradedProfile(Folding.STRICT, false, false));
  }

  /** The table of properties below U+2000 decides as the ICU lookups it was built from. */
  @Test
  void detect_everyCodePointInContexts_matchesIcuLookups() {
    String[] contexts = {"%s", "a%sb", "ă%s", "A%s", "%s1"};
    for (int cp = 0; cp < 0x3000; cp++) {
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        continue;
      }
      String c = new String(Character.toChars(cp));
      for (String context : contexts) {
        String text = String.format(context, c);
        assertThat(DegradedProfile.detect(text)).as("U+%04X in %s", cp, context).isEqualTo(reference(text));
      }
    }
  }

  /** {@link DegradedProfile#detect} without the table. */
  private static DegradedProfile reference(String text) {
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

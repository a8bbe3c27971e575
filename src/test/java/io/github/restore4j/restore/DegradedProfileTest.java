// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import io.github.restore4j.text.Folding;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DegradedProfileTest {

  @Test
  void detect_examples() {
    assertThat(DegradedProfile.detect("hoi nghi g o an do")).isEqualTo(new DegradedProfile(Folding.LOOSE, false, false));
    assertThat(DegradedProfile.detect("hội nghị g20 ở ấn độ")).isEqualTo(new DegradedProfile(Folding.STRICT_DIGITS, false, false));
    assertThat(DegradedProfile.detect("Переговори, «мир»")).isEqualTo(new DegradedProfile(Folding.LOOSE, true, true));
    assertThat(DegradedProfile.detect("ёлка мир")).isEqualTo(new DegradedProfile(Folding.STRICT, false, false));
  }

  /** Letters that removing the nonspacing marks leaves in place are no evidence of diacritics. */
  @Test
  void detect_lettersThatStrippingLeaves_areNoMarks() {
    assertThat(DegradedProfile.detect("zazołc gesla jazn").folding()).isEqualTo(Folding.LOOSE);
    assertThat(DegradedProfile.detect("ısık").folding()).isEqualTo(Folding.LOOSE);
    assertThat(DegradedProfile.detect("đa so nguoi dan o đay").folding()).isEqualTo(Folding.LOOSE);
    assertThat(DegradedProfile.detect("Straße, Æsir, œuvre, Ørsted").folding()).isEqualTo(Folding.LOOSE);
    assertThat(DegradedProfile.detect("zażółć gęślą jaźń").folding()).isEqualTo(Folding.STRICT);
    assertThat(DegradedProfile.detect("Işık").folding()).isEqualTo(Folding.STRICT); // ş has a cedilla
  }

  /** The stripped key sees a word stripped by either tool as the clean word. */
  @Test
  void looseKey_eitherStrippingTool_meetsTheCleanWord() {
    com.ibm.icu.text.Transliterator nfdStrip =
        com.ibm.icu.text.Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC");
    for (String clean : List.of("Zażółć gęślą jaźń", "Işık", "Đà Nẵng", "Ørsted", "Łódź")) {
      String key = Folding.LOOSE.key(clean);
      assertThat(Folding.LOOSE.key(nfdStrip.transliterate(clean))).as(clean).isEqualTo(key);
      assertThat(Folding.LOOSE.key(Folding.stripDiacritics(clean))).as(clean).isEqualTo(key);
    }
  }

  @Test
  void detect_mixedFile_eachLineKeyedByWhatItLost() {
    DegradedProfile[] p = DegradedProfile.detect(List.of(
        "hội nghị g20 ở ấn độ đã kết thúc",
        "hoi nghi g20 o an do da ket thuc",
        "Hội nghị G20 ở Ấn Độ đã kết thúc",
        "hội nghị ở ấn độ đã kết thúc hôm qua"));

    assertThat(p[0].folding()).isEqualTo(Folding.STRICT_DIGITS);
    assertThat(p[1].folding()).isEqualTo(Folding.LOOSE_DIGITS);
    assertThat(p[2]).isEqualTo(new DegradedProfile(Folding.STRICT_DIGITS, true, false));
    // no digit in it: the file's digits are a guess, deleted digits the alternative
    assertThat(p[3]).isEqualTo(new DegradedProfile(Folding.STRICT_DIGITS, false, false, Folding.STRICT));
  }

  @Test
  void detect_lineTooShortToTell_takesItsRun() {
    List<String> marked = List.of("hội nghị ở ấn độ đã kết thúc", "nga", "quan chức mỹ và eu");
    List<String> stripped = List.of("hoi nghi o an do da ket thuc", "nga", "quan chuc my va eu");

    assertThat(DegradedProfile.detect(marked)[1].folding()).isEqualTo(Folding.STRICT);
    assertThat(DegradedProfile.detect(stripped)[1].folding()).isEqualTo(Folding.LOOSE);
  }

  @Test
  void detect_runsDisagree_fileMajorityIsThePrior() {
    DegradedProfile[] p = DegradedProfile.detect(List.of(
        "hội nghị ở ấn độ đã kết thúc", "quan chức mỹ và eu đã gặp", "hoi nghi o an do da ket thuc",
        "tin moi", "người phát ngôn bộ ngoại giao", "tin moi nhat"));

    // between a stripped and a marked line: the file (three marked, two stripped) says marks kept
    assertThat(p[3]).isEqualTo(new DegradedProfile(Folding.STRICT, false, false));
    // three Vietnamese words without a mark are enough to tell
    assertThat(p[5]).isEqualTo(new DegradedProfile(Folding.LOOSE, false, false));
  }

  /** A language whose marks are rare (Russian: й, ё) never calls a plain sentence stripped. */
  @Test
  void detect_rareMarks_plainSentenceKeepsTheFileVerdict() {
    DegradedProfile[] p = DegradedProfile.detect(List.of(
        "новый закон вступит в силу через месяц после публикации",
        "депутаты приняли его в первом чтении на прошлой неделе"));

    assertThat(p[1].folding()).isEqualTo(Folding.STRICT);
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

  private static boolean decomposesWithMark(int cp) {
    String d = com.ibm.icu.text.Normalizer2.getNFDInstance().getDecomposition(cp);
    return d != null && d.codePoints().anyMatch(c -> UCharacter.getType(c) == UCharacter.NON_SPACING_MARK);
  }

  /** {@link DegradedProfile#detect} of one line, without the table. */
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
        if (!marks && decomposesWithMark(cp)) {
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

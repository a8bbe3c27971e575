// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Degrader#stripDiacritics(String)} and the stripDiacritics option. */
final class DiacriticsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Đại diện phía Mỹ là Louis Bono|Dai dien phia My la Louis Bono",
      "Thổ Nhĩ Kỳ|Tho Nhi Ky",
      "Україні, йдеться|Украіні, идеться",
      "Сергей, ёлка|Сергеи, елка",
      "Łódź, Søren, Ħal, Ŧ, ı|Lodz, Soren, Hal, T, i",
  })
  void stripDiacritics_realText_foldsToBaseLetters(String text, String expected) {
    assertThat(Degrader.stripDiacritics(text)).isEqualTo(expected);
  }

  @Test
  void stripDiacritics_textWithoutDiacritics_returnsItself() {
    String russian = "Нагорно-Карабахского конфликта";
    String english = "Borrell tells the European Parliament";

    assertThat(Degrader.stripDiacritics(russian)).isSameAs(russian);
    assertThat(Degrader.stripDiacritics(english)).isSameAs(english);
  }

  @Test
  void stripDiacritics_keepsApostrophesAndCase() {
    assertThat(Degrader.stripDiacritics("дев’ятимісячну БЛОКАДУ Її")).isEqualTo("дев’ятимісячну БЛОКАДУ Іі");
  }

  @Test
  void degrade_asciiPreset_stripsDiacriticsOfSeedSentence() {
    Degrader ascii = Degrader.create(DegradeOptions.ascii());

    assertThat(ascii.degradeLine("Đại diện phía Mỹ là Louis Bono, cố vấn cấp cao của Washington."))
        .isEqualTo("dai dien phia my la louis bono co van cap cao cua washington");
  }

  @Test
  void stripDiacritics_null_throwsNamingTheArgument() {
    assertThatNullPointerException().isThrownBy(() -> Degrader.stripDiacritics(null)).withMessage("text");
  }

  @Test
  void degrade_stripMarks_leavesLettersThatDoNotDecompose() {
    Degrader d = Degrader.create(DegradeOptions.builder().sentencePerLine(true).stripMarks(true).build());

    assertThat(d.degradeLine("Zażółć gęślą jaźń, Işık, Đà Nẵng!")).isEqualTo("zazołc gesla jazn isık đa nang");
    assertThat(Degrader.stripMarks("Zażółć")).isEqualTo("Zazołc");
  }
}

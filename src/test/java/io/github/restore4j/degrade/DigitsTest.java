// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The keepDigits option with each punctuation mode. */
final class DigitsTest {
  private static final String DATE = "Báo Mỹ Politico ngày 4/10 dẫn lời";
  private static final String CROWD = "khoảng 100.000 cư dân";
  private static final String G20 = "hội nghị G20 ở Ấn Độ";

  private static Degrader with(PunctuationMode mode, boolean keepDigits) {
    CaseMode caseMode = mode == PunctuationMode.TOKENIZE || mode == PunctuationMode.KEEP ? CaseMode.KEEP : CaseMode.LOWER;
    return Degrader.create(
        DegradeOptions.builder().punctuation(mode).caseMode(caseMode).keepDigits(keepDigits).build());
  }

  @Test
  void degradeLine_deleteWithoutDigits_dropsNumbersLikeTheSeedPair() {
    Degrader d = with(PunctuationMode.DELETE, false);

    assertThat(d.degradeLine(DATE)).isEqualTo("báo mỹ politico ngày dẫn lời");
    assertThat(d.degradeLine(CROWD)).isEqualTo("khoảng cư dân");
    assertThat(d.degradeLine(G20)).isEqualTo("hội nghị g ở ấn độ");
  }

  @Test
  void degradeLine_deleteWithDigits_joinsTheDigitsOfANumber() {
    Degrader d = with(PunctuationMode.DELETE, true);

    assertThat(d.degradeLine(DATE)).isEqualTo("báo mỹ politico ngày 410 dẫn lời");
    assertThat(d.degradeLine(CROWD)).isEqualTo("khoảng 100000 cư dân");
    assertThat(d.degradeLine(G20)).isEqualTo("hội nghị g20 ở ấn độ");
  }

  @Test
  void degradeLine_spaceWithDigits_splitsNumbersAtPunctuation() {
    Degrader d = with(PunctuationMode.SPACE, true);

    assertThat(d.degradeLine(DATE)).isEqualTo("báo mỹ politico ngày 4 10 dẫn lời");
    assertThat(d.degradeLine("приблизно для 100 000 жителів регіону\".")).isEqualTo("приблизно для 100 000 жителів регіону");
  }

  @Test
  void degradeLine_spaceWithoutDigits_turnsDigitsIntoSpaces() {
    assertThat(with(PunctuationMode.SPACE, false).degradeLine("COVID19 và G20")).isEqualTo("covid và g");
  }

  @Test
  void degradeLine_tokenizeWithDigits_keepsNumberTokensWhole() {
    Degrader d = with(PunctuationMode.TOKENIZE, true);

    assertThat(d.degradeLine(DATE)).isEqualTo(DATE);
    assertThat(d.degradeLine(CROWD + ".")).isEqualTo(CROWD + " .");
    assertThat(d.degradeLine("từ ngày 1/1/2024.")).isEqualTo("từ ngày 1/1/2024 .");
  }

  @Test
  void degradeLine_tokenizeWithoutDigits_dropsWholeNumbers() {
    Degrader d = with(PunctuationMode.TOKENIZE, false);

    assertThat(d.degradeLine(DATE)).isEqualTo("Báo Mỹ Politico ngày dẫn lời");
    assertThat(d.degradeLine("для 100 000 жителів")).isEqualTo("для жителів");
  }

  @Test
  void degradeLine_keepWithoutDigits_dropsNumbersButKeepsOtherPunctuation() {
    assertThat(with(PunctuationMode.KEEP, false).degradeLine("Hồi tháng 3, Ngoại trưởng"))
        .isEqualTo("Hồi tháng , Ngoại trưởng");
  }
}

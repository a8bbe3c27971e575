// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The caseMode and language options. */
final class CaseModeTest {
  private static final Locale TURKISH = Locale.forLanguageTag("tr");
  private static final String TITLE = "Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh ";

  private static Degrader withCase(CaseMode mode) {
    return Degrader.create(DegradeOptions.builder().caseMode(mode).build());
  }

  private static Degrader withCase(CaseMode mode, Locale language) {
    return Degrader.create(DegradeOptions.builder().caseMode(mode).language(language).build());
  }

  @Test
  void degradeLine_lower_lowercasesSeedTitle() {
    assertThat(withCase(CaseMode.LOWER).degradeLine(TITLE))
        .isEqualTo("mỹ nga có thể từng bí mật đàm phán về nagornokarabakh");
  }

  @Test
  void degradeLine_upper_capitalizesSeedTitleLikeSpeechRecognition() {
    assertThat(withCase(CaseMode.UPPER).degradeLine(TITLE))
        .isEqualTo("MỸ NGA CÓ THỂ TỪNG BÍ MẬT ĐÀM PHÁN VỀ NAGORNOKARABAKH");
  }

  @Test
  void degradeLine_keep_leavesCaseAlone() {
    assertThat(withCase(CaseMode.KEEP).degradeLine(TITLE))
        .isEqualTo("Mỹ Nga có thể từng bí mật đàm phán về NagornoKarabakh");
  }

  @Test
  void degradeLine_lowerInTurkish_usesDottedAndDotlessI() {
    assertThat(withCase(CaseMode.LOWER, TURKISH).degradeLine("İstanbul, Thổ Nhĩ Kỳ")).isEqualTo("istanbul thổ nhĩ kỳ");
    assertThat(withCase(CaseMode.LOWER, TURKISH).degradeLine("I")).isEqualTo("ı");
  }

  @Test
  void degradeLine_upperInTurkish_dotsTheCapitalI() {
    assertThat(withCase(CaseMode.UPPER, TURKISH).degradeLine("istanbul")).isEqualTo("İSTANBUL");
  }

  @Test
  void degradeLine_lowerWithoutLanguage_isLanguageNeutral() {
    assertThat(withCase(CaseMode.LOWER).degradeLine("İstanbul")).isEqualTo("i\u0307stanbul");
    assertThat(withCase(CaseMode.LOWER).degradeLine("I")).isEqualTo("i");
  }

  @Test
  void degradeLine_underTurkishDefaultLocale_staysLanguageNeutral() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(TURKISH);
      assertThat(withCase(CaseMode.LOWER).degradeLine("Istanbul, TIN")).isEqualTo("istanbul tin");
      assertThat(withCase(CaseMode.UPPER).degradeLine("istanbul")).isEqualTo("ISTANBUL");
    } finally {
      Locale.setDefault(saved);
    }
  }
}

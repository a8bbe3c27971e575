// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The punctuation option on seed sentences. */
final class PunctuationModeTest {

  private static Degrader with(PunctuationMode mode, CaseMode caseMode) {
    return Degrader.create(DegradeOptions.builder().punctuation(mode).caseMode(caseMode).build());
  }

  private static Degrader with(PunctuationMode mode) {
    return with(mode, CaseMode.LOWER);
  }

  @Test
  void degradeLine_delete_joinsPiecesOfHyphenatedAndApostrophizedWords() {
    Degrader delete = with(PunctuationMode.DELETE);

    assertThat(delete.degradeLine("ở Nagorno-Karabakh, theo Politico.")).isEqualTo("ở nagornokarabakh theo politico");
    assertThat(delete.degradeLine("припинив дев’ятимісячну блокаду")).isEqualTo("припинив девятимісячну блокаду");
    assertThat(delete.degradeLine("канал зв'язку з РФ")).isEqualTo("канал звязку з рф");
  }

  @Test
  void degradeLine_delete_removesGuillemetsDashesAndLonePunctuation() {
    Degrader delete = with(PunctuationMode.DELETE);

    assertThat(delete.degradeLine("Турция предлагает создать «рабочую группу» с Россией"))
        .isEqualTo("турция предлагает создать рабочую группу с россией");
    assertThat(delete.degradeLine("рідкісний — хоча зрештою й невдалий — контакт"))
        .isEqualTo("рідкісний хоча зрештою й невдалий контакт");
  }

  @Test
  void degradeLine_space_splitsWordsAtPunctuation() {
    Degrader space = with(PunctuationMode.SPACE);

    assertThat(space.degradeLine("ở Nagorno-Karabakh, theo Politico.")).isEqualTo("ở nagorno karabakh theo politico");
    assertThat(space.degradeLine("припинив дев’ятимісячну блокаду")).isEqualTo("припинив дев ятимісячну блокаду");
    assertThat(space.degradeLine("урегулированию Нагорно-Карабахского конфликта"))
        .isEqualTo("урегулированию нагорно карабахского конфликта");
  }

  @Test
  void degradeLine_tokenize_splitsOffPunctuationLikeAWordSegmenter() {
    Degrader tokenize = with(PunctuationMode.TOKENIZE, CaseMode.KEEP);

    assertThat(tokenize.degradeLine("(tỉnh Hà Nam) cho biết,")).isEqualTo("( tỉnh Hà Nam ) cho biết ,");
    assertThat(tokenize.degradeLine("создать «рабочую группу» с Россией."))
        .isEqualTo("создать « рабочую группу » с Россией .");
  }

  @Test
  void degradeLine_tokenize_keepsWordInternalHyphensAndApostrophes() {
    Degrader tokenize = with(PunctuationMode.TOKENIZE, CaseMode.KEEP);

    assertThat(tokenize.degradeLine("Нагорно-Карабахского конфликта.")).isEqualTo("Нагорно-Карабахского конфликта .");
    assertThat(tokenize.degradeLine("дев’ятимісячну блокаду, зв'язку з РФ"))
        .isEqualTo("дев’ятимісячну блокаду , зв'язку з РФ");
    assertThat(tokenize.degradeLine("\"Зустріч поза рамками публічності\", – йдеться"))
        .isEqualTo("\" Зустріч поза рамками публічності \" , – йдеться");
  }

  @Test
  void degradeLine_tokenize_keepsDotsInsideAbbreviations() {
    assertThat(with(PunctuationMode.TOKENIZE, CaseMode.KEEP).degradeLine("as U.S. President Donald Trump declared"))
        .isEqualTo("as U.S . President Donald Trump declared");
  }

  @Test
  void degradeLine_tokenize_keepsARunOfTheSamePunctuationTogether() {
    assertThat(with(PunctuationMode.TOKENIZE, CaseMode.KEEP).degradeLine("Іде завантаження..."))
        .isEqualTo("Іде завантаження ...");
  }

  @Test
  void degradeLine_keep_leavesPunctuationInPlace() {
    assertThat(with(PunctuationMode.KEEP, CaseMode.KEEP).degradeLine("Liên minh châu Âu (EU) cử Toivo Klaar,"))
        .isEqualTo("Liên minh châu Âu (EU) cử Toivo Klaar,");
  }

  @Test
  void degradeLine_noBreakSpace_separatesWords() {
    assertThat(with(PunctuationMode.DELETE).degradeLine("Borrell underlined\u00a0 that the\u00a0EU"))
        .isEqualTo("borrell underlined that the eu");
  }

  @Test
  void degradeLine_lineOfPunctuationOnly_becomesEmpty() {
    assertThat(with(PunctuationMode.DELETE).degradeLine("  • — … \u00a0")).isEmpty();
    assertThat(with(PunctuationMode.SPACE).degradeLine("  • — … \u00a0")).isEmpty();
  }
}

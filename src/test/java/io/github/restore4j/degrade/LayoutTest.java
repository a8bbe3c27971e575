// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Line layout options: sentencePerLine, singleLine, maxWordsPerLine, truncateChars. */
final class LayoutTest {
  private static final String TWO_SENTENCES =
      "Đại diện phía Mỹ là Louis Bono, cố vấn cấp cao của Washington. Igor Khovaev, đặc phái viên của Tổng thống Nga, tham gia cuộc họp.";

  private static DegradeOptions.Builder lower() {
    return DegradeOptions.builder();
  }

  @Test
  void degrade_sentencePerLine_putsEachSentenceOnItsOwnLine() {
    Degrader d = Degrader.create(lower().sentencePerLine(true).build());

    assertThat(d.degrade(TWO_SENTENCES))
        .isEqualTo("đại diện phía mỹ là louis bono cố vấn cấp cao của washington\n"
            + "igor khovaev đặc phái viên của tổng thống nga tham gia cuộc họp");
  }

  @Test
  void degrade_sentencePerLine_treatsLineBreaksAsBoundariesAndDropsBlankLines() {
    Degrader d = Degrader.create(lower().sentencePerLine(true).build());

    assertThat(d.degrade("Коментарі — 0\n\n\u00a0\r\nАвторизуйтесь , щоб додавати коментарі\nІде завантаження...\n"))
        .isEqualTo("коментарі\nавторизуйтесь щоб додавати коментарі\nіде завантаження\n");
  }

  @Test
  void degrade_withoutSentencePerLine_keepsLinesOneToOne() {
    Degrader d = Degrader.create(lower().build());

    assertThat(d.degrade("Коментарі — 0\n\n\u00a0\r\nІде завантаження... Показати більше коментарів"))
        .isEqualTo("коментарі\n\n\nіде завантаження показати більше коментарів");
  }

  @Test
  void degrade_sentencePerLineWithLanguage_usesIcuAbbreviationSuppressions() {
    String text = "Mr. Blinken met Mr. Lavrov in India.";
    Degrader root = Degrader.create(lower().sentencePerLine(true).build());
    Degrader english =
        Degrader.create(lower().sentencePerLine(true).language(Locale.forLanguageTag("en-u-ss-standard")).build());

    assertThat(root.degrade(text)).isEqualTo("mr\nblinken met mr\nlavrov in india");
    assertThat(english.degrade(text)).isEqualTo("mr blinken met mr lavrov in india");
  }

  @Test
  void degrade_singleLine_joinsTheWholeDocument() {
    Degrader d = Degrader.create(lower().singleLine(true).build());

    assertThat(d.degrade("Коментарі — 0\n\nАвторизуйтесь, щоб додавати коментарі\n"))
        .isEqualTo("коментарі авторизуйтесь щоб додавати коментарі\n");
  }

  @Test
  void degradeLine_maxWordsPerLine_dropsTheRestInsteadOfWrapping() {
    Degrader d = Degrader.create(lower().maxWordsPerLine(5).build());

    assertThat(d.degradeLine(TWO_SENTENCES)).isEqualTo("đại diện phía mỹ là");
  }

  @Test
  void degradeLine_maxWordsPerLine_countsOnlyWordsThatSurvive() {
    Degrader d = Degrader.create(lower().maxWordsPerLine(5).build());

    assertThat(d.degradeLine("Báo Mỹ Politico ngày 4/10 dẫn lời")).isEqualTo("báo mỹ politico ngày dẫn");
  }

  @Test
  void degrade_truncateChars_cutsMidWordWithoutFinalLineBreak() {
    Degrader d = Degrader.create(lower().sentencePerLine(true).truncateChars(69).build());

    assertThat(d.degrade(TWO_SENTENCES + "\n"))
        .isEqualTo("đại diện phía mỹ là louis bono cố vấn cấp cao của washington\nigor kho");
  }

  @Test
  void degrade_truncateCharsAtALineBreak_dropsTheLineBreak() {
    Degrader d = Degrader.create(lower().sentencePerLine(true).truncateChars(61).build());

    assertThat(d.degrade(TWO_SENTENCES)).isEqualTo("đại diện phía mỹ là louis bono cố vấn cấp cao của washington");
  }

  @Test
  void degrade_truncateCharsLongerThanOutput_keepsEverything() {
    Degrader d = Degrader.create(lower().truncateChars(1000).build());

    assertThat(d.degrade("Huyền Lê (Theo Politico)\n")).isEqualTo("huyền lê theo politico\n");
  }

  @Test
  void degrade_emptyText_givesEmptyText() {
    assertThat(Degrader.create(DegradeOptions.seed()).degrade("")).isEmpty();
  }
}

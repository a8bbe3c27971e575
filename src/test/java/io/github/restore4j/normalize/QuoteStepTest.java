// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

final class QuoteStepTest {
  private static final QuoteStep ASCII = new QuoteStep(QuoteStyle.ASCII, null);
  private static final QuoteStep UK = new QuoteStep(QuoteStyle.CANONICAL, Locale.forLanguageTag("uk"));
  private static final QuoteStep EN = new QuoteStep(QuoteStyle.CANONICAL, Locale.ENGLISH);
  private static final QuoteStep DE = new QuoteStep(QuoteStyle.CANONICAL, Locale.GERMAN);

  @Test
  void ascii_seed000Sentence_quotesApostrophesAndDashesToAscii() {
    // Seed 000: "... на тому, «як змусити криваві вантажівки рухатися» ... дев’ятимісячну ... – йдеться"
    assertThat(ASCII.apply("зосереджена на тому, «як змусити криваві вантажівки рухатися» та", null))
        .isEqualTo("зосереджена на тому, \"як змусити криваві вантажівки рухатися\" та");
    assertThat(ASCII.apply("дев’ятимісячну блокаду", null)).isEqualTo("дев'ятимісячну блокаду");
    assertThat(ASCII.apply("кризи в Карабаху – POLITICO", null)).isEqualTo("кризи в Карабаху - POLITICO");
    assertThat(ASCII.apply("Trump’s „plan“ ‹x›", null)).isEqualTo("Trump's \"plan\" 'x'");
  }

  @Test
  void canonical_ukrainianApostrophes_becomeOneMark() {
    // Seed 000 writes "дев’ятимісячну" (U+2019), seed 003 "зв'язку" (U+0027).
    assertThat(UK.apply("канал зв'язку з РФ", null)).isEqualTo("канал зв’язку з РФ");
    String typographic = "дев’ятимісячну блокаду";
    assertThat(UK.apply(typographic, null)).isSameAs(typographic);
    assertThat(UK.apply("пам\u02BCять", null)).isEqualTo("пам’ять");
  }

  @Test
  void canonical_ukrainianQuotesAndDash() {
    assertThat(UK.apply("\"Зустріч поза рамками публічності\" - йдеться в матеріалі", null))
        .isEqualTo("«Зустріч поза рамками публічності» — йдеться в матеріалі");
  }

  @Test
  void canonical_nestedQuotes_takeTheSecondaryMarks() {
    assertThat(UK.apply("\"він сказав \"так\" вчора\"", null)).isEqualTo("«він сказав „так“ вчора»");
    assertThat(DE.apply("\"Er sagte 'ja' gestern\"", null)).isEqualTo("„Er sagte ‚ja‘ gestern“");
  }

  @Test
  void canonical_english_apostrophesInsideWordsAreNotQuotes() {
    // Seed 002: "Editor's choice", "Israel's parliament", "a \"long nightmare\" for both".
    assertThat(EN.apply("Editor's choice: Israel's parliament, a \"long nightmare\" for the students' union",
        null)).isEqualTo("Editor’s choice: Israel’s parliament, a “long nightmare” for the students’ union");
  }

  @Test
  void canonical_markBetweenLettersOrSpaces_isLeftAlone() {
    String text = "5 \" 6 and Nhá»¯ng";
    assertThat(EN.apply(text, null)).isSameAs(text);
  }

  @Test
  void canonical_dashAtLineStartOrMinus_isLeftAlone() {
    String text = "- пункт\n5 − 3";
    assertThat(UK.apply(text, null)).isSameAs(text);
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.Seeds;
import org.junit.jupiter.api.Test;

/** The compoundJoinRate option: word-segmenter compounds decided by the words themselves. */
final class CompoundJoinTest {
  private static final String SENTENCE =
      "Cơ quan chức năng tỉnh Hà Nam cho biết, cuộc họp bí mật diễn ra ngày 17/9 tại Istanbul, Thổ Nhĩ Kỳ.";

  private static Degrader tokenizer(double rate, long seed) {
    return Degrader.create(
        DegradeOptions.builder()
            .punctuation(PunctuationMode.TOKENIZE)
            .caseMode(CaseMode.KEEP)
            .keepDigits(true)
            .compoundJoinRate(rate)
            .seed(seed)
            .build());
  }

  @Test
  void degradeLine_rateOne_joinsEveryPairOfWords() {
    assertThat(tokenizer(1, 0).degradeLine("(tỉnh Hà Nam) cho biết,")).isEqualTo("( tỉnh_Hà_Nam ) cho_biết ,");
  }

  @Test
  void degradeLine_rateZero_joinsNothing() {
    assertThat(tokenizer(0, 0).degradeLine("Cơ quan chức năng")).isEqualTo("Cơ quan chức năng");
  }

  @Test
  void degradeLine_tokenizerPreset_joinsSomePairsOnly() {
    String out = Degrader.create(DegradeOptions.tokenizer()).degradeLine(SENTENCE);

    assertThat(out).contains("_").contains(" ");
    assertThat(out.replace('_', ' ')).isEqualTo(tokenizer(0, 0).degradeLine(SENTENCE));
  }

  @Test
  void degradeLine_samePairAnywhere_getsTheSameDecision() {
    Degrader d = tokenizer(0.5, 7);
    String once = d.degradeLine("Cơ quan chức năng");

    assertThat(d.degradeLine("Hôm nay , cơ quan chức năng")).endsWith(" " + once.toLowerCase(java.util.Locale.ROOT))
        .as("the decision ignores case and position");
  }

  @Test
  void degradeLine_sameTextTwice_givesTheSameJoins() {
    assertThat(tokenizer(0.4, 3).degradeLine(SENTENCE)).isEqualTo(tokenizer(0.4, 3).degradeLine(SENTENCE));
  }

  @Test
  void degradeLine_degradedText_keepsItsJoins() {
    Degrader d = tokenizer(0.4, 3);
    String once = d.degradeLine(SENTENCE);

    assertThat(d.degradeLine(once)).isEqualTo(once);
  }

  @Test
  void degradeLine_differentSeed_givesDifferentJoins() {
    String text = Seeds.lineWith(Seeds.UK_NBC, "Група колишніх");

    assertThat(tokenizer(0.4, 1).degradeLine(text)).isNotEqualTo(tokenizer(0.4, 2).degradeLine(text));
  }

  @Test
  void degradeLine_keepMode_neverJoinsWordsWithPunctuation() {
    Degrader keep = Degrader.create(
        DegradeOptions.builder().punctuation(PunctuationMode.KEEP).caseMode(CaseMode.KEEP).compoundJoinRate(1).build());

    assertThat(keep.degradeLine("Liên minh châu Âu (EU) cử Toivo Klaar,")).isEqualTo("Liên_minh_châu_Âu (EU) cử_Toivo Klaar,");
  }

  @Test
  void degradeLine_maxWordsPerLine_countsACompoundAsOneWord() {
    Degrader d = Degrader.create(
        DegradeOptions.builder()
            .punctuation(PunctuationMode.TOKENIZE)
            .compoundJoinRate(1)
            .maxWordsPerLine(3)
            .build());

    assertThat(d.degradeLine("(tỉnh Hà Nam) cho biết, ngày")).isEqualTo("( tỉnh_hà_nam )");
  }
}

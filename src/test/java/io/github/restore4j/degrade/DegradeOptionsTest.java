// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Builder rules: each setter once, fail-fast validation, conflicts rejected, nulls named. */
final class DegradeOptionsTest {

  @Test
  void builder_defaults_lowercaseDeleteLinesOneToOne() {
    DegradeOptions o = DegradeOptions.builder().build();

    assertThat(o.caseMode()).isEqualTo(CaseMode.LOWER);
    assertThat(o.punctuation()).isEqualTo(PunctuationMode.DELETE);
    assertThat(o.keepDigits()).isFalse();
    assertThat(o.sentencePerLine()).isFalse();
    assertThat(o.maxWordsPerLine()).isZero();
    assertThat(o.truncateChars()).isZero();
    assertThat(o.language()).isEmpty();
  }

  @Test
  void seed_isTheSeedPairsDegradation() {
    DegradeOptions o = DegradeOptions.seed();

    assertThat(o.sentencePerLine()).isTrue();
    assertThat(o.caseMode()).isEqualTo(CaseMode.LOWER);
    assertThat(o.punctuation()).isEqualTo(PunctuationMode.DELETE);
    assertThat(o.keepDigits()).isFalse();
    assertThat(o.toneArtifact()).isTrue();
    assertThat(o.maxWordsPerLine()).isEqualTo(40);
    assertThat(o.truncateChars()).isZero();
  }

  @Test
  void setter_calledTwice_throwsNamingTheFirstValue() {
    assertThatIllegalStateException()
        .isThrownBy(() -> DegradeOptions.builder().caseMode(CaseMode.UPPER).caseMode(CaseMode.KEEP))
        .withMessage("caseMode was already set to UPPER");
    assertThatIllegalStateException()
        .isThrownBy(() -> DegradeOptions.builder().maxWordsPerLine(40).maxWordsPerLine(30))
        .withMessage("maxWordsPerLine was already set to 40");
  }

  @Test
  void toBuilder_presetValues_mayBeOverriddenOnce() {
    DegradeOptions cut = DegradeOptions.seed().toBuilder().truncateChars(3057).maxWordsPerLine(0).build();

    assertThat(cut.truncateChars()).isEqualTo(3057);
    assertThat(cut.maxWordsPerLine()).isZero();
    assertThat(cut.toneArtifact()).isTrue();
    assertThat(DegradeOptions.seed().truncateChars()).as("the preset is unchanged").isZero();
  }

  @Test
  void toBuilder_unchanged_givesEqualOptions() {
    assertThat(DegradeOptions.tokenizer().toBuilder().build())
        .isEqualTo(DegradeOptions.tokenizer())
        .hasSameHashCodeAs(DegradeOptions.tokenizer());
  }

  @Test
  void build_compoundJoinRateWithDelete_isRejected() {
    assertThatIllegalStateException()
        .isThrownBy(() -> DegradeOptions.builder().compoundJoinRate(0.3).build())
        .withMessageContaining("compoundJoinRate 0.3 needs punctuation TOKENIZE or KEEP");
  }

  @Test
  void build_sentencePerLineAndSingleLine_isRejected() {
    assertThatIllegalStateException()
        .isThrownBy(() -> DegradeOptions.builder().sentencePerLine(true).singleLine(true).build())
        .withMessage("sentencePerLine and singleLine are both on");
  }

  @Test
  void build_toneArtifactWithStripDiacritics_isRejected() {
    assertThatIllegalStateException()
        .isThrownBy(() -> DegradeOptions.builder().toneArtifact(true).stripDiacritics(true).build())
        .withMessageContaining("toneArtifact");
  }

  @Test
  void build_languageNothingUses_isRejected() {
    assertThatIllegalStateException()
        .isThrownBy(() -> DegradeOptions.builder().caseMode(CaseMode.KEEP).language(Locale.forLanguageTag("tr")).build())
        .withMessageContaining("language was set to tr");
  }

  @Test
  void setters_outOfRange_areRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> DegradeOptions.builder().typoRate(-0.1))
        .withMessage("typoRate must be between 0 and 1: -0.1");
    assertThatIllegalArgumentException().isThrownBy(() -> DegradeOptions.builder().typoRate(Double.NaN));
    assertThatIllegalArgumentException().isThrownBy(() -> DegradeOptions.builder().compoundJoinRate(1.5));
    assertThatIllegalArgumentException().isThrownBy(() -> DegradeOptions.builder().maxWordsPerLine(-1))
        .withMessage("maxWordsPerLine must not be negative: -1");
    assertThatIllegalArgumentException().isThrownBy(() -> DegradeOptions.builder().truncateChars(-5));
  }

  @Test
  void nullArguments_throwNamingTheArgument() {
    assertThatNullPointerException().isThrownBy(() -> DegradeOptions.builder().caseMode(null)).withMessage("caseMode");
    assertThatNullPointerException().isThrownBy(() -> DegradeOptions.builder().punctuation(null)).withMessage("punctuation");
    assertThatNullPointerException().isThrownBy(() -> DegradeOptions.builder().language(null)).withMessage("language");
    assertThatNullPointerException().isThrownBy(() -> Degrader.create(null)).withMessage("options");
    Degrader d = Degrader.create(DegradeOptions.seed());
    assertThatNullPointerException().isThrownBy(() -> d.degrade(null)).withMessage("cleanText");
    assertThatNullPointerException().isThrownBy(() -> d.degradeLine(null)).withMessage("line");
  }

  @Test
  void setter_rejectedArgument_doesNotCountAsACall() {
    DegradeOptions.Builder b = DegradeOptions.builder();
    assertThatIllegalArgumentException().isThrownBy(() -> b.typoRate(2));

    assertThat(b.typoRate(0.1).build().typoRate()).isEqualTo(0.1);
  }
}

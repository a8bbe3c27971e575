// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The seed pair's tone artifact: a word's last tone moves onto its final i/y when punctuation follows. */
final class ToneArtifactTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // Seen in the seed pair (004 -> 001).
      "nói.|noí.",
      "nói,|noí,",
      "này.|naỳ.",
      "lại.|laị.",
      // The same rule on other vowels, marks and cases.
      "người,|ngươì,",
      "tuổi.|tuôỉ.",
      "thủy.|thuỷ.",
      "NÓI.|NOÍ.",
      "ngoài).|ngoaì).",
      // The same degradation in Czech: the word's last tone, wherever it stands.
      "problémy,|problemý,",
      "příručky.|přiručký.",
  })
  void toneArtifact_toneBeforeFinalIOrYWithPunctuationAfter_movesTone(String token, String expected) {
    assertThat(Degrader.toneArtifact(token)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} stays")
  @ValueSource(strings = {
      "nào.",      // seed: ends in o, not i/y
      "Mỹ,",       // seed: the tone is on the final y already
      "\"tái",     // seed: punctuation only before the word
      "khai\",",   // seed: no tone
      "thổ.",      // seed: one vowel
      "nói",       // no punctuation
      "nói2",      // a digit is not punctuation
      "quý.",      // tone on the final y
      "mình.",     // ends in a consonant
      "2024.",     // no letter
  })
  void toneArtifact_ruleDoesNotApply_returnsTokenItself(String token) {
    assertThat(Degrader.toneArtifact(token)).isSameAs(token);
  }

  @Test
  void toneArtifact_decomposedInput_givesNfc() {
    String decomposed = Normalizer2.getNFDInstance().normalize("này.");

    String moved = Degrader.toneArtifact(decomposed);

    assertThat(moved).isEqualTo("naỳ.");
    assertThat(Normalizer2.getNFCInstance().isNormalized(moved)).isTrue();
  }

  @Test
  void degrade_seedSentenceWithToneArtifactOff_keepsTheTone() {
    Degrader plain = Degrader.create(DegradeOptions.builder().build());

    assertThat(plain.degradeLine("EU và Nga cũng chưa phản hồi thông tin này."))
        .isEqualTo("eu và nga cũng chưa phản hồi thông tin này");
  }

  @Test
  void degrade_seedSentenceWithToneArtifact_movesToneOnlyBeforePunctuation() {
    Degrader seed = Degrader.create(DegradeOptions.seed());

    assertThat(seed.degradeLine("Chủ tịch mô tả chiến dịch quân sự này là \"có sức tàn phá lớn\", nhà ngoại giao nói."))
        .isEqualTo("chủ tịch mô tả chiến dịch quân sự này là có sức tàn phá lớn nhà ngoại giao noí");
  }

  @Test
  void degrade_czechSentenceWithSeedOptions_movesTheLastToneOntoTheFinalY() {
    Degrader seed = Degrader.create(DegradeOptions.seed());

    assertThat(seed.degradeLine("Pokud narazíte na problémy, podívejte se do příručky."))
        .isEqualTo("pokud narazíte na problemý podívejte se do přiručký");
  }

  @Test
  void toneArtifact_null_throwsNamingTheArgument() {
    assertThatNullPointerException().isThrownBy(() -> Degrader.toneArtifact(null)).withMessage("token");
  }
}

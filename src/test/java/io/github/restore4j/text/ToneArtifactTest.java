// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The tone artifact in any Latin-script language: the word's last tone moves onto a final i/y. */
final class ToneArtifactTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // Vietnamese, as in the seed pair: the toned vowel stands right before the i/y.
      "nói.|noí.",
      "này.|naỳ.",
      "lại.|laị.",
      "người,|ngươì,",
      // Czech (the words and the pangram "Příliš žluťoučký kůň úpěl ďábelské ódy."):
      // a consonant may stand before the y, and the caron of ř and č stays.
      "problémy,|problemý,",
      "příručky.|přiručký.",
      "ódy.|odý.",
      "Problémy:|Problemý:",
      // Polish: the kreska of ś is an acute; the dot of ż and the ogonek of ę stay.
      "Załóżmy,|Założmý,",
      "części.|częscí.",
      // any punctuation or symbol after the word
      "dárci/|darcí/",
  })
  void apply_lastToneOfWordEndingInIOrYBeforePunctuation_movesOntoIt(String token, String expected) {
    assertThat(ToneArtifact.apply(token)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} stays")
  @ValueSource(strings = {
      "žluťoučký,", // the final ý has the tone already
      "ceny.",      // no tone mark in the word
      "čaj.",       // ends in j
      "problémy",   // no punctuation after it
      "Hanoï,",     // the diaeresis is no tone
      "noí.",       // Vietnamese: already moved
      "mình.",      // ends in a consonant
      "2024.",      // no letter
  })
  void apply_ruleDoesNotApply_returnsTokenItself(String token) {
    assertThat(ToneArtifact.apply(token)).isSameAs(token);
  }

  @Test
  void apply_toneInAnEarlierWordOfTheToken_staysThere() {
    // "autorovi/dárci": the slash ends a word; only the word with the final i counts
    String token = "dárci/autorovi,";

    assertThat(ToneArtifact.apply(token)).isSameAs(token);
  }

  @Test
  void apply_wordAndFollowingMark_givesTheWordAloneInNfc() {
    assertThat(ToneArtifact.apply("problémy", ",")).isEqualTo("problemý");
    assertThat(ToneArtifact.apply("problémy", "")).isEqualTo("problémy");
    String moved = ToneArtifact.apply(Normalizer2.getNFDInstance().normalize("příručky"), ".");
    assertThat(moved).isEqualTo("přiručký");
    assertThat(Normalizer2.getNFCInstance().isNormalized(moved)).isTrue();
  }
}

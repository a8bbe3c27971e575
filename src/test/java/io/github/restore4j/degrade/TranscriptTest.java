// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.Seeds;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class TranscriptTest {
  @Test
  void degrade_transcriptPreset_oneCapitalLineWithoutDigitsOrPunctuation() {
    String text = Seeds.read(Seeds.VI_CLEAN);

    String copy = Degrader.create(DegradeOptions.transcript()).degrade(text);

    assertThat(copy.strip()).doesNotContain("\n").matches("[\\p{Lu}\\p{M}ʼ ]+");
  }

  @Test
  void degrade_wordErrorRate_changesAboutThatShareOfWords_deterministically() {
    String text = Seeds.read(Seeds.UK_POLITICO);
    DegradeOptions clean = DegradeOptions.builder().singleLine(true).build();
    DegradeOptions noisy = clean.toBuilder().wordErrorRate(0.25).seed(3).build();

    String a = Degrader.create(clean).degrade(text).strip();
    String b = Degrader.create(noisy).degrade(text).strip();

    assertThat(Degrader.create(noisy).degrade(text).strip()).isEqualTo(b);
    List<String> x = Arrays.asList(a.split(" "));
    List<String> y = Arrays.asList(b.split(" "));
    long same = y.stream().filter(x::contains).count();
    assertThat(y.size()).isBetween(x.size() * 85 / 100, x.size() * 110 / 100);
    assertThat(b).isNotEqualTo(a);
    assertThat(same).isPositive();
  }

  @Test
  void spellNumbers_english_yearsNumbersDecimalsTimes() {
    Degrader d = Degrader.create(DegradeOptions.builder().caseMode(CaseMode.UPPER).spellNumbers(true).build());

    assertThat(d.degradeLine("in 2020")).isIn("IN TWENTY TWENTY", "IN TWO THOUSAND TWENTY");
    assertThat(d.degradeLine("up 4.5% to 1,200 units at 10:30"))
        .isEqualTo("UP FOUR POINT FIVE TO ONE THOUSAND TWO HUNDRED UNITS AT TEN THIRTY");
    assertThat(d.degradeLine("21 days")).isEqualTo("TWENTY ONE DAYS");
  }

  @Test
  void spellNumbers_czech_usesTheLanguagesRules() {
    Degrader d = Degrader.create(DegradeOptions.builder().language(Locale.forLanguageTag("cs"))
        .spellNumbers(true).build());

    assertThat(d.degradeLine("Bylo to 21 dní")).isEqualTo("bylo to dvacet jeden dní");
  }
}

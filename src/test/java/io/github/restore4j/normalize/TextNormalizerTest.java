// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class TextNormalizerTest {
  private static final TextNormalizer DEFAULTS = TextNormalizer.defaults();

  @Test
  void normalize_vietnameseNewsSentences_returnsTheSameInstance() {
    String clean = Testdata.viSentences();
    assertThat(DEFAULTS.normalize(clean)).isSameAs(clean);
    assertThat(TextNormalizer.builder().tone(ToneStyle.OLD).build().normalize(clean)).isSameAs(clean);
  }

  /**
   * What the defaults change in the seeds: the Ukrainian, Russian and clean Vietnamese ones lose
   * trailing spaces (no-break spaces among them) and one double space; the degraded Vietnamese one
   * gets its three misplaced tone marks repaired. Nothing else.
   */
  @Test
  void normalizeAndExplain_seeds_onlyTrailingSpacesAndTheMisplacedTones() {
    Map<String, List<String>> expected = Map.of(
        Testdata.UK_POLITICO, List.of("WHITESPACE trailing whitespace removed"),
        Testdata.VI_DEGRADED, List.of("TONES invalid tone placement repaired"),
        Testdata.RU_CAUCASUS, List.of("WHITESPACE trailing whitespace removed",
            "WHITESPACE runs of spaces collapsed"),
        Testdata.UK_NBC, List.of("WHITESPACE trailing whitespace removed"),
        Testdata.VI_CLEAN, List.of("WHITESPACE trailing whitespace removed"));
    expected.forEach((name, steps) -> {
      Normalized n = DEFAULTS.normalizeAndExplain(Testdata.seed(name));
      assertThat(n.steps().stream().map(s -> s.step() + " " + s.description()).collect(Collectors.toList()))
          .as(name).isEqualTo(steps);
    });
  }

  @Test
  void normalizeAndExplain_seed000_removesTheTrailingNoBreakSpaces() {
    Normalized n = DEFAULTS.normalizeAndExplain(Testdata.seed(Testdata.UK_POLITICO));
    assertThat(n.steps()).singleElement().satisfies(s -> {
      assertThat(s.count()).isEqualTo(4);
      assertThat(s.examples().get(0)).isEqualTo(new Change("х видання.\u00A0 \u00A0", "х видання."));
    });
    assertThat(n.text()).contains("йдеться на сторінках видання.\n");
  }

  @Test
  void normalizeAndExplain_seed001_listsTheToneRepairs() {
    Normalized n = DEFAULTS.normalizeAndExplain(Testdata.seed(Testdata.VI_DEGRADED));
    AppliedStep tones = n.steps().get(0);
    assertThat(tones.step()).isEqualTo(Step.TONES);
    assertThat(tones.count()).isEqualTo(5);
    assertThat(tones.examples()).startsWith(new Change("noí", "nói"));
    assertThat(n.text()).contains("nhà ngoại giao nói");
  }

  @Test
  void normalize_everyRepairAtOnce_repairsEach() {
    String damaged = "nhà ngoại giao noí  \r\ncafÃ© in Kиїв\u200B\n";
    assertThat(DEFAULTS.normalize(damaged)).isEqualTo("nhà ngoại giao nói\ncafé in Київ\n");
  }

  @Test
  void normalizeAndExplain_stepsInPipelineOrder() {
    Normalized n = DEFAULTS.normalizeAndExplain("laị  \r\nKиїв cafÃ©"); // ị: only Vietnamese has it
    assertThat(n.steps()).extracting(AppliedStep::step)
        .containsExactly(Step.MOJIBAKE, Step.MIXED_SCRIPT, Step.TONES, Step.WHITESPACE, Step.WHITESPACE);
  }

  @Test
  void normalize_styleOptions_changeOnlyWhenChosen() {
    String text = "«Hòa bình» – 100\u00A0000 thủy thủ";
    assertThat(DEFAULTS.normalize(text)).isSameAs(text);
    TextNormalizer styled = TextNormalizer.builder().tone(ToneStyle.NEW).quotes(QuoteStyle.ASCII)
        .spaces(SpaceStyle.PLAIN).build();
    assertThat(styled.normalize(text)).isEqualTo("\"Hoà bình\" - 100 000 thuỷ thủ");
  }

  @Test
  void normalize_toneRepairInTextWithoutVietnameseLetters_needsTheLanguage() {
    String spanish = "Lo oí ayer";
    assertThat(DEFAULTS.normalize(spanish)).isSameAs(spanish);
    assertThat(DEFAULTS.normalize("noí")).isEqualTo("noí"); // no letter only Vietnamese has
    TextNormalizer vi = TextNormalizer.builder().language(Locale.forLanguageTag("vi")).build();
    assertThat(vi.normalize("noí")).isEqualTo("nói");
  }

  @Test
  void normalize_chosenToneStyle_appliesEvenWithoutVietnameseOnlyLetters() {
    TextNormalizer old = TextNormalizer.builder().tone(ToneStyle.OLD).quotes(QuoteStyle.ASCII).build();
    assertThat(old.normalize("“Hoà bình”")).isEqualTo("\"Hòa bình\"");
    assertThat(old.normalize("Lo oí ayer")).isEqualTo("Lo oí ayer"); // a repair still needs evidence
  }

  @Test
  void normalize_disabledStep_isSkipped() {
    TextNormalizer noTones = TextNormalizer.builder().disable(Step.TONES).build();
    assertThat(noTones.normalize("nhà ngoại giao noí")).isEqualTo("nhà ngoại giao noí");
    assertThat(noTones.isEnabled(Step.TONES)).isFalse();
    assertThat(noTones.isEnabled(Step.UNICODE)).isTrue();
  }

  @Test
  void normalize_turkishDefaultLocale_sameResult() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertThat(DEFAULTS.normalize("GÌA ĐÌNH İstanbul ")).isEqualTo("GIÀ ĐÌNH İstanbul");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void builder_toneStyleWithTheToneStepDisabled_failsFast() {
    TextNormalizer.Builder b = TextNormalizer.builder().tone(ToneStyle.NEW).disable(Step.TONES);
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("tone NEW was set but TONES is disabled");
  }

  @Test
  void builder_conflictsAndRepeats_failFast() {
    assertThatThrownBy(() -> TextNormalizer.builder().quotes(QuoteStyle.CANONICAL).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("quotes CANONICAL needs a language");
    assertThatThrownBy(() -> TextNormalizer.builder().quotes(QuoteStyle.CANONICAL)
        .language(Locale.forLanguageTag("ja")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("no canonical quotation marks for language ja");
    assertThatThrownBy(() -> TextNormalizer.builder().tone(ToneStyle.OLD).tone(ToneStyle.NEW))
        .isInstanceOf(IllegalStateException.class).hasMessage("tone was already set to OLD");
    assertThatThrownBy(() -> TextNormalizer.builder().disable(Step.QUOTES).disable(Step.QUOTES))
        .isInstanceOf(IllegalStateException.class).hasMessage("QUOTES was already disabled");
    assertThatThrownBy(() -> TextNormalizer.builder().spaces(SpaceStyle.PLAIN).disable(Step.WHITESPACE).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> TextNormalizer.builder().unicodeForm(UnicodeForm.NFKC).disable(Step.UNICODE).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void toBuilder_keepsEverySettingAndLetsEachBeSetOnce() {
    TextNormalizer n = TextNormalizer.builder().tone(ToneStyle.OLD).quotes(QuoteStyle.CANONICAL)
        .language(Locale.forLanguageTag("vi")).disable(Step.MIXED_SCRIPT).build();

    TextNormalizer same = n.toBuilder().build();
    TextNormalizer changed = n.toBuilder().tone(ToneStyle.NEW).language(Locale.forLanguageTag("fr")).build();

    assertThat(same).hasToString(n.toString());
    assertThat(same.isEnabled(Step.MIXED_SCRIPT)).isFalse();
    assertThat(same.normalize("“Hoà bình”")).isEqualTo(n.normalize("“Hoà bình”"));
    assertThat(changed.tone()).isEqualTo(ToneStyle.NEW);
    assertThat(changed.language()).contains(Locale.forLanguageTag("fr"));
    assertThat(changed.quotes()).isEqualTo(QuoteStyle.CANONICAL);
    assertThatThrownBy(() -> n.toBuilder().language(Locale.ROOT).language(Locale.ROOT))
        .isInstanceOf(IllegalStateException.class).hasMessage("language was already set to ");
    assertThatThrownBy(() -> n.toBuilder().disable(Step.MIXED_SCRIPT))
        .isInstanceOf(IllegalStateException.class).hasMessage("MIXED_SCRIPT was already disabled");
  }

  @Test
  void defaults_everyRepairOnEveryStyleOff() {
    assertThat(DEFAULTS.unicodeForm()).isEqualTo(UnicodeForm.NFC);
    assertThat(DEFAULTS.spaces()).isEqualTo(SpaceStyle.KEEP);
    assertThat(DEFAULTS.tone()).isEqualTo(ToneStyle.KEEP);
    assertThat(DEFAULTS.quotes()).isEqualTo(QuoteStyle.KEEP);
    assertThat(DEFAULTS.language()).isEmpty();
    for (Step step : Step.values()) {
      assertThat(DEFAULTS.isEnabled(step)).isTrue();
    }
  }

  /** Issue 10, item 6: "a" and 100,000 marks took 24 s; ICU's reordering is quadratic in a run. */
  @Test
  void normalize_hundredThousandCombiningMarks_boundsEveryRunAndIsIdempotent() {
    String storm = "xin a" + "\u0300\u0316\u0301\u0323".repeat(25_000) + " chào\n";
    Normalized explained = DEFAULTS.normalizeAndExplain(storm);
    String out = DEFAULTS.normalize(storm);
    assertThat(explained.text()).isEqualTo(out);
    assertThat(out).startsWith("xin ").endsWith(" chào\n");
    int run = 0;
    for (int i = 0; i < out.length(); i++) {
      run = UnicodeStep.NFC.getCombiningClass(out.charAt(i)) == 0 ? 0 : run + 1;
      assertThat(run).isLessThanOrEqualTo(UnicodeStep.MAX_NON_STARTERS);
    }
    assertThat(DEFAULTS.normalize(out)).isSameAs(out);
    assertThat(DEFAULTS.normalizeEveryStep(storm)).isEqualTo(out);
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of every step and of whole pipelines, on the test data and on damaged copies of its
 * lines: idempotence, clean text left as it is, and the Prescan never skipping a step that would
 * have changed something.
 */
final class StepPropertiesTest {
  private static List<String> inputs;

  @BeforeAll
  static void inputs() {
    List<String> all = new java.util.ArrayList<>(Damage.samples(40));
    all.addAll(Testdata.all().values());
    inputs = all;
  }

  static Stream<Arguments> steps() {
    Locale uk = Locale.forLanguageTag("uk");
    Locale en = Locale.forLanguageTag("en");
    return Stream.of(
        Arguments.of("unicode NFC", (UnaryOperator<String>) s -> new UnicodeStep(UnicodeForm.NFC, SpaceStyle.KEEP).apply(s, null)),
        Arguments.of("unicode NFKC keep spaces",
            (UnaryOperator<String>) s -> new UnicodeStep(UnicodeForm.NFKC, SpaceStyle.KEEP).apply(s, null)),
        Arguments.of("unicode NFKC", (UnaryOperator<String>) s -> new UnicodeStep(UnicodeForm.NFKC, SpaceStyle.PLAIN).apply(s, null)),
        Arguments.of("whitespace keep", (UnaryOperator<String>) s -> new WhitespaceStep(SpaceStyle.KEEP).apply(s, null)),
        Arguments.of("whitespace plain", (UnaryOperator<String>) s -> new WhitespaceStep(SpaceStyle.PLAIN).apply(s, null)),
        Arguments.of("quotes ascii", (UnaryOperator<String>) s -> new QuoteStep(QuoteStyle.ASCII, null).apply(s, null)),
        Arguments.of("quotes uk", (UnaryOperator<String>) s -> new QuoteStep(QuoteStyle.CANONICAL, uk).apply(s, null)),
        Arguments.of("quotes en", (UnaryOperator<String>) s -> new QuoteStep(QuoteStyle.CANONICAL, en).apply(s, null)),
        Arguments.of("tones repair", (UnaryOperator<String>) VietnameseTones::repair),
        Arguments.of("tones old", (UnaryOperator<String>) s -> VietnameseTones.place(s, ToneStyle.OLD)),
        Arguments.of("tones new", (UnaryOperator<String>) s -> VietnameseTones.place(s, ToneStyle.NEW)),
        Arguments.of("mojibake", (UnaryOperator<String>) s -> Mojibake.apply(s, null)),
        Arguments.of("mixed script", (UnaryOperator<String>) s -> MixedScript.apply(s, null)),
        Arguments.of("legacy vietnamese", (UnaryOperator<String>) LegacyVietnamese::repair));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("steps")
  void step_appliedTwice_changesNothingTheSecondTime(String name, UnaryOperator<String> step) {
    for (String input : inputs) {
      String once = step.apply(input);
      assertThat(step.apply(once)).as("%s on %s", name, input).isSameAs(once);
    }
  }

  static Stream<Arguments> normalizers() {
    return Stream.of(
        Arguments.of("defaults", TextNormalizer.defaults()),
        Arguments.of("every style", TextNormalizer.builder().unicodeForm(UnicodeForm.NFKC)
            .spaces(SpaceStyle.PLAIN).tone(ToneStyle.NEW).quotes(QuoteStyle.ASCII).build()),
        Arguments.of("old tones, uk quotes", TextNormalizer.builder().tone(ToneStyle.OLD)
            .quotes(QuoteStyle.CANONICAL).language(Locale.forLanguageTag("uk")).build()),
        Arguments.of("vi", TextNormalizer.builder().quotes(QuoteStyle.CANONICAL)
            .language(Locale.forLanguageTag("vi")).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("normalizers")
  void normalize_appliedTwice_returnsTheSameInstanceTheSecondTime(String name, TextNormalizer n) {
    for (String input : inputs) {
      String once = n.normalize(input);
      assertThat(n.normalize(once)).as("%s on %s", name, input).isSameAs(once);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("normalizers")
  void normalize_agreesWithRunningEveryStep(String name, TextNormalizer n) {
    for (String input : inputs) {
      assertThat(n.normalize(input)).as("%s on %s", name, input).isEqualTo(n.normalizeEveryStep(input));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("normalizers")
  void normalizeAndExplain_sameTextAsNormalize(String name, TextNormalizer n) {
    for (String input : inputs) {
      Normalized explained = n.normalizeAndExplain(input);
      assertThat(explained.text()).isEqualTo(n.normalize(input));
      assertThat(explained.unchanged()).isEqualTo(explained.text().equals(input));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("normalizers")
  void normalize_testdataOnceNormalized_isAFixedPoint(String name, TextNormalizer n) {
    for (Map.Entry<String, String> e : Testdata.all().entrySet()) {
      String clean = n.normalize(e.getValue());
      assertThat(n.normalize(clean)).as(e.getKey()).isSameAs(clean);
    }
  }
}

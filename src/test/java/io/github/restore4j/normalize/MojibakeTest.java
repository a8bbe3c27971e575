// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class MojibakeTest {
  @Test
  void apply_ftfyStyleExamples_decodes() {
    assertThat(Mojibake.apply("cafÃ©", null)).isEqualTo("café");
    assertThat(Mojibake.apply("â\u0080\u0099", null)).isEqualTo("’"); // latin-1
    assertThat(Mojibake.apply("Trumpâ€™s Gaza plan", null)).isEqualTo("Trump’s Gaza plan");
    assertThat(Mojibake.apply("ÃƒÂ©tÃƒÂ©", null)).isEqualTo("été"); // two layers
    assertThat(Mojibake.apply("25Â°C", null)).isEqualTo("25°C");
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1252", "ISO-8859-1"})
  void apply_seedLinesReadAsLatin_decodesEveryLine(String charset) {
    assertRoundTrip(lines(Testdata.VI_CLEAN, Testdata.UK_POLITICO, Testdata.RU_CAUCASUS), charset);
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1251", "KOI8-R"})
  void apply_cyrillicSeedLinesReadAsCyrillicCodePages_decodesEveryLine(String charset) {
    assertRoundTrip(lines(Testdata.UK_POLITICO, Testdata.RU_CAUCASUS, Testdata.UK_NBC), charset);
  }

  @Test
  void apply_twoLayers_decodesBoth() {
    for (String line : lines(Testdata.VI_CLEAN, Testdata.RU_CAUCASUS)) {
      String twice = Damage.wrongDecode(Damage.wrongDecode(line, Charset.forName("windows-1252")),
          Charset.forName("windows-1252"));
      assertThat(Mojibake.apply(twice, null)).isEqualTo(line);
    }
    String ru = "Путин и Эрдоган обсуждают совместный подход";
    String koi8ThenLatin = Damage.wrongDecode(Damage.wrongDecode(ru, Charset.forName("KOI8-R")),
        Charset.forName("ISO-8859-1"));
    assertThat(Mojibake.apply(koi8ThenLatin, null)).isEqualTo(ru);
  }

  @Test
  void apply_cleanSeeds_returnsTheSameInstance() {
    for (String text : Testdata.all().values()) {
      assertThat(Mojibake.apply(text, null)).isSameAs(text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Fuß“ ist", // ß + “ reads as one sequence, to an NKo letter
      "Сёмга и Рёрих", // С + ё: one pair
      "Підтримати", "в Індії", "дії", // П + і; д + і + ї reads as U+4CFF
      "её ПІСЛЯ", "ÉTÉ…"})
  void apply_cleanWordsThatLookLikeASequence_areLeftAlone(String clean) {
    assertThat(Mojibake.apply(clean, null)).isSameAs(clean);
  }

  @Test
  void apply_explain_namesTheWrongDecoder() {
    ChangeLog log = new ChangeLog();
    String line = "Путин и Эрдоган";
    Mojibake.apply(Damage.wrongDecode(line, Charset.forName("windows-1251")), log);
    assertThat(log.steps()).extracting(AppliedStep::description)
        .containsOnly("UTF-8 read as windows-1251 decoded");
  }

  /**
   * Issue 10, item 11: a Polish handbook sentence about encodings quotes mojibake on purpose
   * ({@code “Ã©”}); normalize read the samples back and destroyed what the text says.
   */
  private static final String QUOTED_SAMPLES = "Jeśli w tekście po francusku zamiast liter z akcentem "
      + "widać ciągi takie jak “Ã©” czy Ã¨” bądź “Ã§”, plik w UTF-8 odczytano jako ISO-8859-15.";

  @Test
  void normalize_quotedSamplesInCleanLine_areLeftAlone() {
    TextNormalizer n = TextNormalizer.defaults();
    assertThat(n.normalize(QUOTED_SAMPLES)).isSameAs(QUOTED_SAMPLES);
    assertThat(n.normalize("You see \"Ã©\" where \"é\" was meant.")).isEqualTo("You see \"Ã©\" where \"é\" was meant.");
    assertThat(n.normalizeEveryStep(QUOTED_SAMPLES)).isEqualTo(QUOTED_SAMPLES);
  }

  @Test
  void normalize_quotedSampleOnALineWithOtherMojibake_isRepairedWithIt() {
    assertThat(Mojibake.apply("Le “Ã©” de cafÃ©", null)).isEqualTo("Le “é” de café");
    assertThat(Mojibake.apply("“Ã©” und “ÃƒÂ©tÃƒÂ©”", null)).isEqualTo("“é” und “été”");
  }

  @Test
  void normalize_samplesAreJudgedLineByLine() {
    String text = QUOTED_SAMPLES + "\nUn cafÃ© crÃ¨me.";
    String expected = QUOTED_SAMPLES + "\nUn café crème.";
    assertThat(TextNormalizer.defaults().normalize(text)).isEqualTo(expected);
    assertThat(TextNormalizer.defaults().normalizeEveryStep(text)).isEqualTo(expected);
  }

  @Test
  void normalize_sequenceThatIsNotAQuotedSample_isRepaired() {
    assertThat(Mojibake.apply("Ã© est une lettre", null)).isEqualTo("é est une lettre"); // not quoted
    assertThat(Mojibake.apply("“Ã©tÃ©”", null)).isEqualTo("“été”"); // a word, not one sequence
    assertThat(Mojibake.apply("“xÃ©”", null)).isEqualTo("“xé”"); // inside a word
  }

  private static void assertRoundTrip(List<String> lines, String charset) {
    Charset cs = Charset.forName(charset);
    int changed = 0;
    for (String line : lines) {
      String broken = Damage.wrongDecode(line, cs);
      if (!broken.equals(line)) {
        changed++;
        assertThat(Mojibake.apply(broken, null)).as("%s", broken).isEqualTo(line);
      }
    }
    assertThat(changed).isGreaterThan(5);
  }

  private static List<String> lines(String... seeds) {
    List<String> out = new ArrayList<>();
    for (String seed : seeds) {
      // A line that is one no-break space reads as "В " in windows-1251: one pair, left alone.
      Testdata.seed(seed).lines().filter(l -> l.chars().anyMatch(Character::isLetter)).forEach(out::add);
    }
    return out;
  }
}

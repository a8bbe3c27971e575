// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.Seeds;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The typoRate and seed options. */
final class TypoTest {

  private static Degrader typos(double rate, long seed) {
    return Degrader.create(DegradeOptions.builder().typoRate(rate).seed(seed).keepDigits(true).build());
  }

  static List<String> articles() {
    return Seeds.CLEAN;
  }

  @Test
  void degrade_sameSeed_givesSameTypos() {
    String text = Seeds.read(Seeds.VI_CLEAN);

    assertThat(typos(0.05, 42).degrade(text)).isEqualTo(typos(0.05, 42).degrade(text));
  }

  @Test
  void degrade_differentSeed_givesDifferentTypos() {
    String text = Seeds.read(Seeds.VI_CLEAN);

    assertThat(typos(0.05, 42).degrade(text)).isNotEqualTo(typos(0.05, 43).degrade(text));
  }

  @Test
  void degrade_zeroRate_givesNoTypos() {
    String text = Seeds.read(Seeds.VI_CLEAN);

    assertThat(typos(0, 42).degrade(text)).isEqualTo(Degrader.create(DegradeOptions.digits()
        .toBuilder().sentencePerLine(false).build()).degrade(text));
  }

  @ParameterizedTest
  @MethodSource("articles")
  void degrade_heavyTypos_keepEveryWordBoundaryAndNeverEmptyAWord(String article) {
    String text = Seeds.read(article);
    String clean = typos(0, 1).degrade(text);
    String noisy = typos(0.3, 1).degrade(text);

    List<String> cleanLines = clean.lines().toList();
    List<String> noisyLines = noisy.lines().toList();
    assertThat(noisyLines).hasSameSizeAs(cleanLines);
    for (int i = 0; i < cleanLines.size(); i++) {
      String[] cleanWords = words(cleanLines.get(i));
      String[] noisyWords = words(noisyLines.get(i));
      assertThat(noisyWords).hasSameSizeAs(cleanWords);
      for (int w = 0; w < cleanWords.length; w++) {
        assertThat(noisyWords[w]).isNotEmpty();
        assertThat(digitsOf(noisyWords[w])).isEqualTo(digitsOf(cleanWords[w]));
      }
    }
    assertThat(noisy).isNotEqualTo(clean);
  }

  @Test
  void degradeLine_typos_stayInTheWordsOwnLetters() {
    String line = Seeds.lineWith(Seeds.UK_NBC, "Група колишніх");
    String noisy = typos(0.3, 9).degradeLine(line);

    String allowed = typos(0, 9).degradeLine(line);
    assertThat(noisy.codePoints().filter(cp -> allowed.indexOf(cp) < 0).toArray()).isEmpty();
  }

  @Test
  void degrade_asrPreset_givesOneCapitalizedLineWithTypos() {
    String text = Seeds.read(Seeds.VI_CLEAN);
    String asr = Degrader.create(DegradeOptions.asr()).degrade(text);
    String exact = Degrader.create(DegradeOptions.asr().toBuilder().typoRate(0).build()).degrade(text);

    assertThat(asr.strip()).doesNotContain("\n").startsWith("MỸ NGA CÓ");
    assertThat(asr).isNotEqualTo(exact);
    assertThat(words(asr)).hasSameSizeAs(words(exact));
  }

  private static String[] words(String line) {
    return Arrays.stream(line.strip().split(" ")).filter(w -> !w.isEmpty()).toArray(String[]::new);
  }

  private static String digitsOf(String word) {
    return word.replaceAll("\\D", "");
  }
}

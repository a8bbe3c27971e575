// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.Seeds;
import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The restorer changes only form: degrading its output again with the same degradation gives back
 * the input, for every seed, every kind of degradation, and generated variations of the degraded
 * copy (lines shuffled, dropped, repeated); and whatever the copy has besides letters (numbers,
 * symbols, emoji, also ones put into the copy after its degradation) is in the output, in order.
 */
final class FidelityPropertyTest {
  private static final Restorer RESTORER = Restorer.create(RestoreOptions.defaults());
  private static final List<Sibling> SEEDS = Seeds.cleanSeeds();
  private static final Map<String, DegradeOptions> PROFILES = Map.of(
      "seed", DegradeOptions.seed(),
      "ascii", DegradeOptions.ascii(),
      "split", DegradeOptions.split(),
      "digits", DegradeOptions.digits(),
      "tokenizer", DegradeOptions.tokenizer(),
      "asr", DegradeOptions.asr(),
      "typos", DegradeOptions.seed().toBuilder().typoRate(0.04).seed(7).build());
  private static final List<String> CLEAN = List.of(Seeds.UK_POLITICO, Seeds.RU_CAUCASUS, Seeds.UK_NBC, Seeds.VI_CLEAN);

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String doc : CLEAN) {
      for (String profile : PROFILES.keySet().stream().sorted().toList()) {
        for (long variation = 0; variation < 3; variation++) {
          cases.add(Arguments.of(doc, profile, variation));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} variation {2}")
  @MethodSource("cases")
  void restore_thenDegradeAgain_givesInputBack(String doc, String profile, long variation) {
    DegradeOptions options = PROFILES.get(profile);
    DegradeOptions again = options.typoRate() > 0 ? options.toBuilder().typoRate(0).build() : options;
    String degraded = vary(Degrader.create(options).degrade(Seeds.read(doc)), variation);

    Restoration r = RESTORER.restore(degraded, SEEDS);

    Degrader degrader = Degrader.create(again);
    assertThat(r.lines()).allSatisfy(line ->
        assertThat(degrader.degradeLine(line.output())).as("restored: %s", line.output()).isEqualTo(line.input()));
    assertThat(r.stats().guardFallbacks()).isZero();
    assertThat(r.lines()).allSatisfy(line -> assertThat(CopyContent.isSubsequence(
        CopyContent.nonLetters(line.input()), CopyContent.nonLetters(line.output()))).as("%s", line.output()).isTrue());
  }

  @ParameterizedTest(name = "{0} {1} variation {2}")
  @MethodSource("cases")
  void restore_copyWithSymbols_keepsAllItsContentInOrder(String doc, String profile, long variation) {
    DegradeOptions options = PROFILES.get(profile);
    String degraded = withSymbols(vary(Degrader.create(options).degrade(Seeds.read(doc)), variation), variation);

    Restoration r = RESTORER.restore(degraded, SEEDS);

    assertThat(r.lines()).allSatisfy(line -> {
      assertThat(CopyContent.isSubsequence(CopyContent.nonLetters(line.input()), CopyContent.nonLetters(line.output())))
          .as("%s -> %s", line.input(), line.output()).isTrue();
    });
    assertThat(r.lines()).anySatisfy(line -> assertThat(line.status()).isNotEqualTo(LineStatus.UNCHANGED));
  }

  private static final List<String> SYMBOLS =
      List.of("👍", "©", "§", "→", "★★★", "👨\u200D👩\u200D👧", "⚡\uFE0F", "7", "€", "👋🏽");

  /** Symbols, emoji and a digit put between the words of some lines, at the start and at the end. */
  private static String withSymbols(String degraded, long variation) {
    Random random = new Random(100 + variation);
    List<String> out = new ArrayList<>();
    for (String line : degraded.split("\n", -1)) {
      List<String> words = new ArrayList<>(List.of(line.split(" ", -1)));
      if (!line.isBlank() && random.nextInt(3) == 0) {
        int at = random.nextInt(words.size() + 1);
        words.add(at, SYMBOLS.get(random.nextInt(SYMBOLS.size())));
      }
      out.add(String.join(" ", words));
    }
    return String.join("\n", out);
  }

  @ParameterizedTest(name = "{0} {1} variation {2}")
  @MethodSource("cases")
  void restore_everyCoveredLine_isVerbatimSiblingText(String doc, String profile, long variation) {
    DegradeOptions options = PROFILES.get(profile);
    String degraded = vary(Degrader.create(options).degrade(Seeds.read(doc)), variation);
    String clean = Drafter.collapse(Seeds.read(doc));

    Restoration r = RESTORER.restore(degraded, SEEDS);

    assertThat(r.lines()).allSatisfy(line -> {
      if (options.typoRate() == 0) {
        assertThat(line.status()).as("%s", line.input()).isIn(LineStatus.RESTORED, LineStatus.EMPTY);
        assertThat(clean).as("restored line").contains(line.output());
      } else {
        assertThat(line.status()).as("%s", line.input()).isNotNull(); // a line with more typos than words may stay unchanged
      }
    });
  }

  /** Variation 0 is the copy itself; others shuffle, drop and repeat lines, seeded. */
  private static String vary(String degraded, long variation) {
    if (variation == 0) {
      return degraded;
    }
    Random random = new Random(variation);
    List<String> lines = new ArrayList<>(List.of(degraded.split("\n")));
    Collections.shuffle(lines, random);
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      int roll = random.nextInt(10);
      if (roll == 0) {
        continue;
      }
      out.add(line);
      if (roll == 1) {
        out.add(line);
      }
    }
    return String.join("\n", out);
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.Seeds;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Without typos, degrading degraded text gives it back: the restorer's fidelity property relies on it. */
final class IdempotenceTest {

  static Stream<Arguments> presetsAndArticles() {
    List<String> presets = List.of("seed", "ascii", "split", "digits", "tokenizer", "asr without typos");
    return presets.stream().flatMap(p -> Seeds.CLEAN.stream().map(a -> Arguments.of(p, a)));
  }

  private static DegradeOptions preset(String name) {
    switch (name) {
      case "seed":
        return DegradeOptions.seed();
      case "ascii":
        return DegradeOptions.ascii();
      case "split":
        return DegradeOptions.split();
      case "digits":
        return DegradeOptions.digits();
      case "tokenizer":
        return DegradeOptions.tokenizer();
      case "asr without typos":
        return DegradeOptions.asr().toBuilder().typoRate(0).build();
      default:
        throw new IllegalArgumentException(name);
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("presetsAndArticles")
  void degradeLine_degradedLine_givesItBack(String presetName, String article) {
    Degrader d = Degrader.create(preset(presetName));

    for (String line : Seeds.read(article).lines().toList()) {
      String once = d.degradeLine(line);
      assertThat(d.degradeLine(once)).as(line).isEqualTo(once);
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("presetsAndArticles")
  void degrade_degradedDocument_givesItBack(String presetName, String article) {
    Degrader d = Degrader.create(preset(presetName));
    String once = d.degrade(Seeds.read(article));

    assertThat(d.degrade(once)).isEqualTo(once);
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ContentKeeperTest {
  private static final Restorer RESTORER = Restorer.create(RestoreOptions.defaults());
  private static final List<Sibling> SIBLING =
      List.of(Sibling.of("s", "Tin mới. Giúp Azerbaijan giành lại một phần lãnh thổ. Năm 2020, EU và Nga cũng chưa phản hồi."));

  private static Restoration restore(String degraded) {
    return RESTORER.restore(degraded, SIBLING);
  }

  @Test
  void restore_trailingEmoji_staysAfterSiblingPunctuation() {
    Restoration r = restore("một phần lãnh thổ 👍");

    assertThat(r.text()).isEqualTo("một phần lãnh thổ. 👍");
    assertThat(r.lines().get(0).status()).isEqualTo(LineStatus.RESTORED);
  }

  @Test
  void restore_leadingEmoji_staysBeforeSiblingEdge() {
    assertThat(restore("👍 giúp azerbaijan giành lại").text()).isEqualTo("👍 Giúp Azerbaijan giành lại");
  }

  @Test
  void restore_innerEmojiZwjSequence_staysWhole() {
    assertThat(restore("giành lại 👨\u200D👩\u200D👧 một phần lãnh thổ").text())
        .isEqualTo("giành lại 👨\u200D👩\u200D👧 một phần lãnh thổ.");
  }

  @Test
  void restore_innerEmojiWithVariationSelector_keepsIt() {
    assertThat(restore("năm 2020 ⚡\uFE0F eu và nga").text()).isEqualTo("Năm 2020, ⚡\uFE0F EU và Nga");
  }

  @ParameterizedTest
  @ValueSource(strings = {"©", "§", "→", "★★★", "€"})
  void restore_symbolAtEnd_isKept(String symbol) {
    assertThat(restore("một phần lãnh thổ " + symbol).text()).isEqualTo("một phần lãnh thổ. " + symbol);
  }

  @ParameterizedTest
  @ValueSource(strings = {"©", "§", "→", "★★★"})
  void restore_symbolBetweenNeighbours_isMergedAfterSiblingPunctuation(String symbol) {
    assertThat(restore("năm 2020 " + symbol + " eu và nga").text()).isEqualTo("Năm 2020, " + symbol + " EU và Nga");
  }

  @Test
  void restore_digitInCopyWithoutDigits_isKept() {
    Restoration r = restore("một phần lãnh thổ 7\ngiành lại một phần\nnăm eu và nga");

    assertThat(r.lines().get(0).output()).endsWith("7");
    assertThat(r.lines().get(0).output()).startsWith("một phần lãnh thổ");
  }

  @Test
  void restore_symbolTheSiblingAlsoHas_isNotDoubled() {
    List<Sibling> sibling = List.of(Sibling.of("s", "Giá 5 € mỗi kg, ông nói."));

    assertThat(RESTORER.restore("giá 5 € mỗi kg ông nói", sibling).text()).isEqualTo("Giá 5 € mỗi kg, ông nói.");
  }

  @Test
  void merge_siblingWithOtherContent_keepsCopySeparator() {
    assertThat(ContentKeeper.merge(" © ", " ★ ", false, false)).isEqualTo(" ★ ");
  }

  @Test
  void merge_siblingJoiner_keepsCopySpacing() {
    assertThat(ContentKeeper.merge("-", " → ", false, false)).isEqualTo(" → ");
  }

  @Test
  void merge_contentAlreadyInSibling_isSiblingText() {
    assertThat(ContentKeeper.merge(" (©) ", " © ", false, false)).isEqualTo(" (©) ");
  }

  @Test
  void guard_seedPair_unchangedBySymbolRules() {
    Restoration r = RESTORER.restore(Seeds.read(Seeds.VI_DEGRADED), Seeds.cleanSeeds());

    assertThat(r.stats().guardFallbacks()).isZero();
  }
}

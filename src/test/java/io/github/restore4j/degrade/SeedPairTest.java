// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.Seeds;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The acceptance criterion: the seed preset reproduces the seed pair byte for byte. */
final class SeedPairTest {
  private static final String CLEAN = Seeds.read(Seeds.VI_CLEAN);
  private static final String COPY = Seeds.read(Seeds.VI_DEGRADED);

  private static Degrader seedWithCut() {
    int length = COPY.codePointCount(0, COPY.length());
    return Degrader.create(DegradeOptions.seed().toBuilder().truncateChars(length).build());
  }

  @Test
  void degrade_seedArticle_givesSeedCopy() {
    String degraded = seedWithCut().degrade(CLEAN);

    assertThat(degraded.lines()).containsExactlyElementsOf(COPY.lines().toList());
    assertThat(degraded).isEqualTo(COPY);
  }

  @Test
  void degrade_seedArticleUnderTurkishDefaultLocale_givesSeedCopy() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr"));
      assertThat(seedWithCut().degrade(CLEAN)).isEqualTo(COPY);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void degrade_seedArticleWithoutCut_keepsTheBylineAndFinalLineBreak() {
    String degraded = Degrader.create(DegradeOptions.seed()).degrade(CLEAN);

    assertThat(degraded).startsWith(COPY).endsWith(" tồn tại từ ngày\nhuyền lê theo politico\n");
  }

  @Test
  void degrade_seedCopy_givesItBack() {
    assertThat(Degrader.create(DegradeOptions.seed()).degrade(COPY)).isSameAs(COPY);
  }
}

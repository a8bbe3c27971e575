// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.restore.LineStatus;
import io.github.restore4j.restore.Sibling;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DiffBaselineTest {
  private static final String CLEAN = "Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh\n"
      + "Báo Mỹ Politico ngày 4/10 dẫn lời một nhà ngoại giao cấp cao.\n";
  private static final List<Sibling> POOL = List.of(
      Sibling.of("uk", "США і Росія провели таємні переговори."), Sibling.of("vi", CLEAN));

  @Test
  void restore_lineOfTheBestSibling_copiesItsSpanWithPunctuationAndNumbers() {
    DiffBaseline b = DiffBaseline.index(POOL, DegradeOptions.seed());

    DiffBaseline.Line l = b.restore("báo mỹ politico ngày dẫn lời một nhà ngoại giao cấp cao");

    assertThat(l.output()).isEqualTo("Báo Mỹ Politico ngày 4/10 dẫn lời một nhà ngoại giao cấp cao.");
    assertThat(l.status()).isEqualTo(LineStatus.RESTORED);
  }

  @Test
  void restore_unmatchedWord_staysAndSplitsTheSpan() {
    DiffBaseline b = DiffBaseline.index(POOL, DegradeOptions.seed());

    // "bảo" is not in the sibling; the tone artifact "noí" is unknown to the script
    DiffBaseline.Line l = b.restore("mỹ nga bảo có thể");

    assertThat(l.output()).isEqualTo("Mỹ, Nga bảo có thể");
    assertThat(l.status()).isEqualTo(LineStatus.PARTIAL);
  }

  @Test
  void restore_noSharedWord_unchanged() {
    DiffBaseline b = DiffBaseline.index(POOL, DegradeOptions.seed());

    assertThat(b.restore("xin chào")).isEqualTo(new DiffBaseline.Line("xin chào", LineStatus.UNCHANGED));
  }

  @Test
  void restore_asciiCopy_foldsDiacriticsOfTheSiblings() {
    DiffBaseline b = DiffBaseline.index(POOL, DegradeOptions.ascii());

    assertThat(b.restore("my nga co the").output()).isEqualTo("Mỹ, Nga có thể");
  }
}

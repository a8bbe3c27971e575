// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.index.Vocabulary;
import io.github.restore4j.text.Folding;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

final class FormGuardTest {
  private static final FormGuard GUARD = new FormGuard(Folding.STRICT_DIGITS);

  private static LinePlan line(String text) {
    return new LinePlan(0, text, Folding.STRICT_DIGITS, new Vocabulary());
  }

  private static Draft draft(String[] pieces, String... seps) {
    Draft d = new Draft(pieces.length);
    System.arraycopy(pieces, 0, d.piece, 0, pieces.length);
    System.arraycopy(seps, 0, d.sep, 0, seps.length);
    return d;
  }

  private static PieceMap exact(int size) {
    PieceMap map = new PieceMap(size);
    Arrays.fill(map.kind, MatchKind.EXACT);
    return map;
  }

  @Test
  void guard_separatorDroppingCopySymbol_fallsBackToCopySeparator() {
    LinePlan line = line("lãnh thổ © năm");
    Draft d = draft(new String[] {"lãnh", "thổ", "Năm"}, "", " ", ". ", "");

    FormGuard.Guarded g = GUARD.guard(line, exact(3), d);

    assertThat(g.draft().assemble()).isEqualTo("lãnh thổ © Năm");
    assertThat(g.fallbacks()).isZero();
    assertThat(g.separatorFallbacks()).isEqualTo(1);
  }

  @Test
  void guard_separatorHoldingCopySymbol_isKept() {
    LinePlan line = line("lãnh thổ © năm");
    Draft d = draft(new String[] {"lãnh", "thổ", "Năm"}, "", " ", ". © ", "");

    FormGuard.Guarded g = GUARD.guard(line, exact(3), d);

    assertThat(g.draft().assemble()).isEqualTo("lãnh thổ. © Năm");
    assertThat(g.separatorFallbacks()).isZero();
  }

  @Test
  void guard_pieceDroppingCopyDigits_fallsBack() {
    LinePlan line = line("covid19 ca");
    Draft d = draft(new String[] {"COVID20", "ca"}, "", " ", "");

    FormGuard.Guarded g = GUARD.guard(line, exact(2), d);

    assertThat(g.draft().piece[0]).isEqualTo("covid19");
  }

  @Test
  void accepts_outputWithoutCopyEmoji_isRefused() {
    LinePlan line = line("một phần 👍");

    assertThat(GUARD.accepts(line, "Một phần.")).isFalse();
    assertThat(GUARD.accepts(line, "Một phần. 👍")).isTrue();
  }
}

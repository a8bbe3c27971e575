// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.restore.ChangeKind;
import io.github.restore4j.restore.LineStatus;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreStats;
import io.github.restore4j.restore.RestoredLine;
import io.github.restore4j.restore.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ProvenanceTsvTest {
  @Test
  void format_restoredAndUnchangedLines_oneRowEachUnderTheHeader() {
    Restoration restoration = new Restoration("", List.of(
        new RestoredLine(0, "mỹ nga có thể từng bí mật đàm phán về nagornokarabakh",
            "Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh", LineStatus.RESTORED,
            Optional.of("004_122364f8869732ab.txt"), Span.of(0, 55),
            EnumSet.of(ChangeKind.JOINER, ChangeKind.CASE, ChangeKind.PUNCTUATION), 10, 10, 1.0),
        new RestoredLine(1, "ziyaret", "ziyaret", LineStatus.UNCHANGED, Optional.empty(), Span.UNTRACKED,
            EnumSet.noneOf(ChangeKind.class), 1, 0, 0.0),
        new RestoredLine(2, "báo mỹ politico ngày", "Báo Mỹ Politico ngày 4/10", LineStatus.PARTIAL,
            Optional.of("004_122364f8869732ab.txt"), Span.of(120, 145), EnumSet.of(ChangeKind.NUMBER, ChangeKind.CASE),
            4, 3, 2.0 / 3)), RestoreStats.empty());

    assertThat(ProvenanceTsv.format(restoration)).isEqualTo(
        "line\tstatus\tsibling\tstart\tend\tchanges\tconfidence\n"
            + "1\tRESTORED\t004_122364f8869732ab.txt\t0\t55\tCASE,PUNCTUATION,JOINER\t1.000\n"
            + "2\tUNCHANGED\t\t\t\t\t0.000\n"
            + "3\tPARTIAL\t004_122364f8869732ab.txt\t120\t145\tCASE,NUMBER\t0.667\n");
  }

  @Test
  void format_underGermanDefaultLocale_keepsDecimalPoint() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      Restoration restoration = new Restoration("", List.of(new RestoredLine(0, "a", "A",
          LineStatus.RESTORED, Optional.of("s"), Span.of(0, 1), EnumSet.of(ChangeKind.CASE), 1, 1, 0.5)),
          RestoreStats.empty());

      assertThat(ProvenanceTsv.format(restoration)).endsWith("\t0.500\n");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void escape_tabLineBreakBackslashInSiblingId_escaped() {
    assertThat(ProvenanceTsv.escape("a\tb\nc\\d\re")).isEqualTo("a\\tb\\nc\\\\d\\re");
    assertThat(ProvenanceTsv.escape("004_122364f8869732ab.txt")).isSameAs("004_122364f8869732ab.txt");
  }
}

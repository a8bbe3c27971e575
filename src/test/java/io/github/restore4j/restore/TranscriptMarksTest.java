// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.Seeds;
import io.github.restore4j.degrade.CaseMode;
import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The marks of a sentence end in a long line (a transcript) where the recognizer inserted a word. */
final class TranscriptMarksTest {
  private static final Restorer RESTORER = Restorer.create(RestoreOptions.defaults());
  /** The whole article on one all-capital line without punctuation or digits, as a recognizer writes it. */
  private static final Degrader TRANSCRIBE =
      Degrader.create(DegradeOptions.builder().singleLine(true).caseMode(CaseMode.UPPER).build());

  @Test
  void restore_wordInsertedAfterASentenceEnd_keepsTheStopWithItsWord() {
    String line = TRANSCRIBE.degrade(Seeds.read(Seeds.VI_CLEAN))
        .replace("THEO POLITICO BÁO MỸ POLITICO", "THEO POLITICO Ờ BÁO MỸ POLITICO");

    String out = RESTORER.restore(line, List.of(Seeds.sibling(Seeds.VI_CLEAN))).text();

    assertThat(out).contains("theo Politico. Ờ Báo Mỹ Politico");
  }

  @Test
  void restore_wordInsertedBetweenWordsOfASentence_getsNoMark() {
    String line = TRANSCRIBE.degrade(Seeds.read(Seeds.VI_CLEAN))
        .replace("BÍ MẬT GẶP PHÍA NGA", "BÍ MẬT Ờ GẶP PHÍA NGA");

    String out = RESTORER.restore(line, List.of(Seeds.sibling(Seeds.VI_CLEAN))).text();

    assertThat(out).contains("bí mật Ờ gặp phía Nga");
  }
}

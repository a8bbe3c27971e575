// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unseen profile on the 1,000 binhvq news sentences, cut into documents of 100 lines. */
final class UnseenEvaluationTest {
  @Test
  void run_heldOutNewsDocuments_fallbackBeatsBothBaselinesAndStaysFaithful() {
    Corpus vi = Corpus.read(TestCorpora.VI, 100);
    UnseenEvaluation.Report report = UnseenEvaluation.run(List.of(vi), List.of(), 1, line -> {});
    assertThat(report.rows()).hasSize(2);
    UnseenEvaluation.Row kept = report.rows().get(0);
    UnseenEvaluation.Row stripped = report.rows().get(1);
    assertThat(kept.marksKept()).isTrue();
    assertThat(stripped.marksKept()).isFalse();
    assertThat(stripped.documents()).isEqualTo(10);
    for (UnseenEvaluation.Row r : report.rows()) {
      // binhvq repeats a sentence in two documents, with "chính trị-xã hội" in one and spaces around
      // the hyphen in the other: restore4j's join there is the only unfaithful line, with or without
      // the model; the model's own words are always faithful
      assertThat(r.fallback().fidelity()).isEqualTo(r.plain().fidelity()).isGreaterThan(0.998);
      assertThat(r.fallback().caseRate()).isGreaterThan(r.plain().caseRate());
    }
    assertThat(stripped.fallback().marksRate()).isGreaterThan(stripped.unigram().marksRate())
        .isGreaterThan(stripped.plain().marksRate() + 0.4);
    assertThat(kept.fallback().marksRate()).isEqualTo(kept.plain().marksRate()); // a copy that kept its marks keeps them
    assertThat(report.toMarkdown()).contains("| vi-binhvq-sentences | vi | marks stripped | 10 |");
    assertThat(report.toJson()).startsWith("{\"unseen\": [").contains("\"marksKept\": false");
  }

  @Test
  void score_wordsAlignOnKeys_joinedCompoundsAndNumbersAreNotScored() {
    References.Line line = new References.Line("d", "hoi nghi g o nagornokarabakh", "Hội nghị G20 ở Nagorno-Karabakh");
    Degrader again = Degrader.create(DegradeOptions.ascii());
    UnseenEvaluation.Accuracy a = UnseenEvaluation.score(line, "Hội nghị g ở nagornokarabakh", again);
    assertThat(a.words()).isEqualTo(3); // "g" ~ "G20" has a number; the joined compound matches no word
    assertThat(a.marksRight()).isEqualTo(3);
    assertThat(a.caseRight()).isEqualTo(3);
    assertThat(a.faithful()).isEqualTo(1);
  }
}

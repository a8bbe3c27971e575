// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class WordScorerTest {
  @Test
  void score_handCheckedTranscript_matchesCaseAndPunctuationOfPairsOnly() {
    WordScores s = WordScorer.score("Ok, so revenue grew.", "Okay. So, revenue grew.");

    assertThat(s.words()).isEqualTo(4);
    assertThat(s.matched()).isEqualTo(3); // so, revenue, grew; "ok" is not "okay"
    assertThat(s.caseCorrect()).isEqualTo(2); // "so" should be "So"
    assertThat(s.punctuation(MarkClass.PERIOD)).isEqualTo(Counts.of(1, 1, 1)); // after "grew"
    assertThat(s.punctuation(MarkClass.COMMA)).isEqualTo(Counts.of(0, 0, 1)); // after "So", missed
    assertThat(s.punctuation()).isEqualTo(Counts.of(1, 1, 2)); // the comma after "Ok" is not judged
  }

  @Test
  void score_insertedAndDroppedWords_alignAroundThem() {
    WordScores s = WordScorer.score("Well, the uh results are in", "Well, the results, I think, are in.");

    assertThat(s.matched()).isEqualTo(5); // well, the, results, are, in
    assertThat(s.caseCorrect()).isEqualTo(5);
    // well "," right; results: "," expected, none; in: "." expected, none
    assertThat(s.punctuation(MarkClass.COMMA)).isEqualTo(Counts.of(1, 1, 2));
    assertThat(s.punctuation(MarkClass.PERIOD)).isEqualTo(Counts.of(0, 0, 1));
  }

  @Test
  void wordSequence_marksBelongToTheWordBefore() {
    WordSequence s = WordSequence.of("\"Thanks,\" he said – U.S. sales", new HashMap<>());

    assertThat(s.size()).isEqualTo(5);
    assertThat(s.letters(3)).isEqualTo("US");
    assertThat(s.leadingMarks()).containsExactly((byte) MarkClass.QUOTE.ordinal());
    assertThat(s.marksAfter(0)).containsExactly((byte) MarkClass.COMMA.ordinal(), (byte) MarkClass.QUOTE.ordinal());
    assertThat(s.marksAfter(2)).containsExactly((byte) MarkClass.DASH.ordinal());
    assertThat(s.marksAfter(3)).containsExactly((byte) MarkClass.PERIOD.ordinal());
  }

  @Test
  void wordSequence_keysFoldCase() {
    Map<String, Integer> ids = new HashMap<>();
    WordSequence a = WordSequence.of("STRASSE Đà", ids);
    WordSequence b = WordSequence.of("straße đà", ids);

    assertThat(a.keys()).containsExactly(b.keys());
  }
}

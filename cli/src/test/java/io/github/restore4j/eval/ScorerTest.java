// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.restore.LineStatus;
import org.junit.jupiter.api.Test;

/** Each metric on small lines checked by hand (Vietnamese from the seed pair, Ukrainian, Russian). */
final class ScorerTest {
  private static final Scorer SEED = new Scorer(DegradeOptions.seed());
  private static final String INPUT = "mỹ nga có thể từng bí mật đàm phán về nagornokarabakh";
  private static final String CLEAN = "Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh";

  private static Scores score(Scorer scorer, String input, String output, String reference) {
    Scorer.Tally t = new Scorer.Tally();
    scorer.score(input, output, reference, true, LineStatus.RESTORED, t);
    return t.freeze();
  }

  @Test
  void score_outputEqualsReference_isExactAndPerfect() {
    Scores s = score(SEED, INPUT, CLEAN, CLEAN);

    assertThat(s.exactRate()).isEqualTo(1.0);
    assertThat(s.fidelity()).isEqualTo(1.0);
    assertThat(s.caseAccuracy()).isEqualTo(1.0);
    assertThat(s.diacriticAccuracy()).isEqualTo(1.0);
    assertThat(s.punctuation().f1()).isEqualTo(1.0);
    assertThat(s.words()).isEqualTo(11);
  }

  @Test
  void score_whiteSpaceDiffers_isStillExact() {
    Scores s = score(SEED, INPUT, "Mỹ,  Nga có thể từng bí mật đàm phán về\u00A0Nagorno-Karabakh", CLEAN);

    assertThat(s.exactLines()).isEqualTo(1);
  }

  @Test
  void exact_oneMarkMissing_isNotExact() {
    Scores s = score(SEED, INPUT, "Mỹ Nga có thể từng bí mật đàm phán về Nagorno-Karabakh", CLEAN);

    assertThat(s.exactLines()).isZero();
    assertThat(s.caseAccuracy()).isEqualTo(1.0);
  }

  @Test
  void fidelity_wordChanged_isUnfaithful() {
    // "Mĩ" is another spelling, not the input's word "mỹ"
    Scores s = score(SEED, INPUT, "Mĩ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh", CLEAN);

    assertThat(s.fidelity()).isEqualTo(0.0);
    assertThat(s.faithfulLines()).isZero();
  }

  @Test
  void fidelity_toneArtifactReappliedOnDegradingAgain_isFaithful() {
    // degrading "nói." again gives "noí", the input's word
    Scores s = score(SEED, "ông ấy noí", "Ông ấy nói.", "Ông ấy nói.");

    assertThat(s.fidelity()).isEqualTo(1.0);
    assertThat(s.exactRate()).isEqualTo(1.0);
  }

  @Test
  void case_oneOfElevenWordsLower_is10of11() {
    Scores s = score(SEED, INPUT, "Mỹ, nga có thể từng bí mật đàm phán về Nagorno-Karabakh", CLEAN);

    assertThat(s.caseCorrect()).isEqualTo(10);
    assertThat(s.words()).isEqualTo(11);
    assertThat(s.fidelity()).isEqualTo(1.0);
  }

  @Test
  void case_acronymHalfRestored_isWrong() {
    Scores s = score(SEED, "báo politico", "Báo Politico", "Báo POLITICO");

    assertThat(s.caseCorrect()).isEqualTo(1);
  }

  @Test
  void diacritics_tonePlacedOnWrongVowel_isWrong() {
    // the seed's tone artifact left in the output: "noí" where the clean text has "nói"
    Scores s = score(SEED, "ông ấy noí", "Ông ấy noí", "Ông ấy nói.");

    assertThat(s.diacriticWords()).isEqualTo(3);
    assertThat(s.diacriticCorrect()).isEqualTo(2);
    assertThat(s.caseAccuracy()).isEqualTo(1.0);
  }

  @Test
  void diacritics_asciiCopyPartlyRestored_countsPerWord() {
    Scorer ascii = new Scorer(DegradeOptions.ascii());

    Scores s = score(ascii, "dai dien phia my", "Đại diện phia Mỹ", "Đại diện phía Mỹ");

    assertThat(s.diacriticCorrect()).isEqualTo(3);
    assertThat(s.diacriticWords()).isEqualTo(4);
    assertThat(s.fidelity()).isEqualTo(1.0);
  }

  @Test
  void punctuation_perClass_countsTruePositivesPredictedExpected() {
    String reference = "Україна «вистояла», — сказав він (у Києві)?";
    String output = "Україна «вистояла» — сказав він, у Києві.";

    Scores s = score(SEED, "україна вистояла сказав він у києві", output, reference);

    // quotes « » both found; comma after » missed; dash found; extra comma after "він"
    assertThat(s.punctuation(MarkClass.QUOTE)).isEqualTo(Counts.of(2, 2, 2));
    assertThat(s.punctuation(MarkClass.COMMA)).isEqualTo(Counts.of(0, 1, 1));
    assertThat(s.punctuation(MarkClass.DASH)).isEqualTo(Counts.of(1, 1, 1));
    assertThat(s.punctuation(MarkClass.BRACKET)).isEqualTo(Counts.of(0, 0, 2));
    assertThat(s.punctuation(MarkClass.PERIOD)).isEqualTo(Counts.of(0, 1, 0));
    assertThat(s.punctuation(MarkClass.QUESTION_EXCLAMATION)).isEqualTo(Counts.of(0, 0, 1));
    assertThat(s.punctuation()).isEqualTo(Counts.of(3, 5, 7));
    assertThat(s.punctuation().precision()).isEqualTo(0.6);
    assertThat(s.punctuation().recall()).isEqualTo(3.0 / 7);
    assertThat(s.punctuation().f1()).isEqualTo(0.5);
  }

  @Test
  void punctuation_markInWrongSlot_isMissAndFalsePositive() {
    Scores s = score(SEED, "мỹ nga", "Mỹ Nga,", "Mỹ, Nga");

    assertThat(s.punctuation(MarkClass.COMMA)).isEqualTo(Counts.of(0, 1, 1));
  }

  @Test
  void punctuation_apostropheInsideWord_isOtherNotQuote() {
    Scores s = score(SEED, "зявилося кілька", "з’явилося кілька", "з’явилося кілька");

    assertThat(s.punctuation(MarkClass.OTHER)).isEqualTo(Counts.of(1, 1, 1));
    assertThat(s.punctuation(MarkClass.QUOTE)).isEqualTo(Counts.empty());
  }

  @Test
  void numbers_deletedNumbersPutBack_precisionAndRecall() {
    String reference = "Báo Mỹ Politico ngày 4/10 dẫn lời 2 nhà ngoại giao";
    String output = "Báo Mỹ Politico ngày 4/10 dẫn lời 3 nhà ngoại giao";

    Scores s = score(SEED, "báo mỹ politico ngày dẫn lời nhà ngoại giao", output, reference);

    assertThat(s.numbers()).isEqualTo(Counts.of(1, 2, 2));
    assertThat(s.punctuation()).isEqualTo(Counts.empty()); // the "/" belongs to the number
  }

  @Test
  void numbers_digitsKept_areNotScoredButTheirSlashIs() {
    Scorer digits = new Scorer(DegradeOptions.digits());

    Scores s = score(digits, "ngày 410 dẫn", "ngày 410 dẫn", "ngày 4/10 dẫn");

    assertThat(s.numbers()).isEqualTo(Counts.empty());
    assertThat(s.punctuation(MarkClass.OTHER)).isEqualTo(Counts.of(0, 0, 1));
  }

  @Test
  void typoWord_casePatternCounts_marksNotScored() {
    Scorer typos = new Scorer(Profile.TYPOS.degradeOptions());

    // "politcio" has a typo; its Title case matches the reference's "Politico"
    Scores s = score(typos, "báo politcio", "Báo Politcio", "Báo Politico");

    assertThat(s.typoWords()).isEqualTo(1);
    assertThat(s.caseCorrect()).isEqualTo(2);
    assertThat(s.diacriticWords()).isEqualTo(1);
    assertThat(s.exactRate()).isEqualTo(1.0); // a typo word with the right form counts as right
    assertThat(s.fidelity()).isEqualTo(1.0);
  }

  @Test
  void status_restoredAndUnchangedShares_comeFromTheSystem() {
    Scorer.Tally t = new Scorer.Tally();
    SEED.score("mỹ nga", "Mỹ, Nga", "Mỹ, Nga", true, LineStatus.RESTORED, t);
    SEED.score("mỹ nga", "mỹ nga", "Mỹ, Nga", true, LineStatus.UNCHANGED, t);
    SEED.score("mỹ nga", "Mỹ nga", "Mỹ, Nga", true, LineStatus.PARTIAL, t);
    SEED.score("mỹ nga", "mỹ nga", "Mỹ, Nga", true, LineStatus.UNCHANGED, t);

    Scores s = t.freeze();

    assertThat(s.restoredRate()).isEqualTo(0.25);
    assertThat(s.unchangedRate()).isEqualTo(0.5);
    assertThat(s.exactRate()).isEqualTo(0.25);
  }

  @Test
  void uncovered_changedLine_isInventionAndNotScoredOtherwise() {
    Scorer.Tally t = new Scorer.Tally();
    assertThat(SEED.score("у києві", "у києві", "У Києві.", false, LineStatus.UNCHANGED, t)).isTrue();
    assertThat(SEED.score("у києві", "У Києві", "У Києві.", false, LineStatus.RESTORED, t)).isFalse();

    Scores s = t.freeze();

    assertThat(s.uncoveredLines()).isEqualTo(2);
    assertThat(s.uncoveredUnchangedRate()).isEqualTo(0.5);
    assertThat(s.coveredLines()).isZero();
    assertThat(s.words()).isZero();
    assertThat(s.fidelity()).isEqualTo(1.0);
  }

  @Test
  void misaligned_wordCountDiffers_everyWordAndMarkWrong() {
    Scores s = score(SEED, "мир труд", "Мир, труд май", "Мир, труд.");

    assertThat(s.misalignedLines()).isEqualTo(1);
    assertThat(s.fidelity()).isEqualTo(0.0);
    assertThat(s.caseCorrect()).isZero();
    assertThat(s.words()).isEqualTo(2);
    assertThat(s.punctuation()).isEqualTo(Counts.of(0, 1, 2));
  }

  @Test
  void caseSignature_turkishDottedCapital_isUpper() {
    assertThat(Scorer.caseSignature("İstanbul")).isEqualTo("Ulllllll");
    assertThat(Scorer.casePattern("NATO")).isEqualTo(2);
    assertThat(Scorer.casePattern("McCain")).isEqualTo(3);
  }
}

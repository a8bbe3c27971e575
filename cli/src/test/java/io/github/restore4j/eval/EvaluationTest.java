// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class EvaluationTest {
  /** The profiles of the seed's kind, scored line by line against the document itself. */
  private static final List<Profile> LINE_PROFILES = List.of(Profile.SEED, Profile.ASCII, Profile.SPLIT,
      Profile.DIGITS, Profile.SHUFFLED, Profile.TYPOS, Profile.EDITION, Profile.COMPILATION, Profile.UNCOVERED);
  private static final List<Corpus> CORPORA = List.of(TestCorpora.seeds(), TestCorpora.first(TestCorpora.RU, 6));

  private static EvalReport run(int threads) {
    return Evaluation.run(EvalOptions.builder().corpora(CORPORA).maxDocuments(4).threads(threads).build());
  }

  @Test
  void run_twice_identicalJsonAndMarkdown() {
    EvalReport a = run(2);
    EvalReport b = run(1);

    assertThat(a.toJson()).isEqualTo(b.toJson());
    assertThat(a.toMarkdown()).isEqualTo(b.toMarkdown());
    assertThat(a).isEqualTo(b);
  }

  @Test
  void run_seeds_everyProfileFaithfulAndSeedRestoredExactly() {
    EvalReport r = Evaluation.run(EvalOptions.builder().corpora(List.of(TestCorpora.seeds())).profiles(LINE_PROFILES)
        .build());

    assertThat(r.rows()).hasSize(LINE_PROFILES.size() + 1);
    assertThat(r.row("seeds", Profile.SHUFFLED, true).restore4j().lines())
        .isLessThanOrEqualTo(r.row("seeds", Profile.SHUFFLED).restore4j().lines());
    assertThat(r.rows()).allSatisfy(row -> assertThat(row.restore4j().fidelity()).as(row.profile().id()).isEqualTo(1.0));
    Scores seed = r.row("seeds", Profile.SEED).restore4j();
    assertThat(seed.exactRate()).isEqualTo(1.0);
    assertThat(seed.lines()).isEqualTo(130);
    assertThat(r.row("seeds", Profile.SEED).baseline().exactRate()).isLessThan(0.9);
    Scores uncovered = r.row("seeds", Profile.UNCOVERED).restore4j();
    assertThat(uncovered.uncoveredLines()).isPositive();
    assertThat(r.corpora().get(0).skipped()).hasSize(1);
  }

  @Test
  void run_shuffled_secondRowLeavesOutTheLinesOnlyLineOrderCouldDecide() {
    EvalReport r = Evaluation.run(EvalOptions.builder().corpora(List.of(TestCorpora.law()))
        .profiles(List.of(Profile.SEED, Profile.SHUFFLED)).build());

    assertThat(r.row("law", Profile.SHUFFLED).restore4j().lines()).isEqualTo(5);
    assertThat(r.row("law", Profile.SHUFFLED, true).restore4j().lines()).isEqualTo(3);
    assertThat(r.row("law", Profile.SHUFFLED, true).restore4j().exactRate()).isEqualTo(1.0);
    assertThat(r.rows()).filteredOn(EvalRow::decidableOnly).hasSize(1);
    assertThat(r.toMarkdown()).contains("| law | shuffled, decidable lines | 3 | 100.00 / ");
  }

  @Test
  void toJson_rowsHaveBothSystemsAndEveryMarkClass() {
    EvalReport r = Evaluation.run(EvalOptions.builder().corpora(List.of(TestCorpora.seeds()))
        .profiles(List.of(Profile.SEED)).examples(1).build());

    String json = r.toJson();

    assertThat(json).contains("\"profile\": \"seed\"", "\"restore4j\": {", "\"baseline\": {",
        "\"question_exclamation\": {", "\"examples\": []", "\"fidelity\": 1.000000");
    assertThat(r.toMarkdown()).contains("| seeds | seed | 130 | 100.00 / ");
  }

  @Test
  void run_newProfiles_rowsAndSectionsInBothReports() {
    EvalReport r = Evaluation.run(EvalOptions.builder().corpora(List.of(TestCorpora.seeds()))
        .profiles(List.of(Profile.ASR, Profile.MIXED, Profile.ARTIFACT, Profile.RELATED)).build());

    EvalRow asr = r.row("seeds", Profile.ASR);
    assertThat(asr.copies()).isEqualTo(4);
    assertThat(asr.restore4jWords().words()).isPositive();
    assertThat(asr.restore4jWords().matchedRate()).isBetween(0.6, 0.95); // one word in four is wrong
    assertThat(asr.baselineWords().matched()).isPositive();
    assertThat(r.row("seeds", Profile.MIXED, true).restore4j().lines()).isPositive();
    assertThat(r.strippedRow("seeds", Profile.MIXED).restore4j().lines()).isPositive()
        .isLessThan(r.row("seeds", Profile.MIXED).restore4j().lines());
    assertThat(r.row("seeds", Profile.ARTIFACT).artifactWords()).isPositive();
    EvalRow related = r.row("seeds", Profile.RELATED);
    assertThat(related.restore4jWords().changed()).isPositive();
    assertThat(related.restore4j().uncoveredLines()).isPositive();
    EvalRow decidable = r.row("seeds", Profile.RELATED, true);
    assertThat(decidable.restore4jWords().changed()).isPositive()
        .isLessThanOrEqualTo(related.restore4jWords().changed());
    assertThat(decidable.restore4j().lines()).isLessThanOrEqualTo(related.restore4j().lines());
    assertThat(r.toMarkdown()).contains("## asr: word alignment", "## related: changed words right",
        "## artifact: copies the tone artifact changed", "| seeds | mixed, decidable lines without diacritics |");
    assertThat(r.toJson()).contains("\"restore4jWords\": {", "\"strippedOnly\": true", "\"artifactWords\": ");
  }
}

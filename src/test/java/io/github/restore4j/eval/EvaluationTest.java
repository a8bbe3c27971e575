package io.github.restore4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class EvaluationTest {
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
    EvalReport r = Evaluation.run(EvalOptions.builder().corpora(List.of(TestCorpora.seeds())).build());

    assertThat(r.rows()).hasSize(Profile.values().length + 1);
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
}

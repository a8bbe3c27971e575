// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.restore.Sibling;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each profile produces what it says, on the first documents of the Ukrainian corpus. */
final class WorkbenchTest {
  private static final Corpus UK = TestCorpora.first(TestCorpora.UK, 8);

  private static Workbench bench() {
    return new Workbench(UK, List.of(), 6, 1);
  }

  private static List<String> lines(Workbench.Copy copy) {
    return copy.lines().stream().map(Workbench.Expected::degraded).toList();
  }

  private static Sibling doc(Workbench w, String id) {
    return w.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  private static String degrade(DegradeOptions o, Sibling doc) {
    String d = Degrader.create(o).degrade(doc.text());
    return d.endsWith("\n") ? d.substring(0, d.length() - 1) : d;
  }

  @Test
  void scenario_seedAsciiSplitDigits_copyIsTheDegradersOutput() {
    Workbench w = bench();
    for (Profile p : List.of(Profile.SEED, Profile.ASCII, Profile.SPLIT, Profile.DIGITS)) {
      Workbench.Scenario s = w.scenario(p);

      assertThat(s.copies()).hasSize(6);
      assertThat(s.pool()).isEqualTo(Workbench.PoolKind.BASE);
      for (Workbench.Copy c : s.copies()) {
        assertThat(c.text()).as("%s %s", p, c.id()).isEqualTo(degrade(p.degradeOptions(), doc(w, c.id())));
        assertThat(c.lines()).allMatch(Workbench.Expected::covered);
      }
    }
    assertThat(Profile.SEED.degradeOptions()).isSameAs(DegradeOptions.seed());
  }

  @Test
  void scenario_sample_isSeededAndStable() {
    assertThat(bench().sample()).isEqualTo(bench().sample()).hasSize(6).isSorted();
    assertThat(new Workbench(UK, List.of(), 6, 2).sample()).isNotEqualTo(bench().sample());
  }

  @Test
  void scenario_shuffled_sameLinesInAnotherOrder() {
    Workbench w = bench();
    List<Workbench.Copy> seed = w.scenario(Profile.SEED).copies();
    List<Workbench.Copy> shuffled = w.scenario(Profile.SHUFFLED).copies();

    boolean anyMoved = false;
    for (int i = 0; i < seed.size(); i++) {
      assertThat(lines(shuffled.get(i))).containsExactlyInAnyOrderElementsOf(lines(seed.get(i)));
      anyMoved |= !lines(shuffled.get(i)).equals(lines(seed.get(i)));
    }
    assertThat(anyMoved).isTrue();
  }

  @Test
  void scenario_shuffled_headingsOfDifferentNumbersAreAmbiguous_theirTextsAreNot() {
    Corpus law = TestCorpora.law();

    List<Workbench.Expected> lines = new Workbench(law, List.of(), 2, 1).scenario(Profile.SHUFFLED).copies().stream()
        .flatMap(c -> c.lines().stream()).toList();

    assertThat(lines).filteredOn(Workbench.Expected::ambiguous).extracting(Workbench.Expected::reference)
        .containsExactlyInAnyOrder("Điều 1:", "Điều 2:");
    assertThat(new Workbench(law, List.of(), 2, 1).scenario(Profile.SEED).copies().stream()
        .flatMap(c -> c.lines().stream())).noneMatch(Workbench.Expected::ambiguous);
  }

  @Test
  void scenario_typos_sameWordCountsSomeWordsMisspelt() {
    Workbench w = bench();
    List<Workbench.Copy> seed = w.scenario(Profile.SEED).copies();
    List<Workbench.Copy> typos = w.scenario(Profile.TYPOS).copies();
    int changed = 0;
    for (int i = 0; i < seed.size(); i++) {
      List<String> a = lines(seed.get(i));
      List<String> b = lines(typos.get(i));
      assertThat(b).hasSameSizeAs(a);
      for (int k = 0; k < a.size(); k++) {
        assertThat(b.get(k).split(" ")).hasSameSizeAs(a.get(k).split(" "));
        changed += a.get(k).equals(b.get(k)) ? 0 : 1;
      }
      assertThat(typos.get(i).lines()).extracting(Workbench.Expected::reference)
          .isEqualTo(seed.get(i).lines().stream().map(Workbench.Expected::reference).toList());
    }
    assertThat(changed).isGreaterThan(10);
  }

  @Test
  void scenario_edition_poolHoldsEditionsWithChangedWordsAndBoilerplate() {
    Workbench w = bench();
    Workbench.Scenario s = w.scenario(Profile.EDITION);
    List<Sibling> pool = w.poolDocuments(Workbench.PoolKind.EDITIONS);

    assertThat(s.pool()).isEqualTo(Workbench.PoolKind.EDITIONS);
    assertThat(pool).hasSize(w.documents().size());
    for (int d : w.sample()) {
      Sibling source = w.documents().get(d);
      Sibling edition = pool.get(d);
      assertThat(edition.id()).isEqualTo(source.id());
      assertThat(edition.text()).startsWith(Editions.HEADER).contains(Editions.READ_ALSO).contains(Editions.COPYRIGHT);
      assertThat(edition.text()).doesNotContain(source.text().strip());
    }
    Set<Integer> notSampled = new HashSet<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
    notSampled.removeAll(w.sample());
    for (int d : notSampled) {
      assertThat(pool.get(d)).isSameAs(w.documents().get(d));
    }
    assertThat(s.copies().get(0).text()).isEqualTo(w.scenario(Profile.SEED).copies().get(0).text());
  }

  @Test
  void scenario_compilation_interleavesSeveralDocumentsAndKeepsEveryLine() {
    Workbench w = bench();
    Workbench.Scenario s = w.scenario(Profile.COMPILATION);

    assertThat(s.copies()).hasSize(2);
    for (Workbench.Copy c : s.copies()) {
      assertThat(c.lines().stream().map(Workbench.Expected::source).distinct().count()).isEqualTo(3);
    }
    assertThat(s.lines()).isEqualTo(w.scenario(Profile.SEED).lines());
  }

  @Test
  void scenario_uncovered_heldOutLinesHaveNoSibling() {
    Workbench w = bench();
    Workbench.Scenario s = w.scenario(Profile.UNCOVERED);
    List<Sibling> pool = w.poolDocuments(Workbench.PoolKind.HELD_OUT);
    Set<String> poolIds = new HashSet<>();
    pool.forEach(d -> poolIds.add(d.id()));
    String poolText = String.join("\n", pool.stream().map(d -> degrade(DegradeOptions.seed(), d)).toList());

    assertThat(w.held()).hasSize(2); // a quarter of 6, rounded up; both outside the sample
    List<Workbench.Expected> uncovered = new ArrayList<>();
    s.copies().forEach(c -> c.lines().stream().filter(e -> !e.covered()).forEach(uncovered::add));
    assertThat(uncovered).isNotEmpty().allSatisfy(e -> {
      assertThat(poolIds).doesNotContain(e.source());
      assertThat(poolText).doesNotContain(e.degraded());
    });
    s.copies().forEach(c -> c.lines().stream().filter(Workbench.Expected::covered)
        .forEach(e -> assertThat(poolIds).contains(e.source())));
  }

  @Test
  void unfit_alreadyDegradedSeedAndFileList_areLeftOut() {
    Workbench w = new Workbench(TestCorpora.seeds(), List.of(), 50, 1);

    assertThat(w.skipped()).containsExactly("001_112bc054fcd8705d.txt (no form to restore)");
    assertThat(w.documents()).hasSize(4);
    assertThat(Workbench.unfit("book_1.txt book_2.txt\n".repeat(12))).startsWith("not prose: 1 distinct of 12");
  }

  @Test
  void scenario_mixed_eachLineIsItsVariantsDegradationOfItsReference() {
    Workbench w = bench();
    Workbench.Scenario s = w.scenario(Profile.MIXED);

    assertThat(s.variants()).hasSize(5);
    Set<Integer> variants = new HashSet<>();
    for (Workbench.Copy c : s.copies()) {
      assertThat(c.lines()).hasSameSizeAs(w.scenario(Profile.SEED).copies().stream()
          .filter(x -> x.id().equals(c.id())).findFirst().orElseThrow().lines());
      for (Workbench.Expected e : c.lines()) {
        variants.add(e.variant());
        DegradeOptions o = s.variants().get(e.variant());
        if (o.typoRate() == 0) {
          assertThat(Degrader.create(o).degradeLine(e.reference())).isEqualTo(e.degraded());
        }
      }
    }
    assertThat(variants).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    assertThat(s.ordered()).isFalse();
  }

  @Test
  void scenario_mixedStripMarks_leavesLettersThatDoNotDecompose() {
    DegradeOptions marks = Workbench.MIXED_VARIANTS.get(1);

    assertThat(Degrader.create(marks).degradeLine("Zażółć gęślą jaźń.")).isEqualTo("zazołc gesla jazn");
  }

  @Test
  void scenario_asr_oneUpperCaseLinePerDocumentAgainstTheWholeDocument() {
    Workbench w = bench();
    Workbench.Scenario s = w.scenario(Profile.ASR);

    assertThat(s.copies()).hasSize(6);
    assertThat(s.variants().get(0).language()).hasValue(java.util.Locale.forLanguageTag("uk"));
    for (Workbench.Copy c : s.copies()) {
      assertThat(c.lines()).hasSize(1);
      Workbench.Expected e = c.lines().get(0);
      assertThat(e.degraded()).doesNotContain("\n").isEqualTo(e.degraded().toUpperCase(java.util.Locale.ROOT));
      assertThat(e.reference()).isEqualTo(Scorer.collapseSpace(doc(w, c.id()).text().strip()));
    }
  }

  @Test
  void scenario_artifact_keepsOnlyCopiesTheArtifactChanged() {
    Workbench seeds = new Workbench(TestCorpora.seeds(), List.of(), 10, 1);

    Workbench.Scenario s = seeds.scenario(Profile.ARTIFACT);

    assertThat(s.copies()).extracting(Workbench.Copy::id).containsExactly("004_122364f8869732ab.txt");
    assertThat(s.artifactWords()).isPositive();
    assertThat(bench().scenario(Profile.ARTIFACT).copies()).isEmpty(); // Ukrainian: no tone marks
  }

  @Test
  void scenario_related_documentReplacedByARelatedArticle() {
    Workbench w = bench();
    Workbench.Scenario s = w.scenario(Profile.RELATED);
    List<Sibling> pool = w.poolDocuments(Workbench.PoolKind.RELATED);

    assertThat(s.pool()).isEqualTo(Workbench.PoolKind.RELATED);
    for (Workbench.Copy c : s.copies()) {
      Sibling original = doc(w, c.id());
      Sibling article = pool.stream().filter(d -> d.id().equals(c.id())).findFirst().orElseThrow();
      assertThat(article.text()).isNotEqualTo(original.text());
      assertThat(pool).doesNotContain(original);
    }
    List<Workbench.Expected> all = s.copies().stream().flatMap(c -> c.lines().stream()).toList();
    assertThat(all).anyMatch(Workbench.Expected::covered).anyMatch(e -> !e.covered());
  }

  @Test
  void scenario_related_lineThePoolGivesOnlyInAnotherForm_isUndecidable() {
    Workbench w = bench();
    Workbench.Scenario s = w.scenario(Profile.RELATED);
    References refs = new References(Profile.RELATED.degradeOptions());
    java.util.Map<String, java.util.Set<String>> forms = new java.util.HashMap<>();
    for (Sibling d : w.poolDocuments(Workbench.PoolKind.RELATED)) {
      for (References.Line l : refs.lines(d)) {
        forms.computeIfAbsent(l.degraded(), k -> new java.util.HashSet<>()).add(l.reference());
      }
    }

    List<Workbench.Expected> all = s.copies().stream().flatMap(c -> c.lines().stream()).toList();
    // a renumbered sentence: the same words, other numbers or commas; its line is undecidable
    assertThat(all).anyMatch(Workbench.Expected::ambiguous);
    for (Workbench.Expected e : all) {
      java.util.Set<String> f = forms.getOrDefault(e.degraded(), java.util.Set.of());
      assertThat(e.ambiguous()).as(e.degraded()).isEqualTo(f.stream().anyMatch(x -> !x.equals(e.reference())));
    }
  }
}

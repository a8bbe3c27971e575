// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restore4j.Seeds;
import io.github.restore4j.model.FormModel;
import io.github.restore4j.text.Folding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fallback model where no sibling covers a line or a word: the seeds and 900 Vietnamese news
 * sentences as the pool, the other 100 sentences (and the seed copy) as copies.
 */
final class FallbackTest {
  private static final Restorer PLAIN = Restorer.create(RestoreOptions.defaults());
  private static final Restorer FALLBACK = Restorer.create(RestoreOptions.builder().fallbackFromPool().build());
  private static SiblingPool pool;
  private static List<String> heldOut;

  @BeforeAll
  static void pool() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("testdata/corpora/vi-binhvq-sentences.txt"));
    List<Sibling> siblings = new ArrayList<>(Seeds.cleanSeeds());
    for (int i = 0; i < 900; i += 100) {
      siblings.add(Sibling.of("binhvq-" + i, String.join("\n", lines.subList(i, i + 100))));
    }
    pool = SiblingPool.of(siblings);
    heldOut = lines.subList(900, 1000);
  }

  private static String strip(String line) {
    return Folding.stripDiacritics(line.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\d]+", " ").strip())
        .replaceAll(" +", " ");
  }

  @Test
  void restore_seedCopy_linesSiblingsCoverAreByteIdenticalWithAndWithoutFallback() {
    String copy = Seeds.read(Seeds.VI_DEGRADED);
    Restoration plain = PLAIN.restore(copy, pool);
    Restoration fallback = FALLBACK.restore(copy, pool);
    for (int i = 0; i < plain.lines().size(); i++) {
      RestoredLine p = plain.lines().get(i);
      if (p.status() == LineStatus.RESTORED || p.status() == LineStatus.EMPTY) {
        assertThat(fallback.lines().get(i)).isEqualTo(p);
      }
    }
    assertThat(plain.stats().modelWords()).isZero();
  }

  @Test
  void restore_heldOutSentences_modelRestoresUncoveredLinesAndSaysSo() {
    String copy = String.join("\n", heldOut.stream().map(FallbackTest::strip).toList());
    Restoration plain = PLAIN.restore(copy, pool);
    Restoration r = FALLBACK.restore(copy, pool);
    assertThat(r.stats().modeled()).isGreaterThan(30); // the others share a few words with a sibling: partial
    assertThat(r.stats().modelWords()).isGreaterThan(1000);
    assertThat(plain.stats().modeled()).isZero();
    long modeledWords = 0;
    for (RestoredLine l : r.lines()) {
      // the fidelity guard holds: the output folds to the copy, and nothing but words changed
      assertThat(Folding.LOOSE.key(l.output())).isEqualTo(Folding.LOOSE.key(l.input()));
      for (ModeledWord w : l.modeled()) {
        assertThat(Folding.LOOSE.key(w.form())).isEqualTo(Folding.LOOSE.key(l.input().substring(w.start(), w.end())));
        assertThat(w.confidence()).isGreaterThanOrEqualTo(FormModel.DEFAULT_MIN_CONFIDENCE);
        assertThat(l.output()).contains(w.form());
      }
      modeledWords += l.modeled().size();
      if (l.status() == LineStatus.MODELED) {
        assertThat(l.siblingId()).isEmpty();
        assertThat(l.wordsAligned()).isZero();
        assertThat(l.changes()).contains(ChangeKind.MARKS);
        // no sibling: nothing but the words' letters changed (no number, no punctuation guessed)
        assertThat(l.output().replaceAll("\\p{L}|\\p{M}", "")).isEqualTo(l.input().replaceAll("\\p{L}|\\p{M}", ""));
      }
    }
    assertThat(r.stats().modelWords()).isEqualTo(modeledWords);
    assertThat(r.stats().markChanges()).isGreaterThan(plain.stats().markChanges());
  }

  @Test
  void restore_partialLine_modelTakesOnlyTheWordsNoSiblingCovers() {
    String covered = Seeds.read(Seeds.VI_DEGRADED).split("\n")[1];
    String line = covered + " " + strip(heldOut.get(0));
    RestoredLine plain = PLAIN.restore(line, pool).lines().get(0);
    RestoredLine r = FALLBACK.restore(line, pool).lines().get(0);
    assertThat(plain.status()).isEqualTo(LineStatus.PARTIAL);
    assertThat(r.status()).isEqualTo(LineStatus.PARTIAL);
    assertThat(r.modeled()).isNotEmpty();
    // the sibling's words come out as without the model; the model starts after them
    int siblingEnd = plain.output().length() - (line.length() - covered.length());
    assertThat(r.output()).startsWith(plain.output().substring(0, siblingEnd));
    assertThat(r.modeled()).allMatch(w -> w.start() > covered.length());
  }

  @Test
  void restore_copyThatKeptItsMarks_lineWithoutMarksGetsCaseOnly() {
    // a copy that kept its marks: a line of it without a mark is taken as written, not as stripped
    StringBuilder copy = new StringBuilder();
    for (int i = 10; i < 20; i++) {
      copy.append(heldOut.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\d]+", " ").strip()).append('\n');
    }
    copy.append("cong an tp hcm cho biet\n");
    Restoration r = FALLBACK.restore(copy.toString(), pool);
    RestoredLine last = r.lines().get(10);
    // "TP.HCM" from a sibling; "cong" and "biet" are no form the model knows with these letters
    assertThat(last.output()).isEqualTo("cong an TP.HCM cho biet");
    assertThat(last.modeled()).allMatch(w -> Folding.stripDiacritics(w.form()).equals(w.form()));
  }

  @Test
  void restore_givenModel_sameAsPoolsOwn() {
    String copy = strip(heldOut.get(3));
    Restorer given = Restorer.create(RestoreOptions.builder().fallback(pool.formModel()).build());
    assertThat(given.restore(copy, pool).text()).isEqualTo(FALLBACK.restore(copy, pool).text());
  }

  @Test
  void restore_thresholdOne_changesNothingUnlessCertain() {
    String copy = String.join("\n", heldOut.stream().map(FallbackTest::strip).toList());
    Restorer strict = Restorer.create(RestoreOptions.builder().fallbackFromPool().fallbackMinConfidence(1.0).build());
    assertThat(strict.restore(copy, pool).stats().modelWords())
        .isLessThan(FALLBACK.restore(copy, pool).stats().modelWords());
  }

  @Test
  void options_fallbackTwice_failsFast() {
    assertThatThrownBy(() -> RestoreOptions.builder().fallbackFromPool().fallback(pool.formModel()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("fallback was already set");
    assertThatThrownBy(() -> RestoreOptions.builder().fallbackMinConfidence(0.7).build())
        .isInstanceOf(IllegalStateException.class);
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.text.Folding;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window DP and its traceback (the one production uses) against a plain recursive oracle of the
 * same costs, on seeded random lines over a small vocabulary: a piece that matches costs 0, a typo
 * 1, another word, a missing or an extra piece 2; clean pieces before the place are free, and after
 * it unless the alignment is global.
 */
final class WindowAlignerTest {
  /** Words no two of which are typos of each other, but for the pair alpha ~ alpho. */
  private static final String[] WORDS = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "alpho"};
  private static final Set<String> TYPOS = Set.of("alpha alpho", "alpho alpha");

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void align_randomLines_costIsTheOracles_andTheTracebackPaysIt(boolean global) {
    Random random = new Random(global ? 11 : 7);
    for (int round = 0; round < 400; round++) {
      String[] clean = words(random, 1 + random.nextInt(14), WORDS.length);
      // degraded: the clean words edited, plus a word the pool does not know
      String[] degraded = words(random, 1 + random.nextInt(10), WORDS.length + 1);
      Fixture f = new Fixture(String.join(" ", clean), String.join(" ", degraded));
      int m = f.line.size;
      Alignment a = f.aligner.align(f.line, 0, m, false, 0, 0, f.index.size(), global);
      int expected = oracle(degraded, clean, global);
      assertThat(a.cost).as("round %d: %s / %s", round, String.join(" ", degraded), String.join(" ", clean))
          .isEqualTo(expected);
      assertThat(pathCost(a, degraded, clean, global)).as("traceback of round %d", round).isEqualTo(expected);
    }
  }

  @Test
  void align_typo_costsOneAndIsFuzzy() {
    Fixture f = new Fixture("bravo alpha charlie", "bravo alpho charlie");
    Alignment a = f.aligner.align(f.line, 0, 3, false, 0, 0, 3);
    assertThat(a.cost).isEqualTo(1);
    assertThat(a.kind).containsExactly(MatchKind.EXACT, MatchKind.FUZZY, MatchKind.EXACT);
  }

  @Test
  void align_globalGap_pairsMisheardWordsFirst() {
    // "echo delta" stand for two clean words of three: paired with the first two, the third left out
    Fixture f = new Fixture("alpha bravo charlie", "echo delta");
    Alignment a = f.aligner.align(f.line, 0, 2, false, 0, 0, 3, true);
    assertThat(a.kind).containsExactly(MatchKind.SUBSTITUTE, MatchKind.SUBSTITUTE);
    assertThat(a.from).containsExactly(0, 1);
  }

  private static final class Fixture {
    final PoolIndex index;
    final LinePlan line;
    final WindowAligner aligner;

    Fixture(String clean, String degraded) {
      SiblingPool pool = SiblingPool.of(List.of(Sibling.of("s", clean)));
      Folding folding = DegradedProfile.detect(degraded).folding();
      index = pool.index(folding);
      line = new LinePlan(0, degraded, folding, index.vocabulary());
      aligner = new WindowAligner(pool, index, folding);
    }
  }

  private static String[] words(Random random, int n, int choices) {
    String[] w = new String[n];
    for (int i = 0; i < n; i++) {
      int c = random.nextInt(choices);
      w[i] = c < WORDS.length ? WORDS[c] : "zulu";
    }
    return w;
  }

  private static int step(String a, String b) {
    return a.equals(b) ? 0 : TYPOS.contains(a + " " + b) ? 1 : 2;
  }

  /** The least cost by the textbook recurrence, written from the definition. */
  private static int oracle(String[] a, String[] b, boolean global) {
    int m = a.length;
    int n = b.length;
    int[][] d = new int[m + 1][n + 1];
    for (int j = 0; j <= n; j++) {
      d[0][j] = global ? 2 * j : 0;
    }
    for (int i = 1; i <= m; i++) {
      d[i][0] = 2 * i;
      for (int j = 1; j <= n; j++) {
        d[i][j] = Math.min(d[i - 1][j - 1] + step(a[i - 1], b[j - 1]), Math.min(d[i - 1][j], d[i][j - 1]) + 2);
      }
    }
    if (global) {
      return d[m][n];
    }
    int best = Integer.MAX_VALUE;
    for (int j = 0; j <= n; j++) {
      best = Math.min(best, d[m][j]);
    }
    return best;
  }

  /** What the path the traceback reports costs, recounted from its pieces and the skipped clean pieces. */
  private static int pathCost(Alignment a, String[] degraded, String[] clean, boolean global) {
    int cost = 0;
    int used = 0;
    int first = -1;
    int last = -1;
    int previous = -1;
    for (int i = 0; i < a.kind.length; i++) {
      if (a.kind[i] == MatchKind.NONE) {
        cost += 2;
        continue;
      }
      assertThat(a.from[i]).isGreaterThan(previous);
      previous = a.to[i];
      cost += step(degraded[i], clean[a.from[i]]);
      assertThat(a.kind[i]).isEqualTo(degraded[i].equals(clean[a.from[i]]) ? MatchKind.EXACT
          : TYPOS.contains(degraded[i] + " " + clean[a.from[i]]) ? MatchKind.FUZZY : MatchKind.SUBSTITUTE);
      used++;
      first = first < 0 ? a.from[i] : first;
      last = a.to[i];
    }
    int skipped = global ? clean.length - used : first < 0 ? 0 : last - first + 1 - used;
    return cost + 2 * skipped;
  }
}

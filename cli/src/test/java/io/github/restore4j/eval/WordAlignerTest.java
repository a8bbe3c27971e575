// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

final class WordAlignerTest {
  @Test
  void align_substitutionAndInsertion_pairsEqualKeysOnly() {
    int[] pair = WordAligner.align(new int[] {1, 2, 3, 4}, new int[] {1, 9, 3, 4, 5});

    assertThat(pair).containsExactly(0, -1, 2, 3);
  }

  @Test
  void align_emptySide_pairsNothing() {
    assertThat(WordAligner.align(new int[] {}, new int[] {1, 2})).isEmpty();
    assertThat(WordAligner.align(new int[] {1, 2}, new int[] {})).containsExactly(-1, -1);
  }

  /** The path the pairs describe costs the edit distance: an optimal alignment, on random input. */
  @Test
  void align_randomSmallAlphabet_pathCostIsTheEditDistance() {
    Random random = new Random(7);
    for (int round = 0; round < 2000; round++) {
      int[] a = random(random, random.nextInt(30), 1 + random.nextInt(4));
      int[] b = random(random, random.nextInt(30), 1 + random.nextInt(4));

      int[] pair = WordAligner.align(a, b);

      int cost = 0;
      int lastA = -1;
      int lastB = -1;
      for (int i = 0; i < a.length; i++) {
        if (pair[i] >= 0) {
          assertThat(b[pair[i]]).isEqualTo(a[i]);
          assertThat(pair[i]).isGreaterThan(lastB);
          cost += Math.max(i - lastA - 1, pair[i] - lastB - 1);
          lastA = i;
          lastB = pair[i];
        }
      }
      cost += Math.max(a.length - lastA - 1, b.length - lastB - 1);
      assertThat(cost).as("round %d", round).isEqualTo(WordAligner.distance(a, b));
    }
  }

  private static int[] random(Random random, int n, int alphabet) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = random.nextInt(alphabet);
    }
    return a;
  }
}

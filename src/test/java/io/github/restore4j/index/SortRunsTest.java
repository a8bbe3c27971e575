// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link PoolIndex#sortRuns} against {@link Arrays#sort(int[], int, int)}. */
final class SortRunsTest {

  @Test
  void sortRuns_ascendingRunsOfPostings_matchArraysSort() {
    SplittableRandom random = new SplittableRandom(2026);
    PoolIndex.Scratch scratch = new PoolIndex.Scratch();
    for (int trial = 0; trial < 2000; trial++) {
      int runs = 1 + random.nextInt(trial % 2 == 0 ? 12 : PoolIndex.MAX_RUNS + 40);
      int[] a = new int[16];
      int n = 0;
      for (int r = 0; r < runs; r++) {
        int len = random.nextInt(trial % 3 == 0 ? 4 : 200);
        int v = random.nextInt(100_000) - 64;
        for (int k = 0; k < len; k++) {
          if (n == a.length) {
            a = Arrays.copyOf(a, n * 2);
          }
          a[n++] = v;
          v += random.nextInt(3) == 0 ? 0 : random.nextInt(1000);
        }
      }
      checkSorted(a, n, scratch);
    }
  }

  @Test
  void sortRuns_randomAndEdgeInput_matchArraysSort() {
    SplittableRandom random = new SplittableRandom(7);
    PoolIndex.Scratch scratch = new PoolIndex.Scratch();
    for (int n : new int[] {0, 1, 2, PoolIndex.MIN_RUN_SORT - 1, PoolIndex.MIN_RUN_SORT, 100, 1000, 5000}) {
      checkSorted(random.ints(n, -100, 100).toArray(), n, scratch);
      int[] descending = new int[n];
      int[] ascending = new int[n];
      int[] twoRuns = new int[n];
      for (int i = 0; i < n; i++) {
        descending[i] = n - i;
        ascending[i] = i - 5;
        twoRuns[i] = i < n / 2 ? 2 * i : 2 * (i - n / 2) + 1;
      }
      checkSorted(descending, n, scratch);
      checkSorted(ascending, n, scratch);
      checkSorted(twoRuns, n, scratch);
    }
  }

  @Test
  void sortRuns_leavesElementsBeyondNUntouched() {
    int[] a = new int[200];
    for (int i = 0; i < a.length; i++) {
      a[i] = (i * 7919) % 101;
    }
    int[] expected = a.clone();
    Arrays.sort(expected, 0, 150);
    PoolIndex.sortRuns(a, 150, new PoolIndex.Scratch());
    assertThat(a).containsExactly(expected);
  }

  private static void checkSorted(int[] a, int n, PoolIndex.Scratch scratch) {
    int[] expected = Arrays.copyOf(a, n);
    Arrays.sort(expected);
    int[] actual = a.clone();
    PoolIndex.sortRuns(actual, n, scratch);
    assertThat(Arrays.copyOf(actual, n)).containsExactly(expected);
    assertThat(Arrays.copyOfRange(actual, n, a.length)).containsExactly(Arrays.copyOfRange(a, n, a.length));
  }
}

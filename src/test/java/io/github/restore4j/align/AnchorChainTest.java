// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AnchorChainTest {

  @Test
  void find_javadocExample_chainsTwoAndThree() {
    AnchorChain chain = AnchorChain.create();
    int[] a = {5, 1, 2, 9, 3, 1};
    int[] b = {1, 2, 7, 3, 5, 8};
    assertThat(chain.find(a, 0, a.length, b, 0, b.length, 1)).isEqualTo(2);
    assertThat(new int[] {chain.a(0), chain.b(0), chain.a(1), chain.b(1)}).containsExactly(2, 1, 4, 3);
  }

  @Test
  void find_unknownTokens_areInNoAnchor() {
    AnchorChain chain = AnchorChain.create();
    int[] a = {4, -1, 6, 7};
    int[] b = {4, 5, 6, 7};
    assertThat(chain.find(a, 0, a.length, b, 0, b.length, 2)).isEqualTo(1);
    assertThat(chain.a(0)).isEqualTo(2);
    assertThat(chain.b(0)).isEqualTo(2);
  }

  @Test
  void find_badArguments_fail() {
    AnchorChain chain = AnchorChain.create();
    assertThatThrownBy(() -> chain.find(new int[1], 0, 1, new int[1], 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> chain.find(new int[1], 1, 0, new int[1], 0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    chain.find(new int[] {1}, 0, 1, new int[] {2}, 0, 1, 1);
    assertThatThrownBy(() -> chain.a(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  /** Exhaustive on a tiny alphabet is too many pairs; seeded random ranges of small alphabets instead. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void find_randomInputs_matchesBruteForceOracle(int k) {
    Random random = new Random(17 + k);
    AnchorChain chain = AnchorChain.create();
    for (int round = 0; round < 3000; round++) {
      int alphabet = 2 + random.nextInt(12);
      int[] a = randomTokens(random, random.nextInt(30), alphabet);
      int[] b = randomTokens(random, random.nextInt(30), alphabet);
      int aFrom = a.length == 0 ? 0 : random.nextInt(a.length);
      int aTo = aFrom + (a.length == aFrom ? 0 : random.nextInt(a.length - aFrom + 1));
      int bFrom = b.length == 0 ? 0 : random.nextInt(b.length);
      int bTo = bFrom + (b.length == bFrom ? 0 : random.nextInt(b.length - bFrom + 1));
      List<int[]> anchors = oracleAnchors(a, aFrom, aTo, b, bFrom, bTo, k);
      int c = chain.find(a, aFrom, aTo, b, bFrom, bTo, k);
      assertThat(c).as("round %d", round).isEqualTo(oracleLongestChain(anchors));
      for (int t = 0; t < c; t++) {
        int[] anchor = {chain.a(t), chain.b(t)};
        assertThat(anchors).as("round %d", round).anyMatch(x -> Arrays.equals(x, anchor));
        if (t > 0) {
          assertThat(chain.a(t)).isGreaterThan(chain.a(t - 1));
          assertThat(chain.b(t)).isGreaterThan(chain.b(t - 1));
        }
      }
    }
  }

  @Test
  void find_work_growsLinearlyWithTheInput() {
    Random random = new Random(3);
    long perToken = 0;
    for (int n = 1_000; n <= 64_000; n *= 4) {
      AnchorChain chain = AnchorChain.create();
      int[] a = randomTokens(random, n, 50_000);
      int[] b = randomTokens(random, n + n / 3, 50_000);
      chain.find(a, 0, a.length, b, 0, b.length, 2);
      long work = chain.work();
      if (perToken == 0) {
        perToken = work / n + 1;
      }
      // the same work per token at every size (table capacity rounds up to twice a power of two)
      assertThat(work).as("n = %d", n).isLessThanOrEqualTo(2 * perToken * n);
    }
  }

  private static int[] randomTokens(Random random, int n, int alphabet) {
    int[] x = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextInt(alphabet);
    }
    return x;
  }

  /** Every pair of positions of a k-gram found once in each range, by counting all k-grams. */
  private static List<int[]> oracleAnchors(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo, int k) {
    Map<List<Integer>, List<Integer>> inA = grams(a, aFrom, aTo, k);
    Map<List<Integer>, List<Integer>> inB = grams(b, bFrom, bTo, k);
    List<int[]> anchors = new ArrayList<>();
    for (Map.Entry<List<Integer>, List<Integer>> e : inA.entrySet()) {
      List<Integer> there = inB.get(e.getKey());
      if (e.getValue().size() == 1 && there != null && there.size() == 1) {
        anchors.add(new int[] {e.getValue().get(0), there.get(0)});
      }
    }
    return anchors;
  }

  private static Map<List<Integer>, List<Integer>> grams(int[] x, int from, int to, int k) {
    Map<List<Integer>, List<Integer>> grams = new HashMap<>();
    for (int i = from; i + k <= to; i++) {
      List<Integer> gram = new ArrayList<>();
      for (int j = i; j < i + k; j++) {
        gram.add(x[j]);
      }
      grams.computeIfAbsent(gram, g -> new ArrayList<>()).add(i);
    }
    return grams;
  }

  /** The longest chain increasing in both positions, by the quadratic DP. */
  private static int oracleLongestChain(List<int[]> anchors) {
    anchors.sort((x, y) -> Integer.compare(x[0], y[0]));
    int[] best = new int[anchors.size()];
    int longest = 0;
    for (int i = 0; i < anchors.size(); i++) {
      best[i] = 1;
      for (int j = 0; j < i; j++) {
        if (anchors.get(j)[0] < anchors.get(i)[0] && anchors.get(j)[1] < anchors.get(i)[1]) {
          best[i] = Math.max(best[i], best[j] + 1);
        }
      }
      longest = Math.max(longest, best[i]);
    }
    return longest;
  }
}

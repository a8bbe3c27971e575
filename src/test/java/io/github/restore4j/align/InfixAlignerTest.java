// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class InfixAlignerTest {
  /** Filler around patterns and texts, so that a kernel reading outside its range is caught. */
  private static final int JUNK = 1;

  // ---- exhaustive tiny inputs against a brute-force oracle ---------------------------------------

  @ParameterizedTest
  @EnumSource(AlignerType.class)
  void search_allTinyInputs_matchBruteForce(AlignerType type) {
    final InfixAligner aligner = type.create();
    for (int[] p : TinyStrings.all(1, 5)) {
      for (int[] t : TinyStrings.all(0, 6)) {
        checkAgainstBruteForce(aligner, p, t);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(AlignerType.class)
  void search_tinyPatternsLength7Texts_matchBruteForce(AlignerType type) {
    final InfixAligner aligner = type.create();
    for (int[] p : TinyStrings.all(1, 4)) {
      for (int[] t : TinyStrings.all(7, 7)) {
        checkAgainstBruteForce(aligner, p, t);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(AlignerType.class)
  void search_negativeTextIds_matchNothing(AlignerType type) {
    final InfixAligner aligner = type.create();
    final int[] alphabet = {0, 1, -1, Integer.MIN_VALUE};
    final SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 2000; trial++) {
      final int[] p = new int[1 + random.nextInt(5)];
      for (int i = 0; i < p.length; i++) {
        p[i] = random.nextInt(2);
      }
      final int[] t = new int[random.nextInt(8)];
      for (int i = 0; i < t.length; i++) {
        t[i] = alphabet[random.nextInt(alphabet.length)];
      }
      checkAgainstBruteForce(aligner, p, t);
    }
  }

  /** Every maxCost from 0 to m + 1, findBest and findAll, with the inputs inside larger arrays. */
  static void checkAgainstBruteForce(InfixAligner aligner, int[] p, int[] t) {
    final int[] expected = TinyStrings.bruteForceCosts(p, t);
    final int[] pa = embed(p);
    final int[] ta = embed(t);
    final int[] ends = new int[t.length + 1];
    final int[] costs = new int[t.length + 1];
    for (int k = 0; k <= p.length + 1; k++) {
      final int count = aligner.findAll(pa, 1, p.length, ta, 1, t.length, k, ends, costs);
      int n = 0;
      for (int e = 0; e <= t.length; e++) {
        if (expected[e] <= k) {
          if (n >= count || ends[n] != e + 1 || costs[n] != expected[e]) {
            break;
          }
          n++;
        }
      }
      final long best = aligner.findBest(pa, 1, p.length, ta, 1, t.length, k);
      if (n != count || best != expectedBest(expected, 1, k)) {
        // Only now build the (slow) descriptive assertions.
        final String what = "P=" + Arrays.toString(p) + " T=" + Arrays.toString(t) + " k=" + k;
        assertThat(hits(ends, costs, count)).as(what).isEqualTo(expectedHits(expected, 1, k));
        assertThat(best).as(what).isEqualTo(expectedBest(expected, 1, k));
      }
    }
  }

  private static String hits(int[] ends, int[] costs, int count) {
    final StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      s.append(ends[i]).append(':').append(costs[i]).append(' ');
    }
    return s.toString();
  }

  private static String expectedHits(int[] costs, int offset, int k) {
    final StringBuilder s = new StringBuilder();
    for (int e = 0; e < costs.length; e++) {
      if (costs[e] <= k) {
        s.append(e + offset).append(':').append(costs[e]).append(' ');
      }
    }
    return s.toString();
  }

  private static long expectedBest(int[] costs, int offset, int k) {
    int best = 0;
    for (int e = 1; e < costs.length; e++) {
      if (costs[e] < costs[best]) {
        best = e;
      }
    }
    return costs[best] <= k ? InfixAligner.hit(costs[best], offset + best) : InfixAligner.NO_MATCH;
  }

  private static int[] embed(int[] a) {
    final int[] out = new int[a.length + 2];
    Arrays.fill(out, JUNK);
    System.arraycopy(a, 0, out, 1, a.length);
    return out;
  }

  // ---- seeded random inputs against NAIVE_DP -----------------------------------------------------

  @ParameterizedTest
  @EnumSource(AlignerType.class)
  void search_randomPatternsAroundWordBoundaries_matchOracle(AlignerType type) {
    final InfixAligner aligner = type.create();
    final InfixAligner oracle = AlignerType.NAIVE_DP.create();
    final int[] lengths = {1, 2, 5, 40, 63, 64, 65, 127, 128, 129, 200};
    final SplittableRandom random = new SplittableRandom(20261121L);
    for (int round = 0; round < 3; round++) {
      for (int m : lengths) {
        for (int vocabulary : new int[] {2, 4, 50, 50_000}) {
          compareWithOracle(
              aligner, oracle, random.nextLong(), m, 2_000 + random.nextInt(3_000), vocabulary);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(AlignerType.class)
  void search_textsAroundStripeThreshold_matchOracle(AlignerType type) {
    // Both parities of tLen + 2m, so the two-stripe kernel's one-token tail runs and does not.
    final InfixAligner aligner = type.create();
    final InfixAligner oracle = AlignerType.NAIVE_DP.create();
    final int threshold = DenseMyersAligner.STRIPED_MIN_TOKENS;
    long seed = 77L;
    for (int m : new int[] {1, 7, 40, 64}) {
      for (int n = threshold - 2; n <= threshold + 5; n++) {
        compareWithOracle(aligner, oracle, seed++, m, n, 3);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = AlignerType.class,
      names = {"NAIVE_DP"},
      mode = EnumSource.Mode.EXCLUDE)
  void search_longTextsAndPatterns_matchOracle(AlignerType type) {
    final InfixAligner aligner = type.create();
    final InfixAligner oracle = AlignerType.NAIVE_DP.create();
    compareWithOracle(aligner, oracle, 1L, 40, 100_000, 50_000);
    compareWithOracle(aligner, oracle, 2L, 64, 100_000, 20);
    compareWithOracle(aligner, oracle, 3L, 129, 30_000, 4);
    compareWithOracle(aligner, oracle, 4L, 1_000, 6_000, 50_000);
    compareWithOracle(aligner, oracle, 5L, 1_000, 6_000, 3);
  }

  /**
   * A random text of {@code n} ids with a few planted copies of a random pattern, each carrying a
   * few random edits; findBest and findAll must equal the oracle's for several maxCost, on a
   * sub-range of the text.
   */
  static void compareWithOracle(
      InfixAligner aligner, InfixAligner oracle, long seed, int m, int n, int vocabulary) {
    final SplittableRandom random = new SplittableRandom(seed);
    final int[] p = randomTokens(random, m, vocabulary);
    final int[] t = randomTokens(random, n, vocabulary);
    final int copies = random.nextInt(4);
    for (int c = 0; c < copies; c++) {
      final int[] copy = mutate(random, p, random.nextInt(1 + m / 8), vocabulary);
      if (copy.length < n) {
        System.arraycopy(copy, 0, t, random.nextInt(n - copy.length + 1), copy.length);
      }
    }
    final int tFrom = random.nextInt(Math.min(n, 50));
    final int tLen = n - tFrom - random.nextInt(Math.min(n - tFrom, 50) + 1);
    final int[] oEnds = new int[n + 1];
    final int[] oCosts = new int[n + 1];
    final int[] ends = new int[n + 1];
    final int[] costs = new int[n + 1];
    for (int k : new int[] {0, 1, m / 10, m / 4, m / 2, m}) {
      final String what =
          "seed=" + seed + " m=" + m + " n=" + n + " vocabulary=" + vocabulary + " k=" + k;
      assertThat(aligner.findBest(p, 0, m, t, tFrom, tLen, k))
          .as(what)
          .isEqualTo(oracle.findBest(p, 0, m, t, tFrom, tLen, k));
      final int expected = oracle.findAll(p, 0, m, t, tFrom, tLen, k, oEnds, oCosts);
      final int count = aligner.findAll(p, 0, m, t, tFrom, tLen, k, ends, costs);
      assertThat(count).as(what).isEqualTo(expected);
      assertThat(Arrays.copyOf(ends, count)).as(what).isEqualTo(Arrays.copyOf(oEnds, expected));
      assertThat(Arrays.copyOf(costs, count)).as(what).isEqualTo(Arrays.copyOf(oCosts, expected));
    }
  }

  /** Uniform ids below small vocabularies; skewed like words (rank ~ vocabulary^u) for large ones. */
  static int[] randomTokens(SplittableRandom random, int n, int vocabulary) {
    final int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] =
          vocabulary <= 100
              ? random.nextInt(vocabulary)
              : (int) Math.pow(vocabulary, random.nextDouble()) - 1;
    }
    return a;
  }

  /** {@code p} with {@code edits} random substitutions, insertions and deletions. */
  static int[] mutate(SplittableRandom random, int[] p, int edits, int vocabulary) {
    int[] a = p.clone();
    for (int e = 0; e < edits && a.length > 1; e++) {
      final int at = random.nextInt(a.length);
      switch (random.nextInt(3)) {
        case 0 -> a[at] = random.nextInt(vocabulary);
        case 1 -> {
          final int[] b = new int[a.length + 1];
          System.arraycopy(a, 0, b, 0, at);
          b[at] = random.nextInt(vocabulary);
          System.arraycopy(a, at, b, at + 1, a.length - at);
          a = b;
        }
        default -> {
          final int[] b = new int[a.length - 1];
          System.arraycopy(a, 0, b, 0, at);
          System.arraycopy(a, at + 1, b, at, a.length - at - 1);
          a = b;
        }
      }
    }
    return a;
  }

  // ---- API contract ------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(AlignerType.class)
  void findBest_javadocExample_holds(AlignerType type) {
    final int[] text = {7, 1, 2, 9, 3, 7};
    final long hit = type.create().findBest(new int[] {1, 2, 3}, 0, 3, text, 0, text.length, 1);
    assertThat(InfixAligner.cost(hit)).isEqualTo(1);
    assertThat(InfixAligner.end(hit)).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(AlignerType.class)
  void findBest_costAboveMaxCost_returnsNoMatch(AlignerType type) {
    final long hit = type.create().findBest(new int[] {1, 2, 3}, 0, 3, new int[] {4, 5}, 0, 2, 2);
    assertThat(hit).isEqualTo(InfixAligner.NO_MATCH);
    assertThat(InfixAligner.cost(hit)).isEqualTo(Integer.MAX_VALUE);
    assertThat(InfixAligner.end(hit)).isEqualTo(-1);
  }

  @ParameterizedTest
  @EnumSource(AlignerType.class)
  void search_emptyPatternOrText_hasTrivialCosts(AlignerType type) {
    final InfixAligner aligner = type.create();
    final int[] text = {5, 6, 7};
    final int[] ends = new int[8];
    final int[] costs = new int[8];
    assertThat(aligner.findBest(new int[0], 0, 0, text, 1, 2, 0)).isEqualTo(InfixAligner.hit(0, 1));
    assertThat(aligner.findAll(new int[0], 0, 0, text, 1, 2, 0, ends, costs)).isEqualTo(3);
    assertThat(Arrays.copyOf(ends, 3)).containsExactly(1, 2, 3);
    assertThat(Arrays.copyOf(costs, 3)).containsExactly(0, 0, 0);
    assertThat(aligner.findBest(new int[] {1, 2}, 0, 2, text, 3, 0, 5))
        .isEqualTo(InfixAligner.hit(2, 3));
    assertThat(aligner.findBest(new int[] {1, 2}, 0, 2, text, 3, 0, 1))
        .isEqualTo(InfixAligner.NO_MATCH);
  }

  @ParameterizedTest
  @EnumSource(AlignerType.class)
  void findAll_bufferTooSmall_returnsTotalAndStoresPrefix(AlignerType type) {
    final InfixAligner aligner = type.create();
    final int[] p = {1, 2};
    final int[] t = {1, 2, 0, 1, 2, 0, 1, 2};
    final int[] ends = new int[2];
    final int[] costs = new int[2];
    final int total = aligner.findAll(p, 0, 2, t, 0, t.length, 0, ends, costs);
    assertThat(total).isEqualTo(3);
    assertThat(ends).containsExactly(2, 5);
    assertThat(costs).containsExactly(0, 0);
    assertThat(aligner.findAll(p, 0, 2, t, 0, t.length, 0, new int[0], new int[0])).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(AlignerType.class)
  void findAll_longTextBufferTooSmall_storesOrderedPrefix(AlignerType type) {
    // Long enough for two stripes, whose second stripe's hits are stored after the first's.
    final SplittableRandom random = new SplittableRandom(4242L);
    final int[] p = randomTokens(random, 12, 3);
    final int[] t = randomTokens(random, 5_000, 3);
    final InfixAligner aligner = type.create();
    final int[] allEnds = new int[t.length + 1];
    final int[] allCosts = new int[t.length + 1];
    final int total =
        AlignerType.NAIVE_DP.create().findAll(p, 0, 12, t, 0, t.length, 5, allEnds, allCosts);
    assertThat(total).isGreaterThan(100);
    for (int capacity : new int[] {0, 1, total / 2, total - 1, total, total + 7}) {
      final int[] ends = new int[capacity];
      final int[] costs = new int[capacity];
      final String what = "seed=4242 capacity=" + capacity;
      assertThat(aligner.findAll(p, 0, 12, t, 0, t.length, 5, ends, costs)).as(what).isEqualTo(total);
      final int stored = Math.min(capacity, total);
      assertThat(Arrays.copyOf(ends, stored)).as(what).isEqualTo(Arrays.copyOf(allEnds, stored));
      assertThat(Arrays.copyOf(costs, stored)).as(what).isEqualTo(Arrays.copyOf(allCosts, stored));
    }
  }

  @ParameterizedTest
  @EnumSource(AlignerType.class)
  void search_hugeAndRepeatedIds_reuseScratch(AlignerType type) {
    final InfixAligner aligner = type.create();
    final int big = 20_000_000;
    final int[] p = {big, 3, big, 30_000_000};
    final int[] t = {0, big, 3, big, 30_000_000, 7, big, 4, big};
    assertThat(aligner.findBest(p, 0, 4, t, 0, t.length, 4)).isEqualTo(InfixAligner.hit(0, 5));
    // A different, smaller pattern afterwards must not see stale Peq bits of the first one.
    assertThat(aligner.findBest(new int[] {3, 4}, 0, 2, t, 0, t.length, 2))
        .isEqualTo(InfixAligner.hit(1, 3));
    assertThat(aligner.findBest(p, 0, 4, t, 0, t.length, 4)).isEqualTo(InfixAligner.hit(0, 5));
  }

  @ParameterizedTest
  @EnumSource(AlignerType.class)
  void search_idsAroundDenseCutoff_matchOracle(AlignerType type) {
    // MYERS switches from the dense to the hash Peq at this id; both sides must agree.
    final int cut = AdaptiveMyersAligner.DENSE_MAX_ID;
    final int[] alphabet = {0, 5, cut - 1, cut, cut + 1, 40_000_000, -1};
    final InfixAligner aligner = type.create();
    final InfixAligner oracle = AlignerType.NAIVE_DP.create();
    final SplittableRandom random = new SplittableRandom(2718L);
    final int[] ends = new int[3_000];
    final int[] costs = new int[3_000];
    final int[] oEnds = new int[3_000];
    final int[] oCosts = new int[3_000];
    for (int trial = 0; trial < 40; trial++) {
      final int m = 1 + random.nextInt(trial % 2 == 0 ? 64 : 150);
      final int[] p = new int[m];
      for (int i = 0; i < m; i++) {
        p[i] = alphabet[random.nextInt(alphabet.length - 1)];
      }
      final int[] t = new int[2_000];
      for (int i = 0; i < t.length; i++) {
        t[i] = alphabet[random.nextInt(alphabet.length)];
      }
      final int k = random.nextInt(m + 1);
      final String what = "seed=2718 trial=" + trial + " m=" + m + " k=" + k;
      assertThat(aligner.findBest(p, 0, m, t, 0, t.length, k))
          .as(what)
          .isEqualTo(oracle.findBest(p, 0, m, t, 0, t.length, k));
      final int n = aligner.findAll(p, 0, m, t, 0, t.length, k, ends, costs);
      assertThat(n).as(what).isEqualTo(oracle.findAll(p, 0, m, t, 0, t.length, k, oEnds, oCosts));
      assertThat(Arrays.copyOf(ends, n)).as(what).isEqualTo(Arrays.copyOf(oEnds, n));
      assertThat(Arrays.copyOf(costs, n)).as(what).isEqualTo(Arrays.copyOf(oCosts, n));
    }
  }

  @Test
  void hit_packing_ordersByCostThenEnd() {
    assertThat(InfixAligner.hit(1, 900)).isLessThan(InfixAligner.hit(2, 3));
    assertThat(InfixAligner.hit(2, 3)).isLessThan(InfixAligner.hit(2, 4));
    assertThat(InfixAligner.hit(Integer.MAX_VALUE - 1, Integer.MAX_VALUE))
        .isLessThan(InfixAligner.NO_MATCH);
    assertThat(InfixAligner.cost(InfixAligner.hit(7, 123_456))).isEqualTo(7);
    assertThat(InfixAligner.end(InfixAligner.hit(7, 123_456))).isEqualTo(123_456);
    assertThatThrownBy(() -> InfixAligner.hit(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @EnumSource(AlignerType.class)
  void search_invalidArguments_throwWithMessages(AlignerType type) {
    final InfixAligner a = type.create();
    final int[] p = {1, 2};
    final int[] t = {1, 2, 3};
    final int[] b = new int[4];
    assertThatThrownBy(() -> a.findBest(null, 0, 0, t, 0, 3, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("pattern");
    assertThatThrownBy(() -> a.findBest(p, 0, 2, null, 0, 0, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> a.findBest(p, 1, 2, t, 0, 3, 1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("pattern range [1, 1 + 2)");
    assertThatThrownBy(() -> a.findBest(p, 0, 2, t, -1, 3, 1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("text range");
    assertThatThrownBy(() -> a.findAll(p, 0, 2, t, 2, 2, 1, b, b))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("text range [2, 2 + 2)");
    assertThatThrownBy(() -> a.findBest(p, 0, 2, t, 0, 3, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxCost");
    assertThatThrownBy(() -> a.findBest(new int[] {1, -2}, 0, 2, t, 0, 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pattern[1] = -2");
    assertThatThrownBy(() -> a.findAll(p, 0, 2, t, 0, 3, 1, new int[2], new int[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same length");
    assertThatThrownBy(() -> a.findAll(p, 0, 2, t, 0, 3, 1, null, b))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ends");
    assertThat(a.type()).isEqualTo(type);
  }
}

package io.github.restore4j.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class TracebackAlignerTest {
  /** 0: Hirschberg only; default; huge: banded DP only. */
  private static TracebackAligner tracer(int maxBand) {
    return maxBand < 0 ? TracebackAligner.create() : TracebackAligner.withMaxBand(maxBand);
  }

  @Test
  void align_javadocExample_holds() {
    final TokenAlignment alignment = new TokenAlignment();
    final int[] text = {7, 1, 9, 3, 7};
    assertThat(TracebackAligner.create().align(new int[] {1, 2, 3}, 0, 3, text, 0, 5, alignment))
        .isEqualTo(1);
    assertThat(alignment.textStart()).isEqualTo(1);
    assertThat(alignment.textEnd()).isEqualTo(4);
    assertThat(alignment.textIndexOf(1)).isEqualTo(2);
    assertThat(ops(alignment))
        .containsExactly(EditOp.MATCH, EditOp.SUBSTITUTE, EditOp.MATCH);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MAX_VALUE})
  void align_insertionAndDeletion_reportsEveryOp(int maxBand) {
    final TracebackAligner tracer = tracer(maxBand);
    final TokenAlignment alignment = new TokenAlignment();
    // 1 2 3 4 5 6 in 9 [1 7 4 5] 8 8 6 9: 1, 2->7, 3 deleted, 4, 5, 6 deleted; cost 3, ends at 5.
    final int[] pattern = {1, 2, 3, 4, 5, 6};
    final int[] text = {9, 1, 7, 4, 5, 8, 8, 6, 9};
    assertThat(tracer.align(pattern, 0, 6, text, 0, text.length, alignment)).isEqualTo(3);
    assertThat(alignment.textStart()).isEqualTo(1);
    assertThat(alignment.textEnd()).isEqualTo(5);
    assertThat(ops(alignment)).contains(EditOp.MATCH, EditOp.SUBSTITUTE, EditOp.DELETE);
    checkConsistent(alignment, pattern, 0, text, "deletion");
    // 1 2 3 4 in [1 2 8 3 4]: 8 inserted.
    final int[] pattern2 = {1, 2, 3, 4};
    final int[] text2 = {1, 2, 8, 3, 4};
    assertThat(tracer.align(pattern2, 0, 4, text2, 0, 5, alignment)).isEqualTo(1);
    assertThat(ops(alignment))
        .containsExactly(EditOp.MATCH, EditOp.MATCH, EditOp.INSERT, EditOp.MATCH, EditOp.MATCH);
    assertThat(alignment.textIndexOf(2)).isEqualTo(3);
    checkConsistent(alignment, pattern2, 0, text2, "insertion");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MAX_VALUE})
  void align_allTinyInputs_costEqualsBruteForce(int maxBand) {
    final TracebackAligner tracer = tracer(maxBand);
    final TokenAlignment alignment = new TokenAlignment();
    for (int[] p : TinyStrings.all(0, 4)) {
      for (int[] t : TinyStrings.all(0, 6)) {
        final int[] costs = TinyStrings.bruteForceCosts(p, t);
        final int best = Arrays.stream(costs).min().orElseThrow();
        final String what = "P=" + Arrays.toString(p) + " T=" + Arrays.toString(t);
        assertThat(tracer.align(p, 0, p.length, t, 0, t.length, alignment))
            .as(what)
            .isEqualTo(best);
        checkConsistent(alignment, p, 0, t, what);
        assertThat(costs[alignment.textEnd()]).as(what).isEqualTo(best);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MAX_VALUE})
  void align_randomWindows_matchOracleCost(int maxBand) {
    final TracebackAligner tracer = tracer(maxBand);
    final InfixAligner oracle = AlignerType.NAIVE_DP.create();
    final TokenAlignment alignment = new TokenAlignment();
    final long seed = 314159L;
    final SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 60; round++) {
      final int m = 1 + random.nextInt(round < 50 ? 80 : 600);
      final int vocabulary = round % 3 == 0 ? 3 : 1000;
      final int[] p = InfixAlignerTest.randomTokens(random, m, vocabulary);
      final int[] copy = InfixAlignerTest.mutate(random, p, random.nextInt(1 + m / 3), vocabulary);
      final int n = copy.length + random.nextInt(3 * m + 10);
      final int[] t = InfixAlignerTest.randomTokens(random, n, vocabulary);
      System.arraycopy(copy, 0, t, random.nextInt(n - copy.length + 1), copy.length);
      final int tFrom = random.nextInt(Math.min(5, n + 1));
      final String what = "seed=" + seed + " round=" + round + " m=" + m + " n=" + n;
      final long expected = oracle.findBest(p, 0, m, t, tFrom, n - tFrom, m);
      assertThat(tracer.align(p, 0, m, t, tFrom, n - tFrom, alignment))
          .as(what)
          .isEqualTo(InfixAligner.cost(expected));
      assertThat(alignment.textEnd()).as(what).isEqualTo(InfixAligner.end(expected));
      assertThat(alignment.textStart()).as(what).isGreaterThanOrEqualTo(tFrom);
      checkConsistent(alignment, p, 0, t, what);
    }
  }

  @Test
  void align_longWindowHighCost_usesHirschbergWithinLinearMemory() {
    final SplittableRandom random = new SplittableRandom(5L);
    final int[] p = InfixAlignerTest.randomTokens(random, 3_000, 50);
    final int[] t = InfixAlignerTest.randomTokens(random, 9_000, 50);
    final TokenAlignment alignment = new TokenAlignment();
    final int cost = TracebackAligner.create().align(p, 0, p.length, t, 0, t.length, alignment);
    assertThat(cost).isGreaterThan(TracebackAligner.DEFAULT_MAX_BAND);
    final long hit = AlignerType.MYERS.create().findBest(p, 0, 3000, t, 0, 9000, 3000);
    assertThat(cost).isEqualTo(InfixAligner.cost(hit));
    checkConsistent(alignment, p, 0, t, "long");
  }

  @Test
  void align_invalidArguments_throw() {
    final TracebackAligner tracer = TracebackAligner.create();
    assertThatThrownBy(() -> tracer.align(new int[] {1}, 0, 1, new int[] {1}, 0, 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("out");
    assertThatThrownBy(
            () -> tracer.align(new int[] {1}, 0, 2, new int[] {1}, 0, 1, new TokenAlignment()))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new TokenAlignment().cost()).isInstanceOf(IllegalStateException.class);
  }

  /**
   * Replays the steps: they consume the pattern and exactly the span [textStart, textEnd), MATCH
   * only on equal tokens, SUBSTITUTE only on different ones, textIndexOf agrees, and the number of
   * non-matches is the cost, which is also the brute-force edit distance of the span.
   */
  private static void checkConsistent(
      TokenAlignment a, int[] pattern, int pFrom, int[] text, String what) {
    int i = 0;
    int t = a.textStart();
    int cost = 0;
    for (int k = 0; k < a.opCount(); k++) {
      final EditOp op = a.op(k);
      switch (op) {
        case MATCH, SUBSTITUTE -> {
          assertThat(pattern[pFrom + i] == text[t])
              .as(what + " op " + k)
              .isEqualTo(op == EditOp.MATCH);
          assertThat(a.textIndexOf(i)).as(what).isEqualTo(t);
          i++;
          t++;
        }
        case DELETE -> {
          assertThat(a.textIndexOf(i)).as(what).isEqualTo(-1);
          i++;
        }
        case INSERT -> t++;
      }
      cost += op == EditOp.MATCH ? 0 : 1;
    }
    assertThat(i).as(what).isEqualTo(a.patternLength());
    assertThat(t).as(what).isEqualTo(a.textEnd());
    assertThat(cost).as(what).isEqualTo(a.cost());
    if ((long) a.patternLength() * (a.textEnd() - a.textStart()) <= 1_000_000) {
      assertThat(
              TinyStrings.editDistance(
                  Arrays.copyOfRange(pattern, pFrom, pFrom + a.patternLength()),
                  Arrays.copyOfRange(text, a.textStart(), a.textEnd())))
          .as(what)
          .isEqualTo(a.cost());
    }
  }

  private static EditOp[] ops(TokenAlignment a) {
    final EditOp[] ops = new EditOp[a.opCount()];
    for (int k = 0; k < ops.length; k++) {
      ops[k] = a.op(k);
    }
    return ops;
  }
}

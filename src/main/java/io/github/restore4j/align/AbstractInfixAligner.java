// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.align;

/**
 * Argument checks and trivial cases shared by every {@link InfixAligner}, so that kernels see only
 * valid ranges, a non-empty pattern and {@code 0 <= k <= m}.
 */
abstract class AbstractInfixAligner implements InfixAligner {
  private final AlignerType type;

  AbstractInfixAligner(AlignerType type) {
    this.type = type;
  }

  @Override
  public final AlignerType type() {
    return type;
  }

  @Override
  public final long findBest(
      int[] pattern, int pFrom, int pLen, int[] text, int tFrom, int tLen, int maxCost) {
    checkSearch(pattern, pFrom, pLen, text, tFrom, tLen, maxCost);
    if (pLen == 0) {
      return pack(0, tFrom);
    }
    final long hit = best(pattern, pFrom, pLen, text, tFrom, tLen, Math.min(maxCost, pLen));
    assert hit == NO_MATCH || InfixAligner.cost(hit) <= maxCost : hit;
    return hit;
  }

  @Override
  public final int findAll(
      int[] pattern,
      int pFrom,
      int pLen,
      int[] text,
      int tFrom,
      int tLen,
      int maxCost,
      int[] ends,
      int[] costs) {
    checkSearch(pattern, pFrom, pLen, text, tFrom, tLen, maxCost);
    if (ends == null || costs == null) {
      throw new NullPointerException(ends == null ? "ends" : "costs");
    }
    if (ends.length != costs.length) {
      throw new IllegalArgumentException(
          "ends and costs must have the same length: " + ends.length + " != " + costs.length);
    }
    if (pLen == 0) {
      final int stored = Math.min(tLen + 1, ends.length);
      for (int i = 0; i < stored; i++) {
        ends[i] = tFrom + i;
        costs[i] = 0;
      }
      return tLen + 1;
    }
    return all(pattern, pFrom, pLen, text, tFrom, tLen, Math.min(maxCost, pLen), ends, costs);
  }

  /**
   * {@link #findBest} on checked arguments with {@code m >= 1} and {@code 0 <= k <= m}.
   *
   * @return the packed best hit, or {@link #NO_MATCH} if its cost exceeds {@code k}
   */
  abstract long best(int[] pattern, int pFrom, int m, int[] text, int tFrom, int tLen, int k);

  /** {@link #findAll} on checked arguments with {@code m >= 1} and {@code 0 <= k <= m}. */
  abstract int all(
      int[] pattern,
      int pFrom,
      int m,
      int[] text,
      int tFrom,
      int tLen,
      int k,
      int[] ends,
      int[] costs);

  /** {@link InfixAligner#hit} without checks, for kernels. */
  static long pack(int cost, int end) {
    assert cost >= 0 && end >= 0 : cost + " " + end;
    return ((long) cost << 32) | end;
  }

  /** Grows {@code a} to at least {@code size} elements, dropping its contents. */
  static int[] ensure(int[] a, int size) {
    return a.length >= size ? a : new int[Math.max(size, a.length + (a.length >> 1))];
  }

  /** Grows {@code a} to at least {@code size} elements, dropping its contents. */
  static long[] ensure(long[] a, int size) {
    return a.length >= size ? a : new long[Math.max(size, a.length + (a.length >> 1))];
  }

  private static void checkSearch(
      int[] pattern, int pFrom, int pLen, int[] text, int tFrom, int tLen, int maxCost) {
    checkRange("pattern", pattern, pFrom, pLen);
    checkRange("text", text, tFrom, tLen);
    if (maxCost < 0) {
      throw new IllegalArgumentException("maxCost must be >= 0: " + maxCost);
    }
    for (int i = pFrom, end = pFrom + pLen; i < end; i++) {
      if (pattern[i] < 0) {
        throw new IllegalArgumentException(
            "pattern token ids must be >= 0: pattern[" + i + "] = " + pattern[i]);
      }
    }
  }

  private static void checkRange(String name, int[] array, int from, int len) {
    if (array == null) {
      throw new NullPointerException(name);
    }
    if (from < 0 || len < 0 || from > array.length - len) {
      throw new IndexOutOfBoundsException(
          name + " range [" + from + ", " + from + " + " + len + ") out of bounds for length "
              + array.length);
    }
  }
}

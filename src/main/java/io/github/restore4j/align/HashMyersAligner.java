// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.align;

import java.util.Arrays;

/**
 * Myers' search with Peq in a tiny hash table of the pattern's ids: memory O(m) whatever the
 * vocabulary, at the price of a multiply and two compares per text token.
 *
 * <p>The table has 2-slot buckets and at least 4m slots; the multiplier is chosen at build time so
 * that no bucket holds more than two ids (a few O(m) retries, then a doubled table), hence a lookup
 * reads exactly one bucket and never branches: {@code eq = (k0 == id ? v0 : 0) | (k1 == id ? v1 :
 * 0)}, computed with masks. Empty slots hold key -1 and value 0.
 *
 * <p>Not thread-safe.
 */
final class HashMyersAligner extends MyersAligner {
  private static final int EMPTY = -1;
  /** Odd multipliers for multiplicative hashing (golden ratio, then murmur3/xxhash constants). */
  private static final int[] MULTIPLIERS = {
    0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1, 0xCC9E2D51, 0x1B873593, 0xE6546B65
  };

  private int[] keys = emptyKeys(16);
  /** One-word Peq per table slot. */
  private long[] words = new long[16];
  /** Block-kernel slot number per table slot. */
  private int[] slotNumbers = new int[16];
  private int multiplier;
  /** bucket(id) = (id * multiplier) >>> shift; the table has 1 << (32 - shift) buckets. */
  private int shift;

  HashMyersAligner(AlignerType type) {
    this(type, false);
  }

  /** With {@code blocksOnly}, every pattern runs the block kernel (for tests). */
  HashMyersAligner(AlignerType type, boolean blocksOnly) {
    super(type, blocksOnly);
  }

  private static int[] emptyKeys(int length) {
    final int[] keys = new int[length];
    Arrays.fill(keys, EMPTY);
    return keys;
  }

  /**
   * Places every distinct pattern id in its bucket (key only), choosing multiplier and size so that
   * no bucket overflows.
   */
  private void place(int[] pattern, int pFrom, int m) {
    int bits = Math.max(3, 32 - Integer.numberOfLeadingZeros(2 * m - 1)); // >= 2m buckets
    for (int attempt = 0; ; attempt++) {
      if (attempt > 0 && attempt % MULTIPLIERS.length == 0) {
        bits++;
      }
      final int slotCount = 2 << bits;
      if (keys.length < slotCount) {
        keys = emptyKeys(slotCount);
        words = new long[slotCount];
        slotNumbers = new int[slotCount];
      }
      multiplier = MULTIPLIERS[attempt % MULTIPLIERS.length];
      shift = 32 - bits;
      if (tryPlace(pattern, pFrom, m)) {
        return;
      }
      unplace(pattern, pFrom, m);
    }
  }

  private boolean tryPlace(int[] pattern, int pFrom, int m) {
    final int[] keys = this.keys;
    for (int i = pFrom; i < pFrom + m; i++) {
      final int id = pattern[i];
      final int h = bucket(id);
      if (keys[h] == id || keys[h + 1] == id) {
        continue;
      }
      if (keys[h] == EMPTY) {
        keys[h] = id;
      } else if (keys[h + 1] == EMPTY) {
        keys[h + 1] = id;
      } else {
        return false;
      }
    }
    return true;
  }

  /** Clears the buckets of the pattern's ids, keys and values, in O(m). */
  private void unplace(int[] pattern, int pFrom, int m) {
    for (int i = pFrom; i < pFrom + m; i++) {
      final int h = bucket(pattern[i]);
      for (int s = h; s < h + 2; s++) {
        keys[s] = EMPTY;
        words[s] = 0L;
        slotNumbers[s] = 0;
      }
    }
  }

  /**
   * {@code word} if {@code x == 0}, else 0, without a branch: C2 compiled the equivalent
   * {@code x == 0 ? word : 0} to a branch, mispredicted whenever text tokens hit the pattern often
   * (findBest over Zipf text of 50k ids: +30 %, see the one-word kernel's comment).
   */
  private static long ifZero(int x, long word) {
    return word & (((x & 0xFFFF_FFFFL) - 1) >> 63);
  }

  /** The first slot of the bucket of {@code id}. */
  private int bucket(int id) {
    return ((id * multiplier) >>> shift) << 1;
  }

  /** The slot holding {@code id}, which must be placed. */
  private int slotOf(int id) {
    final int h = bucket(id);
    assert keys[h] == id || keys[h + 1] == id : id;
    return keys[h] == id ? h : h + 1;
  }

  @Override
  void buildWord(int[] pattern, int pFrom, int m) {
    place(pattern, pFrom, m);
    final int top = 64 - m;
    for (int i = 0; i < m; i++) {
      words[slotOf(pattern[pFrom + i])] |= 1L << (top + i);
    }
  }

  @Override
  void clearWord(int[] pattern, int pFrom, int m) {
    unplace(pattern, pFrom, m);
  }

  /*
   * The one-word kernels of DenseMyersAligner (see there for the recurrence, the wildcard rows and
   * the two stripes), kept line for line identical except for the Peq lookup: one bucket of two
   * slots, two masked loads, no branch. Fused into the loop, as there: translating chunks of ids
   * into a long[] first, then running the recurrence, gave 142-161 vs 174-227 M tokens/s fused; the
   * masks of ifZero instead of C2's compare-and-branch then 170-227 -> 228-274 (findBest, Zipf text
   * over 50k ids, 100k tokens, thread CPU time, three alternating runs each). The two stripes gain
   * nothing measurable here (222-291 vs 223-286 as one chain): with about 14 more operations per
   * token for the lookup, this loop is bound by throughput, not by the chain; they are kept so that
   * both classes run the same loops.
   */
  @Override
  long bestWord(int[] text, int tFrom, int tLen, int m) {
    if (tLen < DenseMyersAligner.STRIPED_MIN_TOKENS) {
      return bestWordChain(text, tFrom, tLen, m);
    }
    final int end = tFrom + tLen;
    final int mid = (int) (((long) tFrom + end + 2 * m) >>> 1);
    final int fromB = mid - 2 * m;
    final int offsetB = fromB - tFrom;
    assert fromB >= tFrom && end - fromB >= mid - tFrom : tFrom + " " + tLen + " " + m;

    final int[] keys = this.keys;
    final long[] words = this.words;
    final int multiplier = this.multiplier;
    final int shift = this.shift;
    final long wild = ~(-1L << (64 - m));
    long pvA = ~wild;
    long mvA = 0L;
    int bestA = m;
    int bestEndA = tFrom;
    long pvB = ~wild;
    long mvB = 0L;
    int bestB = m;
    int bestEndB = fromB;
    for (int j = tFrom; j < mid; j++) {
      final int idA = text[j];
      final int hA = ((idA * multiplier) >>> shift) << 1;
      final long eqA =
          ifZero(keys[hA] ^ idA, words[hA])
              | ifZero(keys[hA + 1] ^ idA, words[hA + 1])
              | wild;
      final int idB = text[j + offsetB];
      final int hB = ((idB * multiplier) >>> shift) << 1;
      final long eqB =
          ifZero(keys[hB] ^ idB, words[hB])
              | ifZero(keys[hB + 1] ^ idB, words[hB + 1])
              | wild;

      final long xvA = eqA | mvA;
      final long nxvA = ~xvA;
      final long npvA = ~pvA;
      final long xhA = (((eqA & pvA) + pvA) ^ pvA) | eqA;
      final long phA = mvA | (~xhA & npvA);
      final long mhA = pvA & xhA;
      final long phsA = phA << 1;
      pvA = (mhA << 1) | (~phsA & nxvA);
      mvA = phsA & xvA;
      final int scoreA = Long.bitCount(pvA) - Long.bitCount(mvA);
      if (scoreA < bestA) {
        bestA = scoreA;
        bestEndA = j + 1;
      }

      final long xvB = eqB | mvB;
      final long nxvB = ~xvB;
      final long npvB = ~pvB;
      final long xhB = (((eqB & pvB) + pvB) ^ pvB) | eqB;
      final long phB = mvB | (~xhB & npvB);
      final long mhB = pvB & xhB;
      final long phsB = phB << 1;
      pvB = (mhB << 1) | (~phsB & nxvB);
      mvB = phsB & xvB;
      final int scoreB = Long.bitCount(pvB) - Long.bitCount(mvB);
      if (scoreB < bestB) {
        bestB = scoreB;
        bestEndB = j + offsetB + 1;
      }
    }
    // B is at most one token longer than A: (tLen + 2m) may be odd.
    for (int j = mid + offsetB; j < end; j++) {
      final int id = text[j];
      final int h = ((id * multiplier) >>> shift) << 1;
      final long eq =
          ifZero(keys[h] ^ id, words[h])
              | ifZero(keys[h + 1] ^ id, words[h + 1])
              | wild;
      final long xv = eq | mvB;
      final long xh = (((eq & pvB) + pvB) ^ pvB) | eq;
      final long ph = mvB | (~xh & ~pvB);
      final long mh = pvB & xh;
      final long phs = ph << 1;
      pvB = (mh << 1) | (~phs & ~xv);
      mvB = phs & xv;
      final int score = Long.bitCount(pvB) - Long.bitCount(mvB);
      if (score < bestB) {
        bestB = score;
        bestEndB = j + 1;
      }
    }
    return Math.min(pack(bestA, bestEndA), pack(bestB, bestEndB));
  }

  /** {@link #bestWord} as one chain, for texts too short to split. */
  private long bestWordChain(int[] text, int tFrom, int tLen, int m) {
    final int[] keys = this.keys;
    final long[] words = this.words;
    final int multiplier = this.multiplier;
    final int shift = this.shift;
    final long wild = ~(-1L << (64 - m));
    long pv = ~wild;
    long mv = 0L;
    int best = m;
    int bestEnd = tFrom;
    for (int j = tFrom, end = tFrom + tLen; j < end; j++) {
      final int id = text[j];
      final int h = ((id * multiplier) >>> shift) << 1;
      final long eq =
          ifZero(keys[h] ^ id, words[h])
              | ifZero(keys[h + 1] ^ id, words[h + 1])
              | wild;
      final long xv = eq | mv;
      final long nxv = ~xv;
      final long npv = ~pv;
      final long xh = (((eq & pv) + pv) ^ pv) | eq;
      final long ph = mv | (~xh & npv);
      final long mh = pv & xh;
      final long phs = ph << 1;
      pv = (mh << 1) | (~phs & nxv);
      mv = phs & xv;
      final int score = Long.bitCount(pv) - Long.bitCount(mv);
      if (score < best) {
        best = score;
        bestEnd = j + 1;
      }
    }
    return pack(best, bestEnd);
  }

  /**
   * The two-stripe kernel of {@link #bestWord}, reporting every end of cost at most k: stripe A
   * stores its hits directly; stripe B's hits past its warm-up are held in {@link #pend} until A is
   * done, to keep the ends in order.
   */
  @Override
  int allWord(int[] text, int tFrom, int tLen, int m, int k, int[] ends, int[] costs) {
    if (tLen < DenseMyersAligner.STRIPED_MIN_TOKENS) {
      return allWordChain(text, tFrom, tLen, m, k, ends, costs);
    }
    final int end = tFrom + tLen;
    final int mid = (int) (((long) tFrom + end + 2 * m) >>> 1);
    final int fromB = mid - 2 * m;
    final int offsetB = fromB - tFrom;
    final int[] keys = this.keys;
    final long[] words = this.words;
    final int multiplier = this.multiplier;
    final int shift = this.shift;
    final long wild = ~(-1L << (64 - m));
    final int capacity = ends.length;
    int count = 0;
    if (m <= k) {
      if (capacity > 0) {
        ends[0] = tFrom;
        costs[0] = m;
      }
      count = 1;
    }
    clearPending();
    long pvA = ~wild;
    long mvA = 0L;
    long pvB = ~wild;
    long mvB = 0L;
    for (int j = tFrom; j < mid; j++) {
      final int idA = text[j];
      final int hA = ((idA * multiplier) >>> shift) << 1;
      final long eqA =
          ifZero(keys[hA] ^ idA, words[hA])
              | ifZero(keys[hA + 1] ^ idA, words[hA + 1])
              | wild;
      final int idB = text[j + offsetB];
      final int hB = ((idB * multiplier) >>> shift) << 1;
      final long eqB =
          ifZero(keys[hB] ^ idB, words[hB])
              | ifZero(keys[hB + 1] ^ idB, words[hB + 1])
              | wild;

      final long xvA = eqA | mvA;
      final long nxvA = ~xvA;
      final long npvA = ~pvA;
      final long xhA = (((eqA & pvA) + pvA) ^ pvA) | eqA;
      final long phA = mvA | (~xhA & npvA);
      final long mhA = pvA & xhA;
      final long phsA = phA << 1;
      pvA = (mhA << 1) | (~phsA & nxvA);
      mvA = phsA & xvA;
      final int scoreA = Long.bitCount(pvA) - Long.bitCount(mvA);
      if (scoreA <= k) {
        if (count < capacity) {
          ends[count] = j + 1;
          costs[count] = scoreA;
        }
        count++;
      }

      final long xvB = eqB | mvB;
      final long nxvB = ~xvB;
      final long npvB = ~pvB;
      final long xhB = (((eqB & pvB) + pvB) ^ pvB) | eqB;
      final long phB = mvB | (~xhB & npvB);
      final long mhB = pvB & xhB;
      final long phsB = phB << 1;
      pvB = (mhB << 1) | (~phsB & nxvB);
      mvB = phsB & xvB;
      final int scoreB = Long.bitCount(pvB) - Long.bitCount(mvB);
      if (scoreB <= k && j + offsetB >= mid) { // ends up to mid are stripe A's, and exact there
        pend(j + offsetB + 1, scoreB);
      }
    }
    for (int j = mid + offsetB; j < end; j++) {
      final int id = text[j];
      final int h = ((id * multiplier) >>> shift) << 1;
      final long eq =
          ifZero(keys[h] ^ id, words[h])
              | ifZero(keys[h + 1] ^ id, words[h + 1])
              | wild;
      final long xv = eq | mvB;
      final long xh = (((eq & pvB) + pvB) ^ pvB) | eq;
      final long ph = mvB | (~xh & ~pvB);
      final long mh = pvB & xh;
      final long phs = ph << 1;
      pvB = (mh << 1) | (~phs & ~xv);
      mvB = phs & xv;
      final int score = Long.bitCount(pvB) - Long.bitCount(mvB);
      if (score <= k) {
        pend(j + 1, score);
      }
    }
    return appendPending(count, ends, costs);
  }

  /** {@link #allWord} as one chain, for texts too short to split. */
  private int allWordChain(
      int[] text, int tFrom, int tLen, int m, int k, int[] ends, int[] costs) {
    final int[] keys = this.keys;
    final long[] words = this.words;
    final int multiplier = this.multiplier;
    final int shift = this.shift;
    final long wild = ~(-1L << (64 - m));
    final int capacity = ends.length;
    int count = 0;
    if (m <= k) {
      if (capacity > 0) {
        ends[0] = tFrom;
        costs[0] = m;
      }
      count = 1;
    }
    long pv = ~wild;
    long mv = 0L;
    for (int j = tFrom, end = tFrom + tLen; j < end; j++) {
      final int id = text[j];
      final int h = ((id * multiplier) >>> shift) << 1;
      final long eq =
          ifZero(keys[h] ^ id, words[h])
              | ifZero(keys[h + 1] ^ id, words[h + 1])
              | wild;
      final long xv = eq | mv;
      final long nxv = ~xv;
      final long npv = ~pv;
      final long xh = (((eq & pv) + pv) ^ pv) | eq;
      final long ph = mv | (~xh & npv);
      final long mh = pv & xh;
      final long phs = ph << 1;
      pv = (mh << 1) | (~phs & nxv);
      mv = phs & xv;
      final int score = Long.bitCount(pv) - Long.bitCount(mv);
      if (score <= k) {
        if (count < capacity) {
          ends[count] = j + 1;
          costs[count] = score;
        }
        count++;
      }
    }
    return count;
  }

  @Override
  int mapSlots(int[] pattern, int pFrom, int m, int[] slotOfPosition) {
    place(pattern, pFrom, m);
    int distinct = 0;
    for (int i = 0; i < m; i++) {
      final int s = slotOf(pattern[pFrom + i]);
      if (slotNumbers[s] == 0) {
        slotNumbers[s] = ++distinct;
      }
      slotOfPosition[i] = slotNumbers[s];
    }
    return distinct;
  }

  @Override
  void unmapSlots(int[] pattern, int pFrom, int m) {
    unplace(pattern, pFrom, m);
  }

  @Override
  void translate(int[] text, int from, int n, int[] out) {
    final int[] keys = this.keys;
    final int[] numbers = this.slotNumbers;
    final int multiplier = this.multiplier;
    final int shift = this.shift;
    for (int r = 0; r < n; r++) {
      final int id = text[from + r];
      final int h = ((id * multiplier) >>> shift) << 1;
      out[r] = (int) (ifZero(keys[h] ^ id, numbers[h]) | ifZero(keys[h + 1] ^ id, numbers[h + 1]));
    }
  }
}

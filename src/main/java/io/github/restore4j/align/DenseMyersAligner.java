// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.align;

/**
 * Myers' search with Peq as arrays indexed by token id: one load per text token, no hashing.
 *
 * <p>Memory grows on demand to 8 bytes (one-word Peq) plus 4 bytes (block slots) per id up to the
 * largest pattern id seen, and is never reset wholesale: a search sets and clears only its pattern's
 * ids, O(m). Text ids beyond the table (and negative ones) are clamped onto its last element, which
 * is always 0.
 *
 * <p>Not thread-safe.
 */
final class DenseMyersAligner extends MyersAligner {
  /** Texts shorter than this run the one-word kernel as one chain, longer ones as two stripes. */
  static final int STRIPED_MIN_TOKENS = 512;

  /** One-word Peq by id; the last element is the clamp target for larger ids and stays 0. */
  private long[] eqById = new long[1];
  /** Block-kernel slot by id (0: absent); the last element stays 0 likewise. */
  private int[] slotById = new int[1];

  DenseMyersAligner(AlignerType type) {
    this(type, false);
  }

  /** With {@code blocksOnly}, every pattern runs the block kernel (for tests). */
  DenseMyersAligner(AlignerType type, boolean blocksOnly) {
    super(type, blocksOnly);
  }

  private static int maxId(int[] pattern, int pFrom, int m) {
    int max = 0;
    for (int i = pFrom; i < pFrom + m; i++) {
      max = Math.max(max, pattern[i]);
    }
    return max;
  }

  /** The largest id the dense tables can index (arrays stop short of Integer.MAX_VALUE). */
  static final int MAX_ID = Integer.MAX_VALUE - 10;

  /** A table length that keeps {@code maxId} below the last (clamp) element. */
  private static int grownLength(int length, int maxId) {
    if (maxId > MAX_ID) {
      throw new IllegalArgumentException(
          "token id " + maxId + " exceeds the dense Peq's limit " + MAX_ID + "; use MYERS_HASH");
    }
    final long wanted = Math.max(maxId + 2L, 2L * length);
    return (int) Math.min(wanted, MAX_ID + 2L);
  }

  @Override
  void buildWord(int[] pattern, int pFrom, int m) {
    final int maxId = maxId(pattern, pFrom, m);
    if (maxId >= eqById.length - 1) {
      eqById = new long[grownLength(eqById.length, maxId)];
    }
    final long[] eq = eqById;
    final int top = 64 - m;
    for (int i = 0; i < m; i++) {
      eq[pattern[pFrom + i]] |= 1L << (top + i);
    }
  }

  @Override
  void clearWord(int[] pattern, int pFrom, int m) {
    final long[] eq = eqById;
    for (int i = pFrom; i < pFrom + m; i++) {
      eq[pattern[i]] = 0L;
    }
  }

  /*
   * One-word Myers/Hyyrö kernel for m <= 64 (Myers 1999; Hyyrö 2003, fig. 3), semi-global: every
   * column may start a match. pv/mv hold the column's vertical deltas (+1/-1), row r at bit r - 1.
   *
   * Wildcard rows. The pattern sits in the top m bits, under 64 - m rows whose Peq bits are always 1
   * (the mask wild, OR-ed into every lookup): a wildcard row matches any token, so its value stays 0
   * and its deltas stay 0 in every column, exactly like row 0 of a semi-global DP. Hence
   * D[m][j] = bitCount(pv) - bitCount(mv), with no mask and no variable shift: a variable shift to
   * read row m at bit m - 1 pinned CL and made C2 spill more, and a running score costs one more
   * loop-carried register per chain (popcount vs running score: no difference within the noise).
   *
   * Short chain. The loop-carried chain pv/mv -> pv'/mv' bounds one chain. Written as Hyyrö does
   * (ph = mv | ~(xh | pv); pv' = mh << 1 | ~(xv | ph << 1)) it is 11 dependent operations (what
   * gcc -O2 emits for benchmarks/c-reference); with ~pv and ~xv taken off the chain, C2 emits ANDN
   * and the chain is 9: and, add, xor, or, andn, or, shl, andn, or. JMH, 1M tokens, one chain:
   * 228 -> 303 M tokens/s (loaded machine; the C reference ran 265-323 M in the same minutes).
   *
   * Two stripes. The text is cut in two halves run interleaved in one loop as two independent
   * chains, which the out-of-order core overlaps. The second half starts 2m columns early from a
   * fresh column: an optimal alignment ending at j costs at most m, so it spans at most 2m tokens,
   * and from 2m columns on the restarted DP equals the true one. Before that its costs are upper
   * bounds of true costs at ends that the first half reports exactly, so the lesser hit of the two
   * is exact. One chain vs two stripes, thread CPU time of findBest on 100k tokens, three
   * alternating runs: 274-338 vs 335-434 M tokens/s, +25-40 %. Far from the 2x the chain suggests:
   * 2 chains + text, table, clamp, wild and index exceed x86's free registers and C2 spills part of
   * the chain state to the stack (seen in the disassembly), which lengthens the chain.
   *
   * Fused lookup. Translating a chunk of ids into a long[] first, then running the recurrence over
   * it, frees registers but costs a store and a load per token: 276-312 vs 323-400 M tokens/s fused
   * (thread CPU time, 100k tokens, alternating runs; the hash lookup gains likewise).
   *
   * Branch-free Peq. Ids are clamped onto the table's last element, which is always 0, with an int
   * Math.min in unsigned order (x ^ MIN_VALUE), so negative ids clamp too: C2 emits CMOV. The long
   * Math.min of JDK 17 is not an intrinsic and compiled to a branch, mispredicted for every text id
   * above the pattern's largest (about 8 % of Zipf text over 50k ids).
   */
  @Override
  long bestWord(int[] text, int tFrom, int tLen, int m) {
    if (tLen < STRIPED_MIN_TOKENS) {
      return bestWordChain(text, tFrom, tLen, m);
    }
    final int end = tFrom + tLen;
    final int mid = (int) (((long) tFrom + end + 2 * m) >>> 1);
    final int fromB = mid - 2 * m;
    final int offsetB = fromB - tFrom;
    assert fromB >= tFrom && end - fromB >= mid - tFrom : tFrom + " " + tLen + " " + m;

    final long[] eqById = this.eqById;
    final int clamp = (eqById.length - 1) ^ Integer.MIN_VALUE;
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
      final long eqA =
          eqById[Math.min(text[j] ^ Integer.MIN_VALUE, clamp) ^ Integer.MIN_VALUE] | wild;
      final long eqB =
          eqById[Math.min(text[j + offsetB] ^ Integer.MIN_VALUE, clamp) ^ Integer.MIN_VALUE] | wild;

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
      final long eq =
          eqById[Math.min(text[j] ^ Integer.MIN_VALUE, clamp) ^ Integer.MIN_VALUE] | wild;
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
    final long[] eqById = this.eqById;
    final int clamp = (eqById.length - 1) ^ Integer.MIN_VALUE;
    final long wild = ~(-1L << (64 - m));
    long pv = ~wild;
    long mv = 0L;
    int best = m;
    int bestEnd = tFrom;
    for (int j = tFrom, end = tFrom + tLen; j < end; j++) {
      final long eq =
          eqById[Math.min(text[j] ^ Integer.MIN_VALUE, clamp) ^ Integer.MIN_VALUE] | wild;
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
   * done, to keep the ends in order. One chain -> two stripes, JMH findAll medians on 100k / 1M
   * tokens: 273 / 278 -> 339 / 331 M tokens/s.
   */
  @Override
  int allWord(int[] text, int tFrom, int tLen, int m, int k, int[] ends, int[] costs) {
    if (tLen < STRIPED_MIN_TOKENS) {
      return allWordChain(text, tFrom, tLen, m, k, ends, costs);
    }
    final int end = tFrom + tLen;
    final int mid = (int) (((long) tFrom + end + 2 * m) >>> 1);
    final int fromB = mid - 2 * m;
    final int offsetB = fromB - tFrom;
    final long[] eqById = this.eqById;
    final int clamp = (eqById.length - 1) ^ Integer.MIN_VALUE;
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
      final long eqA =
          eqById[Math.min(text[j] ^ Integer.MIN_VALUE, clamp) ^ Integer.MIN_VALUE] | wild;
      final long eqB =
          eqById[Math.min(text[j + offsetB] ^ Integer.MIN_VALUE, clamp) ^ Integer.MIN_VALUE] | wild;

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
      final long eq =
          eqById[Math.min(text[j] ^ Integer.MIN_VALUE, clamp) ^ Integer.MIN_VALUE] | wild;
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
    final long[] eqById = this.eqById;
    final int clamp = (eqById.length - 1) ^ Integer.MIN_VALUE;
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
      final long eq =
          eqById[Math.min(text[j] ^ Integer.MIN_VALUE, clamp) ^ Integer.MIN_VALUE] | wild;
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
    final int maxId = maxId(pattern, pFrom, m);
    if (maxId >= slotById.length - 1) {
      slotById = new int[grownLength(slotById.length, maxId)];
    }
    final int[] slot = slotById;
    int distinct = 0;
    for (int i = 0; i < m; i++) {
      final int id = pattern[pFrom + i];
      if (slot[id] == 0) {
        slot[id] = ++distinct;
      }
      slotOfPosition[i] = slot[id];
    }
    return distinct;
  }

  @Override
  void unmapSlots(int[] pattern, int pFrom, int m) {
    final int[] slot = slotById;
    for (int i = pFrom; i < pFrom + m; i++) {
      slot[pattern[i]] = 0;
    }
  }

  @Override
  void translate(int[] text, int from, int n, int[] out) {
    final int[] slot = slotById;
    final int clamp = (slot.length - 1) ^ Integer.MIN_VALUE;
    for (int r = 0; r < n; r++) {
      out[r] = slot[Math.min(text[from + r] ^ Integer.MIN_VALUE, clamp) ^ Integer.MIN_VALUE];
    }
  }
}

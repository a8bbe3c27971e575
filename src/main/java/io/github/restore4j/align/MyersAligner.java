// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.align;

import java.util.Arrays;

/**
 * Myers' bit-parallel infix search; subclasses choose how a token id finds its match mask (Peq).
 *
 * <p>Patterns of at most 64 tokens run a one-word kernel that each subclass implements around its
 * Peq lookup; longer patterns run the block kernel below, which asks the subclass only to translate
 * chunks of text into Peq rows.
 *
 * <p>Not thread-safe: Peq tables and block state are reused scratch.
 */
abstract class MyersAligner extends AbstractInfixAligner {
  /** Text tokens translated to Peq rows per call of {@link #translate}; 1 KiB of scratch. */
  static final int CHUNK = 256;

  /** Returned by {@link #advanceColumn} when row m is not computed: its value exceeds k. */
  private static final int INACTIVE = Integer.MAX_VALUE;

  /** Peq rows of the block kernel, {@code words} longs per row; row 0 (absent tokens) stays 0. */
  private long[] eqs = new long[0];
  /** Vertical deltas of each block: +1 rows ({@code pvs}) and -1 rows ({@code mvs}). */
  private long[] pvs = new long[0];
  private long[] mvs = new long[0];
  /** The DP value at the bottom row of each active block (row 64 * (b + 1), padding included). */
  private int[] bottoms = new int[0];
  /** Slot of each pattern position, then Peq row of each text token of a chunk. */
  private int[] slots = new int[CHUNK];
  private int words;
  private int lastBlock;
  /** The vertical-delta bits of the last block below row m (padding rows). */
  private long padMask;

  /** Hits of the second stripe of a two-stripe findAll, held back until the first is stored. */
  private int[] pendingEnds = new int[64];
  private int[] pendingCosts = new int[64];
  private int pendingCount;

  /** Patterns up to this length run the one-word kernel; 64, or 0 in tests of the block kernel. */
  private final int wordLimit;

  MyersAligner(AlignerType type, boolean blocksOnly) {
    super(type);
    this.wordLimit = blocksOnly ? 0 : 64;
  }

  // ---- one-word kernel hooks --------------------------------------------------------------------

  /**
   * Builds the one-word Peq of {@code pattern[pFrom, pFrom + m)}, {@code 1 <= m <= 64}, with pattern
   * position i at bit {@code 64 - m + i} (see {@link #bestWord}).
   */
  abstract void buildWord(int[] pattern, int pFrom, int m);

  /** Resets what {@link #buildWord} set, in O(m). */
  abstract void clearWord(int[] pattern, int pFrom, int m);

  /**
   * The packed best hit of the built pattern, whatever its cost ({@link InfixAligner#findBest} with
   * {@code k = m}).
   */
  abstract long bestWord(int[] text, int tFrom, int tLen, int m);

  /** Every end of cost at most {@code k} of the built pattern, {@link InfixAligner#findAll} style. */
  abstract int allWord(int[] text, int tFrom, int tLen, int m, int k, int[] ends, int[] costs);

  final void clearPending() {
    pendingCount = 0;
  }

  /** Holds back a hit; called on the rare path of a kernel loop, so growing here is amortized. */
  final void pend(int end, int cost) {
    if (pendingCount == pendingEnds.length) {
      pendingEnds = Arrays.copyOf(pendingEnds, 2 * pendingCount);
      pendingCosts = Arrays.copyOf(pendingCosts, 2 * pendingCount);
    }
    pendingEnds[pendingCount] = end;
    pendingCosts[pendingCount] = cost;
    pendingCount++;
  }

  /** Stores the held-back hits after {@code count} others, findAll style; returns the new count. */
  final int appendPending(int count, int[] ends, int[] costs) {
    final int stored = Math.max(0, Math.min(pendingCount, ends.length - count));
    if (stored > 0) {
      System.arraycopy(pendingEnds, 0, ends, count, stored);
      System.arraycopy(pendingCosts, 0, costs, count, stored);
    }
    return count + pendingCount;
  }

  // ---- block kernel hooks ------------------------------------------------------------------------

  /**
   * Numbers the distinct ids of the pattern 1, 2, ..., d in order of first occurrence, stores the
   * number of each position {@code i} in {@code slotOfPosition[i]} and returns d.
   */
  abstract int mapSlots(int[] pattern, int pFrom, int m, int[] slotOfPosition);

  /** Resets what {@link #mapSlots} set, in O(m). */
  abstract void unmapSlots(int[] pattern, int pFrom, int m);

  /** {@code out[r] = slot of text[from + r]} for r in [0, n), 0 for ids absent from the pattern. */
  abstract void translate(int[] text, int from, int n, int[] out);

  @Override
  final long best(int[] pattern, int pFrom, int m, int[] text, int tFrom, int tLen, int k) {
    if (m <= wordLimit) {
      buildWord(pattern, pFrom, m);
      try {
        final long hit = bestWord(text, tFrom, tLen, m);
        return InfixAligner.cost(hit) <= k ? hit : NO_MATCH;
      } finally {
        clearWord(pattern, pFrom, m);
      }
    }
    buildBlocks(pattern, pFrom, m);
    try {
      return bestBlocks(text, tFrom, tLen, m, k);
    } finally {
      unmapSlots(pattern, pFrom, m);
    }
  }

  @Override
  final int all(
      int[] pattern,
      int pFrom,
      int m,
      int[] text,
      int tFrom,
      int tLen,
      int k,
      int[] ends,
      int[] costs) {
    if (m <= wordLimit) {
      buildWord(pattern, pFrom, m);
      try {
        return allWord(text, tFrom, tLen, m, k, ends, costs);
      } finally {
        clearWord(pattern, pFrom, m);
      }
    }
    buildBlocks(pattern, pFrom, m);
    try {
      return allBlocks(text, tFrom, tLen, m, k, ends, costs);
    } finally {
      unmapSlots(pattern, pFrom, m);
    }
  }

  /*
   * Block kernel: Myers (1999), "A fast bit-vector algorithm for approximate string matching based on
   * dynamic programming", J. ACM 46(3), section 5, in the formulation of Hyyrö (2003/2004), "A
   * bit-vector algorithm for computing Levenshtein and Damerau edit distances"; the same scheme as
   * edlib's semi-global mode (Sosic & Sikic 2017).
   *
   * The m rows are cut into W = ceil(m / 64) blocks of 64 (the last one padded with rows whose Peq
   * bits are 0: they are real DP rows of a longer pattern and never influence rows above them).
   * Block b keeps its column's vertical deltas (pvs[b]: +1, mvs[b]: -1) and the value at its bottom
   * row (bottoms[b]); a column step carries the horizontal delta hout in {-1, 0, +1} from the bottom
   * of block b into the top of block b + 1.
   *
   * Ukkonen's cut-off: only blocks 0..lastBlock are computed; rows below are implicitly the bottom of
   * lastBlock plus 1, 2, ... (a real path, so never below the true value). Invariant after every
   * column: each cell whose true value is <= k lies in an active block and is exact. It holds because
   *  - the last row whose value is <= k descends at most one row per column (Ukkonen 1985), so block
   *    lastBlock + 1 is needed at column j only if the bottom of lastBlock was <= k at column j - 1;
   *    it then starts from the implicit column (Pv all ones), whose values exceed k and are upper
   *    bounds, which the min-plus step tolerates;
   *  - a block whose bottom is >= k + 64 holds only values > k (one row changes the value by <= 1),
   *    so it is dropped. Block 0 is never dropped.
   * Lowering k later only weakens the invariant, so findBest tightens k to best - 1 as it goes.
   * The value at row m is the last block's bottom minus the vertical deltas of its padding rows.
   */
  private void buildBlocks(int[] pattern, int pFrom, int m) {
    final int w = (m + 63) >>> 6;
    words = w;
    int[] slotOfPosition = slots = ensure(slots, m);
    final int distinct = mapSlots(pattern, pFrom, m, slotOfPosition);
    final int rows = (distinct + 1) * w;
    if (eqs.length < rows) {
      eqs = new long[Math.max(rows, eqs.length * 2)];
    } else {
      Arrays.fill(eqs, 0, rows, 0L);
    }
    final long[] eq = eqs;
    for (int i = 0; i < m; i++) {
      eq[slotOfPosition[i] * w + (i >>> 6)] |= 1L << i;
    }
    pvs = ensure(pvs, w);
    mvs = ensure(mvs, w);
    bottoms = ensure(bottoms, w);
    final int lastBit = (m - 1) & 63;
    padMask = lastBit == 63 ? 0L : -1L << (lastBit + 1);
  }

  /** Sets the column before the text (D[i] = i) with the blocks that can hold values <= k. */
  private void startBlocks(int k) {
    final int y = Math.min(words - 1, k >>> 6);
    for (int b = 0; b <= y; b++) {
      pvs[b] = -1L;
      mvs[b] = 0L;
      bottoms[b] = 64 * (b + 1);
    }
    lastBlock = y;
  }

  private long bestBlocks(int[] text, int tFrom, int tLen, int m, int maxCost) {
    int best = m; // the empty substring at tFrom
    int bestEnd = tFrom;
    int k = Math.min(maxCost, m - 1); // only strictly better ends matter
    startBlocks(k);
    final int[] rowOf = slots = ensure(slots, CHUNK);
    final int w = words;
    chunks:
    for (int c = tFrom, end = tFrom + tLen; c < end; c += CHUNK) {
      final int n = Math.min(CHUNK, end - c);
      translate(text, c, n, rowOf);
      for (int r = 0; r < n; r++) {
        final int d = advanceColumn(rowOf[r] * w, k);
        if (d <= k) {
          best = d;
          bestEnd = c + r + 1;
          k = d - 1;
          if (k < 0) {
            break chunks;
          }
        }
      }
    }
    return best <= maxCost ? pack(best, bestEnd) : NO_MATCH;
  }

  private int allBlocks(int[] text, int tFrom, int tLen, int m, int k, int[] ends, int[] costs) {
    int count = 0;
    if (m <= k) {
      if (ends.length > 0) {
        ends[0] = tFrom;
        costs[0] = m;
      }
      count = 1;
    }
    startBlocks(k);
    final int[] rowOf = slots = ensure(slots, CHUNK);
    final int w = words;
    for (int c = tFrom, end = tFrom + tLen; c < end; c += CHUNK) {
      final int n = Math.min(CHUNK, end - c);
      translate(text, c, n, rowOf);
      for (int r = 0; r < n; r++) {
        final int d = advanceColumn(rowOf[r] * w, k);
        if (d <= k) {
          if (count < ends.length) {
            ends[count] = c + r + 1;
            costs[count] = d;
          }
          count++;
        }
      }
    }
    return count;
  }

  /**
   * Advances the active blocks by one text column whose Peq row starts at {@code eqs[row]}, applies
   * the cut-off for {@code k}, and returns the value at row m, or {@link #INACTIVE} if it exceeds k.
   */
  private int advanceColumn(final int row, final int k) {
    final long[] eq = eqs;
    final long[] pv = pvs;
    final long[] mv = mvs;
    final int[] bottom = bottoms;
    int y = lastBlock;
    int hin = 0; // semi-global: row 0 is 0 in every column
    for (int b = 0; b <= y; b++) {
      hin = advanceBlock(pv, mv, bottom, b, eq[row + b], hin);
    }
    if (y + 1 < words && bottom[y] - hin <= k) {
      // The bottom of block y was <= k one column ago: block y + 1 may now hold values <= k.
      final int previousBottom = bottom[y] - hin;
      y++;
      pv[y] = -1L;
      mv[y] = 0L;
      bottom[y] = previousBottom + 64;
      advanceBlock(pv, mv, bottom, y, eq[row + y], hin);
    }
    while (y > 0 && bottom[y] >= k + 64) {
      y--;
    }
    lastBlock = y;
    if (y + 1 < words) {
      return INACTIVE;
    }
    final long pad = padMask;
    final int d = bottom[y] - Long.bitCount(pv[y] & pad) + Long.bitCount(mv[y] & pad);
    return d <= k ? d : INACTIVE;
  }

  /**
   * One column step of block b with horizontal input {@code hin} at its top (Hyyrö 2003, fig. 5);
   * updates the block and returns the horizontal delta at its bottom row.
   */
  private static int advanceBlock(long[] pvs, long[] mvs, int[] bottoms, int b, long eq, int hin) {
    final long pv = pvs[b];
    final long mv = mvs[b];
    final long hinNeg = hin >>> 31; // 1 iff hin == -1
    final long hinPos = (hin + 1) >> 1; // 1 iff hin == +1
    final long xv = eq | mv;
    final long e = eq | hinNeg;
    final long xh = (((e & pv) + pv) ^ pv) | e;
    long ph = mv | ~(xh | pv);
    long mh = pv & xh;
    final int hout = (int) (ph >>> 63) - (int) (mh >>> 63);
    ph = (ph << 1) | hinPos;
    mh = (mh << 1) | hinNeg;
    pvs[b] = mh | ~(xv | ph);
    mvs[b] = ph & xv;
    bottoms[b] += hout;
    return hout;
  }
}

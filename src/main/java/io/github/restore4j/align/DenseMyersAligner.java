package io.github.restore4j.align;

/**
 * Myers' search with Peq as arrays indexed by token id: one load per text token, no hashing.
 *
 * <p>Memory grows on demand to 8 bytes (one-word Peq) plus 4 bytes (block slots) per id up to the
 * largest pattern id seen, and is never reset wholesale: a search sets and clears only its pattern's
 * ids, O(m). Text ids beyond the table are clamped onto its last element, which is always 0.
 *
 * <p>Not thread-safe.
 */
final class DenseMyersAligner extends MyersAligner {
  /** One-word Peq by id; the last element is the clamp target for larger ids and stays 0. */
  private long[] eqById = new long[1];
  /** Block-kernel slot by id (0: absent); the last element stays 0 likewise. */
  private int[] slotById = new int[1];

  DenseMyersAligner(AlignerType type) {
    super(type);
  }

  private static int maxId(int[] pattern, int pFrom, int m) {
    int max = 0;
    for (int i = pFrom; i < pFrom + m; i++) {
      max = Math.max(max, pattern[i]);
    }
    return max;
  }

  /** A table length that keeps {@code maxId} below the last (clamp) element. */
  private static int grownLength(int length, int maxId) {
    final long wanted = Math.max(maxId + 2L, 2L * length);
    return (int) Math.min(wanted, Integer.MAX_VALUE - 8);
  }

  @Override
  void buildWord(int[] pattern, int pFrom, int m) {
    final int maxId = maxId(pattern, pFrom, m);
    if (maxId >= eqById.length - 1) {
      eqById = new long[grownLength(eqById.length, maxId)];
    }
    final long[] eq = eqById;
    for (int i = 0; i < m; i++) {
      eq[pattern[pFrom + i]] |= 1L << i;
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
   * One-word Myers/Hyyrö kernel for m <= 64 (Myers 1999, Hyyrö 2003 fig. 3), semi-global: no carry
   * into row 1, so every column may start a match. pv/mv hold the column's vertical deltas (+1/-1) in
   * rows 1..m at bits 0..m-1; bits >= m are garbage that never reaches lower bits, since carries and
   * shifts only move upward. score is D[m][j], updated by the horizontal delta at bit m - 1.
   *
   * The Peq lookup is branch-free: ids are compared unsigned (negative ids become huge) and clamped
   * onto the last element, which is 0, so a miss costs the same single load as a hit.
   */
  @Override
  long bestWord(int[] text, int tFrom, int tLen, int m) {
    final long[] eqById = this.eqById;
    final long clamp = eqById.length - 1;
    final int last = m - 1;
    long pv = -1L;
    long mv = 0L;
    int score = m;
    int best = m;
    int bestEnd = tFrom;
    for (int j = tFrom, end = tFrom + tLen; j < end; j++) {
      final long eq = eqById[(int) Math.min(text[j] & 0xFFFF_FFFFL, clamp)];
      final long xv = eq | mv;
      final long xh = (((eq & pv) + pv) ^ pv) | eq;
      final long ph = mv | ~(xh | pv);
      final long mh = pv & xh;
      score += (int) ((ph >>> last) & 1L) - (int) ((mh >>> last) & 1L);
      final long phs = ph << 1;
      pv = (mh << 1) | ~(xv | phs);
      mv = phs & xv;
      if (score < best) {
        best = score;
        bestEnd = j + 1;
      }
    }
    return pack(best, bestEnd);
  }

  @Override
  int allWord(int[] text, int tFrom, int tLen, int m, int k, int[] ends, int[] costs) {
    final long[] eqById = this.eqById;
    final long clamp = eqById.length - 1;
    final int last = m - 1;
    final int capacity = ends.length;
    int count = 0;
    if (m <= k) {
      if (capacity > 0) {
        ends[0] = tFrom;
        costs[0] = m;
      }
      count = 1;
    }
    long pv = -1L;
    long mv = 0L;
    int score = m;
    for (int j = tFrom, end = tFrom + tLen; j < end; j++) {
      final long eq = eqById[(int) Math.min(text[j] & 0xFFFF_FFFFL, clamp)];
      final long xv = eq | mv;
      final long xh = (((eq & pv) + pv) ^ pv) | eq;
      final long ph = mv | ~(xh | pv);
      final long mh = pv & xh;
      score += (int) ((ph >>> last) & 1L) - (int) ((mh >>> last) & 1L);
      final long phs = ph << 1;
      pv = (mh << 1) | ~(xv | phs);
      mv = phs & xv;
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
    final long clamp = slot.length - 1;
    for (int r = 0; r < n; r++) {
      out[r] = slot[(int) Math.min(text[from + r] & 0xFFFF_FFFFL, clamp)];
    }
  }
}

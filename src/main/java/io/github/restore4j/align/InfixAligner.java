// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.align;

/**
 * Approximate infix (semi-global) search of a token pattern in a token text.
 *
 * <p>For a pattern {@code P = pattern[pFrom, pFrom + pLen)} and a text
 * {@code T = text[tFrom, tFrom + tLen)}, every <em>end</em> {@code e} in
 * {@code [tFrom, tFrom + tLen]} has the cost
 *
 * <pre>{@code
 * D(e) = min over s in [tFrom, e] of editDistance(P, text[s, e))
 * }</pre>
 *
 * with unit-cost insertions, deletions and substitutions. Ends are exclusive, absolute indices into
 * {@code text} (half-open like every span in restore4j); {@code e == tFrom} is the empty substring, so
 * {@code D(tFrom) == pLen}. Token ids compare with {@code ==}; pattern ids must be non-negative, while a
 * negative text id is allowed and matches nothing (handy as a separator).
 *
 * <pre>{@code
 * InfixAligner aligner = AlignerType.MYERS.create();
 * int[] text = {7, 1, 2, 9, 3, 7};
 * long hit = aligner.findBest(new int[] {1, 2, 3}, 0, 3, text, 0, text.length, 1);
 * InfixAligner.cost(hit)  // 1
 * InfixAligner.end(hit)   // 3: "1 2" with 3 deleted; "1 2 9 3" (end 5, 9 inserted) ties but ends later
 * }</pre>
 *
 * <p>Implementations own scratch memory and are <b>not thread-safe</b>: use one instance per thread
 * and reuse it, since reuse is what makes a search allocation-free.
 */
public interface InfixAligner {
  /**
   * What {@link #findBest} returns when no end costs at most {@code maxCost}. It is larger than every
   * real hit, so the better of two hits is {@code Math.min(a, b)}; {@link #cost(long)} of it is
   * {@link Integer#MAX_VALUE} and {@link #end(long)} of it is {@code -1}.
   */
  long NO_MATCH = Long.MAX_VALUE;

  /**
   * Packs a hit as {@code cost << 32 | end}, so that hits order by cost first and end second.
   *
   * @throws IllegalArgumentException if {@code cost} or {@code end} is negative
   */
  static long hit(int cost, int end) {
    if (cost < 0 || end < 0) {
      throw new IllegalArgumentException(
          "cost and end must be >= 0: cost=" + cost + ", end=" + end);
    }
    return ((long) cost << 32) | end;
  }

  /** The cost of a packed hit; {@link Integer#MAX_VALUE} for {@link #NO_MATCH}. */
  static int cost(long hit) {
    return (int) (hit >>> 32);
  }

  /** The exclusive end of a packed hit in the text array; {@code -1} for {@link #NO_MATCH}. */
  static int end(long hit) {
    return (int) hit;
  }

  /**
   * Finds the minimal cost {@code min D(e)} and the smallest end {@code e} that achieves it.
   *
   * @param maxCost the largest cost worth reporting, {@code >= 0}; it also lets block kernels skip
   *     work (Ukkonen's cut-off)
   * @return the packed hit (see {@link #cost(long)}, {@link #end(long)}), or {@link #NO_MATCH} when
   *     the minimal cost exceeds {@code maxCost}
   * @throws IndexOutOfBoundsException if a range does not fit its array
   * @throws IllegalArgumentException if {@code maxCost < 0} or a pattern id is negative
   */
  long findBest(int[] pattern, int pFrom, int pLen, int[] text, int tFrom, int tLen, int maxCost);

  /**
   * Finds every end {@code e} with {@code D(e) <= maxCost}, in increasing order of {@code e}.
   *
   * <p>Returns the total number of such ends but stores only the first {@code ends.length} of them
   * (as {@code snprintf} does): when the result exceeds {@code ends.length}, grow both arrays to at
   * least the result and search again.
   *
   * <pre>{@code
   * int n = aligner.findAll(p, 0, p.length, t, 0, t.length, k, ends, costs);
   * if (n > ends.length) {
   *   ends = new int[n];
   *   costs = new int[n];
   *   n = aligner.findAll(p, 0, p.length, t, 0, t.length, k, ends, costs);
   * }
   * }</pre>
   *
   * @param ends receives the exclusive ends, absolute indices into {@code text}
   * @param costs receives {@code D(e)} for each stored end; same length as {@code ends}
   * @return the number of ends whose cost is at most {@code maxCost}, stored or not
   * @throws IndexOutOfBoundsException if a range does not fit its array
   * @throws IllegalArgumentException if {@code maxCost < 0}, a pattern id is negative, or
   *     {@code ends} and {@code costs} differ in length
   */
  int findAll(
      int[] pattern,
      int pFrom,
      int pLen,
      int[] text,
      int tFrom,
      int tLen,
      int maxCost,
      int[] ends,
      int[] costs);

  /** The algorithm this aligner implements. */
  AlignerType type();
}

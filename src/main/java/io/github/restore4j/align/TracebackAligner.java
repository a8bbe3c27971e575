package io.github.restore4j.align;

/**
 * The token correspondences of an optimal infix alignment of a pattern inside a text window: run it
 * on the winning window of an {@link InfixAligner} search only.
 *
 * <pre>{@code
 * TracebackAligner tracer = TracebackAligner.create(); // one per thread, reused
 * TokenAlignment alignment = new TokenAlignment();
 * int[] text = {7, 1, 9, 3, 7};
 * tracer.align(new int[] {1, 2, 3}, 0, 3, text, 0, text.length, alignment); // 1
 * // alignment: span [1, 4), ops MATCH SUBSTITUTE MATCH, textIndexOf(1) == 2
 * }</pre>
 *
 * <p>The alignment ends at the end an {@link AlignerType#MYERS} {@code findBest} reports (the smallest
 * end of least cost) and starts wherever an optimal path from there begins. Memory is linear in the
 * window: a banded DP with a traceback matrix of (m + 1) × (2k + 1) bytes when the cost k is small,
 * else Hirschberg's divide and conquer in O(m + window) memory and twice the DP's time.
 *
 * <p>Not thread-safe: it owns scratch. Create one per thread and reuse it.
 */
public final class TracebackAligner {
  /** The widest band, 2k + 1 diagonals, traced back from a matrix; beyond it Hirschberg. */
  static final int DEFAULT_MAX_BAND = 129;
  /** Hirschberg sub-problems up to this many cells are solved with a full matrix. */
  static final int BASE_CELLS = 4096;
  private static final int INF = Integer.MAX_VALUE / 4;

  private static final byte DIAG = 0;
  private static final byte UP = 1; // consumes a pattern token: DELETE
  private static final byte LEFT = 2; // consumes a text token: INSERT
  private static final byte START = 3;

  private final int maxBand;
  private final InfixAligner search = AlignerType.MYERS.create();
  private byte[] moves = new byte[0];
  private int[] rowA = new int[0];
  private int[] rowB = new int[0];
  private int[] forward = new int[0];
  private int[] backward = new int[0];

  private TracebackAligner(int maxBand) {
    this.maxBand = maxBand;
  }

  /** Creates an aligner; it is not thread-safe, so create one per thread. */
  public static TracebackAligner create() {
    return new TracebackAligner(DEFAULT_MAX_BAND);
  }

  /** For tests: 0 forces Hirschberg, a huge value the banded DP. */
  static TracebackAligner withMaxBand(int maxBand) {
    return new TracebackAligner(maxBand);
  }

  /**
   * Aligns {@code pattern[pFrom, pFrom + pLen)} with its best substring of {@code text[tFrom, tFrom +
   * tLen)} (insertions before and after that substring are free) and fills {@code out}.
   *
   * @return the cost, which is {@code InfixAligner.cost(findBest(...))} for any maxCost >= it
   * @throws IndexOutOfBoundsException if a range does not fit its array
   * @throws IllegalArgumentException if a pattern id is negative
   */
  public int align(
      int[] pattern, int pFrom, int pLen, int[] text, int tFrom, int tLen, TokenAlignment out) {
    if (out == null) {
      throw new NullPointerException("out");
    }
    final long hit = search.findBest(pattern, pFrom, pLen, text, tFrom, tLen, pLen);
    final int k = InfixAligner.cost(hit);
    final int end = InfixAligner.end(hit);
    // An alignment of cost k spans at most m + k text tokens.
    final int start = (int) Math.max(tFrom, (long) end - pLen - k);
    final int w = end - start;
    out.reset(pLen, pLen + w);
    final int textStart;
    if (2L * k + 1 <= maxBand) {
      textStart = banded(pattern, pFrom, pLen, text, start, w, k, out);
    } else {
      textStart = hirschberg(pattern, pFrom, pLen, text, start, w, out);
    }
    out.finish(k, textStart, end);
    assert checkCost(out, k);
    return k;
  }

  private static boolean checkCost(TokenAlignment out, int k) {
    int cost = 0;
    for (int i = 0; i < out.opCount(); i++) {
      cost += out.op(i) == EditOp.MATCH ? 0 : 1;
    }
    return cost == k;
  }

  /*
   * Banded DP with free start and fixed end (Ukkonen 1985's band for a known cost). Rows i = 0..m
   * (pattern prefix), columns c = 0..w (prefix of the window text[start, start + w)); the path must
   * end at (m, w), row 0 is 0 everywhere (the match may start at any column), column 0 is i. Each
   * insertion or deletion moves the path one diagonal d = c - i and costs 1, so a path of cost k
   * never leaves the diagonals [w - m - k, w - m + k]: rows store only those 2k + 1 cells, and a
   * byte matrix of the moves taken lets the traceback walk from (m, w) back to row 0, where the
   * match starts. Ties prefer the diagonal, then deletion, then insertion.
   */
  private int banded(
      int[] pattern, int pFrom, int m, int[] text, int start, int w, int k, TokenAlignment out) {
    final int dLo = w - m - k;
    final int band = 2 * k + 1;
    final int cells = (m + 1) * band;
    if (moves.length < cells) {
      moves = new byte[Math.max(cells, 2 * moves.length)];
    }
    rowA = AbstractInfixAligner.ensure(rowA, band + 2);
    rowB = AbstractInfixAligner.ensure(rowB, band + 2);
    // Row arrays are indexed b + 1 for b = d - dLo in [0, band); slots 0 and band + 1 stay INF.
    int[] prev = rowA;
    int[] cur = rowB;
    final byte[] mv = moves;
    for (int b = 0; b < band + 2; b++) {
      prev[b] = INF;
      cur[b] = INF;
    }
    for (int b = 0; b < band; b++) {
      final int c = dLo + b; // i = 0
      if (c >= 0 && c <= w) {
        prev[b + 1] = 0;
        mv[b] = START;
      }
    }
    for (int i = 1; i <= m; i++) {
      final int p = pattern[pFrom + i - 1];
      final int row = i * band;
      for (int b = 0; b < band; b++) {
        final int c = i + dLo + b;
        if (c < 0 || c > w) {
          cur[b + 1] = INF;
          continue;
        }
        int best = INF;
        byte move = DIAG;
        if (c > 0) {
          best = prev[b + 1] + (p == text[start + c - 1] ? 0 : 1);
        }
        final int up = prev[b + 2] + 1; // (i - 1, c): diagonal d + 1
        if (up < best) {
          best = up;
          move = UP;
        }
        final int left = cur[b] + 1; // (i, c - 1): diagonal d - 1
        if (left < best) {
          best = left;
          move = LEFT;
        }
        cur[b + 1] = Math.min(best, INF);
        mv[row + b] = move;
      }
      final int[] t = prev;
      prev = cur;
      cur = t;
    }
    assert prev[k + 1] == k : "band end " + prev[k + 1] + " != " + k;
    // Traceback from (m, w), i.e. b = w - m - dLo = k.
    int i = m;
    int c = w;
    while (i > 0) {
      final int b = c - i - dLo;
      switch (mv[i * band + b]) {
        case DIAG -> {
          i--;
          c--;
          final int t = start + c;
          out.append(pattern[pFrom + i] == text[t] ? EditOp.MATCH : EditOp.SUBSTITUTE, i, t);
        }
        case UP -> {
          i--;
          out.append(EditOp.DELETE, i, -1);
        }
        default -> {
          c--;
          out.append(EditOp.INSERT, -1, start + c);
        }
      }
    }
    out.reverseOps();
    return start + c;
  }

  /*
   * Hirschberg (1975), "A linear space algorithm for computing maximal common subsequences", for
   * edit distance: split the pattern at its middle row, compute that row's costs forward from the
   * top and backward from the fixed end, cut at the column minimizing their sum, and recurse on the
   * two halves. The top half keeps the free start; the bottom half is a global alignment. Memory is
   * O(m + w) plus a BASE_CELLS matrix; time twice the DP's.
   */
  private int hirschberg(
      int[] pattern, int pFrom, int m, int[] text, int start, int w, TokenAlignment out) {
    forward = AbstractInfixAligner.ensure(forward, w + 1);
    backward = AbstractInfixAligner.ensure(backward, w + 1);
    moves = moves.length >= BASE_CELLS ? moves : new byte[BASE_CELLS];
    rowA = AbstractInfixAligner.ensure(rowA, w + 1);
    rowB = AbstractInfixAligner.ensure(rowB, w + 1);
    return solve(pattern, pFrom, 0, m, text, start, start + w, true, out);
  }

  /**
   * Aligns pattern offsets [i0, i1) with text [c0, c1), ending at (i1, c1); starting at (i0, c0), or
   * anywhere on row i0 if {@code freeStart}. Appends the steps in order and returns the text index
   * where the alignment starts.
   */
  private int solve(
      int[] pattern,
      int pFrom,
      int i0,
      int i1,
      int[] text,
      int c0,
      int c1,
      boolean freeStart,
      TokenAlignment out) {
    final int rows = i1 - i0;
    final int cols = c1 - c0;
    if (rows <= 1 || (long) (rows + 1) * (cols + 1) <= BASE_CELLS) {
      return solveFull(pattern, pFrom, i0, i1, text, c0, c1, freeStart, out);
    }
    final int mid = (i0 + i1) >>> 1;
    final int[] f = forward;
    final int[] g = backward;
    // Forward: f[c - c0] = cost of pattern [i0, mid) ending at column c.
    for (int c = 0; c <= cols; c++) {
      f[c] = freeStart ? 0 : c;
    }
    for (int i = i0; i < mid; i++) {
      final int p = pattern[pFrom + i];
      int diag = f[0];
      f[0] = f[0] + 1; // column c0: the pattern so far against no text, either way
      for (int c = 1; c <= cols; c++) {
        final int up = f[c];
        f[c] = Math.min(diag + (p == text[c0 + c - 1] ? 0 : 1), Math.min(up, f[c - 1]) + 1);
        diag = up;
      }
    }
    // Backward: g[c - c0] = cost of pattern [mid, i1) from column c to (i1, c1).
    for (int c = 0; c <= cols; c++) {
      g[c] = cols - c;
    }
    for (int i = i1 - 1; i >= mid; i--) {
      final int p = pattern[pFrom + i];
      int diag = g[cols];
      g[cols] = g[cols] + 1;
      for (int c = cols - 1; c >= 0; c--) {
        final int down = g[c];
        g[c] = Math.min(diag + (p == text[c0 + c] ? 0 : 1), Math.min(down, g[c + 1]) + 1);
        diag = down;
      }
    }
    int cut = 0;
    for (int c = 1; c <= cols; c++) {
      if (f[c] + g[c] < f[cut] + g[cut]) {
        cut = c;
      }
    }
    final int from = solve(pattern, pFrom, i0, mid, text, c0, c0 + cut, freeStart, out);
    solve(pattern, pFrom, mid, i1, text, c0 + cut, c1, false, out);
    return from;
  }

  /** {@link #solve} with a full move matrix; rows <= 1 or at most BASE_CELLS cells. */
  private int solveFull(
      int[] pattern,
      int pFrom,
      int i0,
      int i1,
      int[] text,
      int c0,
      int c1,
      boolean freeStart,
      TokenAlignment out) {
    final int rows = i1 - i0;
    final int cols = c1 - c0;
    final int cells = (rows + 1) * (cols + 1);
    if (moves.length < cells) {
      moves = new byte[Math.max(cells, 2 * moves.length)];
    }
    final byte[] mv = moves;
    final int[] row = rowA = AbstractInfixAligner.ensure(rowA, cols + 1);
    for (int c = 0; c <= cols; c++) {
      row[c] = freeStart ? 0 : c;
      mv[c] = freeStart || c == 0 ? START : LEFT;
    }
    for (int i = 1; i <= rows; i++) {
      final int p = pattern[pFrom + i0 + i - 1];
      final int base = i * (cols + 1);
      int diag = row[0];
      row[0] = i;
      mv[base] = UP;
      for (int c = 1; c <= cols; c++) {
        final int up = row[c];
        int best = diag + (p == text[c0 + c - 1] ? 0 : 1);
        byte move = DIAG;
        if (up + 1 < best) {
          best = up + 1;
          move = UP;
        }
        if (row[c - 1] + 1 < best) {
          best = row[c - 1] + 1;
          move = LEFT;
        }
        row[c] = best;
        mv[base + c] = move;
        diag = up;
      }
    }
    // Walk back from (rows, cols), collecting steps in reverse into the tail of the holder.
    final int first = out.steps();
    int i = rows;
    int c = cols;
    while (mv[i * (cols + 1) + c] != START) {
      switch (mv[i * (cols + 1) + c]) {
        case DIAG -> {
          i--;
          c--;
          final int t = c0 + c;
          final int pi = i0 + i;
          out.append(pattern[pFrom + pi] == text[t] ? EditOp.MATCH : EditOp.SUBSTITUTE, pi, t);
        }
        case UP -> {
          i--;
          out.append(EditOp.DELETE, i0 + i, -1);
        }
        default -> {
          c--;
          out.append(EditOp.INSERT, -1, c0 + c);
        }
      }
    }
    out.reverseOps(first);
    return c0 + c;
  }
}

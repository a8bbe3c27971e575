// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.align;

/**
 * The oracle: Sellers' column dynamic program, kept simple and obviously right.
 *
 * <p>Not thread-safe: the column is reused scratch.
 */
final class NaiveDpAligner extends AbstractInfixAligner {
  private int[] column = new int[0];

  NaiveDpAligner() {
    super(AlignerType.NAIVE_DP);
  }

  /*
   * Sellers (1980), "The theory and computation of evolutionary distances: pattern recognition".
   * column[i] holds D[i][j], the cost of aligning pattern[0, i) with some text substring ending at j.
   * Row 0 is 0 in every column (a match may start anywhere); column tFrom is 0, 1, ..., m (the empty
   * text). Going from column j - 1 to j, in place, top to bottom:
   *
   *   D[i][j] = min(D[i-1][j-1] + (p[i-1] == t[j-1] ? 0 : 1), D[i-1][j] + 1, D[i][j-1] + 1)
   *
   * O(m) memory, O(m * n) time: about one cell per nanosecond, which is why it is only the oracle.
   */
  private int[] start(int m) {
    final int[] col = column = ensure(column, m + 1);
    for (int i = 0; i <= m; i++) {
      col[i] = i;
    }
    return col;
  }

  /** Advances {@code col} from column j - 1 to column j whose text token is {@code token}. */
  private static int advance(int[] col, int[] pattern, int pFrom, int m, int token) {
    int diag = col[0]; // D[0][j-1] == 0 == D[0][j]
    for (int i = 1; i <= m; i++) {
      final int left = col[i];
      final int cost = pattern[pFrom + i - 1] == token ? 0 : 1;
      col[i] = Math.min(diag + cost, Math.min(col[i - 1], left) + 1);
      diag = left;
    }
    return col[m];
  }

  @Override
  long best(int[] pattern, int pFrom, int m, int[] text, int tFrom, int tLen, int k) {
    final int[] col = start(m);
    int best = m;
    int bestEnd = tFrom;
    for (int j = tFrom; j < tFrom + tLen; j++) {
      final int d = advance(col, pattern, pFrom, m, text[j]);
      if (d < best) {
        best = d;
        bestEnd = j + 1;
      }
    }
    return best <= k ? pack(best, bestEnd) : NO_MATCH;
  }

  @Override
  int all(
      int[] pattern,
      int pFrom,
      int m,
      int[] text,
      int tFrom,
      int tLen,
      int k,
      int[] ends,
      int[] costs) {
    final int[] col = start(m);
    int count = 0;
    for (int j = tFrom; j <= tFrom + tLen; j++) {
      final int d = j == tFrom ? m : advance(col, pattern, pFrom, m, text[j - 1]);
      if (d <= k) {
        if (count < ends.length) {
          ends[count] = j;
          costs[count] = d;
        }
        count++;
      }
    }
    return count;
  }
}

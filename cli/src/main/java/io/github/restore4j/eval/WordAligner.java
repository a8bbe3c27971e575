// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import java.util.Arrays;

/**
 * A whole-sequence word alignment in linear memory: the word-level edit distance (substitution,
 * insertion and deletion cost 1, a match 0) between two key sequences, and the pairs of words with
 * equal keys on one optimal path, as WER scorers (sclite, fstalign) align a transcript with its
 * reference.
 *
 * <pre>{@code
 * WordAligner.align(new int[] {1, 2, 3, 4}, new int[] {1, 9, 3, 4, 5})
 * // {0, -1, 2, 3}: words 0, 2, 3 of the first match words 0, 2, 3 of the second; 2 ↔ 9 is a substitution
 * }</pre>
 *
 * <p>Hirschberg (1975): the last row of the forward DP over the first half of {@code a}, and of the
 * backward DP over the second half, meet in the column where their sum is least; both halves are
 * solved recursively. Memory is O(n + m) (two rows and the result), time O(n · m): about a second
 * for two 15,000-word transcripts, which no n × m matrix (900 MB of ints) would allow. A common
 * prefix and suffix are matched first. Stateless and thread-safe.
 */
final class WordAligner {
  private WordAligner() {}

  /**
   * For each word of {@code a}, the index of the word of {@code b} it is matched with (equal keys)
   * on one optimal alignment, or -1; matched indexes increase.
   */
  static int[] align(int[] a, int[] b) {
    int[] pair = new int[a.length];
    Arrays.fill(pair, -1);
    int[] forward = new int[b.length + 1];
    int[] backward = new int[b.length + 1];
    solve(a, 0, a.length, b, 0, b.length, pair, forward, backward);
    return pair;
  }

  private static void solve(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo, int[] pair,
      int[] forward, int[] backward) {
    while (aFrom < aTo && bFrom < bTo && a[aFrom] == b[bFrom]) {
      pair[aFrom++] = bFrom++;
    }
    while (aFrom < aTo && bFrom < bTo && a[aTo - 1] == b[bTo - 1]) {
      pair[--aTo] = --bTo;
    }
    int n = aTo - aFrom;
    int m = bTo - bFrom;
    if (n == 0 || m == 0) {
      return;
    }
    if (n == 1) {
      for (int j = bFrom; j < bTo; j++) {
        if (b[j] == a[aFrom]) {
          pair[aFrom] = j;
          return;
        }
      }
      return;
    }
    if (m == 1) {
      for (int i = aFrom; i < aTo; i++) {
        if (a[i] == b[bFrom]) {
          pair[i] = bFrom;
          return;
        }
      }
      return;
    }
    int mid = aFrom + n / 2;
    // forward[j]: distance between a[aFrom, mid) and b[bFrom, bFrom + j)
    for (int j = 0; j <= m; j++) {
      forward[j] = j;
    }
    for (int i = aFrom; i < mid; i++) {
      final int ai = a[i];
      int diagonal = forward[0];
      forward[0] = diagonal + 1;
      for (int j = 1; j <= m; j++) {
        int up = forward[j];
        int best = diagonal + (ai == b[bFrom + j - 1] ? 0 : 1);
        int gap = Math.min(up, forward[j - 1]) + 1;
        forward[j] = Math.min(best, gap);
        diagonal = up;
      }
    }
    // backward[j]: distance between a[mid, aTo) and b[bFrom + j, bTo)
    for (int j = 0; j <= m; j++) {
      backward[j] = m - j;
    }
    for (int i = aTo - 1; i >= mid; i--) {
      final int ai = a[i];
      int diagonal = backward[m];
      backward[m] = diagonal + 1;
      for (int j = m - 1; j >= 0; j--) {
        int down = backward[j];
        int best = diagonal + (ai == b[bFrom + j] ? 0 : 1);
        int gap = Math.min(down, backward[j + 1]) + 1;
        backward[j] = Math.min(best, gap);
        diagonal = down;
      }
    }
    int split = 0;
    int least = Integer.MAX_VALUE;
    for (int j = 0; j <= m; j++) {
      int c = forward[j] + backward[j];
      if (c < least) {
        least = c;
        split = j;
      }
    }
    solve(a, aFrom, mid, b, bFrom, bFrom + split, pair, forward, backward);
    solve(a, mid, aTo, b, bFrom + split, bTo, pair, forward, backward);
  }

  /** The edit distance of the alignment {@link #align} finds (for tests: the oracle's value). */
  static int distance(int[] a, int[] b) {
    int[] row = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      row[j] = j;
    }
    for (int i = 0; i < a.length; i++) {
      int diagonal = row[0];
      row[0] = i + 1;
      for (int j = 1; j <= b.length; j++) {
        int up = row[j];
        row[j] = Math.min(diagonal + (a[i] == b[j - 1] ? 0 : 1), Math.min(up, row[j - 1]) + 1);
        diagonal = up;
      }
    }
    return row[b.length];
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.align;

import java.util.Arrays;

/** Exhaustive small inputs over the alphabet {0, 1, 2} and a brute-force oracle for them. */
final class TinyStrings {
  private TinyStrings() {}

  /** Every string over {0, 1, 2} whose length is in [minLen, maxLen], shortest first. */
  static int[][] all(int minLen, int maxLen) {
    int total = 0;
    for (int len = minLen; len <= maxLen; len++) {
      total += pow3(len);
    }
    final int[][] all = new int[total][];
    int next = 0;
    for (int len = minLen; len <= maxLen; len++) {
      for (int code = 0; code < pow3(len); code++) {
        final int[] s = new int[len];
        for (int i = 0, c = code; i < len; i++, c /= 3) {
          s[i] = c % 3;
        }
        all[next++] = s;
      }
    }
    return all;
  }

  private static int pow3(int n) {
    int p = 1;
    for (int i = 0; i < n; i++) {
      p *= 3;
    }
    return p;
  }

  /** D(e) for e in [0, n]: the least edit distance between p and a substring of t ending at e. */
  static int[] bruteForceCosts(int[] p, int[] t) {
    final int[] costs = new int[t.length + 1];
    for (int e = 0; e <= t.length; e++) {
      int min = Integer.MAX_VALUE;
      for (int s = 0; s <= e; s++) {
        min = Math.min(min, editDistance(p, Arrays.copyOfRange(t, s, e)));
      }
      costs[e] = min;
    }
    return costs;
  }

  /** The textbook Levenshtein matrix. */
  static int editDistance(int[] a, int[] b) {
    final int[][] d = new int[a.length + 1][b.length + 1];
    for (int i = 0; i <= a.length; i++) {
      for (int j = 0; j <= b.length; j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
        } else {
          final int sub = d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
          d[i][j] = Math.min(sub, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        }
      }
    }
    return d[a.length][b.length];
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.index.Vocabulary;
import io.github.restore4j.text.Folding;
import java.util.Arrays;

/**
 * Verifies a candidate window: a semi-global DP of a line segment against a window of the pool
 * stream, with the moves a degradation makes besides unit edits.
 *
 * <p>Costs are doubled so that near matches can cost a half: a piece that matches by key or as
 * several joined clean pieces costs 0, a cut-off last piece or a typo (a similar key) 1, another
 * word, a missing or an extra piece 2. The start in the window is free (infix search), or, for a
 * gap between two anchors of a long line ({@link LongLineAligner}), the whole window is aligned.
 * The full cost matrix is kept for the traceback; segments are at most {@link #MAX_SEGMENT} pieces
 * and windows a few times that, so the matrix stays small. Not thread-safe: one per thread.
 */
final class WindowAligner {
  static final int MAX_SEGMENT = 64;
  /** Most clean pieces one degraded piece may be joined from, as the index knows them. */
  static final int MAX_JOIN = PoolIndex.MAX_JOIN;

  private static final byte B_UP = 1; // degraded piece with no counterpart
  private static final byte B_LEFT = 2; // clean piece skipped
  private static final byte B_DIAG = 3; // exact or substitute
  /** {@code B_MERGE + k}: the degraded piece is k joined clean pieces (2 ≤ k ≤ {@link #MAX_JOIN}). */
  private static final byte B_MERGE = 10;
  /** {@code B_PREFIX + k}: the degraded piece is a cut-off start of k joined clean pieces. */
  private static final byte B_PREFIX = 40;
  /** {@code B_SPLIT + k}: k degraded pieces are one clean piece split at its digits ("p p" ~ "P2P"). */
  private static final byte B_SPLIT = 70;
  /** Most degraded pieces one clean piece may be split into. */
  static final int MAX_SPLIT = 3;

  private final PoolIndex index;
  private final SiblingPool pool;
  private final Folding folding;
  private final Vocabulary vocabulary;
  private int[] cost = new int[4096];
  private byte[] back = new byte[4096];
  private int[] prefixCut = new int[4];

  WindowAligner(SiblingPool pool, PoolIndex index, Folding folding) {
    this.pool = pool;
    this.index = index;
    this.folding = folding;
    this.vocabulary = index.vocabulary();
  }

  /**
   * Aligns pieces {@code [qFrom, qFrom + m)} of {@code line} in stream window {@code [wFrom, wTo)}
   * (inside one document).
   *
   * @param cutLast whether the segment's last piece may be a word cut off by truncation
   */
  Alignment align(LinePlan line, int qFrom, int m, boolean cutLast, int doc, int wFrom, int wTo) {
    return align(line, qFrom, m, cutLast, doc, wFrom, wTo, false, NO_BOUND);
  }

  /** No bound on the cost of the alignment {@link #align} returns. */
  static final int NO_BOUND = Integer.MAX_VALUE;

  /**
   * As {@link #align(LinePlan, int, int, boolean, int, int, int)}, for a window that only matters
   * if it costs at most {@code bound} (the best place found so far): {@code null} as soon as the DP
   * shows that it cannot, and cells that cannot lie on such a path are not refined. The result is
   * the same alignment whenever its cost is at most {@code bound}.
   *
   * <p>Why this is exact: every move costs at least 0, and a row's cells come from the row above
   * (a match, a merge, a cut-off prefix or a missing piece), from up to {@link #MAX_SPLIT} rows
   * above (a split), or from their left neighbour (+2); so a row's minimum is at least the least
   * minimum of the {@link #MAX_SPLIT} rows above it, and once that many rows in a row exceed the
   * bound, so does the last. A cell above the bound is not on the path of an alignment within it
   * (the path's costs only grow), so whether a typo or another word brought it there (the
   * {@link #similar} check, most of the DP's time) need not be known: its value stays above the bound
   * either way, and no comparison on the path changes. On this workload's windows (issue 12) most
   * verified windows lose to the first, and the rows showing it are their first few.
   */
  Alignment align(LinePlan line, int qFrom, int m, boolean cutLast, int doc, int wFrom, int wTo, int bound) {
    return align(line, qFrom, m, cutLast, doc, wFrom, wTo, false, bound);
  }

  /**
   * As {@link #align(LinePlan, int, int, boolean, int, int, int)}; with {@code global} the segment
   * spans the whole window (a gap between two anchors of a long line): clean pieces skipped at its
   * edges cost as inside it, so a word the copy misheard pairs with the clean word in its slot
   * instead of being left out beside a free skip.
   */
  Alignment align(LinePlan line, int qFrom, int m, boolean cutLast, int doc, int wFrom, int wTo, boolean global) {
    return align(line, qFrom, m, cutLast, doc, wFrom, wTo, global, NO_BOUND);
  }

  private Alignment align(LinePlan line, int qFrom, int m, boolean cutLast, int doc, int wFrom, int wTo,
      boolean global, int bound) {
    int n = wTo - wFrom;
    if (n <= 0) {
      return null;
    }
    // a global alignment that skips clean pieces costs their skips: only a whole window is a shortcut
    Alignment exact = global && n != m ? null : alignExact(line, qFrom, m, doc, wFrom, wTo);
    if (exact != null) {
      return exact;
    }
    int[] q = line.ids;
    int[] ids = index.ids();
    int cols = n + 1;
    int cells = (m + 1) * cols;
    if (cost.length < cells) {
      cost = new int[Math.max(cells, cost.length * 2)];
      back = new byte[cost.length];
    }
    if (prefixCut.length < cols) {
      prefixCut = new int[cols * 2];
    }
    final int[] c = cost;
    final byte[] b = back;
    for (int j = 0; j < cols; j++) {
      c[j] = global ? 2 * j : 0;
      b[j] = global ? B_LEFT : 0;
    }
    // the least row minimum of the last MAX_SPLIT rows is above the bound: give up (see above)
    int rowsOver = 0;
    for (int i = 1; i <= m; i++) {
      int row = i * cols;
      int rowMin = 2 * i; // column 0
      int up = row - cols;
      c[row] = 2 * i;
      b[row] = B_UP;
      int a = q[qFrom + i - 1];
      boolean prefixRow = cutLast && i == m;
      String aKey = line.keys[qFrom + i - 1];
      long aMask = PoolIndex.letterMask(aKey);
      int aLimit = 2 * Math.max(1, aKey.length() / 3) + 1;
      for (int j = 1; j < cols; j++) {
        int t = ids[wFrom + j - 1];
        int best;
        byte move;
        if (a == t) {
          best = c[up + j - 1];
          move = B_DIAG;
        } else {
          best = c[up + j - 1] + 2;
          move = B_DIAG;
          int merge = mergeSpan(aKey, doc, wFrom, j);
          if (merge > 0 && c[up + j - merge] < best) {
            best = c[up + j - merge];
            move = (byte) (B_MERGE + merge);
          }
          if (prefixRow) {
            int span = prefixSpan(aKey, doc, wFrom, j);
            if (span > 0 && c[up + j - span] + 1 < best) {
              best = c[up + j - span] + 1;
              move = (byte) (B_PREFIX + span);
            }
          }
        }
        if (best > 0 && i >= 2 && !folding.keepsDigits() && index.hasInnerDigit(wFrom + j - 1)) {
          int k = splitSpan(line, qFrom, i, t, doc, wFrom + j - 1);
          if (k > 0 && c[(i - k) * cols + j - 1] < best) {
            best = c[(i - k) * cols + j - 1];
            move = (byte) (B_SPLIT + k);
          }
        }
        int v = Math.min(c[up + j], c[row + j - 1]) + 2;
        if (move == B_DIAG && a != t && c[up + j - 1] + 1 < v && c[up + j - 1] < bound
            && Long.bitCount(aMask ^ index.letterMask(t)) <= aLimit && similar(aKey, vocabulary.key(t))) {
          best = c[up + j - 1] + 1; // a typo costs less than a missing word
        }
        // Between anchors, of equally good paths the one that pairs misheard words with the clean
        // words right after the last match, and leaves the extra or missing ones last: the match's
        // clean word and the one after it stay neighbours, so the punctuation between them is kept.
        boolean yields = global && move == B_DIAG && a != t && best == c[up + j - 1] + 2;
        v = c[up + j] + 2;
        if (v < best || (yields && v == best)) {
          best = v;
          move = B_UP;
          yields = false;
        }
        v = c[row + j - 1] + 2;
        if (v < best || (yields && v == best)) {
          best = v;
          move = B_LEFT;
        }
        c[row + j] = best;
        b[row + j] = move;
        rowMin = Math.min(rowMin, best);
      }
      rowsOver = rowMin > bound ? rowsOver + 1 : 0;
      if (rowsOver == MAX_SPLIT) {
        return null;
      }
    }
    int last = m * cols;
    int bestJ = global ? cols - 1 : 1;
    for (int j = 2; j < cols && !global; j++) {
      if (c[last + j] < c[last + bestJ]) {
        bestJ = j;
      }
    }
    if (c[last + bestJ] > bound) {
      return null;
    }
    return traceback(line, qFrom, m, doc, wFrom, cols, bestJ, c[last + bestJ]);
  }

  /** The common case: the segment sits unchanged, key for key, in the window; else {@code null}. */
  Alignment alignExact(LinePlan line, int qFrom, int m, int doc, int wFrom, int wTo) {
    return alignExact(line, qFrom, m, doc, wFrom, wTo, null);
  }

  /**
   * Every place in the window where the segment sits unchanged, added to {@code all} (the first is
   * returned; {@code all} may be null to stop at it).
   */
  Alignment alignExact(LinePlan line, int qFrom, int m, int doc, int wFrom, int wTo, java.util.List<Alignment> all) {
    return alignExact(line, qFrom, m, doc, wFrom, wTo, all, Integer.MAX_VALUE);
  }

  /**
   * The first {@code max} places in the window where the segment sits unchanged, in stream order,
   * added to {@code all}: a repetitive sibling ("Nga, Nga, ...") holds a long segment of one
   * repeated word at every position of the window, and collecting them all costs a window's width
   * of places per segment.
   */
  Alignment alignExact(LinePlan line, int qFrom, int m, int doc, int wFrom, int wTo, java.util.List<Alignment> all,
      int max) {
    int[] q = line.ids;
    int[] ids = index.ids();
    int first = q[qFrom];
    if (first < 0) {
      return null;
    }
    Alignment found = null;
    for (int p = wFrom; p + m <= wTo; p++) {
      if (ids[p] != first) {
        continue;
      }
      int i = 1;
      while (i < m && ids[p + i] == q[qFrom + i]) {
        i++;
      }
      if (i == m) {
        Alignment a = Alignment.exact(doc, p, m);
        if (all == null) {
          return a;
        }
        all.add(a);
        if (found == null) {
          found = a;
        }
        if (all.size() >= max) {
          break;
        }
      }
    }
    return found;
  }

  /**
   * The next most common case: the segment sits in the window key for key except that some of its
   * pieces are several clean pieces joined ("nagornokarabakh" ~ "Nagorno-Karabakh"). A greedy walk
   * finds such a place in O(window) without the DP; {@code null} when there is none.
   */
  Alignment alignJoined(LinePlan line, int qFrom, int m, int doc, int wFrom, int wTo) {
    int[] q = line.ids;
    int[] ids = index.ids();
    String firstKey = line.keys[qFrom];
    for (int p = wFrom; p < wTo; p++) {
      if (ids[p] != q[qFrom] && !vocabulary.key(ids[p]).regionMatches(0, firstKey, 0, 1)) {
        continue;
      }
      int[] from = null;
      int x = p;
      int i = 0;
      for (; i < m && x < wTo; i++) {
        int k = ids[x] == q[qFrom + i] ? 1 : mergeAt(line.keys[qFrom + i], doc, x, wTo);
        if (k == 0) {
          break;
        }
        if (from == null) {
          from = new int[m];
        }
        from[i] = x;
        x += k;
      }
      if (i == m) {
        int[] to = new int[m];
        MatchKind[] kind = new MatchKind[m];
        for (int k = 0; k < m; k++) {
          to[k] = (k + 1 < m ? from[k + 1] : x) - 1;
          kind[k] = to[k] == from[k] ? MatchKind.EXACT : MatchKind.MERGE;
        }
        return new Alignment(doc, 0, from, to, kind, -1);
      }
    }
    return null;
  }

  /** k (2 to {@link #MAX_JOIN}) when the degraded key is the k joined clean pieces starting at stream position x; else 0. */
  private int mergeAt(String aKey, int doc, int x, int wTo) {
    int[] ids = index.ids();
    int len = vocabulary.key(ids[x]).length();
    if (len >= aKey.length()) {
      return 0;
    }
    for (int k = 2; k <= MAX_JOIN && x + k - 1 < wTo; k++) {
      if (!index.joinedToNext(x + k - 2)) {
        return 0;
      }
      len += vocabulary.key(ids[x + k - 1]).length();
      if (len == aKey.length()) {
        String key = folding.key(pool.text(doc), index.pieceStart(x), index.pieceEnd(x + k - 1));
        return aKey.equals(key) ? k : 0;
      }
      if (len > aKey.length()) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * k (2 to {@link #MAX_SPLIT}) when degraded pieces {@code [i - k, i)} of the segment, joined, are
   * the key of clean piece {@code t}: a split-punctuation copy cuts "P2P" into "p p" when its
   * digits go. Only a clean piece with that many runs of letters between digits splits so. 0 when
   * none.
   */
  private int splitSpan(LinePlan line, int qFrom, int i, int t, int doc, int p) {
    String key = vocabulary.key(t);
    if (key.length() < 2) {
      return 0;
    }
    int len = 0;
    for (int k = 1; k <= MAX_SPLIT && i - k >= 0; k++) {
      String part = line.keys[qFrom + i - k];
      len += part.length();
      if (len > key.length() || !key.regionMatches(key.length() - len, part, 0, part.length())) {
        return 0;
      }
      if (k >= 2 && len == key.length()) {
        return letterRuns(pool.text(doc), index.pieceStart(p), index.pieceEnd(p)) == k ? k : 0;
      }
    }
    return 0;
  }

  /** How many runs of non-digits a piece has ("P2P": 2). */
  private static int letterRuns(String text, int from, int to) {
    int runs = 0;
    boolean in = false;
    for (int x = from; x < to; ) {
      int cp = text.codePointAt(x);
      x += Character.charCount(cp);
      boolean digit = Character.isDigit(cp);
      if (!digit && !in) {
        runs++;
      }
      in = !digit;
    }
    return runs;
  }

  /** k (2 to {@link #MAX_JOIN}) when the degraded key is k adjacent joined clean keys ending at column j; else -1. */
  private int mergeSpan(String aKey, int doc, int wFrom, int j) {
    for (int k = 2; k <= MAX_JOIN; k++) {
      if (j < k) {
        return -1;
      }
      int p0 = wFrom + j - k;
      if (!index.joinedToNext(p0 + k - 2)) {
        return -1;
      }
      int len = 0;
      for (int x = 0; x < k; x++) {
        len += vocabulary.key(index.ids()[p0 + x]).length();
      }
      if (len == aKey.length() && aKey.codePointAt(0) == vocabulary.key(index.ids()[p0]).codePointAt(0)) {
        String text = pool.text(doc);
        if (aKey.equals(folding.key(text, index.pieceStart(p0), index.pieceEnd(p0 + k - 1)))) {
          return k;
        }
      }
      if (len > aKey.length()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * How many clean pieces (1 to {@link #MAX_JOIN}, joined) ending at column j the degraded key is a
   * proper cut-off start of; 0 when none. Records the cut offset for the traceback.
   */
  private int prefixSpan(String aKey, int doc, int wFrom, int j) {
    String text = pool.text(doc);
    for (int k = 1; k <= MAX_JOIN && j >= k; k++) {
      int p0 = wFrom + j - k;
      if (k > 1 && !index.joinedToNext(p0 + k - 2)) {
        return 0;
      }
      String firstKey = vocabulary.key(index.ids()[p0]);
      if (firstKey.codePointAt(0) != aKey.codePointAt(0)) {
        continue;
      }
      int cut = cutOffset(aKey, text, index.pieceStart(p0), index.pieceEnd(p0 + k - 1));
      if (cut > 0) {
        if (cut <= index.pieceStart(p0 + k - 1)) {
          return 0; // the cut ends before the last clean piece: fewer pieces would do
        }
        prefixCut[j] = cut;
        return k;
      }
    }
    return 0;
  }

  /** The offset in {@code text} after the shortest start of {@code [from, to)} whose key is {@code key}, if shorter than all of it. */
  private int cutOffset(String key, String text, int from, int to) {
    int e = from;
    while (e < to) {
      int cp = text.codePointAt(e);
      e += Character.charCount(cp);
      if (e < to && Character.getType(text.codePointAt(e)) == Character.NON_SPACING_MARK) {
        continue;
      }
      String k = folding.key(text, from, e);
      if (k.length() > key.length()) {
        return -1;
      }
      if (k.equals(key)) {
        return e < to ? e : -1;
      }
    }
    return -1;
  }

  private Alignment traceback(LinePlan line, int qFrom, int m, int doc, int wFrom, int cols, int j, int total) {
    int[] from = new int[m];
    int[] to = new int[m];
    MatchKind[] kind = new MatchKind[m]; // no null left: the traceback gives every row (piece) its kind
    Arrays.fill(from, -1);
    Arrays.fill(to, -1);
    int cutEnd = -1;
    int i = m;
    final int[] ids = index.ids();
    while (i > 0) {
      byte move = back[i * cols + j];
      switch (move) {
        case B_UP -> {
          kind[i - 1] = MatchKind.NONE;
          i--;
        }
        case B_LEFT -> j--;
        case B_DIAG -> {
          int p = wFrom + j - 1;
          from[i - 1] = p;
          to[i - 1] = p;
          kind[i - 1] = line.ids[qFrom + i - 1] == ids[p] ? MatchKind.EXACT
              : similar(line.keys[qFrom + i - 1], vocabulary.key(ids[p])) ? MatchKind.FUZZY
              : MatchKind.SUBSTITUTE;
          i--;
          j--;
        }
        default -> {
          if (move > B_MERGE && move <= B_MERGE + MAX_JOIN) {
            int k = move - B_MERGE;
            from[i - 1] = wFrom + j - k;
            to[i - 1] = wFrom + j - 1;
            kind[i - 1] = MatchKind.MERGE;
            i--;
            j -= k;
          } else if (move > B_SPLIT && move <= B_SPLIT + MAX_SPLIT) {
            int k = move - B_SPLIT;
            int p = wFrom + j - 1;
            for (int x = 1; x <= k; x++) {
              from[i - x] = p;
              to[i - x] = p;
              kind[i - x] = MatchKind.SPLIT;
            }
            i -= k;
            j--;
          } else if (move > B_PREFIX && move <= B_PREFIX + MAX_JOIN) {
            int k = move - B_PREFIX;
            from[i - 1] = wFrom + j - k;
            to[i - 1] = wFrom + j - 1;
            kind[i - 1] = MatchKind.PREFIX;
            cutEnd = prefixCut[j];
            i--;
            j -= k;
          } else {
            throw new AssertionError("no move at " + i + "," + j);
          }
        }
      }
    }
    return new Alignment(doc, total, from, to, kind, cutEnd);
  }

  private int[] rowA = new int[32];
  private int[] rowB = new int[32];
  private int[] rowC = new int[32];
  private char[] charsA = new char[32];
  private char[] charsB = new char[32];

  /**
   * A typo rather than another word: optimal-string-alignment distance (edits and swaps of two
   * neighbours, "oluis" ~ "louis") at most a third of the longer key.
   */
  boolean similar(String a, String b) {
    int la = a.length();
    int lb = b.length();
    int longer = Math.max(la, lb);
    if (Math.min(la, lb) < 2) {
      return false;
    }
    int limit = Math.max(1, longer / 3);
    if (Math.abs(la - lb) > limit) {
      return false;
    }
    if (rowA.length <= lb) {
      rowA = new int[lb + 1];
      rowB = new int[lb + 1];
      rowC = new int[lb + 1];
    }
    if (charsA.length < la || charsB.length < lb) {
      charsA = new char[Math.max(la, lb) * 2];
      charsB = new char[charsA.length];
    }
    // the keys' chars in arrays: String.charAt checks its index and coder on every call, which was
    // a third of this method's time in the job benchmark's profile
    final char[] ca = charsA;
    final char[] cb = charsB;
    a.getChars(0, la, ca, 0);
    b.getChars(0, lb, cb, 0);
    int[] before = rowC;
    int[] prev = rowA;
    int[] cur = rowB;
    for (int x = 0; x <= lb; x++) {
      prev[x] = x;
    }
    for (int y = 1; y <= la; y++) {
      cur[0] = y;
      int rowMin = y;
      char ay = ca[y - 1];
      for (int x = 1; x <= lb; x++) {
        char bx = cb[x - 1];
        int v = Math.min(prev[x - 1] + (ay == bx ? 0 : 1), Math.min(prev[x], cur[x - 1]) + 1);
        if (y > 1 && x > 1 && ay == cb[x - 2] && ca[y - 2] == bx) {
          v = Math.min(v, before[x - 2] + 1);
        }
        cur[x] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return false;
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[lb] <= limit;
  }
}

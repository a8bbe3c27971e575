// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.align;

/**
 * Anchors for aligning two long token sequences: the k-grams that occur exactly once in each, and
 * of those the longest chain in order in both (a longest increasing subsequence).
 *
 * <pre>{@code
 * AnchorChain chain = AnchorChain.create(); // one per thread, reused
 * int[] a = {5, 1, 2, 9, 3, 1};
 * int[] b = {1, 2, 7, 3, 5, 8};
 * chain.find(a, 0, a.length, b, 0, b.length, 1); // 2: the unique 2 (a[2], b[1]), then 3 (a[4], b[3])
 * // 5 is unique in both too, but it comes first in a and after 3 in b: off the chain
 * }</pre>
 *
 * <p>How: the k-grams of {@code a}'s range are hashed into an open-addressing table (a count and the
 * first position per hash), those of {@code b}'s range are counted only when {@code a} has them once;
 * a k-gram counted once on both sides whose tokens compare equal is an anchor (a hash collision can
 * only lose an anchor, never make a false one). Walking {@code a} in order gives the anchors sorted
 * by their position in {@code a}; patience sorting (one binary search per anchor over the smallest
 * tail of each chain length, with a back link per anchor) finds a longest chain strictly increasing
 * in {@code b} in O(c log c) for c anchors (Hunt and Szymanski 1977; Gusfield 1997, §12.5). The
 * whole search is O(n + m + c log c) time and O(n + m) memory for ranges of n and m tokens: no
 * n × m matrix. A unique k-gram is what a long noisy copy and its sibling share reliably: one word
 * in three wrong still leaves most trigrams of the copy intact, and a trigram seen once in each is
 * almost never a coincidence; the chain then drops the few that are.
 *
 * <p>Negative tokens in {@code a} (unknown words) are in no anchor. Not thread-safe: it owns scratch.
 */
public final class AnchorChain {
  private static final long EMPTY = 0L;

  private long[] keys = new long[0];
  private int[] countA = new int[0];
  private int[] countB = new int[0];
  private int[] posA = new int[0];
  private int[] posB = new int[0];
  private int[] anchorA = new int[16];
  private int[] anchorB = new int[16];
  private int[] tails = new int[16];
  private int[] links = new int[16];
  private int[] chainA = new int[16];
  private int[] chainB = new int[16];
  private int size;
  private long work;

  private AnchorChain() {}

  /** Creates a chain finder; it is not thread-safe, so create one per thread. */
  public static AnchorChain create() {
    return new AnchorChain();
  }

  /**
   * Finds the anchors of k-grams of {@code a[aFrom, aTo)} and {@code b[bFrom, bTo)}: the returned
   * count of them, read with {@link #a(int)} and {@link #b(int)}, strictly increasing in both.
   *
   * @throws IllegalArgumentException if {@code k < 1} or a range is reversed
   */
  public int find(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1: " + k);
    }
    if (aFrom > aTo || bFrom > bTo) {
      throw new IllegalArgumentException("reversed range");
    }
    size = 0;
    int grams = aTo - aFrom - k + 1;
    if (grams <= 0 || bTo - bFrom < k) {
      return 0;
    }
    int capacity = Integer.highestOneBit(Math.max(16, grams) * 2 - 1) << 1;
    prepare(capacity);
    final long[] t = keys;
    final int mask = capacity - 1;
    work += capacity + (aTo - aFrom) + (bTo - bFrom);
    for (int i = aFrom; i + k <= aTo; i++) {
      long h = hash(a, i, k);
      if (h == EMPTY) {
        continue; // holds an unknown token
      }
      int s = slot(t, h, mask);
      if (t[s] == EMPTY) {
        t[s] = h;
        posA[s] = i;
      }
      countA[s]++;
    }
    for (int j = bFrom; j + k <= bTo; j++) {
      long h = hash(b, j, k);
      if (h == EMPTY) {
        continue;
      }
      int s = slot(t, h, mask);
      if (t[s] == EMPTY || countA[s] != 1) {
        continue;
      }
      if (countB[s]++ == 0) {
        posB[s] = j;
      }
    }
    int c = 0;
    for (int i = aFrom; i + k <= aTo; i++) {
      long h = hash(a, i, k);
      if (h == EMPTY) {
        continue;
      }
      int s = slot(t, h, mask);
      if (countA[s] == 1 && countB[s] == 1 && posA[s] == i && same(a, i, b, posB[s], k)) {
        if (c == anchorA.length) {
          anchorA = java.util.Arrays.copyOf(anchorA, 2 * c);
          anchorB = java.util.Arrays.copyOf(anchorB, 2 * c);
        }
        anchorA[c] = i;
        anchorB[c] = posB[s];
        c++;
      }
    }
    size = longestChain(c);
    return size;
  }

  /** Position in {@code a} of anchor {@code t} of the last {@link #find}. */
  public int a(int t) {
    if (t < 0 || t >= size) {
      throw new IndexOutOfBoundsException(t);
    }
    return chainA[t];
  }

  /** Position in {@code b} of anchor {@code t} of the last {@link #find}. */
  public int b(int t) {
    if (t < 0 || t >= size) {
      throw new IndexOutOfBoundsException(t);
    }
    return chainB[t];
  }

  /** Table slots and tokens read since creation: a work counter for tests of linear time. */
  public long work() {
    return work;
  }

  /*
   * Patience sorting over anchors 0..c-1 (in increasing a): tails[len] is the anchor ending the
   * chain of length len + 1 with the smallest b so far; each anchor extends the longest chain whose
   * tail's b is smaller than its own, found by binary search since tails' b increase with len.
   */
  private int longestChain(int c) {
    if (tails.length < c) {
      tails = new int[c];
      links = new int[c];
    }
    final int[] bs = anchorB;
    int len = 0;
    for (int x = 0; x < c; x++) {
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (bs[tails[mid]] < bs[x]) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      links[x] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = x;
      if (lo == len) {
        len++;
      }
    }
    work += c;
    if (chainA.length < len) {
      chainA = new int[len];
      chainB = new int[len];
    }
    int x = len > 0 ? tails[len - 1] : -1;
    for (int t = len - 1; t >= 0; t--) {
      chainA[t] = anchorA[x];
      chainB[t] = bs[x];
      x = links[x];
    }
    return len;
  }

  private void prepare(int capacity) {
    if (keys.length < capacity) {
      keys = new long[capacity];
      countA = new int[capacity];
      countB = new int[capacity];
      posA = new int[capacity];
      posB = new int[capacity];
    } else {
      java.util.Arrays.fill(keys, 0, capacity, EMPTY);
      java.util.Arrays.fill(countA, 0, capacity, 0);
      java.util.Arrays.fill(countB, 0, capacity, 0);
    }
  }

  /** The slot holding {@code h}, or the empty slot where it would go (linear probing). */
  private static int slot(long[] t, long h, int mask) {
    int s = (int) (h ^ (h >>> 32)) & mask;
    while (t[s] != EMPTY && t[s] != h) {
      s = (s + 1) & mask;
    }
    return s;
  }

  /** A 64-bit hash of {@code x[from, from + k)}, never {@link #EMPTY}; EMPTY if a token is negative. */
  private static long hash(int[] x, int from, int k) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = from; i < from + k; i++) {
      int v = x[i];
      if (v < 0) {
        return EMPTY;
      }
      h = (h ^ v) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 29;
    }
    h *= 0x94D049BB133111EBL;
    h ^= h >>> 31;
    return h == EMPTY ? 1 : h;
  }

  private static boolean same(int[] a, int i, int[] b, int j, int k) {
    for (int x = 0; x < k; x++) {
      if (a[i + x] != b[j + x]) {
        return false;
      }
    }
    return true;
  }
}

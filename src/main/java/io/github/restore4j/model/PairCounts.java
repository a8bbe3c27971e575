// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.model;

import java.util.Arrays;

/**
 * Counts of ordered pairs of form ids ({@code prev}, {@code next}) in an open-addressing table of
 * {@code long} keys ({@code prev << 32 | next}) and {@code int} counts: no boxing, one probe
 * sequence per look-up in the decoder's transition loop. Key 0 marks an empty slot, which is safe
 * because {@code next} is never 0 (id 0 is the sentence start, which never follows anything).
 * Not thread-safe while counting; read-only use after is.
 */
final class PairCounts {
  private long[] keys;
  private int[] counts;
  private int size;

  PairCounts(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    counts = new int[cap];
  }

  static long key(int prev, int next) {
    return ((long) prev << 32) | (next & 0xFFFFFFFFL);
  }

  static int prev(long key) {
    return (int) (key >>> 32);
  }

  static int next(long key) {
    return (int) key;
  }

  int size() {
    return size;
  }

  /** The count of {@code (prev, next)}, 0 when never seen. */
  int get(int prev, int next) {
    long k = key(prev, next);
    long[] t = keys;
    int mask = t.length - 1;
    for (int i = slot(k) & mask; ; i = (i + 1) & mask) {
      long s = t[i];
      if (s == k) {
        return counts[i];
      }
      if (s == 0) {
        return 0;
      }
    }
  }

  /** Adds {@code by} to the count of {@code (prev, next)}. */
  void add(int prev, int next, int by) {
    assert next != 0;
    long k = key(prev, next);
    int mask = keys.length - 1;
    int i = slot(k) & mask;
    while (keys[i] != 0 && keys[i] != k) {
      i = (i + 1) & mask;
    }
    if (keys[i] == 0) {
      keys[i] = k;
      size++;
      counts[i] = by;
      if (2 * size > keys.length) {
        grow();
      }
      return;
    }
    counts[i] += by;
  }

  /** Every pair key, in table order (for iteration with {@link #get}). */
  long[] keys() {
    long[] out = new long[size];
    int n = 0;
    for (long k : keys) {
      if (k != 0) {
        out[n++] = k;
      }
    }
    Arrays.sort(out);
    return out;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long k = oldKeys[j];
      if (k != 0) {
        int i = slot(k) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        counts[i] = oldCounts[j];
      }
    }
  }

  private static int slot(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) ^ (int) h;
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

/**
 * Stable hashing and a tiny random generator for the seeded stages (typos, compound joining).
 *
 * <p>Everything here is specified bit for bit (64-bit FNV-1a over UTF-16 chars; the SplitMix64
 * finalizer and sequence of Steele, Lea and Flood 2014), so a seed gives the same output on every JVM
 * and in every version of restore4j that keeps these functions. {@code String.hashCode} and
 * {@code java.util.Random} are avoided: the first has 32 bits only, the second ties the output to
 * one JDK class's algorithm.
 */
final class Mix {
  private static final long FNV_OFFSET = 0xCBF29CE484222325L;
  private static final long FNV_PRIME = 0x100000001B3L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private long state;

  Mix(long state) {
    this.state = state;
  }

  /** 64-bit FNV-1a of the chars of {@code s}, continuing from {@code h}. */
  static long fnv(long h, CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  static long fnv(CharSequence s) {
    return fnv(FNV_OFFSET, s);
  }

  /** The SplitMix64 finalizer: a bijection that spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A uniform double in [0, 1) from the top 53 bits of {@code z}. */
  static double unit(long z) {
    return (z >>> 11) * 0x1.0p-53;
  }

  /** Next value of the SplitMix64 sequence. */
  long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  double nextDouble() {
    return unit(nextLong());
  }

  /** Uniform in [0, bound) for a small positive bound (the modulo bias is below 2^-50). */
  int nextInt(int bound) {
    assert bound > 0 : bound;
    return (int) Long.remainderUnsigned(nextLong(), bound);
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

/**
 * The evaluation's seeded random choices: SplitMix64 (Steele, Lea and Flood 2014), specified bit
 * for bit so that a seed gives the same shuffles, editions and samples on every JVM
 * ({@code java.util.Random} would tie reports to one JDK class). Not thread-safe: one per use.
 *
 * <pre>{@code
 * Rng r = Rng.of(1, "ru-factrueval", "shuffled", 7);   // seed, then anything that names the use
 * r.nextInt(10)   // the same value on every run
 * }</pre>
 */
final class Rng {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private long state;

  private Rng(long state) {
    this.state = state;
  }

  /** A generator for the run's {@code seed} and a use named by {@code parts} (strings and numbers). */
  static Rng of(long seed, Object... parts) {
    long h = mix(seed ^ 0x5DEECE66DL);
    for (Object p : parts) {
      String s = String.valueOf(p);
      for (int i = 0; i < s.length(); i++) {
        h = (h ^ s.charAt(i)) * 0x100000001B3L; // FNV-1a step
      }
      h = mix(h ^ 0x1F);
    }
    return new Rng(h);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound) (modulo bias below 2^-40 for the small bounds used here). */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return (int) ((nextLong() >>> 1) % bound);
  }

  /** Shuffles {@code list} in place (Fisher–Yates). */
  <T> void shuffle(java.util.List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}

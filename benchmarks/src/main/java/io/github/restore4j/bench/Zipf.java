// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.bench;

import java.util.SplittableRandom;

/**
 * Token ids 0..n-1 with P(id) proportional to 1 / (id + 1)^s, sampled by binary search in the
 * cumulative weights: word frequencies in natural text follow this with s close to 1.
 *
 * <pre>{@code
 * new Zipf(50_000, 1.0).sample(new SplittableRandom(1), 3)  // e.g. {0, 27, 4}: small ids dominate
 * }</pre>
 */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double s) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1: " + n);
    }
    cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / Math.pow(i + 1, s);
      cumulative[i] = sum;
    }
  }

  int next(SplittableRandom random) {
    final double u = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      final int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  int[] sample(SplittableRandom random, int count) {
    final int[] ids = new int[count];
    for (int i = 0; i < count; i++) {
      ids[i] = next(random);
    }
    return ids;
  }
}

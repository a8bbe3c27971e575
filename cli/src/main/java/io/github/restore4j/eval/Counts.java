// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

/**
 * Matches between predicted and expected items (punctuation marks of one class, number tokens),
 * for precision, recall and F1.
 *
 * <pre>{@code
 * Counts c = Counts.of(8, 10, 9);   // 8 of 10 predicted marks are right, 8 of 9 expected were found
 * c.precision()  // 0.8
 * c.recall()     // 0.888…
 * c.f1()         // 0.842…
 * Counts.empty().precision()  // NaN: nothing predicted
 * }</pre>
 *
 * @param truePositives predicted items that are expected too
 * @param predicted     items in the output
 * @param expected      items in the reference
 */
public record Counts(long truePositives, long predicted, long expected) {
  private static final Counts EMPTY = new Counts(0, 0, 0);

  public Counts {
    if (truePositives < 0 || truePositives > predicted || truePositives > expected) {
      throw new IllegalArgumentException(
          "true positives " + truePositives + " must be from 0 to predicted " + predicted + " and expected " + expected);
    }
  }

  public static Counts of(long truePositives, long predicted, long expected) {
    return new Counts(truePositives, predicted, expected);
  }

  public static Counts empty() {
    return EMPTY;
  }

  /** True positives over predicted; NaN when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? Double.NaN : (double) truePositives / predicted;
  }

  /** True positives over expected; NaN when nothing was expected. */
  public double recall() {
    return expected == 0 ? Double.NaN : (double) truePositives / expected;
  }

  /** The harmonic mean of precision and recall, 2tp / (predicted + expected); NaN when both are 0. */
  public double f1() {
    return predicted + expected == 0 ? Double.NaN : 2.0 * truePositives / (predicted + expected);
  }

  /** The sum of both counts (micro-averaging). */
  public Counts plus(Counts other) {
    return new Counts(truePositives + other.truePositives, predicted + other.predicted, expected + other.expected);
  }
}

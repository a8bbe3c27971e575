// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import java.util.Objects;

/**
 * A word whose form the fallback model chose, where no sibling covered it
 * ({@link RestoreOptions.Builder#fallback}).
 *
 * <pre>{@code
 * line.input()     // "tieng viet"
 * line.output()    // "Tiếng Việt"
 * line.modeled()   // [ModeledWord[start=0, end=5, form=Tiếng, confidence=0.98], ModeledWord[start=6, end=10, ...]]
 * }</pre>
 *
 * @param start      where the word starts in the degraded line ({@link RestoredLine#input()}), 0-based
 * @param end        where it ends (exclusive)
 * @param form       the form the model gave it in the output
 * @param confidence the model's confidence in that form, in [0, 1] (its max-marginal share among the
 *                   word's forms; at least the fallback's threshold)
 */
public record ModeledWord(int start, int end, String form, double confidence) {
  /**
   * Checks the offsets and the confidence.
   *
   * @param start      where the word starts in the degraded line
   * @param end        where it ends (exclusive), after {@code start}
   * @param form       the model's form
   * @param confidence in [0, 1]
   */
  public ModeledWord {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad word offsets [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(form, "form");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
  }
}

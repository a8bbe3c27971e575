// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import java.util.List;
import java.util.Objects;

/**
 * What one step did to a text: how many places it changed and the first few of them.
 *
 * <pre>{@code
 * new AppliedStep(Step.TONES, "invalid tone placement repaired", 1, List.of(new Change("noí", "nói")))
 * }</pre>
 *
 * <p>A step that does several kinds of things reports one {@code AppliedStep} per kind
 * ({@code "NFC"}, {@code "invisible characters removed"}). Immutable and thread-safe.
 *
 * @param description what was done, in a few words
 * @param count how many places changed (words, characters or lines, as the description says)
 * @param examples up to {@link #MAX_EXAMPLES} of them, in text order
 */
public record AppliedStep(Step step, String description, int count, List<Change> examples) {
  /** The most examples an {@code AppliedStep} keeps. */
  public static final int MAX_EXAMPLES = 3;

  /**
   * Checks the components and copies {@code examples}.
   *
   * @param step        the step
   * @param description what was done
   * @param count       how many places changed, at least 1
   * @param examples    at most {@code min(count, MAX_EXAMPLES)} of them
   * @throws IllegalArgumentException if {@code count < 1} or there are too many examples
   * @throws NullPointerException if {@code step}, {@code description} or {@code examples} is null
   */
  public AppliedStep {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(description, "description");
    examples = List.copyOf(examples);
    if (count < 1 || examples.size() > Math.min(count, MAX_EXAMPLES)) {
      throw new IllegalArgumentException("count " + count + " with " + examples.size() + " examples");
    }
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import java.util.Objects;

/**
 * One example of what a step changed: the stretch of text before and after.
 *
 * <pre>{@code
 * new Change("noí", "nói")
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public record Change(String before, String after) {
  /**
   * Checks the components.
   *
   * @param before the text as it was
   * @param after  the text as the step left it
   * @throws IllegalArgumentException if {@code before} equals {@code after}
   * @throws NullPointerException if an argument is null
   */
  public Change {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.equals(after)) {
      throw new IllegalArgumentException("a change must change something: " + before);
    }
  }
}

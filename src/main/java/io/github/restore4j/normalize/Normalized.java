// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import java.util.List;
import java.util.Objects;

/**
 * A normalized text and the steps that changed it, like ftfy's {@code fix_and_explain}.
 *
 * <pre>{@code
 * Normalized r = TextNormalizer.defaults().normalizeAndExplain("Xin chaøo caùc baïn");
 * r.text()   // "Xin chào các bạn"
 * r.steps()  // [AppliedStep[step=LEGACY_VIETNAMESE, description=VNI read as windows-1252, count=3, ...]]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param steps the steps that changed something, in the order they ran; empty for clean text
 */
public record Normalized(String text, List<AppliedStep> steps) {
  /**
   * Checks the components and copies {@code steps}.
   *
   * @param text  the normalized text
   * @param steps the steps that changed something
   * @throws NullPointerException if an argument is null
   */
  public Normalized {
    Objects.requireNonNull(text, "text");
    steps = List.copyOf(steps);
  }

  /**
   * Whether no step changed anything.
   *
   * @return {@code true} when {@link #text()} is the input
   */
  public boolean unchanged() {
    return steps.isEmpty();
  }
}

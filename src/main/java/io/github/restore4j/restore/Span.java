// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

/**
 * A 0-based, half-open range of UTF-16 offsets into a sibling's text as the caller passed it
 * ({@link Sibling#text()}, not the pool's repaired copy), so {@code text.substring(start, end)}
 * is the stretch a line was restored from.
 *
 * <pre>{@code
 * Span.of(3, 9).length()  // 6
 * Span.UNTRACKED.isTracked()  // false
 * }</pre>
 */
public record Span(int start, int end) {
  /** The span of something that came from no sibling. */
  public static final Span UNTRACKED = new Span(-1, -1);

  /**
   * Checks the offsets.
   *
   * @param start the first offset, or -1 for {@link #UNTRACKED}
   * @param end   the offset after the last, or -1 for {@link #UNTRACKED}
   * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}, unless both are -1
   */
  public Span {
    if (!(start == -1 && end == -1) && (start < 0 || end < start)) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /**
   * The span {@code [start, end)}.
   *
   * @param start the first offset
   * @param end   the offset after the last
   * @return the span
   * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}, unless both are -1
   */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /**
   * Whether this span points into a sibling.
   *
   * @return {@code false} for {@link #UNTRACKED}
   */
  public boolean isTracked() {
    return start >= 0;
  }

  /**
   * The number of UTF-16 units the span covers.
   *
   * @return {@code end - start} (0 for {@link #UNTRACKED})
   */
  public int length() {
    return end - start;
  }
}

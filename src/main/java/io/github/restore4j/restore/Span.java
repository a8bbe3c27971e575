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

  public Span {
    if (!(start == -1 && end == -1) && (start < 0 || end < start)) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public boolean isTracked() {
    return start >= 0;
  }

  public int length() {
    return end - start;
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one line splitter of restore4j (restoration, degradation, evaluation): a line ends at
 * {@code \r\n}, {@code \n}, {@code \r}, U+0085 (next line), U+2028 (line separator) or U+2029
 * (paragraph separator). {@code \r\n} is one break, {@code \n\r} two.
 *
 * <pre>{@code
 * Lines.split("a\r\nb\n")                // ["a", "b"]
 * Lines.of("a\r\nb\u2028c")              // [("a", "\r\n"), ("b", "\u2028"), ("c", "")]
 * Lines.endsWithBreak("a\n")             // true
 * }</pre>
 *
 * <p>Restoration writes each line followed by its own separator ({@link Line#separator()}), so a
 * CRLF file stays CRLF and a file mixing separators keeps each where it was: the separators are
 * part of the copy's form, which restoration never changes. Stateless and thread-safe.
 */
public final class Lines {
  private Lines() {}

  /**
   * One line and the separator that ends it ({@code ""} for a last line without one).
   *
   * @param text      the line, without its separator
   * @param separator the characters that end it: one of the breaks above, or empty
   */
  public record Line(String text, String separator) {}

  /** The lines of {@code text}; a final line break does not make an empty last line. */
  public static List<String> split(String text) {
    List<Line> lines = of(text);
    List<String> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      out.add(line.text());
    }
    return out;
  }

  /**
   * The lines of {@code text} with their separators; concatenating every {@code text + separator}
   * gives {@code text} back. A final line break does not make an empty last line; an empty text has
   * no line.
   */
  public static List<Line> of(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      int len = breakLength(text, i);
      if (len > 0) {
        lines.add(new Line(text.substring(start, i), text.substring(i, i + len)));
        i += len - 1;
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(new Line(text.substring(start), ""));
    }
    return lines;
  }

  /** Whether {@code text} ends with a line break. */
  public static boolean endsWithBreak(String text) {
    return !text.isEmpty() && isBreak(text.charAt(text.length() - 1));
  }

  /** How many characters the line break at {@code text[i]} has: 0 if none, 2 for {@code \r\n}. */
  private static int breakLength(String text, int i) {
    char c = text.charAt(i);
    if (!isBreak(c)) {
      return 0;
    }
    return c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}

package io.github.restore4j.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines as restore4j's degradation cuts them: at {@code \n}, {@code \r\n}, {@code \r}, U+0085,
 * U+2028 and U+2029.
 *
 * <pre>{@code
 * Lines.split("a\r\nb\n")   // ["a", "b"]
 * Lines.endsWithBreak("a\n") // true
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Lines {
  private Lines() {}

  /** The lines of {@code text}; a final line break does not make an empty last line. */
  public static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isBreak(c)) {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** Whether {@code text} ends with a line break. */
  public static boolean endsWithBreak(String text) {
    return !text.isEmpty() && isBreak(text.charAt(text.length() - 1));
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}

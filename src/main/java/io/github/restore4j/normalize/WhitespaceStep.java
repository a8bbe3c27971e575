// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

/**
 * Step 2: whitespace that changes no meaning. Output keeps the normal form of its input.
 *
 * <ul>
 *   <li>Line breaks {@code \r\n}, {@code \r}, U+2028, U+2029, U+0085 and VT become {@code \n}.
 *   <li>Spaces and tabs at the end of a line (and of the text) are removed.
 *   <li>A run of two or more spaces inside a line becomes one: a no-break space when the run held
 *       one and {@link SpaceStyle#KEEP} is chosen, else U+0020. Runs with a tab (columns) and the
 *       indentation at the start of a line are left alone.
 *   <li>With {@link SpaceStyle#PLAIN}, every other space separator becomes U+0020.
 * </ul>
 */
final class WhitespaceStep {
  private static final int CONTEXT = 10;

  private final boolean plain;

  WhitespaceStep(SpaceStyle spaces) {
    this.plain = spaces == SpaceStyle.PLAIN;
  }

  /** Space separators and tab; not line breaks. */
  static boolean isHorizontalSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c == '\t';
    }
    return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
        || c == '\u205F' || c == '\u3000';
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isNoBreak(char c) {
    return c == '\u00A0' || c == '\u202F' || c == '\u2007';
  }

  String apply(String s, ChangeLog log) {
    Edits edits = new Edits(s);
    fix(s, 0, s.length(), edits, log);
    return edits.result();
  }

  /**
   * {@link #apply} on the lines of {@code s} that {@link Prescan#scanLines} recorded with a flag
   * of {@code mask}; the same result, since every change stays within a line (a {@code \r\n}
   * that ends one is read through its {@code \n}).
   *
   * @param lines {@link Prescan#lines()}: start, end, flags per line
   */
  String applyToLines(String s, int[] lines, int lineCount, int mask, ChangeLog log) {
    Edits edits = new Edits(s);
    for (int k = 0; k < lineCount; k++) {
      if ((lines[3 * k + 2] & mask) != 0) {
        fix(s, lines[3 * k], lines[3 * k + 1], edits, log);
      }
    }
    return edits.result();
  }

  /** The changes to {@code s[from, to)}, which ends at a line feed or the end of {@code s}. */
  private void fix(String s, int from, int to, Edits edits, ChangeLog log) {
    final int n = s.length();
    int i = from;
    while (i < to) {
      int lineEnd = i;
      while (lineEnd < to && !isLineBreak(s.charAt(lineEnd))) {
        lineEnd++;
      }
      line(s, i, lineEnd, edits, log);
      if (lineEnd == to) {
        break;
      }
      char c = s.charAt(lineEnd);
      int breakEnd = c == '\r' && lineEnd + 1 < n && s.charAt(lineEnd + 1) == '\n' ? lineEnd + 2 : lineEnd + 1;
      if (c != '\n') {
        edits.replace(lineEnd, breakEnd, '\n');
        if (log != null) {
          log.record(Step.WHITESPACE, "line breaks normalized to \\n", s.substring(lineEnd, breakEnd), "\n");
        }
      }
      i = breakEnd;
    }
  }

  private void line(String s, int start, int end, Edits edits, ChangeLog log) {
    int contentEnd = end;
    while (contentEnd > start && isHorizontalSpace(s.charAt(contentEnd - 1))) {
      contentEnd--;
    }
    int k = start;
    while (k < contentEnd && isHorizontalSpace(s.charAt(k))) {
      k++;
    }
    if (plain) {
      for (int j = start; j < k; j++) {
        plainSpace(s, j, edits, log);
      }
    }
    while (k < contentEnd) {
      char c = s.charAt(k);
      if (!isHorizontalSpace(c)) {
        k++;
        continue;
      }
      int runEnd = k + 1;
      boolean tab = c == '\t';
      char noBreak = isNoBreak(c) ? c : 0;
      while (isHorizontalSpace(c = s.charAt(runEnd))) { // contentEnd ends on a non-space
        tab |= c == '\t';
        if (noBreak == 0 && isNoBreak(c)) {
          noBreak = c;
        }
        runEnd++;
      }
      if (runEnd - k >= 2 && !tab) {
        char one = noBreak != 0 && !plain ? noBreak : ' ';
        edits.replace(k, runEnd, one);
        if (log != null) {
          log.record(Step.WHITESPACE, "runs of spaces collapsed", context(s, start, end, k, runEnd, ""),
              context(s, start, end, k, runEnd, String.valueOf(one)));
        }
      } else if (plain) {
        for (int j = k; j < runEnd; j++) {
          plainSpace(s, j, edits, log);
        }
      }
      k = runEnd;
    }
    if (contentEnd < end) {
      edits.replace(contentEnd, end, "");
      if (log != null) {
        log.record(Step.WHITESPACE, "trailing whitespace removed",
            s.substring(Math.max(start, contentEnd - CONTEXT), end),
            s.substring(Math.max(start, contentEnd - CONTEXT), contentEnd));
      }
    }
  }

  private static void plainSpace(String s, int j, Edits edits, ChangeLog log) {
    char c = s.charAt(j);
    if (c != ' ' && c != '\t') {
      edits.replace(j, j + 1, ' ');
      if (log != null) {
        log.record(Step.WHITESPACE, "space separators made plain", String.valueOf(c), " ");
      }
    }
  }

  /** The run with a little of its line around it, the run replaced by {@code middle} when given. */
  private static String context(String s, int lineStart, int lineEnd, int from, int to, String middle) {
    int a = Math.max(lineStart, from - CONTEXT);
    int b = Math.min(lineEnd, to + CONTEXT);
    return middle.isEmpty() ? s.substring(a, b) : s.substring(a, from) + middle + s.substring(to, b);
  }
}

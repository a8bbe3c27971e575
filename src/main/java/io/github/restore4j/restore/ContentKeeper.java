// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

/**
 * Keeps the copy's own content between and around its pieces ({@link CopyContent}: symbols, emoji,
 * numbers the copy kept) where the draft took the sibling's text there instead: a sibling separator
 * that lacks it gets the copy's content merged in, in the copy's place relative to the sibling's
 * punctuation. Where the sibling's text has content of its own that the copy's is not part of, the
 * copy's separator stands as it is.
 *
 * <pre>{@code
 * // "một phần lãnh thổ 👍" against "Giúp Azerbaijan giành lại một phần lãnh thổ."
 * keeper.keep(line, draft).assemble()   // "một phần lãnh thổ. 👍"
 * }</pre>
 *
 * Stateless and thread-safe.
 */
final class ContentKeeper {
  private ContentKeeper() {}

  /** {@code d}, or a copy of it whose separators hold the copy's content. */
  static Draft keep(LinePlan line, Draft d) {
    Draft out = d;
    int m = line.size;
    for (int i = 0; i <= m; i++) {
      String copy = line.separator(i);
      if (copy.equals(d.sep[i])) {
        continue;
      }
      String merged = merge(d.sep[i], copy, i == 0, i == m);
      if (merged != d.sep[i]) {
        if (out == d) {
          out = d.copy();
        }
        out.sep[i] = merged;
      }
    }
    return out;
  }

  /**
   * The sibling's separator {@code sib} with the content of the copy's {@code copy}: unchanged when
   * it already holds that content in order; else the copy's content run (from its first content code
   * point to its last, with whatever the copy has between) goes after a leading edge, before a
   * trailing edge, and into an inner separator after the punctuation glued to the previous piece,
   * with one space on each side where the copy has white space there.
   */
  static String merge(String sib, String copy, boolean leading, boolean trailing) {
    String content = CopyContent.of(copy);
    if (content.isEmpty()) {
      return sib;
    }
    String sibContent = CopyContent.of(sib);
    if (CopyContent.isSubsequence(content, sibContent)) {
      return sib;
    }
    if (!sibContent.isEmpty()) {
      return copy;
    }
    int a = -1;
    int b = -1;
    int prev = -1;
    for (int i = 0, n = copy.length(); i < n; ) {
      int cp = copy.codePointAt(i);
      int len = Character.charCount(cp);
      if (CopyContent.isContent(cp, prev)) {
        if (a < 0) {
          a = i;
        }
        b = i + len;
      }
      prev = cp;
      i += len;
    }
    String core = copy.substring(a, b);
    String before = a > 0 && WordForms.isSpace(copy.charAt(a - 1)) ? " " : "";
    String after = b < copy.length() && WordForms.isSpace(copy.charAt(b)) ? " " : "";
    if (leading) {
      return trailing ? sib + before + core + after : core + after + sib;
    }
    if (trailing) {
      return sib + before + core;
    }
    int w = 0;
    while (w < sib.length() && !WordForms.isSpace(sib.charAt(w))) {
      w++;
    }
    if (w == sib.length()) {
      return copy; // no space in the sibling's text: a joiner ("-", "'"), the copy's own spacing stands
    }
    int t = w;
    while (t < sib.length() && WordForms.isSpace(sib.charAt(t))) {
      t++;
    }
    String head = sib.substring(0, w);
    String tail = sib.substring(t);
    String right = after.isEmpty() && tail.isEmpty() ? "" : " ";
    return head + before + core + right + tail;
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

/**
 * Copy-on-first-change rewriting of a string: replacements arrive in increasing, non-overlapping
 * order, and nothing is allocated until the first one. {@link #result()} returns the source itself
 * when there was none. One per call, never shared between threads.
 */
final class Edits {
  private final String source;
  private StringBuilder out;
  private int copied;

  Edits(String source) {
    this.source = source;
  }

  void replace(int start, int end, CharSequence replacement) {
    assert start >= copied && end >= start : start + ".." + end + " after " + copied;
    if (out == null) {
      out = new StringBuilder(source.length() + 16);
    }
    out.append(source, copied, start).append(replacement);
    copied = end;
  }

  void replace(int start, int end, char replacement) {
    assert start >= copied && end >= start : start + ".." + end + " after " + copied;
    if (out == null) {
      out = new StringBuilder(source.length() + 16);
    }
    out.append(source, copied, start).append(replacement);
    copied = end;
  }

  boolean changed() {
    return out != null;
  }

  String result() {
    if (out == null) {
      return source;
    }
    return out.append(source, copied, source.length()).toString();
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

/**
 * A line rendered from one choice of places: its pieces and the text between them, before
 * candidates that disagree are reconciled and the line is assembled. Each rendering stage that
 * changes a draft works on a {@link #copy()}, so the draft a stage was given stays as it was.
 */
final class Draft {
  /** Output form of each degraded piece. */
  final String[] piece;
  /** Text before piece 0 ({@code sep[0]}), between pieces, and after the last ({@code sep[size]}). */
  final String[] sep;
  /** Whether {@code sep[i]} came from a sibling. */
  final boolean[] sepFromSibling;
  int doc = -1;
  int spanStart = -1;
  int spanEnd = -1;

  Draft(int size) {
    piece = new String[size];
    sep = new String[size + 1];
    sepFromSibling = new boolean[size + 1];
  }

  /** A copy a later stage may change without touching this draft. */
  Draft copy() {
    Draft c = new Draft(piece.length);
    System.arraycopy(piece, 0, c.piece, 0, piece.length);
    System.arraycopy(sep, 0, c.sep, 0, sep.length);
    System.arraycopy(sepFromSibling, 0, c.sepFromSibling, 0, sepFromSibling.length);
    c.doc = doc;
    c.spanStart = spanStart;
    c.spanEnd = spanEnd;
    return c;
  }

  String assemble() {
    StringBuilder sb = new StringBuilder();
    sb.append(sep[0]);
    for (int i = 0; i < piece.length; i++) {
      sb.append(piece[i]).append(sep[i + 1]);
    }
    return sb.toString();
  }
}

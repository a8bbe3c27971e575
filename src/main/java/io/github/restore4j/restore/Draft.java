package io.github.restore4j.restore;

/**
 * A line rendered from one choice of places: its pieces and the text between them, before
 * candidates that disagree are reconciled and the line is assembled.
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

  String assemble() {
    StringBuilder sb = new StringBuilder();
    sb.append(sep[0]);
    for (int i = 0; i < piece.length; i++) {
      sb.append(piece[i]).append(sep[i + 1]);
    }
    return sb.toString();
  }
}

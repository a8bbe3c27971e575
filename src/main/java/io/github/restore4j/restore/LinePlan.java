package io.github.restore4j.restore;

import io.github.restore4j.index.Vocabulary;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Pieces;

/** One degraded line cut into pieces, with their folding keys and pool key ids. */
final class LinePlan {
  final int index;
  final String text;
  final int[] start;
  final int[] end;
  final String[] keys;
  final int[] ids;
  final int size;
  private final String[] pieces;

  LinePlan(int index, String text, Folding folding, Vocabulary vocabulary) {
    this.index = index;
    this.text = text;
    Pieces pieces = Pieces.of(text);
    int n = pieces.size();
    int[] s = new int[n];
    int[] e = new int[n];
    String[] k = new String[n];
    int[] id = new int[n];
    int m = 0;
    // Keys are folded into one builder and looked up by content: a known key takes the
    // vocabulary's own String, so only unknown keys cost one.
    StringBuilder buf = new StringBuilder(32);
    for (int i = 0; i < n; i++) {
      buf.setLength(0);
      folding.appendKey(text, pieces.start(i), pieces.end(i), buf);
      if (buf.length() == 0) {
        continue; // e.g. digits in a copy that otherwise has none: treated as punctuation
      }
      int known = vocabulary.id(buf);
      s[m] = pieces.start(i);
      e[m] = pieces.end(i);
      k[m] = known >= 0 ? vocabulary.key(known) : buf.toString();
      id[m] = known;
      m++;
    }
    this.start = java.util.Arrays.copyOf(s, m);
    this.end = java.util.Arrays.copyOf(e, m);
    this.keys = java.util.Arrays.copyOf(k, m);
    this.ids = java.util.Arrays.copyOf(id, m);
    this.size = m;
    this.pieces = new String[m];
  }

  /** The text of piece {@code i} (cut once, then reused). */
  String piece(int i) {
    String p = pieces[i];
    if (p == null) {
      p = text.substring(start[i], end[i]);
      pieces[i] = p;
    }
    return p;
  }

  /** The degraded text between piece {@code i - 1} and piece {@code i} (edges for 0 and size). */
  String separator(int i) {
    int from = i == 0 ? 0 : end[i - 1];
    int to = i == size ? text.length() : start[i];
    return text.substring(from, to);
  }
}

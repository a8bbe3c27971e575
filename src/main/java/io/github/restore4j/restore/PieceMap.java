// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import java.util.Arrays;

/** Per piece of a whole line: the document, clean stream range and kind it was aligned to. */
final class PieceMap {
  final int[] doc;
  final int[] from;
  final int[] to;
  final MatchKind[] kind;
  final int[] cutEnd;

  PieceMap(int size) {
    doc = new int[size];
    from = new int[size];
    to = new int[size];
    kind = new MatchKind[size];
    cutEnd = new int[size];
    Arrays.fill(kind, MatchKind.NONE);
    Arrays.fill(doc, -1);
    Arrays.fill(from, -1);
    Arrays.fill(to, -1);
    Arrays.fill(cutEnd, -1);
  }

  PieceMap copy() {
    PieceMap c = new PieceMap(doc.length);
    System.arraycopy(doc, 0, c.doc, 0, doc.length);
    System.arraycopy(from, 0, c.from, 0, doc.length);
    System.arraycopy(to, 0, c.to, 0, doc.length);
    System.arraycopy(kind, 0, c.kind, 0, doc.length);
    System.arraycopy(cutEnd, 0, c.cutEnd, 0, doc.length);
    return c;
  }

  /** Writes a segment's alignment, starting at piece {@code offset}. */
  void put(int offset, Alignment a) {
    for (int i = 0; i < a.kind.length; i++) {
      int k = offset + i;
      kind[k] = a.kind[i];
      if (a.kind[i].mapped()) {
        doc[k] = a.doc;
        from[k] = a.from[i];
        to[k] = a.to[i];
        cutEnd[k] = a.kind[i] == MatchKind.PREFIX ? a.cutEnd : -1;
      }
    }
  }

  boolean mapped(int i) {
    return kind[i].mapped();
  }
}

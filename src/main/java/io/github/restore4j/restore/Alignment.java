// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

/**
 * Where the pieces of one segment of a degraded line sit in the pool: per piece, the stream range
 * of clean pieces it corresponds to and how.
 */
final class Alignment {
  final int doc;
  final int cost;
  final int[] from;
  final int[] to;
  final MatchKind[] kind;
  /** For a {@link MatchKind#PREFIX} piece, the end offset of the cut in the sibling text. */
  final int cutEnd;
  /** Whether a line's first piece sits at a sentence start here (set by the segment aligner). */
  boolean sentenceStart;
  /** Whether a line's last piece ends a sentence here (set by the segment aligner). */
  boolean sentenceEnd;
  /**
   * {@link #first()} and {@link #last()} in the stream where places of lines keyed under different
   * foldings are compared, when {@link Keyings#place} set them; unset (the same as those) for a line
   * keyed under the restoration's reference folding, which is every line of most copies.
   */
  private int placeFirst = UNSET;
  private int placeLast = UNSET;
  private static final int UNSET = Integer.MIN_VALUE;

  Alignment(int doc, int cost, int[] from, int[] to, MatchKind[] kind, int cutEnd) {
    this.doc = doc;
    this.cost = cost;
    this.from = from;
    this.to = to;
    this.kind = kind;
    this.cutEnd = cutEnd;
  }

  /** {@link #first()} in the stream places are compared in ({@link Keyings}). */
  int placeFirst() {
    return placeFirst == UNSET ? first() : placeFirst;
  }

  /** {@link #last()} in the stream places are compared in ({@link Keyings}). */
  int placeLast() {
    return placeLast == UNSET ? last() : placeLast;
  }

  /** Sets this place's first and last piece in the reference stream ({@link Keyings#place}). */
  void place(int first, int last) {
    placeFirst = first;
    placeLast = last;
  }

  /** Pieces {@code [p, p + m)} of the stream, key for key: an unchanged place. */
  static Alignment exact(int doc, int p, int m) {
    int[] from = new int[m];
    int[] to = new int[m];
    MatchKind[] kind = new MatchKind[m];
    for (int k = 0; k < m; k++) {
      from[k] = p + k;
      to[k] = p + k;
      kind[k] = MatchKind.EXACT;
    }
    return new Alignment(doc, 0, from, to, kind, -1);
  }

  int first() {
    for (int i = 0; i < kind.length; i++) {
      if (kind[i].mapped()) {
        return from[i];
      }
    }
    return -1;
  }

  int last() {
    for (int i = kind.length - 1; i >= 0; i--) {
      if (kind[i].mapped()) {
        return to[i];
      }
    }
    return -1;
  }

  /** Whether piece {@code i} matched by form ({@link MatchKind#matchedByForm()}). */
  boolean matchedByForm(int i) {
    return kind[i].matchedByForm();
  }

  /** Pieces matched by form (exact, joined or cut), with typos counted half. */
  double matchedWeight() {
    double w = 0;
    for (MatchKind k : kind) {
      w += k.weight();
    }
    return w;
  }

  /** The alignment of pieces {@code [from, to)} only. */
  Alignment slice(int lo, int hi) {
    boolean keepsCut = kind.length > 0 && hi == kind.length && kind[kind.length - 1] == MatchKind.PREFIX;
    return new Alignment(doc, cost, java.util.Arrays.copyOfRange(from, lo, hi),
        java.util.Arrays.copyOfRange(to, lo, hi), java.util.Arrays.copyOfRange(kind, lo, hi),
        keepsCut ? cutEnd : -1);
  }

  boolean sameAs(Alignment o) {
    return doc == o.doc && java.util.Arrays.equals(from, o.from) && java.util.Arrays.equals(to, o.to)
        && java.util.Arrays.equals(kind, o.kind);
  }
}

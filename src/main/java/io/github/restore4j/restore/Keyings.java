// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.text.Folding;

/**
 * The pool keyed under every folding the lines of one restoration use ({@link DegradedProfile} is
 * decided per line), and the one stream in which their places are compared.
 *
 * <p>Why a reference stream: an alignment's positions are piece positions in its folding's
 * {@link PoolIndex} stream, and the streams of two foldings are not the same sequence. A piece of
 * digits only ({@code "2020"}) is a piece of the stream under a folding that keeps digits and
 * invisible under one that does not; a piece of combining marks only is visible under a strict
 * folding and not under a loose one. So position 500 under {@code STRICT} and position 500 under
 * {@code STRICT_DIGITS} may be different words, and the context resolver, which asks "does this
 * place continue the previous line's", must not compare them. Every alignment therefore also gets
 * its first and last piece in the stream of one reference folding (the folding most lines use),
 * found through document and character offsets, which all streams share: the first reference piece
 * starting at or after the alignment's first piece, the last ending at or before its last one.
 * Places under the reference folding keep their own positions, so a copy keyed one way (most
 * copies) pays nothing. Not thread-safe while indexes are first fetched; the restorer fetches them
 * before it goes parallel.
 */
final class Keyings {
  private final SiblingPool pool;
  private final Folding reference;
  private final PoolIndex referenceIndex;
  private final PoolIndex[] indexes = new PoolIndex[Folding.values().length];

  Keyings(SiblingPool pool, Folding reference) {
    this.pool = pool;
    this.reference = reference;
    this.referenceIndex = index(reference);
  }

  SiblingPool pool() {
    return pool;
  }

  Folding reference() {
    return reference;
  }

  /** The pool indexed under {@code folding} (built by the pool on first use, then kept). */
  PoolIndex index(Folding folding) {
    PoolIndex index = indexes[folding.ordinal()];
    if (index == null) {
      index = pool.index(folding);
      indexes[folding.ordinal()] = index;
    }
    return index;
  }

  /** Sets {@code a}'s place in the reference stream, {@code a} being a place under {@code folding}. */
  void place(Alignment a, Folding folding) {
    if (folding == reference) {
      return;
    }
    PoolIndex own = index(folding);
    int first = a.first();
    int last = a.last();
    if (first < 0) {
      return;
    }
    a.place(startingAtOrAfter(referenceIndex, a.doc, own.pieceStart(first)),
        endingAtOrBefore(referenceIndex, a.doc, own.pieceEnd(last)));
  }

  /**
   * The first position under {@code folding} after the place {@code a} (in the reference stream)
   * ends: where a line continuing it would start.
   */
  int after(Alignment a, Folding folding) {
    if (folding == reference) {
      return a.placeLast() + 1;
    }
    if (a.placeLast() < referenceIndex.docStart(a.doc)) {
      return index(folding).docStart(a.doc); // the place has no reference piece: from its document's start
    }
    return startingAtOrAfter(index(folding), a.doc, referenceIndex.pieceEnd(a.placeLast()));
  }

  /** The position under {@code folding} just past the last piece before the place {@code a} starts. */
  int before(Alignment a, Folding folding) {
    if (folding == reference) {
      return a.placeFirst();
    }
    if (a.placeFirst() >= referenceIndex.docStart(a.doc + 1)) {
      return index(folding).docStart(a.doc + 1);
    }
    return endingAtOrBefore(index(folding), a.doc, referenceIndex.pieceStart(a.placeFirst())) + 1;
  }

  /** The first position of document {@code doc} whose piece starts at or after {@code offset}. */
  private static int startingAtOrAfter(PoolIndex index, int doc, int offset) {
    return index.firstStartingAtOrAfter(index.docStart(doc), index.docStart(doc + 1), offset);
  }

  /** The last position of document {@code doc} whose piece ends at or before {@code offset}. */
  private static int endingAtOrBefore(PoolIndex index, int doc, int offset) {
    int lo = index.docStart(doc);
    int hi = index.docStart(doc + 1);
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (index.pieceEnd(mid) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }
}

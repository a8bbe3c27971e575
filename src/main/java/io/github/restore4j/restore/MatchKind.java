// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

/**
 * How one degraded piece corresponds to the clean pieces of its place ({@link Alignment#kind}): each
 * kind carries what the stages after the alignment need to know of it, so that none of them tests a
 * set of kinds of its own.
 *
 * <pre>{@code
 * double w = a.kind[i].weight();         // 1 copied by form, 0.5 a typo, 0 unmatched
 * if (!map.kind[i].matchedByForm()) ...  // the piece keeps the copy's form
 * }</pre>
 *
 * <p>Per piece the kinds are held in {@code MatchKind[]} arrays, not bytes: an element is a
 * reference, nothing is boxed, and the window DP writes kinds only in its traceback (one per piece,
 * never per cell), so a byte per piece would save nothing measurable there.
 */
enum MatchKind {
  //         weight  sameWord  standsAlone  guardedWithLine
  /** Not aligned: no clean piece; the piece keeps its form. */
  NONE(0, false, false, false),
  /** Same key. */
  EXACT(1, true, true, true),
  /** The degraded piece is several clean pieces joined ("nagornokarabakh" ~ "Nagorno-Karabakh"). */
  MERGE(1, true, true, false),
  /**
   * The degraded piece is a cut-off start of the clean pieces ("ngà" ~ "ngày"); its place ends at
   * {@link Alignment#cutEnd}, inside the clean text, so nothing of the sibling after it is copied.
   */
  PREFIX(1, false, true, false),
  /** A similar key: a typo; case is transferred, letters kept. */
  FUZZY(0.5, false, false, false),
  /** A different word in the same slot (another edition); kept as it is. */
  SUBSTITUTE(0, false, false, false),
  /** One of several degraded pieces that are one clean piece split at its digits ("p p" ~ "P2P"). */
  SPLIT(1, true, false, true);

  private final double weight;
  private final boolean sameWord;
  private final boolean standsAlone;
  private final boolean guardedWithLine;

  MatchKind(double weight, boolean sameWord, boolean standsAlone, boolean guardedWithLine) {
    this.weight = weight;
    this.sameWord = sameWord;
    this.standsAlone = standsAlone;
    this.guardedWithLine = guardedWithLine;
  }

  /** Whether the piece has a place in the clean stream (every kind but {@link #NONE}). */
  boolean mapped() {
    return this != NONE;
  }

  /**
   * Whether the piece matched its clean pieces by form (exactly, joined, cut, split or with a
   * typo): the pieces whose form is restored and that count for a place. The others ({@link #NONE},
   * {@link #SUBSTITUTE}) keep the copy's form.
   */
  boolean matchedByForm() {
    return weight > 0;
  }

  /**
   * Whether the clean form is copied as it is (case, marks and what sits inside the word); a
   * {@link #FUZZY} piece only takes the clean word's case onto its own letters.
   */
  boolean copiesForm() {
    return weight == 1;
  }

  /**
   * What the piece counts for in a place's matched weight and a line's confidence: 1 copied by
   * form, 0.5 for a typo ({@link #FUZZY}), 0 unmatched.
   */
  double weight() {
    return weight;
  }

  /**
   * Whether the piece is the clean word itself (the same key, joined pieces or a split word): only
   * between two such pieces may the sibling's join ("nagorno karabakh" → "Nagorno-Karabakh") replace
   * the copy's space, never around another edition's word or a cut one.
   */
  boolean sameWord() {
    return sameWord;
  }

  /**
   * Whether a one-piece segment matched this way is a place at all: its key is the clean one, or
   * joins or starts it; a typo, or a lone share of a split word, could be anywhere.
   */
  boolean standsAlone() {
    return standsAlone;
  }

  /**
   * Whether the form guard leaves the piece to the whole line's check: an exact match copies a clean
   * piece with the copy's key id, and a split word is whole in its first piece and empty in the
   * others, so none of its pieces folds to its own key.
   */
  boolean guardedWithLine() {
    return guardedWithLine;
  }
}

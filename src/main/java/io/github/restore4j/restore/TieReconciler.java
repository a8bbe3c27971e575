// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.text.Pieces;
import java.util.List;

/**
 * Reconciles the drafts of places that tie: where they disagree, a piece keeps only the case they
 * share (else the degraded form) and the text between pieces only the marks they share where it
 * touches the piece (else the copy's own).
 *
 * <pre>{@code
 * // "ảnh internet" in "Ảnh: Internet" and in "(Ảnh: Internet)"
 * reconciler.reconcile(line, List.of(captionDraft, bracketDraft)).draft().assemble()   // "Ảnh: Internet"
 * }</pre>
 *
 * Thread-safe.
 */
final class TieReconciler {
  private final CaseTransfer casing;

  TieReconciler(CaseTransfer casing) {
    this.casing = casing;
  }

  /** The first draft, or one holding only what the drafts agree on, and whether they disagreed. */
  record Reconciled(Draft draft, boolean disagreed) {}

  /** Reconciles {@code drafts} (at least one, all of {@code line}); does not modify them. */
  Reconciled reconcile(LinePlan line, List<Draft> drafts) {
    if (drafts.size() == 1) {
      return new Reconciled(drafts.get(0), false);
    }
    Draft into = drafts.get(0).copy();
    boolean disagreed = false;
    for (int c = 1; c < drafts.size(); c++) {
      disagreed |= reconcile(line, into, drafts.get(c));
    }
    return new Reconciled(into, disagreed);
  }

  /** Keeps in {@code into} only what it shares with {@code other}; true if they disagreed. */
  private boolean reconcile(LinePlan line, Draft into, Draft other) {
    boolean disagreed = false;
    for (int i = 0; i < into.piece.length; i++) {
      if (!into.piece[i].equals(other.piece[i])) {
        disagreed = true;
        String deg = line.piece(i);
        String a = casing.caseLike(deg, into.piece[i]);
        into.piece[i] = a.equals(casing.caseLike(deg, other.piece[i])) ? a : deg;
      }
    }
    for (int i = 0; i < into.sep.length; i++) {
      if (!into.sep[i].equals(other.sep[i])) {
        disagreed = true;
        String shared = sharedMarks(into.sep[i], other.sep[i], i == 0);
        if (shared.isEmpty()) {
          into.sep[i] = line.separator(i);
          into.sepFromSibling[i] = false;
        } else {
          into.sep[i] = i == 0 ? line.separator(i) + shared : shared + line.separator(i);
        }
      }
    }
    return disagreed;
  }

  /**
   * The marks two separators share where they touch the piece before them (their common start, for
   * {@code ": \"Con"} and {@code ": 'Con"} the colon), or for the text before a line's first piece
   * the piece after it (their common end), white space trimmed; empty when they share none.
   */
  static String sharedMarks(String a, String b, boolean beforeFirst) {
    int n = Math.min(a.length(), b.length());
    int k = 0;
    if (beforeFirst) {
      while (k < n && a.charAt(a.length() - 1 - k) == b.charAt(b.length() - 1 - k)) {
        k++;
      }
      String common = a.substring(a.length() - k);
      return isMarks(common.stripLeading()) ? common.stripLeading() : "";
    }
    while (k < n && a.charAt(k) == b.charAt(k)) {
      k++;
    }
    String common = a.substring(0, k).stripTrailing();
    return isMarks(common) ? common : "";
  }

  /** Whether {@code s} holds only punctuation and symbols (no letter, digit or space). */
  private static boolean isMarks(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Pieces.isWordChar(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        return false;
      }
    }
    return true;
  }
}

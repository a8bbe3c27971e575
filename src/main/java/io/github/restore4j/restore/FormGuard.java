// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.text.Folding;

/**
 * The fidelity guard: no output word may fold to anything but the degraded word it renders, and
 * none may drop a number the degraded word has; the text before, between and after the pieces must
 * hold the copy's content there ({@link CopyContent}: symbols, emoji, numbers), in order. A piece
 * whose output fails goes back to its degraded form with the copy's own text around it, a separator
 * that fails goes back to the copy's own; a line whose assembled output still fails (its key, or
 * its numbers and symbols in order) is left unchanged by the renderer.
 *
 * <pre>{@code
 * Guarded g = guard.guard(line, map, draft);
 * guard.accepts(line, g.draft().assemble())   // true, or the line stays as the copy has it
 * }</pre>
 *
 * Thread-safe.
 */
final class FormGuard {
  private final Folding folding;

  FormGuard(Folding folding) {
    this.folding = folding;
  }

  /**
   * A draft whose every checked piece folds to its degraded key and every separator holds the
   * copy's content, with how many pieces and how many separators had to fall back.
   */
  record Guarded(Draft draft, int fallbacks, int separatorFallbacks) {}

  /**
   * Returns pieces whose output does not fold to the degraded key to their degraded form. A piece
   * copied from a clean piece with the same key id (or reconciled to the degraded letters) needs no
   * check; the whole line is checked once more after assembly ({@link #accepts}).
   */
  Guarded guard(LinePlan line, PieceMap map, Draft d) {
    Draft out = d;
    int fallbacks = 0;
    boolean numbers = !line.nonLetters().isEmpty(); // most lines have none to lose
    for (int i = 0; i < line.size; i++) {
      if (map.kind[i] == MatchKind.SPLIT) {
        continue; // a split group's letters and numbers are checked with the whole line
      }
      boolean keyed = map.kind[i].guardedWithLine() || folding.key(out.piece[i]).equals(line.keys[i]);
      if (!keyed || numbers && !keepsNumbers(line.piece(i), out.piece[i])) {
        if (out == d) {
          out = d.copy();
        }
        out.piece[i] = line.piece(i);
        out.sep[i] = line.separator(i);
        out.sep[i + 1] = line.separator(i + 1);
        fallbacks++;
      }
    }
    int separatorFallbacks = 0;
    for (int i = 0; i <= line.size; i++) {
      String copy = line.separator(i);
      if (out.sep[i].equals(copy)) {
        continue;
      }
      String content = CopyContent.of(copy);
      if (!content.isEmpty() && !CopyContent.isSubsequence(content, CopyContent.of(out.sep[i]))) {
        if (out == d) {
          out = d.copy();
        }
        out.sep[i] = copy;
        separatorFallbacks++;
      }
    }
    return new Guarded(out, fallbacks, separatorFallbacks);
  }

  /** Whether the numbers of degraded piece {@code deg} are in {@code output} in order (a copy's "19"). */
  private static boolean keepsNumbers(String deg, String output) {
    String numbers = CopyContent.nonLetters(deg);
    return numbers.isEmpty() || CopyContent.isSubsequence(numbers, CopyContent.nonLetters(output));
  }

  /**
   * Whether the assembled output of {@code line} folds to the line's key and holds the line's
   * numbers, symbols and emoji in order.
   */
  boolean accepts(LinePlan line, String output) {
    if (!folding.key(output).equals(line.key())) {
      return false;
    }
    String content = line.nonLetters();
    return content.isEmpty() || CopyContent.isSubsequence(content, CopyContent.nonLetters(output));
  }
}

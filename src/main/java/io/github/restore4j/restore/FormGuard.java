package io.github.restore4j.restore;

import io.github.restore4j.text.Folding;

/**
 * The fidelity guard: no output word may fold to anything but the degraded word it renders. A piece
 * whose output fails goes back to its degraded form with the copy's own text around it; a line
 * whose assembled output still fails is left unchanged by the renderer.
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

  /** A draft whose every checked piece folds to its degraded key, and how many had to fall back. */
  record Guarded(Draft draft, int fallbacks) {}

  /**
   * Returns pieces whose output does not fold to the degraded key to their degraded form. A piece
   * copied from a clean piece with the same key id (or reconciled to the degraded letters) needs no
   * check; the whole line is checked once more after assembly ({@link #accepts}).
   */
  Guarded guard(LinePlan line, PieceMap map, Draft d) {
    Draft out = d;
    int fallbacks = 0;
    for (int i = 0; i < line.size; i++) {
      if (map.kind[i].guardedWithLine()) {
        continue; // same key id; a split group's letters are checked with the whole line
      }
      if (!folding.key(out.piece[i]).equals(line.keys[i])) {
        if (out == d) {
          out = d.copy();
        }
        out.piece[i] = line.piece(i);
        out.sep[i] = line.separator(i);
        out.sep[i + 1] = line.separator(i + 1);
        fallbacks++;
      }
    }
    return new Guarded(out, fallbacks);
  }

  /** Whether the assembled output of {@code line} folds to the line's key. */
  boolean accepts(LinePlan line, String output) {
    return folding.key(output).equals(line.key());
  }
}

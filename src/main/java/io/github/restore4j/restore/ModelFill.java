// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.model.FormDecoder;
import io.github.restore4j.text.Chars;
import io.github.restore4j.text.Folding;
import java.util.ArrayList;
import java.util.List;

/**
 * The last rendering stage when a fallback model is in use: the words of a line that no sibling
 * covered (pieces not {@link MatchKind#matchedByForm() matched by form}) take the form the model
 * chooses, with the words siblings restored as fixed context.
 *
 * <pre>{@code
 * ModelFill.Filled f = fill.fill(line, draft, map, fallback);
 * f.draft().assemble()   // "Tiếng Việt có dấu" for the uncovered copy "tieng viet co dau"
 * f.words()              // one ModeledWord per word the model changed
 * }</pre>
 *
 * <p>What the model may do follows from the copy ({@link DegradedProfile}): choose marks where the
 * line's folding strips them and no line of the copy shows a mark, and case where the copy lost it; a
 * copy that kept both is left as it is. Sentence starts: the first word when the line starts a sentence (see {@link Restorer}), and any
 * word after {@code . ! ? …} and a space in the line as rendered (the copy's or a sibling's
 * punctuation). Every form the model offers folds to the copy's word under the line's folding
 * ({@link FormDecoder}); the renderer checks the assembled line with the guard once more. Not
 * thread-safe (the decoder is per worker).
 */
final class ModelFill {
  private final FormDecoder decoder;
  private String[] words = new String[64];
  private boolean[] fixed = new boolean[64];
  private boolean[] starts = new boolean[64];
  private String[] out = new String[64];
  private double[] confidence = new double[64];

  ModelFill(FormDecoder decoder) {
    this.decoder = decoder;
  }

  /** A draft with the model's words, and those words; {@code null} when the model changed nothing. */
  record Filled(Draft draft, List<ModeledWord> words) {}

  /**
   * @param map      the line's alignment, or {@code null} when no sibling covers it
   * @param fallback the line's degradation and sentence start
   */
  Filled fill(LinePlan line, Draft draft, PieceMap map, LineRenderer.Fallback fallback) {
    int m = line.size;
    DegradedProfile profile = fallback.profile();
    boolean startsSentence = fallback.startsSentence();
    // Marks are chosen only where the line and the copy as a whole lost them: in a copy that kept
    // its marks, a line without one (a French line of words without accents) is most likely right
    // as it is, although the line alone reads as stripped; there the model chooses case only.
    boolean marks = line.folding().stripsMarks() && fallback.copyLostMarks();
    Folding folding = marks ? line.folding() : Folding.of(false, line.folding().keepsDigits());
    if (m == 0 || profile.caseKept() && !marks) {
      return null;
    }
    ensure(m);
    boolean open = false;
    for (int i = 0; i < m; i++) {
      fixed[i] = map != null && map.kind[i].matchedByForm();
      open |= !fixed[i];
      words[i] = fixed[i] ? draft.piece[i] : line.piece(i);
      starts[i] = i == 0 ? startsSentence : Chars.endsSentence(draft.sep[i], 0, draft.sep[i].length());
    }
    if (!open) {
      return null;
    }
    int changed = decoder.decode(words, m, fixed, starts, folding, profile.caseKept(), out, confidence);
    if (changed == 0) {
      return null;
    }
    Draft d = draft.copy();
    List<ModeledWord> modeled = new ArrayList<>(changed);
    for (int i = 0; i < m; i++) {
      if (out[i] != null && !fixed[i]) {
        d.piece[i] = out[i];
        modeled.add(new ModeledWord(line.start[i], line.end[i], out[i], confidence[i]));
      }
    }
    return modeled.isEmpty() ? null : new Filled(d, modeled);
  }

  private void ensure(int m) {
    if (words.length < m) {
      int cap = Math.max(m, words.length * 2);
      words = new String[cap];
      fixed = new boolean[cap];
      starts = new boolean[cap];
      out = new String[cap];
      confidence = new double[cap];
    }
  }
}

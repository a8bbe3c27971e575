// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import io.github.restore4j.index.PoolIndex;
import java.util.List;

/**
 * Decides from the aligned words whether the copy holds one sentence per line. Where a line's
 * words run on across a sentence break of their sibling, either the copy's line holds several
 * sentences (a paragraph) or the sibling breaks its sentences elsewhere than the copy's source did
 * (another outlet's article on the same story). When such lines are few among the lines aligned
 * over two words or more (under one in four), the copy is taken for one sentence per line and
 * {@link SentenceBacking} takes no sibling sentence break inside a line; a copy of paragraphs,
 * where many lines span breaks, keeps them.
 *
 * <pre>{@code
 * SentenceEvidence.sentencePerLine(parts, chosen, lines, keyings)   // true for the seed copy
 * }</pre>
 *
 * Stateless.
 */
final class SentenceEvidence {
  private SentenceEvidence() {}

  static boolean sentencePerLine(List<Part> parts, List<List<Alignment>> chosen, LinePlan[] lines,
      Keyings keyings) {
    int lineCount = lines.length;
    SiblingPool pool = keyings.pool();
    boolean[] spans = new boolean[lineCount];
    boolean[] breaks = new boolean[lineCount];
    for (int s = 0; s < parts.size(); s++) {
      List<Alignment> c = chosen.get(s);
      if (c.isEmpty()) {
        continue;
      }
      Alignment a = c.get(0);
      int line = parts.get(s).line();
      PoolIndex index = keyings.index(lines[line].folding());
      String text = pool.text(a.doc);
      for (int i = 1; i < a.kind.length && !breaks[line]; i++) {
        if (!a.kind[i].mapped() || !a.kind[i - 1].mapped() || a.kind[i - 1] == MatchKind.PREFIX
            || a.from[i] != a.to[i - 1] + 1) {
          continue;
        }
        spans[line] = true;
        int end = index.pieceEnd(a.to[i - 1]);
        int start = index.pieceStart(a.from[i]);
        breaks[line] = mayHoldBreak(text, end, start) && pool.sentenceStartAtOrBefore(a.doc, start) >= end;
      }
    }
    int spanning = 0;
    int breaking = 0;
    for (int l = 0; l < lineCount; l++) {
      spanning += spans[l] ? 1 : 0;
      breaking += breaks[l] ? 1 : 0;
    }
    return spanning > 0 && 4 * breaking < spanning;
  }

  /** A line break or a sentence terminal in {@code text[from, to)}. */
  static boolean mayHoldBreak(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'
          || UCharacter.hasBinaryProperty(c, UProperty.S_TERM)) {
        return true;
      }
    }
    return false;
  }
}

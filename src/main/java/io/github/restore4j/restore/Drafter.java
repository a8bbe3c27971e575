// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.index.PoolIndex;

/**
 * Drafts a line from one choice of places: each degraded piece takes the form of its clean
 * counterpart (case, marks, inner joiners; a typo keeps its letters in the clean case), the text
 * between two pieces is the sibling's when they are neighbours there (punctuation, deleted numbers),
 * else the copy's own. At the line's edges the sibling's text is taken up to the sentence boundary
 * (ICU sentence break) or, inside a sentence, up to the whitespace that attaches it to the next
 * word. The draft also names the document most pieces came from and the span they cover there.
 *
 * <pre>{@code
 * // "hồi tháng ngoại trưởng mỹ" against "Hồi tháng 3, Ngoại trưởng Mỹ Antony Blinken"
 * drafter.draft(line, map).assemble()   // "Hồi tháng 3, Ngoại trưởng Mỹ"
 * }</pre>
 *
 * Thread-safe (stateless apart from the immutable pool).
 */
final class Drafter {
  /** Inserted words a sibling's marks may be carried across in a long line. */
  private static final int MAX_INSERTED = 2;

  private final SiblingPool pool;
  private final PoolIndex index;
  private final CaseTransfer casing;

  Drafter(SiblingPool pool, PoolIndex index, CaseTransfer casing) {
    this.pool = pool;
    this.index = index;
    this.casing = casing;
  }

  Draft draft(LinePlan line, PieceMap map) {
    int m = line.size;
    Draft d = new Draft(m);
    for (int i = 0; i <= m; i++) {
      d.sep[i] = line.separator(i);
    }
    // Votes per document among the few a line maps to (not an array over the pool: at 10^7 pieces
    // the pool has 32,754 documents, and clearing and scanning such an array per line cost more
    // than the rest of the draft).
    int[] voteDocs = new int[m];
    int[] docVotes = new int[m];
    int voted = 0;
    int lastSlot = -1;
    for (int i = 0; i < m; i++) {
      MatchKind k = map.kind[i];
      String deg = line.piece(i);
      if (!k.matchedByForm()) {
        d.piece[i] = deg;
        continue;
      }
      int doc = map.doc[i];
      if (lastSlot < 0 || voteDocs[lastSlot] != doc) {
        lastSlot = 0;
        while (lastSlot < voted && voteDocs[lastSlot] != doc) {
          lastSlot++;
        }
        if (lastSlot == voted) {
          voteDocs[voted++] = doc;
        }
      }
      docVotes[lastSlot]++;
      String text = pool.text(doc);
      if (k == MatchKind.SPLIT) {
        // the first piece of a split group takes the whole clean word, the others nothing
        boolean head = i == 0 || map.kind[i - 1] != MatchKind.SPLIT || map.from[i - 1] != map.from[i];
        d.piece[i] = head ? text.substring(index.pieceStart(map.from[i]), index.pieceEnd(map.to[i])) : "";
        if (!head) {
          d.sep[i] = "";
          d.sepFromSibling[i] = true;
        }
        continue;
      }
      int s = index.pieceStart(map.from[i]);
      int e = k == MatchKind.PREFIX ? map.cutEnd[i] : index.pieceEnd(map.to[i]);
      d.piece[i] = k.copiesForm() ? text.substring(s, e) : casing.caseLike(deg, text.substring(s, e));
    }
    // the most voted document; of equally voted ones the first in the pool
    int best = -1;
    int bestVotes = 0;
    for (int j = 0; j < voted; j++) {
      if (docVotes[j] > bestVotes || (docVotes[j] == bestVotes && voteDocs[j] < best)) {
        best = voteDocs[j];
        bestVotes = docVotes[j];
      }
    }
    d.doc = best;
    for (int i = 1; i < m; i++) {
      if (map.mapped(i - 1) && map.mapped(i) && map.doc[i] == map.doc[i - 1]
          && map.from[i] == map.to[i - 1] + 1 && map.kind[i - 1] != MatchKind.PREFIX) {
        if (map.kind[i] == MatchKind.SPLIT && map.kind[i - 1] == MatchKind.SPLIT && map.from[i] == map.from[i - 1]) {
          continue;
        }
        String text = pool.text(map.doc[i]);
        String gap = collapse(text.substring(index.pieceEnd(map.to[i - 1]), index.pieceStart(map.from[i])));
        // Two words become one ("nagorno karabakh" → "Nagorno-Karabakh") only where both are the
        // clean words themselves: never around another edition's word.
        if (!hasSpace(gap) && hasSpace(d.sep[i]) && !(map.kind[i - 1].sameWord() && map.kind[i].sameWord())) {
          continue;
        }
        d.sep[i] = gap;
        d.sepFromSibling[i] = true;
      }
    }
    if (m > LongLineAligner.MIN_PIECES) {
      marksAcrossInsertions(line, map, d);
    }
    if (map.mapped(0)) {
      d.sep[0] = leadingEdge(map.doc[0], map.from[0]);
      d.sepFromSibling[0] = true;
    }
    if (map.mapped(m - 1) && map.kind[m - 1] != MatchKind.PREFIX) {
      d.sep[m] = trailingEdge(map.doc[m - 1], map.to[m - 1]);
      d.sepFromSibling[m] = true;
    }
    if (best >= 0) {
      int lo = Integer.MAX_VALUE;
      int hi = -1;
      for (int i = 0; i < m; i++) {
        if (map.mapped(i) && map.doc[i] == best) {
          lo = Math.min(lo, index.pieceStart(map.from[i]) - (i == 0 ? d.sep[0].length() : 0));
          int end = map.kind[i] == MatchKind.PREFIX ? map.cutEnd[i] : index.pieceEnd(map.to[i]);
          hi = Math.max(hi, end + (i == m - 1 ? d.sep[m].length() : 0));
        }
      }
      d.spanStart = Math.max(0, lo);
      d.spanEnd = Math.min(pool.text(best).length(), hi);
    }
    return d;
  }


  /**
   * In a long line aligned as one sequence (a transcript), words the copy holds between two
   * neighbours of the sibling and that match nothing are the recognizer's insertions ("THE CALL
   * UM TODAY'S" for "the call. Today's"): the marks the sibling has right after the first
   * neighbour stay with it, before the inserted words. Marks only, never numbers, and across at
   * most {@value #MAX_INSERTED} inserted words.
   */
  private void marksAcrossInsertions(LinePlan line, PieceMap map, Draft d) {
    int m = line.size;
    for (int i = 0; i + 2 < m; i++) {
      if (!map.kind[i].copiesForm() || map.kind[i] == MatchKind.PREFIX || map.mapped(i + 1)) {
        continue;
      }
      int j = i + 2;
      while (j < m && j - i - 1 < MAX_INSERTED && !map.mapped(j)) {
        j++;
      }
      if (j >= m || !map.kind[j].copiesForm() || map.doc[j] != map.doc[i] || map.from[j] != map.to[i] + 1) {
        continue;
      }
      String text = pool.text(map.doc[i]);
      int from = index.pieceEnd(map.to[i]);
      int to = from;
      int gapEnd = index.pieceStart(map.from[j]);
      while (to < gapEnd && !Character.isWhitespace(text.charAt(to)) && !Character.isDigit(text.charAt(to))) {
        to++;
      }
      if (to > from && (to == gapEnd || Character.isWhitespace(text.charAt(to)))) {
        d.sep[i + 1] = text.substring(from, to) + d.sep[i + 1];
        d.sepFromSibling[i + 1] = true;
      }
    }
  }

  private static boolean hasSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (WordForms.isSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private String leadingEdge(int doc, int p) {
    String text = pool.text(doc);
    int s = index.pieceStart(p);
    int prevEnd = p > index.docStart(doc) ? index.pieceEnd(p - 1) : 0;
    int b = pool.sentenceStartAtOrBefore(doc, s);
    String edge;
    if (b >= prevEnd) {
      edge = text.substring(b, s);
    } else {
      // inside a sentence only what is glued to the first word: "(", an opening quote
      String gap = text.substring(prevEnd, s);
      int w = lastSpace(gap);
      edge = w < 0 ? "" : gap.substring(w);
    }
    return collapse(edge).stripLeading();
  }

  private String trailingEdge(int doc, int p) {
    String text = pool.text(doc);
    int e = index.pieceEnd(p);
    int nextStart = p + 1 < index.docStart(doc + 1) ? index.pieceStart(p + 1) : text.length();
    int b = pool.sentenceEndAtOrAfter(doc, e);
    String edge;
    if (b <= nextStart) {
      edge = text.substring(e, b);
    } else {
      String gap = text.substring(e, nextStart);
      int w = lastSpace(gap);
      edge = w < 0 ? "" : gap.substring(0, w);
    }
    return collapse(edge).stripTrailing();
  }

  private static int lastSpace(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (WordForms.isSpace(s.charAt(i))) {
        // back to the start of the whitespace run
        while (i > 0 && WordForms.isSpace(s.charAt(i - 1))) {
          i--;
        }
        return i;
      }
    }
    return -1;
  }

  /**
   * One output line: runs of whitespace that hold a line break or more than one character become
   * one space; a single space or no-break space stays as it is.
   */
  static String collapse(String s) {
    int n = s.length();
    StringBuilder sb = null;
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (!WordForms.isSpace(c)) {
        if (sb != null) {
          sb.append(c);
        }
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && WordForms.isSpace(s.charAt(j))) {
        j++;
      }
      boolean keep = j - i == 1 && (c == ' ' || c == '\u00A0' || c == '\u202F');
      if (!keep && sb == null) {
        sb = new StringBuilder(n).append(s, 0, i);
      }
      if (sb != null) {
        if (keep) {
          sb.append(c);
        } else {
          sb.append(' ');
        }
      }
      i = j;
    }
    return sb == null ? s : sb.toString();
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.index.PoolIndex;

/**
 * Keeps a sibling's punctuation and numbers out of a line where its place is only a phrase that
 * another sentence shares. A sibling that tells the same story in other sentences (another outlet's
 * article) often holds a few of the line's words in a row, {@code "начиная с 1991 года"} for the
 * copy's {@code "начиная с года священниками укомплектовывали …"}: the words are neighbours in both,
 * but the number between them belongs to a different sentence. So the sibling's text between two
 * pieces, or at the line's edges, is taken only where the sibling sentence it belongs to is this
 * line's sentence: the line's pieces matched by form into it make up at least half of the line
 * (less the pieces matched into other sentences) or at least half of that sentence (an edition's
 * sentence with a few words changed, a line cut from a long sentence, a paragraph's sentence, a line
 * whose two halves two copies of the sentence hold each pass; a shared phrase does not). The text at a line's
 * edge is also taken where the line's edge is the sibling sentence's edge (the line's last word ends
 * a sentence there: its stop is backed by both). Elsewhere the copy's own separator stays and only
 * the case of the aligned words is restored.
 *
 * <p>Two words the sibling holds swapped ({@code "не виключає, що"} written {@code "виключає, не
 * що"}: each aligned as a {@link MatchKind#SUBSTITUTE} of the other) were moved, not replaced: the
 * text between and around them is the copy's, but for the marks glued to a word that stayed. A line aligned as one sequence ({@link LongLineAligner}, a transcript) is backed by its
 * chain of anchors and is left as it is.
 *
 * <pre>{@code
 * // copy "начиная с года священниками укомплектовывали базы", sibling "… Начиная с 1991 года, как …"
 * backing.back(line, map, draft).assemble()   // "Начиная с года священниками укомплектовывали базы"
 * }</pre>
 *
 * Thread-safe (stateless apart from the immutable pool).
 */
final class PunctuationBacking {
  private final SiblingPool pool;
  private final PoolIndex index;

  PunctuationBacking(SiblingPool pool, PoolIndex index) {
    this.pool = pool;
    this.index = index;
  }

  /** The draft without the sibling text the line does not back; {@code d} itself when it backs all. */
  Draft back(LinePlan line, PieceMap map, Draft d) {
    int m = line.size;
    if (m > LongLineAligner.MIN_PIECES || !anyFromSibling(d)) {
      return d;
    }
    Sentences sentences = new Sentences(m);
    int[] sentenceOf = new int[m];
    for (int i = 0; i < m; i++) {
      sentenceOf[i] = map.mapped(i) ? sentences.of(map.doc[i], map.from[i], map.kind[i].matchedByForm()) : -1;
    }
    Draft out = d;
    for (int i = 0; i <= m; i++) {
      if (!d.sepFromSibling[i] || splitInside(map, i)) {
        continue;
      }
      String kept;
      if (i == 0) {
        kept = (sentences.backs(sentenceOf[0], m) || startsSentence(map.doc[0], map.from[0]))
            && !moved(line, map, 0) ? d.sep[0] : null;
      } else if (i == m) {
        kept = (sentences.backs(sentenceOf[m - 1], m) || endsSentence(map.doc[m - 1], map.to[m - 1]))
            && !moved(line, map, m - 1) ? d.sep[m] : null;
      } else if (sentences.backs(sentenceOf[i - 1], m) || sentences.backs(sentenceOf[i], m)) {
        kept = glued(d.sep[i], line.separator(i), !moved(line, map, i - 1), !moved(line, map, i));
      } else {
        kept = null;
      }
      if (kept != d.sep[i]) {
        out = out == d ? d.copy() : out;
        out.sep[i] = kept == null ? line.separator(i) : kept;
        out.sepFromSibling[i] = kept != null;
      }
    }
    return out;
  }

  /**
   * The sibling's text between two pieces as far as they back it: all of it when neither was moved;
   * else the marks glued to the piece that stays (the sibling's {@code "định)"} keeps its bracket
   * when the word after it was moved), around the copy's own white space; {@code null} when nothing
   * is backed.
   */
  static String glued(String sib, String copy, boolean left, boolean right) {
    if (left && right) {
      return sib;
    }
    int a = 0;
    while (a < sib.length() && !WordForms.isSpace(sib.charAt(a))) {
      a++;
    }
    if (a == sib.length()) {
      return null; // a joiner glued to both pieces
    }
    int b = sib.length();
    while (b > a && !WordForms.isSpace(sib.charAt(b - 1))) {
      b--;
    }
    String head = left ? sib.substring(0, a) : "";
    String tail = right ? sib.substring(b) : "";
    return head.isEmpty() && tail.isEmpty() ? null : head + copy + tail;
  }

  private static boolean anyFromSibling(Draft d) {
    for (boolean b : d.sepFromSibling) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence of {@code doc} starts at stream piece {@code p}: the line's start is its start. */
  private boolean startsSentence(int doc, int p) {
    int prevEnd = p > index.docStart(doc) ? index.pieceEnd(p - 1) : 0;
    return pool.sentenceStartAtOrBefore(doc, index.pieceStart(p)) >= prevEnd;
  }

  /** Whether a sentence of {@code doc} ends right after stream piece {@code p}: the line's end is its end. */
  private boolean endsSentence(int doc, int p) {
    int nextStart = p + 1 < index.docStart(doc + 1) ? index.pieceStart(p + 1) : pool.text(doc).length();
    return pool.sentenceEndAtOrAfter(doc, index.pieceEnd(p)) <= nextStart;
  }

  /** Whether gap {@code i} lies inside one split word (its pieces are one clean piece). */
  private static boolean splitInside(PieceMap map, int i) {
    return i > 0 && i < map.kind.length && map.kind[i] == MatchKind.SPLIT && map.kind[i - 1] == MatchKind.SPLIT
        && map.from[i] == map.from[i - 1];
  }

  /**
   * Whether piece {@code i} is a substituted slot of two words swapped: the sibling holds its word
   * right beside the slot, and the copy's neighbour on that side is the slot's sibling word.
   */
  private boolean moved(LinePlan line, PieceMap map, int i) {
    if (map.kind[i] != MatchKind.SUBSTITUTE || line.ids[i] < 0) {
      return false;
    }
    int[] ids = index.ids();
    int doc = map.doc[i];
    int p = map.from[i];
    int before = p - 1;
    int after = map.to[i] + 1;
    return i > 0 && before >= index.docStart(doc) && ids[before] == line.ids[i] && line.ids[i - 1] == ids[p]
        || i + 1 < line.size && after < index.docStart(doc + 1) && ids[after] == line.ids[i]
            && line.ids[i + 1] == ids[p];
  }

  /**
   * The sibling sentences a line's pieces fall into: for each, its stream pieces and how many of
   * the line's pieces matched by form into it. A line has few; they are found by a binary search
   * over the document's pieces.
   */
  private final class Sentences {
    private final int[] doc;
    private final int[] first;
    private final int[] end;
    private final int[] matched;
    private int size;

    Sentences(int capacity) {
      doc = new int[capacity];
      first = new int[capacity];
      end = new int[capacity];
      matched = new int[capacity];
    }

    /** The sentence holding stream piece {@code p} of document {@code d}, counting the piece if matched. */
    int of(int d, int p, boolean byForm) {
      int s = find(d, p);
      if (s < 0) {
        s = add(d, p);
      }
      if (byForm) {
        matched[s]++;
      }
      return s;
    }

    /**
     * Whether the line's pieces in sentence {@code s} make up at least half of the line (less the
     * pieces matched into other sentences: a line whose end another copy of the sentence holds) or
     * half of the sentence.
     */
    boolean backs(int s, int linePieces) {
      if (s < 0) {
        return false;
      }
      int elsewhere = -matched[s];
      for (int t = 0; t < size; t++) {
        elsewhere += matched[t];
      }
      return 2 * matched[s] >= Math.min(linePieces - elsewhere, end[s] - first[s]);
    }

    private int find(int d, int p) {
      for (int s = size - 1; s >= 0; s--) {
        if (doc[s] == d && first[s] <= p && p < end[s]) {
          return s;
        }
      }
      return -1;
    }

    private int add(int d, int p) {
      int lo = index.docStart(d);
      int hi = index.docStart(d + 1);
      int from = pool.sentenceStartAtOrBefore(d, index.pieceStart(p));
      int to = pool.sentenceEndAtOrAfter(d, index.pieceEnd(p));
      doc[size] = d;
      first[size] = Math.min(p, index.firstStartingAtOrAfter(lo, hi, from));
      end[size] = Math.max(p + 1, index.firstStartingAtOrAfter(lo, hi, to));
      matched[size] = 0;
      return size++;
    }
  }
}

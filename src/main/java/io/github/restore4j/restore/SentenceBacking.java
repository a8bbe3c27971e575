// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import com.ibm.icu.lang.UCharacter;
import io.github.restore4j.index.PoolIndex;
import java.util.Locale;

/**
 * Keeps a sibling's sentence structure out of a line it does not back. A sibling that only tells the
 * same story (another outlet's article, an edition that splits sentences differently) holds the
 * copy's words with its own sentence breaks: {@code "yields - average. Revenues per passenger"}
 * where the copy's sentence runs on. A sentence break of the sibling inside a line is taken only
 * when the copy is not one sentence per line ({@link SentenceEvidence}) and the line's place is made
 * of whole sentences there (its first word starts one and its last word ends one, as a paragraph of
 * the same document does) or the line is longer than {@link LongLineAligner#MIN_PIECES} pieces (a
 * transcript, whose misheard edges say nothing); otherwise the copy's own separator stays. A word that has a capital only because it starts a sibling sentence keeps the copy's case
 * unless no break is taken before it and the copy vouches for none: unless the copy's separator
 * ends a sentence, or the sibling writes the word with its capital inside a sentence too (a name).
 *
 * <pre>{@code
 * // copy "bas shares closed up four pence", sibling "... BA's shares. Closed up four pence ..."
 * backing.back(line, map, draft).assemble()   // "BA's shares closed up four pence"
 * }</pre>
 *
 * Thread-safe (stateless apart from the immutable pool).
 */
final class SentenceBacking {
  /** Occurrences of a word read to tell a name from a common word. */
  private static final int CASE_VOTES = 64;

  private final SiblingPool pool;
  private final PoolIndex index;
  private final Locale caseLocale;
  private final boolean sentencePerLine;

  /**
   * @param sentencePerLine whether the copy holds one sentence per line ({@link SentenceEvidence}):
   *                        then no sibling sentence break inside a line is backed
   */
  SentenceBacking(SiblingPool pool, PoolIndex index, Locale caseLocale, boolean sentencePerLine) {
    this.pool = pool;
    this.index = index;
    this.caseLocale = caseLocale;
    this.sentencePerLine = sentencePerLine;
  }

  /** The draft without unbacked sentence breaks and sentence capitals; {@code d} itself when it has none. */
  Draft back(LinePlan line, PieceMap map, Draft d) {
    int m = line.size;
    Draft out = d;
    Boolean whole = null; // decided once, only when a break is found
    for (int i = 1; i < m; i++) {
      MatchKind k = map.kind[i];
      if (!k.matchedByForm() || k == MatchKind.SPLIT) {
        continue;
      }
      int doc = map.doc[i];
      int p = map.from[i];
      boolean fromSibling = d.sepFromSibling[i];
      String word = d.piece[i];
      boolean capital = startsUpper(word) && !startsUpper(line.piece(i));
      if (!capital && !(fromSibling && mayHoldBreak(d.sep[i]))) {
        continue; // the common case: no sentence case to doubt, no stop in the gap
      }
      if (!startsSentence(doc, p)) {
        continue;
      }
      if (whole == null) {
        // a line too long to be one sentence (a paragraph, a transcript aligned as one sequence)
        // takes its breaks from the sibling even where its noisy edges do not match whole sentences
        whole = !sentencePerLine && (line.size > LongLineAligner.MIN_PIECES || wholeSentences(line, map));
      }
      if (fromSibling && whole) {
        continue; // the line is whole sentences of the sibling: its breaks are the copy's
      }
      out = out == d ? d.copy() : out;
      if (fromSibling) {
        out.sep[i] = line.separator(i); // the sibling's break is not this line's
        out.sepFromSibling[i] = false;
      }
      if (capital && !endsSentence(line.separator(i)) && titleCase(word)) {
        if (commonWord(line.ids[i])) {
          out.piece[i] = UCharacter.toLowerCase(caseLocale, word);
        }
      }
    }
    return out;
  }

  /** Whether the line's place starts and ends with sentences of its sibling. */
  private boolean wholeSentences(LinePlan line, PieceMap map) {
    int m = line.size;
    if (!map.mapped(0) || !map.mapped(m - 1) || map.kind[m - 1] == MatchKind.PREFIX) {
      return false;
    }
    int doc = map.doc[m - 1];
    int p = map.to[m - 1];
    int end = index.pieceEnd(p);
    int nextStart = p + 1 < index.docStart(doc + 1) ? index.pieceStart(p + 1) : pool.text(doc).length();
    return startsSentence(map.doc[0], map.from[0]) && pool.sentenceEndAtOrAfter(doc, end) <= nextStart;
  }

  /** Whether a sentence of {@code doc} starts at stream piece {@code p}. */
  private boolean startsSentence(int doc, int p) {
    int prevEnd = p > index.docStart(doc) ? index.pieceEnd(p - 1) : 0;
    return pool.sentenceStartAtOrBefore(doc, index.pieceStart(p)) >= prevEnd;
  }

  /**
   * Whether the pool writes the word of key id {@code id} in lowercase more often than with a
   * capital inside a sentence (a name), over its first {@value #CASE_VOTES} occurrences.
   */
  private boolean commonWord(int id) {
    int n = Math.min(index.unigramCount(id), CASE_VOTES);
    int lower = 0;
    int names = 0;
    for (int k = 0; k < n; k++) {
      int p = index.unigramPosition(id, k);
      int doc = index.docOf(p);
      int cp = pool.text(doc).codePointAt(index.pieceStart(p));
      if (UCharacter.isLowerCase(cp)) {
        lower++;
      } else if (!startsSentence(doc, p)) {
        names++;
      }
    }
    return lower > names;
  }

  /** A line break or a sentence terminal: a gap that may hold a sentence break. */
  private static boolean mayHoldBreak(String s) {
    return SentenceEvidence.mayHoldBreak(s, 0, s.length());
  }

  /** Whether the copy's own separator ends a sentence (it kept its punctuation). */
  private static boolean endsSentence(String separator) {
    return mayHoldBreak(separator);
  }

  private static boolean startsUpper(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int cp = s.codePointAt(0);
    return UCharacter.isUUppercase(cp) || UCharacter.isTitleCase(cp);
  }

  /** A capital first letter, then no other capital; not "İ" (its lowercase needs a Turkic language). */
  private static boolean titleCase(String s) {
    if (s.codePointAt(0) == 'İ') {
      return false;
    }
    for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (UCharacter.isUUppercase(cp) || UCharacter.isTitleCase(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.align.AlignerType;
import io.github.restore4j.align.InfixAligner;
import io.github.restore4j.index.PoolIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds where a segment sits: candidate windows from the index, verified by the window DP, the
 * equally best kept. A segment with runs the best place did not match (a long line that jumps
 * between places, or is covered only in part) is split: those runs are looked up on their own, and
 * a segment with no acceptable place is halved, down to a few pieces. Not thread-safe.
 */
final class SegmentAligner {
  /** Candidate windows verified per lookup. */
  static final int CANDIDATES = 8;
  /**
   * Windows for a segment of at most {@link #SHORT} pieces: a heading ("Article", "Điều") occurs many
   * times, and the neighbours can only pick the right occurrence if it is among the candidates.
   */
  static final int SHORT_CANDIDATES = 64;
  static final int SHORT = 3;
  /**
   * Equally good places kept for a segment longer than {@link #SHORT}: such a segment ties only
   * where a passage is repeated, and more copies than this are a repetition (one word or refrain
   * over and over, "Nga, Nga, ..."), not a document's structure. The first ones in window order are
   * kept: without the bound, every segment of a repetitive line kept a place per position of its
   * window (up to {@link PoolIndex#MAX_POSTINGS}), and the resolver compared each with each of its
   * neighbour's, quadratic per segment.
   */
  static final int MAX_TIES = SHORT_CANDIDATES;
  /**
   * The same for a segment of at most {@link #SHORT} pieces, which draws {@link #SHORT_CANDIDATES}
   * windows and whole sentences besides: a heading may occur that often in a large pool.
   */
  static final int SHORT_MAX_TIES = 4 * SHORT_CANDIDATES;
  /**
   * Pieces of room a window gets for each degraded piece that is no clean piece (it may be several
   * joined ones); longer joins (paths, URLs) split the line's votes and are found as parts.
   */
  private static final int JOIN_SLACK = 7;
  /** Runs shorter than this are not looked up again on their own. */
  private static final int MIN_SPLIT = 3;

  private final SiblingPool pool;
  private final PoolIndex index;
  private final DegradedProfile profile;
  private final WindowAligner aligner;
  private final PoolIndex.Scratch scratch = new PoolIndex.Scratch();
  private final PoolIndex.Windows windows = new PoolIndex.Windows(SHORT_CANDIDATES);
  private final InfixAligner kernel = AlignerType.MYERS.create();
  private int[] pattern = new int[WindowAligner.MAX_SEGMENT];

  SegmentAligner(SiblingPool pool, PoolIndex index, DegradedProfile profile, WindowAligner aligner) {
    this.pool = pool;
    this.index = index;
    this.profile = profile;
    this.aligner = aligner;
  }

  List<Part> align(Restorer.Segment seg, LinePlan line) {
    List<Part> parts = new ArrayList<>();
    align(line, seg.from(), seg.len(), seg.cutLast(), parts);
    return parts;
  }

  private void align(LinePlan line, int from, int len, boolean cutLast, List<Part> out) {
    align(line, from, len, cutLast, false, out);
  }

  /**
   * @param split whether this run is part of a segment: it then needs more evidence, so that a few
   *              common words of an uncovered line do not pass for a covered part
   */
  private void align(LinePlan line, int from, int len, boolean cutLast, boolean split, List<Part> out) {
    List<Alignment> found = candidates(line, from, len, cutLast, split);
    if (found.isEmpty()) {
      if (len >= 2 * MIN_SPLIT + 2) {
        int half = len / 2;
        align(line, from, half, false, true, out);
        align(line, from + half, len - half, cutLast, true, out);
      } else {
        out.add(new Part(line.index, from, len, List.of()));
      }
      return;
    }
    // Runs the best place did not match (the line jumps elsewhere, or is not covered there) are
    // looked up on their own; the matched runs between them keep this place.
    Alignment first = found.get(0);
    int runStart = 0;
    int i = 0;
    while (i < len) {
      if (first.matchedByForm(i)) {
        i++;
        continue;
      }
      int j = i;
      while (j < len && !first.matchedByForm(j)) {
        j++;
      }
      if (j - i >= MIN_SPLIT) {
        if (i > runStart) {
          out.add(slice(line, from, runStart, i, found));
        }
        align(line, from + i, j - i, cutLast && j == len, true, out);
        runStart = j;
      }
      i = j;
    }
    if (runStart < len) {
      out.add(runStart == 0 ? new Part(line.index, from, len, found) : slice(line, from, runStart, len, found));
    }
  }

  private static Part slice(LinePlan line, int from, int lo, int hi, List<Alignment> found) {
    List<Alignment> sliced = new ArrayList<>(found.size());
    for (Alignment a : found) {
      sliced.add(a.slice(lo, hi));
    }
    return new Part(line.index, from + lo, hi - lo, sliced);
  }

  private List<Alignment> candidates(LinePlan line, int from, int len, boolean cutLast, boolean split) {
    int n = index.candidates(line.ids, from, len, scratch, windows, len <= SHORT ? SHORT_CANDIDATES : CANDIDATES);
    List<Alignment> found = new ArrayList<>();
    List<Alignment> exact = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    // a piece that is no clean piece may be several joined ones: the place may be wider than the line
    int joined = 0;
    for (int i = from; i < from + len; i++) {
      if (index.unigramCount(line.ids[i]) == 0) {
        joined++;
      }
    }
    int slack = 2 + len / 4 + Math.min(4 * JOIN_SLACK, joined * JOIN_SLACK);
    int seeds = scratch.seeds();
    int maxTies = len <= SHORT ? SHORT_MAX_TIES : MAX_TIES;
    for (int w = 0; w < n; w++) {
      // Windows come best voted first, and a copy of the line key for key draws a vote from every
      // bigram voted with: once such a place is known, windows with fewer votes cannot tie with it.
      if (best == 0 && windows.votes(w) < seeds) {
        break;
      }
      int lo = windows.low(w);
      int hi = windows.high(w);
      int anchor = Math.max(0, Math.min(index.size() - 1, (lo + hi) / 2 + len / 2));
      int doc = index.docOf(anchor);
      int wFrom = Math.max(index.docStart(doc), lo - slack);
      int wTo = Math.min(index.docStart(doc + 1), hi + len + slack);
      // every exact place in the window (a heading may occur twice in one window), else a place
      // key for key but for joined words; once such a place is known, only other such places can
      // tie with it, and the DP is left for lines with real edits
      exact.clear();
      Alignment a = aligner.alignExact(line, from, len, doc, wFrom, wTo, exact, maxTies);
      if (a == null) {
        a = aligner.alignJoined(line, from, len, doc, wFrom, wTo);
      }
      if (a == null && best > 0) {
        // The bit-parallel kernel bounds the unit edit distance first: a window that cannot hold
        // an acceptable place (half the pieces matched; a joined word costs one edit per piece it
        // joins) costs no DP. The DP keeps the whole window: with joins, the best unit-cost end
        // need not be where the best place ends.
        int maxCost = len / 2 + 2 + joined * JOIN_SLACK;
        if (kernel.findBest(pattern(line, from, len), 0, len, index.ids(), wFrom, wTo - wFrom, maxCost)
            == InfixAligner.NO_MATCH) {
          continue;
        }
        a = aligner.align(line, from, len, cutLast, doc, wFrom, wTo, best);
      }
      if (a == null || !acceptable(a, len, split) || a.cost > best) {
        continue;
      }
      if (exact.size() > 1) {
        if (best > 0) {
          found.clear();
          best = 0;
        }
        for (Alignment e : exact) {
          if (found.size() < maxTies && found.stream().noneMatch(e::sameAs)) {
            found.add(e);
          }
        }
        continue;
      }
      if (a.cost < best) {
        best = a.cost;
        found.clear();
      }
      boolean duplicate = false;
      for (Alignment f : found) {
        duplicate |= f.sameAs(a);
      }
      if (!duplicate) {
        found.add(a);
      }
    }
    if (n == SHORT_CANDIDATES && len <= SHORT && from == 0 && len == line.size) {
      best = addWholeSentences(line, len, found, best);
    }
    if (found.size() > 1 && (profile.caseKept() || profile.punctuation())) {
      found = closestInForm(line, from, found);
    }
    if (found.size() > 1) {
      for (Alignment a : found) {
        markSentenceEdges(a, line, from, len);
      }
    }
    found.sort(Comparator.comparingInt(Alignment::first));
    return found;
  }

  /**
   * A short line whose windows were cut off at {@link #SHORT_CANDIDATES} ("ні", "điều" in a large
   * pool) may miss the one occurrence that is a whole sentence, the likeliest for a line of a
   * one-sentence-per-line copy: adds every unchanged occurrence that starts and ends a sentence, up
   * to {@link #SHORT_CANDIDATES} more, when no place found so far is as good. Returns the new best cost.
   */
  private int addWholeSentences(LinePlan line, int len, List<Alignment> found, int best) {
    int first = line.ids[0];
    if (first < 0 || first >= index.vocabulary().size()) {
      return best;
    }
    for (Alignment a : found) {
      if (a.cost == 0 && startsSentence(a) && endsSentence(a)) {
        return best;
      }
    }
    int[] ids = index.ids();
    int count = Math.min(index.unigramCount(first), PoolIndex.MAX_POSTINGS);
    int added = 0;
    for (int k = 0; k < count && added < SHORT_CANDIDATES; k++) {
      int p = index.unigramPosition(first, k);
      int doc = index.docOf(p);
      if (p + len > index.docStart(doc + 1)) {
        continue;
      }
      int i = 1;
      while (i < len && ids[p + i] == line.ids[i]) {
        i++;
      }
      if (i < len) {
        continue;
      }
      if (!mayBeSentence(doc, p, p + len - 1)) {
        continue;
      }
      Alignment a = Alignment.exact(doc, p, len);
      if (!startsSentence(a) || !endsSentence(a) || found.stream().anyMatch(a::sameAs)) {
        continue;
      }
      if (best > 0) {
        found.clear();
        best = 0;
      }
      found.add(a);
      added++;
    }
    return best;
  }

  /**
   * The best acceptable place of pieces {@code [from, from + len)} inside stream window
   * {@code [wFrom, wTo)} of document {@code doc}, or {@code null}: for a place the index did not
   * offer. An {@code uncovered} run (no place found elsewhere) needs the evidence a split part does;
   * of several unchanged places the {@code last} or the first is taken.
   */
  Alignment alignIn(LinePlan line, int from, int len, boolean cutLast, int doc, int wFrom, int wTo,
      boolean uncovered, boolean last) {
    List<Alignment> all = last ? new ArrayList<>() : null;
    Alignment a = aligner.alignExact(line, from, len, doc, wFrom, wTo, all);
    if (last && all.size() > 1) {
      a = all.get(all.size() - 1);
    }
    if (a == null) {
      a = aligner.alignJoined(line, from, len, doc, wFrom, wTo);
    }
    if (a == null) {
      a = aligner.align(line, from, len, cutLast, doc, wFrom, wTo);
    }
    if (a == null || !acceptable(a, len, uncovered)) {
      return null;
    }
    markSentenceEdges(a, line, from, len);
    return a;
  }

  /** The segment's key ids for the kernel: unknown keys get ids no pool piece has. */
  private int[] pattern(LinePlan line, int from, int len) {
    if (pattern.length < len) {
      pattern = new int[len];
    }
    int unknown = index.vocabulary().size();
    for (int i = 0; i < len; i++) {
      int id = line.ids[from + i];
      pattern[i] = id >= 0 ? id : unknown + i;
    }
    return pattern;
  }

  /** Whether a part that starts (ends) its line starts (ends) a sentence of its sibling there. */
  private void markSentenceEdges(Alignment a, LinePlan line, int from, int len) {
    a.sentenceStart = from == 0 && startsSentence(a);
    a.sentenceEnd = from + len == line.size && endsSentence(a);
  }

  /**
   * A cheap test before the sentence boundaries (which cost an ICU pass over the document the first
   * time): pieces {@code [p, q]} have a line break or a sentence terminal (Unicode STerm: . ! ? …
   * and other scripts' stops) before and after them, or the document's edge.
   */
  private boolean mayBeSentence(int doc, int p, int q) {
    String text = pool.text(doc);
    int before = p > index.docStart(doc) ? index.pieceEnd(p - 1) : 0;
    int after = q + 1 < index.docStart(doc + 1) ? index.pieceStart(q + 1) : text.length();
    return (before == 0 || SentenceEvidence.mayHoldBreak(text, before, index.pieceStart(p)))
        && (after == text.length() || SentenceEvidence.mayHoldBreak(text, index.pieceEnd(q), after));
  }

  /** Whether the alignment's last piece is the last piece of a sentence of its sibling. */
  private boolean endsSentence(Alignment a) {
    int p = a.last();
    if (p < 0) {
      return false;
    }
    int end = index.pieceEnd(p);
    int nextStart = p + 1 < index.docStart(a.doc + 1) ? index.pieceStart(p + 1) : pool.text(a.doc).length();
    return pool.sentenceEndAtOrAfter(a.doc, end) <= nextStart;
  }

  /** Whether the alignment's first piece is the first piece of a sentence of its sibling. */
  private boolean startsSentence(Alignment a) {
    int p = a.first();
    if (p < 0) {
      return false;
    }
    int start = index.pieceStart(p);
    int prevEnd = p > index.docStart(a.doc) ? index.pieceEnd(p - 1) : 0;
    return pool.sentenceStartAtOrBefore(a.doc, start) >= prevEnd;
  }

  /**
   * Among equally good places, those whose case and punctuation differ least from the copy's own,
   * when the copy kept them (a tokenizer's output): "Переговори" at a line start is not the
   * "переговори" inside another sentence.
   */
  private List<Alignment> closestInForm(LinePlan line, int from, List<Alignment> found) {
    int best = Integer.MAX_VALUE;
    List<Alignment> closest = new ArrayList<>();
    for (Alignment a : found) {
      int d = formDistance(line, from, a);
      if (d < best) {
        best = d;
        closest.clear();
      }
      if (d == best) {
        closest.add(a);
      }
    }
    return closest;
  }

  private int formDistance(LinePlan line, int from, Alignment a) {
    String text = pool.text(a.doc);
    int d = 0;
    for (int i = 0; i < a.kind.length; i++) {
      if (a.kind[i] != MatchKind.EXACT) {
        continue;
      }
      int k = from + i;
      if (profile.caseKept()
          && !line.text.regionMatches(line.start[k], text, index.pieceStart(a.from[i]), line.end[k] - line.start[k])) {
        d++;
      }
      if (profile.punctuation() && i + 1 < a.kind.length && a.kind[i + 1] == MatchKind.EXACT
          && a.from[i + 1] == a.to[i] + 1) {
        String own = punctuationOf(line.text, line.end[k], line.start[k + 1]);
        String theirs = punctuationOf(text, index.pieceEnd(a.to[i]), index.pieceStart(a.from[i + 1]));
        if (!own.equals(theirs)) {
          d++;
        }
      }
    }
    if (profile.punctuation()) {
      int last = a.kind.length - 1;
      if (a.kind[last] == MatchKind.EXACT) {
        int k = from + last;
        int end = k + 1 < line.size ? line.start[k + 1] : line.text.length();
        int next = a.to[last] + 1 < index.docStart(a.doc + 1) ? index.pieceStart(a.to[last] + 1) : text.length();
        String own = punctuationOf(line.text, line.end[k], end);
        String theirs = punctuationOf(text, index.pieceEnd(a.to[last]), Math.min(next, index.pieceEnd(a.to[last]) + own.length() + 8));
        if (!theirs.startsWith(own) || (own.isEmpty() && k + 1 == line.size && !theirs.isEmpty())) {
          d++;
        }
      }
    }
    return d;
  }

  /** The characters of {@code s[from, to)} other than white space and underscores. */
  private static String punctuationOf(String s, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '_') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * At least half the pieces matched by form; a one-piece segment must match by form; a part of a
   * split segment needs three quarters and at least {@link #MIN_SPLIT} pieces.
   */
  private static boolean acceptable(Alignment a, int len, boolean split) {
    if (split) {
      return a.matchedWeight() >= Math.max(MIN_SPLIT, 0.75 * len);
    }
    if (len == 1) {
      return a.kind[0].standsAlone();
    }
    return a.matchedWeight() >= Math.max(1.0, 0.5 * len);
  }
}

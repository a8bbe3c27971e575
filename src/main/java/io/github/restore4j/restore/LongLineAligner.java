// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.align.AnchorChain;
import io.github.restore4j.index.PoolIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns a long degraded line (a speech transcript of 15,000 words, an OCR page) as one sequence
 * against the region of its sibling it comes from, instead of as independent 64-piece segments: a
 * segment of a noisy line, looked up on its own, finds too few of its words to be sure of a place,
 * or a wrong place, and many such lookups cost seconds.
 *
 * <pre>{@code
 * line:    GOOD DAY AND WELCOME TO CULPS THIRD QUARTER TWENTY TWENTY EARNINGS CALL ...
 * sibling: Good day and welcome to Culp's third quarter 2020 earnings conference call. ...
 * parts:   one part for the whole line, one place: GOOD..CULPS, THIRD QUARTER, EARNINGS, CALL
 *          matched in order; TWENTY TWENTY and the missing "conference" left as they are
 * }</pre>
 *
 * <p>How, in five steps, each linear in the line and its region:
 * <ol>
 *   <li>Locate: the line's rare keys (at most {@link #RARE} occurrences in the pool) vote for the
 *       document they occur in and for the offset between their place there and in the line; the
 *       region is the most voted document around the densest stretch of offsets, with room for
 *       insertions and deletions.</li>
 *   <li>Anchor: the {@link #K}-grams of key ids unique in both the line and the region, chained in
 *       order ({@link AnchorChain}): pieces matched for sure.</li>
 *   <li>Fill: each gap between anchors is aligned by the window DP ({@link WindowAligner}, which knows
 *       joined words, digit splits and a cut last word) when it is small, else re-anchored inside
 *       with k-grams as short as needed (down to single keys, unique in the smaller ranges); a gap
 *       with no anchor that is too big for the DP stays unmatched. Cells are bounded per gap, so no
 *       line × region matrix is ever built.</li>
 *   <li>Check: a block of the line with too few pieces matched beside a matched neighbour is not
 *       backed by the region (only common words met by chance) and is unmapped.</li>
 *   <li>Emit: one {@link Part} per run of the line matched there; a long run with no match (the line
 *       moves to another document) is located and aligned again on its own, and left uncovered if
 *       nothing backs it there either.</li>
 * </ol>
 * A line the rare keys locate nowhere, or that nothing backs where they do, goes to the segment path
 * whole, as a short line does.
 *
 * <p>Not thread-safe: one per thread (it owns scratch and its window aligner).
 */
final class LongLineAligner {
  /**
   * Lines of more pieces than this are aligned here; shorter ones by the segment path. On three
   * real earnings calls (speech-recognizer output against the human transcript) cut into lines of
   * 80, 128, 192 and 320 words, the anchored alignment gave case accuracy 0.92–0.99 and punctuation
   * F1 0.87–0.97 where the segment path gave 0.73–0.91 and 0.65–0.84, at every length; but on clean
   * copies whose lines run to 65–190 words (the vi-binhvq sentences under the ascii, split and digits
   * profiles) the segment path restored every line and this one 97.5–98% of them, its rare-key
   * region and one-chain anchors being the weaker guess on a line with few rare words. So lines
   * stay on the segment path up to three segments.
   */
  static final int MIN_PIECES = 3 * WindowAligner.MAX_SEGMENT;
  /**
   * Longest k-gram anchors; gaps are re-anchored with shorter ones. Measured on the eight earnings
   * calls (case accuracy of the matched words, mean): 3 and 4 alike (0.966), 2 a little lower
   * (0.965: common bigrams are unique in a gap by chance), 1 lower still (0.955).
   */
  static final int K = 3;
  /** A key occurring at most this often in the pool votes for where the line is. */
  static final int RARE = 8;
  /** Gaps of at most this many pieces of the line go to the window DP... */
  static final int GAP_PIECES = WindowAligner.MAX_SEGMENT;
  /** ...when the DP matrix has at most this many cells. */
  static final int MAX_CELLS = 64 * 512;
  /** Blocks of pieces whose share of matches decides whether the region backs them. */
  static final int BLOCK = WindowAligner.MAX_SEGMENT;
  /**
   * Share of a block's pieces matched in pairs (two neighbours matched to neighbours) below which
   * the region does not back it. Single matches do not count: in a wrong region the DP still pairs
   * common words one by one. Measured with each of three earnings calls against another call's
   * transcript (the same greetings and disclaimers, another company): without this test 13–15% of
   * their words were aligned there, with it 3–6% (the segment path: 5–8%); on the eight true pairs
   * it changes nothing but the noisiest call (case 0.835 → 0.753: stretches its recognizer got
   * mostly wrong are left as they are). At 0.15 and 0.2 the true pairs lost more.
   */
  static final double MIN_BACKED = 0.1;
  /** A run of the line with no match in the region at least this long is looked up elsewhere. */
  static final int RELOCATE = 2 * WindowAligner.MAX_SEGMENT;
  /**
   * Nesting limit of re-anchoring: each level passes once over its gaps, so the work stays within
   * this many passes over the line even if every level found a single anchor at an edge; with real
   * text a gap is small after two or three levels.
   */
  private static final int MAX_DEPTH = 64;

  private final SiblingPool pool;
  private final PoolIndex index;
  private final WindowAligner window;
  private final SegmentAligner segments;
  private final AnchorChain chain = AnchorChain.create();
  private long cells;

  /** Scratch of the line being aligned: per piece, its place (as {@link Alignment} has them). */
  private int[] from;
  private int[] to;
  private MatchKind[] kind;
  private int cutEnd;
  private int cost;

  LongLineAligner(SiblingPool pool, PoolIndex index, WindowAligner window, SegmentAligner segments) {
    this.pool = pool;
    this.index = index;
    this.window = window;
    this.segments = segments;
  }

  /** The parts of pieces {@code [0, line.size)}, in order, covering the line. */
  List<Part> align(LinePlan line) {
    List<Part> parts = new ArrayList<>();
    align(line, 0, line.size, false, parts);
    return parts;
  }

  /** DP cells and anchor work spent so far: a counter for tests of linear cost. */
  long work() {
    return cells + chain.work();
  }

  /**
   * @param relocated whether {@code [lo, hi)} is a run a region did not back: if it finds no region
   *                  of its own it stays uncovered, without the segment path's many lookups (a
   *                  recognizer's garbage is no better found 64 pieces at a time)
   */
  private void align(LinePlan line, int lo, int hi, boolean relocated, List<Part> out) {
    int[] region = locate(line, lo, hi);
    if (region == null) {
      uncovered(line, lo, hi, relocated, out);
      return;
    }
    int doc = region[0];
    int m = hi - lo;
    from = new int[m];
    to = new int[m];
    kind = new MatchKind[m];
    Arrays.fill(kind, MatchKind.NONE);
    Arrays.fill(from, -1);
    Arrays.fill(to, -1);
    cutEnd = -1;
    cost = 0;
    fill(line, lo, lo, hi, doc, region[1], region[2], 0, true, true);
    keepGlued(line, lo, hi, doc);
    dropUnbacked(m);
    Alignment a = new Alignment(doc, cost, from, to, kind, cutEnd);
    // runs the region did not match: long ones are looked up again, the rest stay in this part
    int start = 0;
    int i = 0;
    while (i < m) {
      if (a.matchedByForm(i)) {
        i++;
        continue;
      }
      int j = i;
      while (j < m && !a.matchedByForm(j)) {
        j++;
      }
      if (j - i >= RELOCATE) {
        if (i > start) {
          out.add(new Part(line.index, lo + start, i - start, List.of(a.slice(start, i))));
        }
        if (i == 0 && j == m) {
          uncovered(line, lo, hi, relocated, out); // nothing matched in its own region
        } else {
          align(line, lo + i, lo + j, true, out);
        }
        start = j;
      }
      i = j;
    }
    if (start < m) {
      out.add(new Part(line.index, lo + start, m - start, List.of(start == 0 ? a : a.slice(start, m))));
    }
  }

  /**
   * Pieces {@code [i0, i1)} of the line (offset {@code base} in the scratch) against stream
   * {@code [j0, j1)}: anchors, then the gaps between them, recursively.
   *
   * @param openStart whether the stream range's start is only an estimate (the line's first gap)
   * @param openEnd   whether its end is (the line's last gap)
   */
  private void fill(LinePlan line, int base, int i0, int i1, int doc, int j0, int j1, int depth,
      boolean openStart, boolean openEnd) {
    int m = i1 - i0;
    if (m <= 0 || j1 <= j0) {
      return;
    }
    // an open end keeps only the stretch next to its anchor a gap of m pieces can reach
    if (openStart && !openEnd) {
      j0 = Math.max(j0, j1 - 2 * m - 16);
    } else if (openEnd && !openStart) {
      j1 = Math.min(j1, j0 + 2 * m + 16);
    }
    int n = j1 - j0;
    long matrix = (long) (m + 1) * (n + 1);
    if (m <= GAP_PIECES && matrix <= MAX_CELLS) {
      dp(line, base, i0, m, doc, j0, j1, !openStart && !openEnd);
      return;
    }
    if (depth < MAX_DEPTH) {
      for (int k = K; k >= 1; k--) {
        int c = chain.find(line.ids, i0, i1, index.ids(), j0, j1, k);
        if (c == 0) {
          continue;
        }
        int[] as = new int[c];
        int[] bs = new int[c];
        for (int t = 0; t < c; t++) {
          as[t] = chain.a(t);
          bs[t] = chain.b(t);
        }
        int pi = i0 - 1;
        int pj = j0 - 1;
        for (int t = 0; t < c; t++) {
          for (int u = 0; u < k; u++) {
            int i = as[t] + u;
            int j = bs[t] + u;
            if (i <= pi || j <= pj) {
              continue; // overlaps the previous anchor on a different diagonal
            }
            fill(line, base, pi + 1, i, doc, pj + 1, j, depth + 1, pi < i0 && openStart, false);
            from[i - base] = j;
            to[i - base] = j;
            kind[i - base] = MatchKind.EXACT;
            pi = i;
            pj = j;
          }
        }
        fill(line, base, pi + 1, i1, doc, pj + 1, j1, depth + 1, false, openEnd);
        return;
      }
    }
    if (m <= GAP_PIECES && matrix <= 8L * MAX_CELLS) {
      dp(line, base, i0, m, doc, j0, j1, !openStart && !openEnd); // no anchor: still small enough to align whole
    }
  }

  /**
   * Unpairs a misheard piece glued to its neighbour in the copy ("DON'T" is "DON" and "T") where
   * the clean pieces it pairs with are separate words: the renderer would put the sibling's
   * separator (". ") in place of the copy's apostrophe, and "DON. T" is no longer the copy's word.
   * With one of the two left unpaired, the copy's separator between them stays.
   */
  private void keepGlued(LinePlan line, int lo, int hi, int doc) {
    String text = pool.text(doc);
    for (int i = lo + 1; i < hi; i++) {
      int x = i - lo;
      if (!kind[x].mapped() || !kind[x - 1].mapped()
          || (kind[x] == MatchKind.EXACT && kind[x - 1] == MatchKind.EXACT)
          || from[x] != to[x - 1] + 1 || hasSpace(line.text, line.end[i - 1], line.start[i])
          || !hasSpace(text, index.pieceEnd(to[x - 1]), index.pieceStart(from[x]))) {
        continue;
      }
      // one unpaired piece keeps the glue; the first stays paired if it can, so that the
      // separator before the word still comes from the sibling ("any. I'VE")
      int y = kind[x] != MatchKind.EXACT ? x : x - 1;
      kind[y] = MatchKind.NONE;
      from[y] = -1;
      to[y] = -1;
    }
  }

  /**
   * Unmaps each block of {@link #BLOCK} pieces with less than {@link #MIN_BACKED} of its pieces
   * matched beside a matched neighbour: a region that only shares common words with the line ("the", "and", a
   * conference call's greeting) is not where it comes from, and the words the DP paired there would
   * take a wrong document's case and punctuation. Such blocks are looked up elsewhere when long.
   */
  private void dropUnbacked(int m) {
    for (int b = 0; b < m; b += BLOCK) {
      int e = m - b < 2 * BLOCK ? m : b + BLOCK;
      int w = 0;
      for (int x = b; x < e; x++) {
        if (matched(x) && ((x > 0 && matched(x - 1) && from[x] == to[x - 1] + 1)
            || (x + 1 < m && matched(x + 1) && from[x + 1] == to[x] + 1))) {
          w++;
        }
      }
      if (w < MIN_BACKED * (e - b)) {
        Arrays.fill(kind, b, e, MatchKind.NONE);
        Arrays.fill(from, b, e, -1);
        Arrays.fill(to, b, e, -1);
      }
      if (e == m) {
        break;
      }
    }
  }

  private boolean matched(int x) {
    return kind[x].matchedByForm();
  }

  private static boolean hasSpace(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void dp(LinePlan line, int base, int i0, int m, int doc, int j0, int j1, boolean global) {
    cells += (long) (m + 1) * (j1 - j0 + 1);
    Alignment a = window.align(line, i0, m, i0 + m == line.size, doc, j0, j1, global);
    if (a == null) {
      return;
    }
    for (int x = 0; x < m; x++) {
      int i = i0 + x - base;
      kind[i] = a.kind[x];
      if (a.kind[x].mapped()) {
        from[i] = a.from[x];
        to[i] = a.to[x];
      }
    }
    if (a.kind[m - 1] == MatchKind.PREFIX) {
      cutEnd = a.cutEnd;
    }
    cost += a.cost;
  }

  /**
   * {document, stream from, stream to} where pieces {@code [lo, hi)} of the line most likely are,
   * or {@code null} when no rare key of theirs is in the pool.
   */
  private int[] locate(LinePlan line, int lo, int hi) {
    // votes as (document, offset) pairs packed in longs, sorted: documents then offsets in order
    long[] votes = new long[16];
    int n = 0;
    for (int i = lo; i < hi; i++) {
      int id = line.ids[i];
      int count = index.unigramCount(id);
      if (count == 0 || count > RARE) {
        continue;
      }
      for (int k = 0; k < count; k++) {
        int p = index.unigramPosition(id, k);
        if (n == votes.length) {
          votes = Arrays.copyOf(votes, 2 * n);
        }
        // offsets are shifted to stay non-negative (a piece late in the line, early in the stream)
        votes[n++] = ((long) index.docOf(p) << 32) | (p - (i - lo) + (long) Integer.MAX_VALUE / 2 + 1);
      }
    }
    if (n == 0) {
      return null;
    }
    Arrays.sort(votes, 0, n);
    int best = -1;
    int bestVotes = 0;
    int bestStart = 0;
    for (int x = 0; x < n; ) {
      int y = x;
      while (y < n && votes[y] >>> 32 == votes[x] >>> 32) {
        y++;
      }
      if (y - x > bestVotes) {
        best = (int) (votes[x] >>> 32);
        bestVotes = y - x;
        bestStart = x;
      }
      x = y;
    }
    int[] own = new int[bestVotes];
    int c = bestVotes;
    for (int x = 0; x < c; x++) {
      own[x] = (int) ((votes[bestStart + x] & 0xFFFFFFFFL) - Integer.MAX_VALUE / 2 - 1);
    }
    // The densest stretch of offsets, not their median: a rare key of the line that the sibling
    // has elsewhere (a misheard word, a repeated phrase) votes for a wrong offset, and on a line of a
    // few hundred pieces such votes can outnumber those on either side of the right one.
    int len = hi - lo;
    int width = len / 2 + WindowAligner.MAX_SEGMENT;
    int bestFrom = 0;
    int bestCount = 0;
    for (int x = 0, y = 0; y < c; y++) {
      while (own[y] - own[x] > width) {
        x++;
      }
      if (y - x + 1 > bestCount) {
        bestCount = y - x + 1;
        bestFrom = x;
      }
    }
    int center = own[bestFrom + bestCount / 2];
    int margin = len / 2 + WindowAligner.MAX_SEGMENT;
    int start = (int) Math.max(index.docStart(best), (long) center - margin);
    int end = (int) Math.min(index.docStart(best + 1), (long) center + len + margin);
    return start < end ? new int[] {best, start, end} : null;
  }

  /** A run no region backs: a relocated run stays uncovered, a whole line goes to the segment path. */
  private void uncovered(LinePlan line, int lo, int hi, boolean relocated, List<Part> out) {
    if (relocated) {
      out.add(new Part(line.index, lo, hi - lo, List.of()));
    } else {
      bySegments(line, lo, hi, out);
    }
  }

  /** Pieces {@code [lo, hi)} as the segment path aligns a line: segments of at most 64 pieces. */
  private void bySegments(LinePlan line, int lo, int hi, List<Part> out) {
    List<Restorer.Segment> cut = new ArrayList<>();
    Restorer.cut(line.index, lo, hi - lo, hi == line.size, cut);
    for (Restorer.Segment s : cut) {
      out.addAll(segments.align(s, line));
    }
  }
}

package io.github.restore4j.restore;

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
  /** Runs shorter than this are not looked up again on their own. */
  private static final int MIN_SPLIT = 3;

  private final PoolIndex index;
  private final WindowAligner aligner;
  private final PoolIndex.Scratch scratch = new PoolIndex.Scratch();
  private final PoolIndex.Windows windows = new PoolIndex.Windows(CANDIDATES);

  SegmentAligner(PoolIndex index, WindowAligner aligner) {
    this.index = index;
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
    int n = index.candidates(line.ids, from, len, scratch, windows, CANDIDATES);
    List<Alignment> found = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    int slack = 2 + len / 4;
    for (int w = 0; w < n; w++) {
      int lo = windows.low(w);
      int hi = windows.high(w);
      int anchor = Math.max(0, Math.min(index.size() - 1, (lo + hi) / 2 + len / 2));
      int doc = index.docOf(anchor);
      int wFrom = Math.max(index.docStart(doc), lo - slack);
      int wTo = Math.min(index.docStart(doc + 1), hi + len + slack);
      Alignment a = aligner.align(line, from, len, cutLast, doc, wFrom, wTo);
      if (a == null || !acceptable(a, len, split) || a.cost > best) {
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
    found.sort(Comparator.comparingInt(Alignment::first));
    return found;
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
      return a.kind[0] == Alignment.EXACT || a.kind[0] == Alignment.PREFIX || a.kind[0] == Alignment.MERGE;
    }
    return a.matchedWeight() >= Math.max(1.0, 0.5 * len);
  }
}

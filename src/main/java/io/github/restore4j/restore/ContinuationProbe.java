package io.github.restore4j.restore;

import io.github.restore4j.index.PoolIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks for a part right after where the previous part sits when the index did not offer that
 * place: a heading ("Điều", "Madde") or a common word occurs more often in a large pool than a
 * lookup verifies, and in a copy that keeps its siblings' order the occurrence that follows the
 * previous line (or, in a compilation, the last line taken from the same document) is the one meant. Runs only on such copies, and only for parts none of whose
 * places already continues the previous part; the {@link ContextResolver} then chooses as usual.
 */
final class ContinuationProbe {
  /** Window beyond the gap the resolver accepts, per piece of the part (joined words are wider). */
  private static final int ROOM_PER_PIECE = 3;

  private ContinuationProbe() {}

  /**
   * Adds to {@code candidates} (one list per part, replaced where it changes) the place found right
   * after the latest place of a recent document (the previous part's first), when it is as good as
   * the part's best.
   */
  static void extend(List<Part> parts, List<List<Alignment>> candidates, LinePlan[] lines,
      SegmentAligner aligner, PoolIndex index) {
    if (!ContextResolver.keepsOrder(candidates)) {
      return;
    }
    List<List<Alignment>> recent = new ArrayList<>();
    for (int s = 0; s < parts.size(); s++) {
      List<Alignment> c = candidates.get(s);
      Part part = parts.get(s);
      if (!recent.isEmpty() && !continuesAny(recent, c)) {
        for (List<Alignment> place : recent) {
          Alignment probe = probe(part, c.isEmpty(), place.get(0), lines, aligner, index);
          List<Alignment> extended = probe == null ? c : withProbe(c, probe);
          if (extended != c) {
            c = extended;
            candidates.set(s, c);
            ContextResolver.remember(recent, List.of(probe), ContextResolver.RECENT_DOCUMENTS);
            break;
          }
        }
      }
      if (c.size() == 1) {
        ContextResolver.remember(recent, c, ContextResolver.RECENT_DOCUMENTS);
      }
    }
  }

  private static boolean continuesAny(List<List<Alignment>> recent, List<Alignment> c) {
    for (List<Alignment> place : recent) {
      if (continues(place.get(0), c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean continues(Alignment prev, List<Alignment> c) {
    for (Alignment a : c) {
      if (ContextResolver.gap(prev, a) != ContextResolver.FAR) {
        return true;
      }
    }
    return false;
  }

  private static Alignment probe(Part part, boolean uncovered, Alignment prev, LinePlan[] lines,
      SegmentAligner aligner, PoolIndex index) {
    int last = prev.last();
    if (last < 0) {
      return null;
    }
    int wFrom = last + 1;
    int wTo = Math.min(index.docStart(prev.doc + 1), wFrom + ContextResolver.MAX_GAP + ROOM_PER_PIECE * part.len());
    if (wFrom >= wTo) {
      return null;
    }
    LinePlan line = lines[part.line()];
    Alignment a = aligner.alignIn(line, part.from(), part.len(), part.from() + part.len() == line.size,
        prev.doc, wFrom, wTo, uncovered);
    return a != null && ContextResolver.gap(prev, a) != ContextResolver.FAR ? a : null;
  }

  /** The part's places with the probe's: alone if it costs less, beside them if it costs as much. */
  private static List<Alignment> withProbe(List<Alignment> c, Alignment probe) {
    int best = Integer.MAX_VALUE;
    for (Alignment a : c) {
      best = Math.min(best, a.cost);
    }
    if (probe.cost < best) {
      return List.of(probe);
    }
    if (probe.cost > best) {
      return c;
    }
    List<Alignment> out = new ArrayList<>(c.size() + 1);
    out.addAll(c);
    out.add(probe);
    out.sort(java.util.Comparator.comparingInt(Alignment::first));
    return out;
  }
}

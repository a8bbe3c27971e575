// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.text.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Looks for a part right after where the previous part sits (or right before where the next one
 * sits) when the index did not offer that place: a heading ("Điều", "Так,") or a common word occurs
 * more often in a large pool than a lookup verifies, and in a copy that keeps its siblings' order
 * the occurrence next to the neighbouring line (or, in a compilation, to the latest line taken from
 * the same document) is the one meant. Runs only in stretches that keep their order
 * ({@link ContextResolver#orderedRuns}), and only for parts none of whose places already continues
 * a neighbour; the {@link ContextResolver} then chooses as usual. A part is probed under its own
 * line's folding, next to its neighbour's place carried over into that folding's stream
 * ({@link Keyings#after}, {@link Keyings#before}).
 */
final class ContinuationProbe {
  /** Window beyond the gap the resolver accepts, per piece of the part (joined words are wider). */
  private static final int ROOM_PER_PIECE = 3;

  private ContinuationProbe() {}

  /** The segment aligner for lines keyed under a folding (one per folding, owned by the caller). */
  interface Aligners {
    SegmentAligner of(LinePlan line);
  }

  /**
   * Adds to {@code candidates} (one list per part, replaced where it changes) the place found next
   * to the latest place of a recent document, forward then backward, when it is as good as the
   * part's best.
   *
   * @param ordered per part, whether its stretch keeps its order: only those are probed
   */
  static void extend(List<Part> parts, List<List<Alignment>> candidates, LinePlan[] lines,
      Aligners aligners, Keyings keyings, boolean[] ordered) {
    extend(parts, candidates, lines, aligners, keyings, ordered, true);
    extend(parts, candidates, lines, aligners, keyings, ordered, false);
  }

  private static void extend(List<Part> parts, List<List<Alignment>> candidates, LinePlan[] lines,
      Aligners aligners, Keyings keyings, boolean[] ordered, boolean forward) {
    List<List<Alignment>> recent = new ArrayList<>();
    int n = parts.size();
    for (int k = 0; k < n; k++) {
      int s = forward ? k : n - 1 - k;
      if (!ordered[s]) {
        recent.clear();
        continue;
      }
      List<Alignment> c = candidates.get(s);
      if (!recent.isEmpty() && !nearAny(recent, c, forward)) {
        for (List<Alignment> place : recent) {
          Alignment probe = probe(parts.get(s), c.isEmpty(), place.get(0), forward, lines, aligners, keyings);
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

  /** Whether one of {@code c} continues (forward) or leads to (backward) one of the recent places. */
  private static boolean nearAny(List<List<Alignment>> recent, List<Alignment> c, boolean forward) {
    for (List<Alignment> place : recent) {
      for (Alignment a : c) {
        if (near(place.get(0), a, forward)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean near(Alignment neighbour, Alignment a, boolean forward) {
    long gap = forward ? ContextResolver.gap(neighbour, a) : ContextResolver.gap(a, neighbour);
    return gap != ContextResolver.FAR;
  }

  private static Alignment probe(Part part, boolean uncovered, Alignment neighbour, boolean forward,
      LinePlan[] lines, Aligners aligners, Keyings keyings) {
    if (part.len() > WindowAligner.MAX_SEGMENT) {
      return null; // a long line's part is placed by its anchors (LongLineAligner), not its neighbours
    }
    if (neighbour.placeFirst() < 0 || neighbour.placeLast() < 0) {
      return null;
    }
    LinePlan line = lines[part.line()];
    Folding folding = line.folding();
    PoolIndex index = keyings.index(folding);
    int room = ContextResolver.MAX_GAP + ROOM_PER_PIECE * part.len();
    int wFrom;
    int wTo;
    if (forward) {
      wFrom = keyings.after(neighbour, folding);
      wTo = Math.min(index.docStart(neighbour.doc + 1), wFrom + room);
    } else {
      wTo = keyings.before(neighbour, folding);
      wFrom = Math.max(index.docStart(neighbour.doc), wTo - room);
    }
    if (wFrom >= wTo) {
      return null;
    }
    Alignment a = aligners.of(line).alignIn(line, part.from(), part.len(),
        part.from() + part.len() == line.size, neighbour.doc, wFrom, wTo, uncovered, !forward);
    if (a == null) {
      return null;
    }
    keyings.place(a, folding);
    return near(neighbour, a, forward) ? a : null;
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
    out.sort(Comparator.comparingInt(Alignment::first));
    return out;
  }
}

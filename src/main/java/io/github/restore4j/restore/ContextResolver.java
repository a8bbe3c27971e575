// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses among equally good places for a segment by its neighbours: degraded copies mostly keep
 * their sibling's order, so the place that continues where the previous segment matched (or leads
 * to where the next one matched) wins; when none is near it, the place that continues the latest
 * one in another recent document (a compilation interleaves runs of a few documents, each in its
 * order). A forward pass looks at the segments before, a backward pass at those after, so that two
 * neighbours that are both ambiguous (a repeated title followed by a repeated sentence) settle each
 * other. Neighbours count only when they are near, and only inside a run of lines that keeps its
 * siblings' order ({@link #orderedRuns}): a file may keep its order in one stretch and be shuffled
 * in the next. Then a place at a sentence start wins, then one that ends a sentence; a tie settled
 * that way is a guess, and {@link Resolution#guessed()} says so. Places still tied stay together,
 * and the renderer keeps only what they agree on.
 *
 * <p>Places are compared by {@link Alignment#placeFirst()} and {@link Alignment#placeLast()}, positions
 * in one stream whatever folding each line was keyed under ({@link Keyings}).
 */
final class ContextResolver {
  static final long FAR = Long.MAX_VALUE / 4;
  /**
   * A neighbour further than this many clean pieces away says nothing: lines shuffled or taken from
   * several documents would otherwise pick places by chance (a short document's headings all lie
   * within a hundred pieces of any of its lines).
   */
  static final int MAX_GAP = 32;
  /** Documents whose latest place a part may continue: a compilation interleaves a few. */
  static final int RECENT_DOCUMENTS = 4;
  /**
   * Segments with one place looked at on each side of a segment to decide whether its stretch
   * keeps its order: enough that a chance continuation in a shuffled stretch is outvoted, few
   * enough that an in-order stretch of a dozen lines is one.
   */
  static final int ORDER_WINDOW = 8;

  private ContextResolver() {}

  /**
   * The places chosen per segment, and which of them were chosen without evidence.
   *
   * @param chosen  one list per segment: its place, or places still tied, or none
   * @param guessed per segment, whether a tie was settled by the sentence edges alone (no
   *                neighbour decided it): its line's confidence is lowered
   */
  record Resolution(List<List<Alignment>> chosen, boolean[] guessed) {}

  /**
   * One choice list per segment.
   *
   * @param ordered per segment, whether its stretch keeps its siblings' order ({@link #orderedRuns}):
   *                only there do neighbours count
   */
  static Resolution resolve(List<List<Alignment>> candidates, boolean[] ordered) {
    int n = candidates.size();
    List<List<Alignment>> chosen = new ArrayList<>(candidates);
    byNeighbours(chosen, ordered);
    // No neighbour decides: a line of a copy with one sentence per line most likely is a sentence,
    // starting at a sentence start first, and ending at a sentence end.
    boolean[] guessed = new boolean[n];
    for (int s = 0; s < n; s++) {
      List<Alignment> c = chosen.get(s);
      if (c.size() > 1) {
        List<Alignment> edges = nearest(c, a -> (a.sentenceStart ? 0 : 2) + (a.sentenceEnd ? 0 : 1));
        guessed[s] = edges.size() < c.size();
        chosen.set(s, edges);
      }
    }
    return new Resolution(chosen, guessed);
  }

  /**
   * Per segment, whether the stretch around it keeps its siblings' order. Among the segments with
   * one place, the {@link #ORDER_WINDOW} before and after it, some continue the latest place of
   * their document (the previous segment's, or in a compilation a recent document's), some break
   * the order (they go back before the latest place of their document, or land in a document none
   * of the recent segments came from), and the rest skip ahead in a recent document. The stretch
   * keeps its order when at least as many continue as break it (or fewer than two break it). A
   * shuffled stretch breaks the order about every other line and continues by chance only; an
   * in-order stretch breaks it only where a new document starts, even where it leaves sentences out
   * and so continues seldom. A shuffled stretch's neighbours say nothing, and heeding them would
   * pick occurrences by chance; an in-order stretch of a shuffled file still settles its ties.
   */
  static boolean[] orderedRuns(List<List<Alignment>> candidates) {
    int n = candidates.size();
    // prefix counts over the segments with one place; uniqueBefore[s] = how many come before s
    int[] uniqueBefore = new int[n + 1];
    int[] continuing = new int[n + 1];
    int[] broken = new int[n + 1];
    int u = 0;
    List<List<Alignment>> recent = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      uniqueBefore[s] = u;
      List<Alignment> c = candidates.get(s);
      if (c.size() != 1) {
        continue;
      }
      Alignment a = c.get(0);
      boolean cont = false;
      boolean breaks = true; // unless it skips ahead in a recent document
      for (List<Alignment> place : recent) {
        if (gapAfter(place, a) != FAR) {
          cont = true;
          breaks = false;
          break;
        }
        Alignment p = place.get(0);
        if (p.doc == a.doc && a.placeFirst() > p.placeLast()) {
          breaks = false;
        }
      }
      continuing[u + 1] = continuing[u] + (cont ? 1 : 0);
      broken[u + 1] = broken[u] + (breaks ? 1 : 0);
      u++;
      remember(recent, c, RECENT_DOCUMENTS);
    }
    uniqueBefore[n] = u;
    boolean[] ordered = new boolean[n];
    for (int s = 0; s < n; s++) {
      int lo = Math.max(0, uniqueBefore[s] - ORDER_WINDOW);
      int hi = Math.min(u, uniqueBefore[s] + ORDER_WINDOW + (candidates.get(s).size() == 1 ? 1 : 0));
      int c = continuing[hi] - continuing[lo];
      int b = broken[hi] - broken[lo];
      ordered[s] = b < 2 || c >= b;
    }
    return ordered;
  }

  /** The neighbours just before and after first; then the latest places of recent documents. */
  private static void byNeighbours(List<List<Alignment>> chosen, boolean[] ordered) {
    byNeighbours(chosen, ordered, 1);
    byNeighbours(chosen, ordered, RECENT_DOCUMENTS);
  }

  /** A segment outside an ordered stretch neither chooses by its neighbours nor serves as one. */
  private static void byNeighbours(List<List<Alignment>> chosen, boolean[] ordered, int documents) {
    int n = chosen.size();
    List<List<Alignment>> recent = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      if (!ordered[s]) {
        recent.clear();
        continue;
      }
      List<Alignment> c = chosen.get(s);
      if (c.size() > 1 && !recent.isEmpty()) {
        c = nearestTo(recent, c, (place, a) -> gapAfter(place, a));
        chosen.set(s, c);
      }
      remember(recent, c, documents);
    }
    recent.clear();
    for (int s = n - 1; s >= 0; s--) {
      if (!ordered[s]) {
        recent.clear();
        continue;
      }
      List<Alignment> c = chosen.get(s);
      if (c.size() > 1 && !recent.isEmpty()) {
        c = nearestTo(recent, c, (place, a) -> gapBefore(a, place));
        chosen.set(s, c);
      }
      remember(recent, c, documents);
    }
  }

  private interface Gap {
    long between(List<Alignment> place, Alignment a);
  }

  /**
   * The candidates nearest the most recent neighbour that any of them is near: the part just before
   * (or after) first, then the last places in other documents, for a copy that interleaves runs of
   * several documents in their order (a compilation).
   */
  private static List<Alignment> nearestTo(List<List<Alignment>> recent, List<Alignment> c, Gap gap) {
    for (List<Alignment> place : recent) {
      List<Alignment> near = nearest(c, a -> gap.between(place, a));
      if (near != c) {
        return near;
      }
    }
    return c;
  }

  /**
   * Records a part's places as the latest in their document, most recent first, at most
   * {@code documents} documents.
   */
  static void remember(List<List<Alignment>> recent, List<Alignment> c, int documents) {
    if (c.isEmpty()) {
      return;
    }
    int doc = c.get(0).doc;
    for (int i = 0; i < recent.size(); i++) {
      if (recent.get(i).get(0).doc == doc) {
        recent.remove(i);
        break;
      }
    }
    recent.add(0, c);
    if (recent.size() > documents) {
      recent.remove(recent.size() - 1);
    }
  }

  /** How far {@code a} starts after the nearest of {@code prev} ends, in the same document. */
  private static long gapAfter(List<Alignment> prev, Alignment a) {
    long best = FAR;
    for (Alignment p : prev) {
      best = Math.min(best, gap(p, a));
    }
    return best;
  }

  /** How far the nearest of {@code next} starts after {@code a} ends, in the same document. */
  private static long gapBefore(Alignment a, List<Alignment> next) {
    long best = FAR;
    for (Alignment x : next) {
      best = Math.min(best, gap(a, x));
    }
    return best;
  }

  /** Pieces from the end of {@code earlier} to the start of {@code later}; FAR if not near after it. */
  static long gap(Alignment earlier, Alignment later) {
    long d = (long) later.placeFirst() - earlier.placeLast();
    return earlier.doc == later.doc && d > 0 && d <= MAX_GAP ? d : FAR;
  }

  private interface Distance {
    long of(Alignment a);
  }

  private static List<Alignment> nearest(List<Alignment> c, Distance distance) {
    long min = FAR;
    for (Alignment a : c) {
      min = Math.min(min, distance.of(a));
    }
    if (min == FAR) {
      return c;
    }
    List<Alignment> best = new ArrayList<>();
    for (Alignment a : c) {
      if (distance.of(a) == min) {
        best.add(a);
      }
    }
    return best;
  }
}

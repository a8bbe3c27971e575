package io.github.restore4j.restore;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses among equally good places for a segment by its neighbours: degraded copies mostly keep
 * their sibling's order, so the place that continues where the previous segment matched (or leads
 * to where the next one matched) wins. A forward pass looks at the previous segment's places, a
 * backward pass at the next segment's, so that two neighbours that are both ambiguous (a repeated
 * title followed by a repeated sentence) settle each other. Neighbours count only when they are
 * near, and only in a copy that keeps its siblings' order; then a place at a sentence start wins. Places still tied stay together, and the renderer
 * keeps only what they agree on.
 */
final class ContextResolver {
  private static final long FAR = Long.MAX_VALUE / 4;
  /**
   * A neighbour further than this many clean pieces away says nothing: lines shuffled or taken from
   * several documents would otherwise pick places by chance (a short document's headings all lie
   * within a hundred pieces of any of its lines).
   */
  static final int MAX_GAP = 32;

  private ContextResolver() {}

  static List<List<Alignment>> resolve(List<List<Alignment>> candidates) {
    int n = candidates.size();
    List<List<Alignment>> chosen = new ArrayList<>(candidates);
    if (keepsOrder(candidates)) {
      byNeighbours(chosen);
    }
    // No neighbour decides: a copy with one sentence per line most likely starts at a sentence start.
    for (int s = 0; s < n; s++) {
      List<Alignment> c = chosen.get(s);
      if (c.size() > 1) {
        chosen.set(s, nearest(c, a -> a.sentenceStart ? 0 : FAR));
      }
    }
    return chosen;
  }

  /**
   * Whether the copy keeps its siblings' order: most consecutive segments with one place each
   * continue one another. A shuffled copy's neighbours say nothing, and heeding them would pick
   * occurrences by chance.
   */
  static boolean keepsOrder(List<List<Alignment>> candidates) {
    int pairs = 0;
    int continuing = 0;
    Alignment prev = null;
    for (List<Alignment> c : candidates) {
      if (c.size() != 1) {
        continue;
      }
      Alignment a = c.get(0);
      if (prev != null) {
        pairs++;
        if (gapAfter(List.of(prev), a) != FAR) {
          continuing++;
        }
      }
      prev = a;
    }
    return pairs < 3 || 2 * continuing >= pairs;
  }

  private static void byNeighbours(List<List<Alignment>> chosen) {
    int n = chosen.size();
    List<Alignment> prev = List.of();
    for (int s = 0; s < n; s++) {
      List<Alignment> c = chosen.get(s);
      if (c.size() > 1 && !prev.isEmpty()) {
        List<Alignment> after = prev;
        c = nearest(c, a -> gapAfter(after, a));
        chosen.set(s, c);
      }
      if (!c.isEmpty()) {
        prev = c;
      }
    }
    List<Alignment> next = List.of();
    for (int s = n - 1; s >= 0; s--) {
      List<Alignment> c = chosen.get(s);
      if (c.size() > 1 && !next.isEmpty()) {
        List<Alignment> before = next;
        c = nearest(c, a -> gapBefore(a, before));
        chosen.set(s, c);
      }
      if (!c.isEmpty()) {
        next = c;
      }
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
  private static long gap(Alignment earlier, Alignment later) {
    long d = (long) later.first() - earlier.last();
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

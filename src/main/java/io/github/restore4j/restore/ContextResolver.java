package io.github.restore4j.restore;

import io.github.restore4j.index.PoolIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses among equally good places for a segment by its neighbours: degraded copies mostly keep
 * their sibling's order, so the place that continues where the previous segment matched (or leads
 * to where the next one matched) wins. Places still tied stay together, and the renderer keeps only
 * what they agree on.
 */
final class ContextResolver {
  private static final long FAR = Long.MAX_VALUE / 4;

  private ContextResolver() {}

  static List<List<Alignment>> resolve(List<List<Alignment>> candidates, PoolIndex index) {
    int n = candidates.size();
    List<List<Alignment>> chosen = new ArrayList<>(candidates);
    Alignment prev = null;
    for (int s = 0; s < n; s++) {
      List<Alignment> c = chosen.get(s);
      if (c.size() > 1) {
        List<Alignment> best = closest(c, prev, nextUnique(chosen, s));
        chosen.set(s, best);
        c = best;
      }
      if (c.size() == 1) {
        prev = c.get(0);
      }
    }
    return chosen;
  }

  private static Alignment nextUnique(List<List<Alignment>> chosen, int s) {
    for (int t = s + 1; t < chosen.size(); t++) {
      if (chosen.get(t).size() == 1) {
        return chosen.get(t).get(0);
      }
    }
    return null;
  }

  /** The candidates nearest after {@code prev}, then nearest before {@code next}. */
  private static List<Alignment> closest(List<Alignment> c, Alignment prev, Alignment next) {
    List<Alignment> best = c;
    if (prev != null) {
      best = nearest(best, a -> a.doc == prev.doc && a.first() > prev.last() ? a.first() - prev.last() : FAR);
    }
    if (best.size() > 1 && next != null) {
      best = nearest(best, a -> a.doc == next.doc && next.first() > a.last() ? next.first() - a.last() : FAR);
    }
    return best;
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

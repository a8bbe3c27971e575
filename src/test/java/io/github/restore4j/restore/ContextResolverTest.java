// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ContextResolverTest {

  /** Segments of four pieces at {@code positions} of document 0, each with one place. */
  private static List<List<Alignment>> places(int... positions) {
    List<List<Alignment>> out = new ArrayList<>();
    for (int p : positions) {
      out.add(List.of(Alignment.exact(0, p, 4)));
    }
    return out;
  }

  @Test
  void orderedRuns_inOrderStretchThenShuffled_eachStretchItsOwnVerdict() {
    List<List<Alignment>> c = places(0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44,
        900, 300, 700, 100, 500, 800, 200, 600, 400, 1000, 350, 650, 150, 950, 450, 750, 250, 550, 850);

    boolean[] ordered = ContextResolver.orderedRuns(c);

    for (int s = 0; s < 8; s++) {
      assertThat(ordered[s]).as("in order %d", s).isTrue();
    }
    for (int s = 20; s < c.size(); s++) {
      assertThat(ordered[s]).as("shuffled %d", s).isFalse();
    }
  }

  /** A copy that leaves sentences out goes forward, never back: still in order. */
  @Test
  void orderedRuns_skipsAheadInItsDocument_inOrder() {
    boolean[] ordered = ContextResolver.orderedRuns(places(0, 100, 180, 300, 420, 500, 640, 700, 810, 950));

    for (boolean b : ordered) {
      assertThat(b).isTrue();
    }
  }

  @Test
  void resolve_tieInOrderedStretch_settledByTheNeighbour_notAGuess() {
    List<List<Alignment>> c = places(0, 4);
    c.add(List.of(Alignment.exact(0, 100, 1), Alignment.exact(0, 9, 1)));

    ContextResolver.Resolution r = ContextResolver.resolve(c, new boolean[] {true, true, true});

    assertThat(r.chosen().get(2)).singleElement().satisfies(a -> assertThat(a.first()).isEqualTo(9));
    assertThat(r.guessed()[2]).isFalse();
  }

  @Test
  void resolve_tieOutsideOrder_settledBySentenceEdges_isAGuess() {
    List<List<Alignment>> c = places(0, 4);
    Alignment inside = Alignment.exact(0, 9, 1);
    Alignment sentence = Alignment.exact(0, 100, 1);
    sentence.sentenceStart = true;
    sentence.sentenceEnd = true;
    c.add(List.of(inside, sentence));

    ContextResolver.Resolution r = ContextResolver.resolve(c, new boolean[] {false, false, false});

    assertThat(r.chosen().get(2)).containsExactly(sentence);
    assertThat(r.guessed()[2]).isTrue();
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.text.Folding;
import java.util.List;

/**
 * The aligners of each kind of line ({@link DegradedProfile}: its folding, whether it kept case and
 * punctuation), made on first use: a {@link SegmentAligner} for segments, and a {@link
 * LongLineAligner} sharing its window DP for a line too long to cut into segments. Each owns scratch:
 * one instance per worker thread.
 */
final class SegmentAligners {
  private static final int KINDS = 4 * Folding.values().length;

  private final Keyings keyings;
  private final SegmentAligner[] aligners = new SegmentAligner[KINDS];
  private final LongLineAligner[] longLines = new LongLineAligner[KINDS];

  SegmentAligners(Keyings keyings) {
    this.keyings = keyings;
  }

  /** The parts of {@code seg}: the one segment of a long line is aligned whole, as one sequence. */
  List<Part> align(Restorer.Segment seg, LinePlan line, DegradedProfile profile) {
    int k = kind(profile);
    SegmentAligner segments = of(profile);
    return seg.len() > WindowAligner.MAX_SEGMENT ? longLines[k].align(line) : segments.align(seg, line);
  }

  SegmentAligner of(DegradedProfile profile) {
    int k = kind(profile);
    SegmentAligner a = aligners[k];
    if (a == null) {
      SiblingPool pool = keyings.pool();
      PoolIndex index = keyings.index(profile.folding());
      WindowAligner window = new WindowAligner(pool, index, profile.folding());
      a = new SegmentAligner(pool, index, profile, window);
      aligners[k] = a;
      longLines[k] = new LongLineAligner(pool, index, window, a);
    }
    return a;
  }

  private static int kind(DegradedProfile profile) {
    return 4 * profile.folding().ordinal() + (profile.caseKept() ? 2 : 0) + (profile.punctuation() ? 1 : 0);
  }
}

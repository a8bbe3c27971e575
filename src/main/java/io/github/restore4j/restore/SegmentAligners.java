package io.github.restore4j.restore;

/**
 * A {@link SegmentAligner} per kind of line ({@link DegradedProfile}: its folding, whether it kept
 * case and punctuation), made on first use. Each owns scratch: one instance per worker thread.
 */
final class SegmentAligners {
  private final Keyings keyings;
  private final SegmentAligner[] aligners = new SegmentAligner[4 * io.github.restore4j.text.Folding.values().length];

  SegmentAligners(Keyings keyings) {
    this.keyings = keyings;
  }

  SegmentAligner of(DegradedProfile profile) {
    int k = 4 * profile.folding().ordinal() + (profile.caseKept() ? 2 : 0) + (profile.punctuation() ? 1 : 0);
    SegmentAligner a = aligners[k];
    if (a == null) {
      SiblingPool pool = keyings.pool();
      var index = keyings.index(profile.folding());
      a = new SegmentAligner(pool, index, profile, new WindowAligner(pool, index, profile.folding()));
      aligners[k] = a;
    }
    return a;
  }
}

package io.github.restore4j.restore;

import org.junit.jupiter.api.Test;

final class ScratchTest {
  @Test
  void print() {
    Restoration r = Restorer.create(RestoreOptions.defaults()).restore(Seeds.read(Seeds.VI_DEGRADED), Seeds.cleanSeeds());
    for (RestoredLine l : r.lines()) {
      System.out.println(l.status() + " " + l.siblingId() + " " + l.span() + " " + l.changes() + " " + l.confidence());
      System.out.println("  " + l.output());
    }
    System.out.println(r.stats().summary());
  }
}

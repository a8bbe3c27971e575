package io.github.restore4j.restore;

final class ProfileMain {
  public static void main(String[] args) {
    SiblingPool pool = SiblingPool.of(Seeds.cleanSeeds());
    String degraded = Seeds.read(Seeds.VI_DEGRADED);
    Restorer r = Restorer.create(RestoreOptions.defaults());
    for (int rep = 0; rep < 5; rep++) {
      long a = System.nanoTime();
      for (int i = 0; i < 1000; i++) {
        r.restore(degraded, pool);
      }
      System.out.println("seed pair us " + (System.nanoTime() - a) / 1000 / 1000.0);
    }
  }
}

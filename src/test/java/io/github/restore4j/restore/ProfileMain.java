package io.github.restore4j.restore;

import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

final class ProfileMain {
  public static void main(String[] args) {
    List<String> documents = ScaleTest.corpusDocuments();
    List<Sibling> pool = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) pool.add(Sibling.of("doc" + i, documents.get(i)));
    Degrader degrader = Degrader.create(DegradeOptions.seed());
    List<String> covered = new ArrayList<>();
    for (String doc : documents) for (String line : degrader.degrade(doc).split("\n")) covered.add(line);
    Random random = new Random(1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50_000; i++) sb.append(covered.get(random.nextInt(covered.size()))).append('\n');
    String degraded = sb.toString();
    long t0 = System.nanoTime();
    SiblingPool sp = SiblingPool.of(pool);
    Restorer r = Restorer.create(RestoreOptions.defaults());
    r.restore("x", sp);
    long t1 = System.nanoTime();
    System.out.println("index build ms " + (t1 - t0) / 1e6);
    for (int rep = 0; rep < 3; rep++) {
      long a = System.nanoTime();
      Restoration res = r.restore(degraded, sp);
      long b = System.nanoTime();
      System.out.println("lines/s " + 50_000 / ((b - a) / 1e9) + " " + res.stats().summary());
      if (rep == 0) {
        res.lines().stream().filter(l -> l.status() != LineStatus.RESTORED).limit(12)
            .forEach(l -> System.out.println(l.status() + " " + l.wordsAligned() + "/" + l.words() + " | " + l.input() + "\n    -> " + l.output()));
      }
    }
  }
}

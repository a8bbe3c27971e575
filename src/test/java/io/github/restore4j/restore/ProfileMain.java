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
    for (int i = 0; i < 20_000; i++) sb.append(covered.get(random.nextInt(covered.size()))).append('\n');
    String degraded = sb.toString();
    SiblingPool sp = SiblingPool.of(pool);
    Restorer r = Restorer.create(RestoreOptions.defaults());
    r.restore(degraded, sp);
    for (int rep = 0; rep < 6; rep++) {
      long a = System.nanoTime();
      r.restore(degraded, sp);
      System.out.println("us/line " + (System.nanoTime() - a) / 1000.0 / 20_000);
    }
  }
}

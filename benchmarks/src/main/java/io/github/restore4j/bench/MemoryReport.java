// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.bench;

import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.SiblingPool;
import java.util.Locale;

/**
 * Measures the heap a pool and its index take, per pool piece: used heap after a full GC with the
 * sibling texts alone, then with the pool indexed. Not a JMH benchmark: a measurement of memory.
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar io.github.restore4j.bench.MemoryReport 10000000
 * </pre>
 */
public final class MemoryReport {
  private MemoryReport() {}

  public static void main(String[] args) {
    long tokens = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    BenchData.Workload w = BenchData.build(tokens, 1000, 2026);
    long texts = used();
    SiblingPool pool = SiblingPool.of(w.pool());
    Restorer restorer = Restorer.create(RestoreOptions.defaults());
    long start = System.nanoTime();
    restorer.restore(w.lines().get(0), pool);
    double seconds = (System.nanoTime() - start) / 1e9;
    long indexed = used();
    System.out.printf(Locale.ROOT, "pool: %,d pieces in %,d siblings%n", w.tokens(), w.pool().size());
    System.out.printf(Locale.ROOT, "heap with the texts: %,d MB; with the pool indexed: %,d MB; max heap %,d MB%n",
        texts >> 20, indexed >> 20, Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "index: %.1f bytes per piece; built in %.1f s (%.2f M pieces/s, one thread)%n",
        (double) (indexed - texts) / w.tokens(), seconds, w.tokens() / seconds / 1e6);
    long t0 = System.nanoTime();
    restorer.restore(w.text(), pool);
    System.out.printf(Locale.ROOT, "first 1,000 lines restored in %.0f ms; heap now %,d MB%n",
        (System.nanoTime() - t0) / 1e6, used() >> 20);
  }

  private static long used() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}

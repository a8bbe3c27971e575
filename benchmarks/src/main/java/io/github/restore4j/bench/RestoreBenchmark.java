// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.bench;

import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.restore.SiblingPool;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * End to end: restoring degraded lines against pools of real text, one thread, beside the
 * java-diff-utils baseline a user would write, in the same run. Scores are time per line (a batch
 * per invocation, divided through {@code @OperationsPerInvocation}): lines/s = 10^6 / score.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RestoreBenchmark -rf json -rff restore.json
 * </pre>
 *
 * <p>The pool index is built once per trial and not counted; {@link IndexBuildBenchmark} measures
 * building it. {@code seedPair} restores the seed pair (22 lines against the four clean seeds).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class RestoreBenchmark {

  /** The seed pair, warm. */
  @State(Scope.Benchmark)
  public static class SeedPair {
    Restorer restorer;
    SiblingPool pool;
    String degraded;

    @Setup(Level.Trial)
    public void setUp() {
      Path seeds = BenchData.findTestdata().resolve("seeds");
      degraded = BenchData.read(seeds.resolve("001_112bc054fcd8705d.txt"));
      pool = SiblingPool.of(List.of(
          Sibling.of("000", BenchData.read(seeds.resolve("000_a068adbe6219557e.txt"))),
          Sibling.of("002", BenchData.read(seeds.resolve("002_4cd0308355cadbed.txt"))),
          Sibling.of("003", BenchData.read(seeds.resolve("003_0397d66fb00abc33.txt"))),
          Sibling.of("004", BenchData.read(seeds.resolve("004_122364f8869732ab.txt")))));
      restorer = Restorer.create(RestoreOptions.defaults());
      restorer.restore(degraded, pool); // builds the index
    }
  }

  @Benchmark
  public Restoration seedPair(SeedPair s) {
    return s.restorer.restore(s.degraded, s.pool);
  }

  /** Shuffled degraded lines against a pool of {@code poolTokens} pieces, for restore4j. */
  @State(Scope.Benchmark)
  public static class Pool {
    @Param({"1000", "100000", "1000000", "10000000"})
    public long poolTokens;

    /** Lines restored per operation (the score is per line). */
    static final int LINES = 2000;

    Restorer restorer;
    SiblingPool pool;
    String degraded;

    @Setup(Level.Trial)
    public void setUp() {
      BenchData.Workload w = BenchData.build(poolTokens, LINES, 2026);
      pool = SiblingPool.of(w.pool());
      restorer = Restorer.create(RestoreOptions.defaults());
      degraded = w.text();
      restorer.restore(degraded, pool); // builds the index, warms the sentence boundaries
    }
  }

  /** The same pools and lines for the java-diff-utils baseline (fewer lines: it is slow). */
  @State(Scope.Benchmark)
  public static class BaselinePool {
    @Param({"1000", "100000", "1000000", "10000000"})
    public long poolTokens;

    static final int LINES = 20;

    List<String> lines;
    DiffUtilsBaseline baseline;

    @Setup(Level.Trial)
    public void setUp() {
      BenchData.Workload w = BenchData.build(poolTokens, Pool.LINES, 2026);
      lines = w.lines().subList(0, LINES);
      baseline = new DiffUtilsBaseline(w.pool());
    }
  }

  /** Time per line: a batch of {@link Pool#LINES} lines restored, divided in the report. */
  @Benchmark
  @OperationsPerInvocation(Pool.LINES)
  public Restoration restoreLines(Pool p) {
    return p.restorer.restore(p.degraded, p.pool);
  }

  /** Time per line of the java-diff-utils baseline (the first lines of the same batch). */
  @Benchmark
  @OperationsPerInvocation(BaselinePool.LINES)
  public void baselineLines(BaselinePool p, Blackhole bh) {
    for (String line : p.lines) {
      bh.consume(p.baseline.restore(line));
    }
  }
}

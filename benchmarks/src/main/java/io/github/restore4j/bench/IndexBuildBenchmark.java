// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.bench;

import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.SiblingPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the pool index (repair of the siblings, pieces, keys, postings) for a pool of
 * {@code poolTokens} pieces: single shot, so tokens/s = poolTokens / time.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar IndexBuildBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class IndexBuildBenchmark {
  @Param({"1000000", "10000000"})
  public long poolTokens;

  BenchData.Workload workload;
  Restorer restorer;

  @Setup(Level.Trial)
  public void setUp() {
    workload = BenchData.build(poolTokens, 1, 2026);
    restorer = Restorer.create(RestoreOptions.defaults());
  }

  /** A new pool, indexed by restoring one line against it. */
  @Benchmark
  public Restoration build() {
    return restorer.restore(workload.lines().get(0), SiblingPool.of(workload.pool()));
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.bench;

import io.github.restore4j.align.AlignerType;
import io.github.restore4j.align.InfixAligner;
import java.util.SplittableRandom;
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
 * Approximate infix search of one line ({@code lineTokens}, 40 by default; beyond 64 the block
 * kernel runs) in a token stream of {@code textTokens} ids drawn
 * from a Zipf distribution over {@code vocabulary} ids (id = frequency rank, as interning in text
 * order roughly gives), with one planted copy of the line carrying 3 edits. Throughput in ops/s, so
 * text tokens/s = ops/s × textTokens.
 *
 * <ul>
 *   <li>{@code findBest}, {@code findAll}: every {@link AlignerType}; {@code NAIVE_DP} is the
 *       baseline (about 40 cells per token: 1M tokens take ~50 ms, still dozens of ops per
 *       iteration). {@code MYERS_DENSE} vs {@code MYERS_HASH} compares the Peq strategies (array
 *       indexed by id vs hash table of the pattern's ids); {@code MYERS} picks one per search.
 *   <li>{@code scan}: the floor — read every token and look it up in a 40-entry table, no DP.
 * </ul>
 *
 * <pre>
 * mvn -q -DskipTests install &amp;&amp; mvn -q -f benchmarks/pom.xml package
 * java -jar benchmarks/target/benchmarks.jar InfixSearchBenchmark
 * java -jar benchmarks/target/benchmarks.jar InfixSearchBenchmark -f 1 -wi 2 -i 3 -w 1 -r 1  # quick
 * java -jar benchmarks/target/benchmarks.jar InfixSearchBenchmark -p vocabulary=10000000     # huge
 * java -jar benchmarks/target/benchmarks.jar InfixSearchBenchmark -p lineTokens=200 # blocks
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class InfixSearchBenchmark {
  static final int PLANTED_EDITS = 3;
  static final int MAX_COST = 8;
  static final long SEED = 0x5EED_2026L;

  /** The line and the text; shared by every benchmark of the class. */
  @State(Scope.Benchmark)
  public static class Input {
    @Param({"1000", "100000", "1000000"})
    public int textTokens;

    @Param({"50000"})
    public int vocabulary;

    @Param({"40"})
    public int lineTokens;

    int[] line;
    int[] text;

    @Setup(Level.Trial)
    public void setUp() {
      final SplittableRandom random = new SplittableRandom(SEED);
      final Zipf zipf = new Zipf(vocabulary, 1.0);
      line = zipf.sample(random, lineTokens);
      text = zipf.sample(random, textTokens);
      final int[] copy = mutate(random, line, PLANTED_EDITS, zipf);
      System.arraycopy(copy, 0, text, (textTokens - copy.length) / 2, copy.length);
    }
  }

  /** The aligner under test; one per trial, reused by every invocation as production does. */
  @State(Scope.Benchmark)
  public static class Kernel {
    @Param({"NAIVE_DP", "MYERS", "MYERS_DENSE", "MYERS_HASH"})
    public String aligner;

    InfixAligner impl;
    int[] ends;
    int[] costs;

    @Setup(Level.Trial)
    public void setUp() {
      impl = AlignerType.valueOf(aligner).create();
      ends = new int[1024];
      costs = new int[1024];
    }
  }

  @Benchmark
  public long findBest(Input in, Kernel k) {
    return k.impl.findBest(in.line, 0, in.lineTokens, in.text, 0, in.textTokens, MAX_COST);
  }

  @Benchmark
  public int findAll(Input in, Kernel k) {
    return k.impl.findAll(
        in.line, 0, in.lineTokens, in.text, 0, in.textTokens, MAX_COST, k.ends, k.costs);
  }

  /**
   * The floor: one table lookup per token, as the Myers loop does, without the recurrence. The
   * XOR-fold is the workload itself, not a loop around a measured call (JMHSample_34), and its
   * result is returned.
   */
  @Benchmark
  public long scan(Input in, ScanTable table) {
    final long[] eqById = table.eqById;
    final long clamp = eqById.length - 1;
    final int[] text = in.text;
    long acc = 0;
    for (int j = 0; j < text.length; j++) {
      acc ^= eqById[(int) Math.min(text[j] & 0xFFFF_FFFFL, clamp)];
    }
    return acc;
  }

  /** A dense Peq of the line, as MYERS builds it. */
  @State(Scope.Benchmark)
  public static class ScanTable {
    long[] eqById;

    @Setup(Level.Trial)
    public void setUp(Input in) {
      int max = 0;
      for (int id : in.line) {
        max = Math.max(max, id);
      }
      eqById = new long[max + 2];
      for (int i = 0; i < in.line.length; i++) {
        eqById[in.line[i]] |= 1L << i;
      }
    }
  }

  /** {@code p} with {@code edits} random substitutions, insertions and deletions. */
  static int[] mutate(SplittableRandom random, int[] p, int edits, Zipf zipf) {
    int[] a = p.clone();
    for (int e = 0; e < edits; e++) {
      final int at = random.nextInt(a.length);
      final int kind = random.nextInt(3);
      if (kind == 0) {
        a[at] = zipf.next(random);
      } else if (kind == 1) {
        final int[] b = new int[a.length + 1];
        System.arraycopy(a, 0, b, 0, at);
        b[at] = zipf.next(random);
        System.arraycopy(a, at, b, at + 1, a.length - at);
        a = b;
      } else {
        final int[] b = new int[a.length - 1];
        System.arraycopy(a, 0, b, 0, at);
        System.arraycopy(a, at + 1, b, at, a.length - at - 1);
        a = b;
      }
    }
    return a;
  }
}

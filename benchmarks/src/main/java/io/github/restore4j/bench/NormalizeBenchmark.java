// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.bench;

import com.ibm.icu.text.Normalizer2;
import io.github.restore4j.normalize.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
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
 * The whole {@link TextNormalizer} pipeline (every repair on) beside ICU's NFC alone, in the same
 * run, on already-clean text (the Vietnamese, Ukrainian and Russian corpora of testdata, about
 * 4 MB in UTF-8, as the pipeline leaves them: it returns that text as the same instance) and on the
 * same text damaged the ways the repairs undo: mojibake lines,
 * misplaced tone marks, look-alike letters, zero-width characters, trailing and no-break spaces.
 * Average time per pass over the text; MB/s = UTF-8 size / time.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar NormalizeBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class NormalizeBenchmark {
  @Param({"clean", "dirty"})
  public String text;

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final TextNormalizer PIPELINE = TextNormalizer.defaults();

  String input;

  @Setup(Level.Trial)
  public void setUp() {
    StringBuilder sb = new StringBuilder();
    List<String> docs = BenchData.build(700_000, 1, 7).pool().stream().map(s -> s.text()).toList();
    for (String d : docs) {
      sb.append(d).append('\n');
    }
    // already clean: what the pipeline leaves as it is (the raw corpora have trailing spaces,
    // double spaces and a few look-alike letters, which the pipeline repairs)
    String clean = PIPELINE.normalize(sb.toString());
    if (PIPELINE.normalize(clean) != clean) {
      throw new IllegalStateException("the pipeline is not idempotent on the corpus");
    }
    input = text.equals("clean") ? clean : damage(clean, new Random(7));
  }

  /** Damages one line in four, each a different way. */
  static String damage(String clean, Random random) {
    StringBuilder out = new StringBuilder(clean.length() + clean.length() / 8);
    int k = 0;
    for (String line : clean.split("\n", -1)) {
      switch (k++ % 8) {
        case 0 -> out.append(new String(line.getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252")));
        case 2 -> out.append(line.replace("ại", "aị").replace("ói", "oí").replace("ày", "aỳ"));
        case 4 -> out.append(line.replace('К', 'K').replace('о', 'o').replace(" ", "\u00A0 ")).append("  ");
        case 6 -> out.append(line.replace(" ", " \u200B"));
        default -> out.append(line);
      }
      out.append('\n');
    }
    return out.toString();
  }

  @Benchmark
  public String pipeline() {
    return PIPELINE.normalize(input);
  }

  @Benchmark
  public String nfcOnly() {
    return NFC.normalize(input);
  }
}

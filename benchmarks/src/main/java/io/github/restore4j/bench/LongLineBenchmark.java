// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.bench;

import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.restore.SiblingPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * One long noisy line (a speech transcript's shape: lowercase, no punctuation, one word in
 * {@code 1/errorRate} replaced, dropped or followed by an inserted word, a phrase deleted or
 * inserted every ~80 words) restored against its sibling, a real text of as many words from
 * {@code testdata/corpora/uk-uagec}. One thread; the pool's index is built once per trial.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar LongLineBenchmark -rf json -rff longline.json
 * </pre>
 *
 * <p>{@code longLine} is the line as it is: more than 64 pieces, so aligned as one sequence
 * ({@code LongLineAligner}: anchors, then the gaps). The baseline {@code segments} restores the same
 * words cut into lines of 64 pieces, which is what the segment path made of a long line before:
 * segments of at most 64 pieces, each located and verified on its own, neighbours settling ties.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class LongLineBenchmark {
  /** Pieces per line of the baseline: one segment each. */
  static final int SEGMENT = 64;

  @State(Scope.Benchmark)
  public static class Line {
    @Param({"1500", "15000"})
    public int words;

    @Param({"0.25", "0.33"})
    public double errorRate;

    Restorer restorer;
    SiblingPool pool;
    String line;
    String segments;

    @Setup(Level.Trial)
    public void setUp() {
      List<String> clean = cleanWords(BenchData.findTestdata().resolve("corpora").resolve("uk-uagec"), words);
      Random random = new Random(2026);
      List<String> noisy = noisy(clean, random, errorRate);
      line = String.join(" ", noisy);
      StringBuilder cut = new StringBuilder();
      for (int i = 0; i < noisy.size(); i += SEGMENT) {
        cut.append(String.join(" ", noisy.subList(i, Math.min(noisy.size(), i + SEGMENT)))).append('\n');
      }
      segments = cut.toString();
      pool = SiblingPool.of(List.of(Sibling.of("s", String.join(" ", clean))));
      restorer = Restorer.create(RestoreOptions.defaults());
      restorer.restore(line, pool); // builds the index
    }
  }

  @Benchmark
  public Restoration longLine(Line s) {
    return s.restorer.restore(s.line, s.pool);
  }

  @Benchmark
  public Restoration segments(Line s) {
    return s.restorer.restore(s.segments, s.pool);
  }

  /** The first {@code count} whitespace-separated words of the corpus's documents, in file order. */
  static List<String> cleanWords(Path folder, int count) {
    List<String> words = new ArrayList<>(count);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String w : Files.readString(p, StandardCharsets.UTF_8).split("\\s+")) {
          if (!w.isEmpty() && words.size() < count) {
            words.add(w);
          }
        }
        if (words.size() >= count) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** The words lowercased without punctuation, with the errors of the class comment. */
  static List<String> noisy(List<String> clean, Random random, double errorRate) {
    List<String> out = new ArrayList<>(clean.size());
    for (int i = 0; i < clean.size(); i++) {
      if (random.nextInt(80) == 0) {
        i += 8; // a phrase the copy does not have
        continue;
      }
      if (random.nextInt(80) == 0) {
        for (int k = 0; k < 8; k++) {
          out.add(plain(clean.get(random.nextInt(clean.size()))));
        }
      }
      String w = plain(clean.get(i));
      double r = random.nextDouble();
      if (w.isEmpty() || r < errorRate / 3) {
        continue; // dropped
      } else if (r < 2 * errorRate / 3) {
        out.add(plain(clean.get(random.nextInt(clean.size()))));
      } else {
        out.add(w);
        if (r < errorRate) {
          out.add(plain(clean.get(random.nextInt(clean.size()))));
        }
      }
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  private static String plain(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}]", "");
  }
}

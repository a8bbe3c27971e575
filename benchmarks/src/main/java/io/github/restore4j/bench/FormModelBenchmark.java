// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.bench;

import io.github.restore4j.model.DecodeMode;
import io.github.restore4j.model.FormDecoder;
import io.github.restore4j.model.FormModel;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Pieces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding with the fallback {@link FormModel}: the bigram Viterbi ({@code CONTEXT}) beside the
 * unigram baseline ({@code UNIGRAM}: each word's most frequent form) in the same run, one thread.
 * The model is learned from the Vietnamese text of {@code testdata/corpora/vi-binhvq-sentences.txt}
 * plus {@code ../shared/corpora/eval/vi} when present (about 330 KB); the input is the same 1,000
 * binhvq sentences lowercased with diacritics, punctuation and digits stripped (about 27,000 words),
 * decoded line by line with {@link FormDecoder#restore} (keys folded, candidates looked up, decoded,
 * the line rebuilt). Time per pass; words/s = the words printed at setup / time.
 * {@link #learn} times learning the model from the text of every testdata corpus (Vietnamese,
 * Ukrainian, Russian; MB/s = the size printed at setup / time).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar FormModelBenchmark -f 1 -wi 3 -i 5 -w 1 -r 2
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class FormModelBenchmark {
  @Param({"CONTEXT", "UNIGRAM"})
  public DecodeMode mode;

  private FormDecoder decoder;
  private List<String> copies;
  private List<String> learnTexts;

  @Setup(Level.Trial)
  public void setUp() {
    List<String> texts = new ArrayList<>();
    String sentences = read(Path.of("testdata/corpora/vi-binhvq-sentences.txt"));
    texts.add(sentences);
    Path shared = Path.of("../shared/corpora/eval/vi");
    if (Files.isDirectory(shared)) {
      try (var files = Files.list(shared)) {
        files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> texts.add(read(p)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      System.out.println("FormModelBenchmark: also learning from " + shared + " (read in place)");
    }
    decoder = FormModel.learn(texts).decoder(mode, 0);
    copies = new ArrayList<>();
    long words = 0;
    for (String line : sentences.split("\n")) {
      String copy = Folding.stripDiacritics(line.toLowerCase(Locale.ROOT))
          .replaceAll("[\\p{P}\\p{S}\\d]+", " ").replaceAll(" +", " ").strip();
      copies.add(copy);
      words += Pieces.of(copy).size();
    }
    System.out.println("FormModelBenchmark: " + copies.size() + " lines, " + words + " words per pass");
    learnTexts = new ArrayList<>();
    long chars = 0;
    for (String corpus : new String[] {"testdata/corpora/vi-binhvq-sentences.txt", "testdata/corpora/uk-uagec",
        "testdata/corpora/ru-factrueval"}) {
      for (Path p : textFiles(Path.of(corpus))) {
        String t = read(p);
        learnTexts.add(t);
        chars += t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      }
    }
    System.out.println("FormModelBenchmark: learn reads " + chars + " bytes of UTF-8");
  }

  /** Decodes every copy line; the result is the number of characters produced. */
  @Benchmark
  public long decode() {
    long n = 0;
    FormDecoder d = decoder;
    for (String line : copies) {
      n += d.restore(line, Folding.LOOSE, false).length();
    }
    return n;
  }

  /** Learns a model from the testdata corpora (vi, uk, ru). */
  @Benchmark
  public void learn(Blackhole bh) {
    if (mode != DecodeMode.CONTEXT) {
      return; // learning does not depend on the decoding mode: measured once
    }
    bh.consume(FormModel.learn(learnTexts));
  }

  private static List<Path> textFiles(Path p) {
    if (Files.isRegularFile(p)) {
      return List.of(p);
    }
    try (var s = Files.walk(p)) {
      return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

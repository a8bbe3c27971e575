// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.bench;

import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.text.Pieces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Benchmark inputs from the real text in {@code testdata/corpora}: a pool of a chosen size in
 * pieces (word tokens) and degraded lines drawn from its real documents.
 *
 * <p>The real documents (about 650,000 tokens) always belong to the pool; smaller pools take a
 * prefix of them, larger ones add distractors: the same documents with the words of every line
 * shuffled, so the vocabulary stays real but the sentences exist nowhere. Fixed seeds throughout.
 */
final class BenchData {
  private BenchData() {}

  /** A pool of about {@code tokens} pieces and {@code lines} degraded lines covered by it. */
  static Workload build(long tokens, int lines, long seed) {
    Path root = findTestdata();
    List<String> documents = documents(root.resolve("corpora"));
    Random random = new Random(seed);
    List<Sibling> pool = new ArrayList<>();
    List<String> covered = new ArrayList<>();
    long size = 0;
    for (int i = 0; i < documents.size() && size < tokens; i++) {
      String doc = documents.get(i);
      pool.add(Sibling.of("doc" + i, doc));
      covered.add(doc);
      size += Pieces.of(doc).size();
    }
    for (int i = 0; size < tokens; i++) {
      String shuffled = shuffleWords(documents.get(i % documents.size()), random);
      pool.add(Sibling.of("distractor" + i, shuffled));
      size += Pieces.of(shuffled).size();
    }
    Degrader degrader = Degrader.create(DegradeOptions.seed());
    List<String> candidates = new ArrayList<>();
    for (String doc : covered) {
      for (String line : degrader.degrade(doc).split("\n")) {
        if (!line.isBlank()) {
          candidates.add(line);
        }
      }
    }
    List<String> degraded = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      degraded.add(candidates.get(random.nextInt(candidates.size())));
    }
    return new Workload(pool, size, degraded);
  }

  record Workload(List<Sibling> pool, long tokens, List<String> lines) {
    String text() {
      return String.join("\n", lines);
    }
  }

  private static String shuffleWords(String text, Random random) {
    StringBuilder sb = new StringBuilder(text.length());
    for (String line : text.split("\n")) {
      List<String> words = new ArrayList<>(List.of(line.split(" ")));
      Collections.shuffle(words, random);
      sb.append(String.join(" ", words)).append('\n');
    }
    return sb.toString();
  }

  private static List<String> documents(Path corpora) {
    List<String> docs = new ArrayList<>();
    try {
      for (String folder : List.of("ru-factrueval", "uk-uagec")) {
        try (Stream<Path> files = Files.list(corpora.resolve(folder))) {
          for (Path p : files.filter(f -> f.toString().endsWith(".txt") && !f.endsWith("list.txt")).sorted().toList()) {
            docs.add(Files.readString(p, StandardCharsets.UTF_8));
          }
        }
      }
      List<String> sentences = Files.readAllLines(corpora.resolve("vi-binhvq-sentences.txt"), StandardCharsets.UTF_8);
      for (int i = 0; i < sentences.size(); i += 20) {
        docs.add(String.join("\n", sentences.subList(i, Math.min(sentences.size(), i + 20))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Collections.shuffle(docs, new Random(42)); // mix the languages in every pool size
    return docs;
  }

  /** testdata/ from the project root or from benchmarks/. */
  static Path findTestdata() {
    for (Path p : List.of(Path.of("testdata"), Path.of("..", "testdata"))) {
      if (Files.isDirectory(p.resolve("corpora"))) {
        return p;
      }
    }
    throw new IllegalStateException("run the benchmarks from the project root (testdata/ not found)");
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

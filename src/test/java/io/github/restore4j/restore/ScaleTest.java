// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
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
import org.junit.jupiter.api.Test;

/**
 * A scale check, not a timing assertion: 100,000 degraded lines against a pool of more than 10 MB
 * (UTF-8) restore completely, with every covered line restored and every uncovered one unchanged.
 */
final class ScaleTest {
  private static final Path CORPORA = Path.of("testdata", "corpora");

  @Test
  void restore_100kLinesAgainst10MbPool_finishesWithEveryLineAccountedFor() {
    List<String> documents = corpusDocuments();
    Random random = new Random(2026);
    List<Sibling> pool = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < documents.size(); i++) {
      pool.add(Sibling.of("doc" + i, documents.get(i)));
      bytes += documents.get(i).getBytes(StandardCharsets.UTF_8).length;
    }
    // distractors: the same vocabulary with the words of each line shuffled, until the pool passes 10 MB
    for (int i = 0; bytes <= 10_000_000L; i++) {
      String shuffled = shuffleWords(documents.get(i % documents.size()), random);
      pool.add(Sibling.of("distractor" + i, shuffled));
      bytes += shuffled.getBytes(StandardCharsets.UTF_8).length;
    }
    Degrader degrader = Degrader.create(DegradeOptions.seed());
    List<String> covered = new ArrayList<>();
    for (String doc : documents) {
      for (String line : degrader.degrade(doc).split("\n")) {
        if (line.split(" ").length >= 4) {
          covered.add(line);
        }
      }
    }
    StringBuilder degraded = new StringBuilder();
    int uncovered = 0;
    for (int i = 0; i < 100_000; i++) {
      if (i % 20 == 19) {
        degraded.append("xyzzy plugh ").append(i).append(" qwerty uiop asdf\n");
        uncovered++;
      } else {
        degraded.append(covered.get(random.nextInt(covered.size()))).append('\n');
      }
    }

    Restoration r = Restorer.create(RestoreOptions.builder().parallelism(2).build())
        .restore(degraded.toString(), SiblingPool.of(pool));

    assertThat(bytes).isGreaterThan(10_000_000L);
    assertThat(r.lines()).hasSize(100_000);
    assertThat(r.stats().unchanged()).isGreaterThanOrEqualTo(uncovered);
    assertThat(r.stats().restored() + r.stats().partial()).isGreaterThanOrEqualTo(100_000 - uncovered - 100);
    assertThat(r.stats().guardFallbacks()).isZero();
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

  static List<String> corpusDocuments() {
    List<String> docs = new ArrayList<>();
    for (String folder : List.of("ru-factrueval", "uk-uagec")) {
      try (Stream<Path> files = Files.list(CORPORA.resolve(folder))) {
        for (Path p : files.filter(f -> !f.getFileName().toString().equals("list.txt")).sorted().toList()) {
          docs.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      List<String> sentences = Files.readAllLines(CORPORA.resolve("vi-binhvq-sentences.txt"), StandardCharsets.UTF_8);
      for (int i = 0; i < sentences.size(); i += 20) {
        docs.add(String.join("\n", sentences.subList(i, Math.min(sentences.size(), i + 20))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import io.github.restore4j.io.TextFiles;
import io.github.restore4j.restore.Sibling;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small real corpora from testdata, so that tests run in seconds. */
final class TestCorpora {
  static final Path SEEDS = Path.of("testdata", "seeds");
  static final Path UK = Path.of("testdata", "corpora", "uk-uagec");
  static final Path RU = Path.of("testdata", "corpora", "ru-factrueval");
  static final Path VI = Path.of("testdata", "corpora", "vi-binhvq-sentences.txt");

  private TestCorpora() {}

  /** The seeds: Vietnamese 004 with Ukrainian and Russian distractors (001, already degraded, is left out). */
  static Corpus seeds() {
    return Corpus.read(SEEDS);
  }

  /**
   * Two articles "Điều 1:" and "Điều 2:" whose texts are sentences of the Vietnamese seed, and a
   * caption: in a shuffled copy the two headings cannot be told apart, the rest can.
   */
  static Corpus law() {
    String vi = TextFiles.readText(SEEDS.resolve("004_122364f8869732ab.txt"));
    String first = vi.lines().filter(l -> l.startsWith("Mỹ, Nga")).findFirst().orElseThrow();
    String second = vi.lines().filter(l -> l.startsWith("Quan chức Mỹ")).findFirst().orElseThrow();
    return Corpus.of("law", List.of(
        Sibling.of("a", "Điều 1:\n" + first + "\nĐiều 2:\n" + second + "\n"),
        Sibling.of("b", "Ảnh minh họa\n")));
  }

  /** The first {@code n} documents of a corpus folder, as a corpus of that name. */
  static Corpus first(Path folder, int n) {
    List<Sibling> docs = new ArrayList<>();
    for (Path f : TextFiles.expandTextFiles(folder).subList(0, n)) {
      docs.add(Sibling.of(f.getFileName().toString(), TextFiles.readText(f)));
    }
    return Corpus.of(folder.getFileName().toString(), docs);
  }
}

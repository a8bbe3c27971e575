// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The real text the tests run on: the seeds and the Vietnamese news sentences in testdata/. */
final class Testdata {
  static final Path SEEDS = Path.of("testdata", "seeds");
  static final String UK_POLITICO = "000_a068adbe6219557e.txt";
  static final String VI_DEGRADED = "001_112bc054fcd8705d.txt";
  static final String RU_CAUCASUS = "002_4cd0308355cadbed.txt";
  static final String UK_NBC = "003_0397d66fb00abc33.txt";
  static final String VI_CLEAN = "004_122364f8869732ab.txt";
  /** 1,000 sentences of binhvq/news-corpus (Apache-2.0); see testdata/corpora/vi-binhvq-sentences.ATTRIBUTION.md. */
  static final Path VI_SENTENCES = Path.of("testdata", "corpora", "vi-binhvq-sentences.txt");

  private Testdata() {}

  static String seed(String name) {
    return read(SEEDS.resolve(name));
  }

  static String viSentences() {
    return read(VI_SENTENCES);
  }

  /** Every seed and the Vietnamese sentences, by file name. */
  static Map<String, String> all() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String name : List.of(UK_POLITICO, VI_DEGRADED, RU_CAUCASUS, UK_NBC, VI_CLEAN)) {
      texts.put(name, seed(name));
    }
    texts.put(VI_SENTENCES.getFileName().toString(), viSentences());
    return texts;
  }

  /** The lines of every text, the empty ones left out. */
  static List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (String text : all().values()) {
      text.lines().filter(l -> !l.isBlank()).forEach(lines::add);
    }
    return lines;
  }

  static Stream<String> names() {
    return all().keySet().stream();
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

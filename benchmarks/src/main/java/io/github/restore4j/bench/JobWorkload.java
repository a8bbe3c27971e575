// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.bench;

import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.text.Lines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes the degraded input of the whole-job benchmark ({@code scripts/job-benchmark.sh}): the
 * lines of clean Vietnamese documents, each degraded one of the five ways of the {@code mixed}
 * evaluation profile, repeated with other seeds until there are {@code lines} of them, shuffled.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.restore4j.bench.JobWorkload \
 *     target/job/degraded.txt 20000 ../shared/corpora/eval/vi testdata/corpora/vi-binhvq-sentences.txt
 * </pre>
 *
 * <p>The recipe is the one of {@code eval.Workbench.MIXED_VARIANTS} (that class is internal to the
 * evaluation): the seed degradation; marks stripped as other tools strip them; ascii; punctuation
 * to spaces; the seed degradation with 3 % typos. Each document is degraded by every variant; when
 * the variants cut it into as many lines, each line takes one variant at random, else the seed
 * variant's lines are used. Repetition {@code r} draws its variants and typos from seed {@code r}.
 * Deterministic: the same arguments give the same file on every JVM ({@link Random} is specified
 * bit for bit).
 */
public final class JobWorkload {
  private JobWorkload() {}

  static List<DegradeOptions> variants(int repetition) {
    return List.of(
        DegradeOptions.seed(),
        DegradeOptions.builder().sentencePerLine(true).stripMarks(true).build(),
        DegradeOptions.ascii(),
        DegradeOptions.split(),
        DegradeOptions.seed().toBuilder().typoRate(0.03).seed(4 + repetition).build());
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: JobWorkload OUT.txt LINES FILE|FOLDER...");
      System.exit(64);
    }
    Path out = Path.of(args[0]);
    int want = Integer.parseInt(args[1]);
    List<String> docs = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      for (Path f : textFiles(Path.of(args[i]))) {
        docs.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    List<String> lines = new ArrayList<>(want + 4096);
    for (int r = 0; lines.size() < want; r++) {
      Random rng = new Random(2026L * 1_000_003 + r);
      List<Degrader> degraders = new ArrayList<>();
      for (DegradeOptions o : variants(r)) {
        degraders.add(Degrader.create(o));
      }
      for (String doc : docs) {
        List<List<String>> byVariant = new ArrayList<>();
        for (Degrader d : degraders) {
          byVariant.add(Lines.split(d.degrade(doc)));
        }
        int n = byVariant.get(0).size();
        boolean aligned = byVariant.stream().allMatch(l -> l.size() == n);
        for (int k = 0; k < n; k++) {
          int v = aligned ? rng.nextInt(byVariant.size()) : 0;
          String line = byVariant.get(v).get(k);
          if (!line.isBlank()) {
            lines.add(line);
          }
        }
      }
    }
    Collections.shuffle(lines, new Random(20_000));
    List<String> kept = lines.subList(0, want);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, String.join("\n", kept) + "\n", StandardCharsets.UTF_8);
    System.err.printf("%s: %d lines from %d documents%n", out, kept.size(), docs.size());
  }

  /** A file, or the {@code *.txt} files of a folder in name order. */
  static List<Path> textFiles(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }
}

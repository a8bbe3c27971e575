// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import io.github.restore4j.io.TextFiles;
import io.github.restore4j.restore.SiblingPool;
import io.github.restore4j.text.Lines;
import io.github.restore4j.text.Pieces;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The key figures behind spark/README.md's scale plan (not a test): pieces, letters and kept keys
 * per sibling and per degraded line, and how many siblings share a key.
 *
 * <pre>
 * java -cp spark/target/classes:spark/target/test-classes:target/restore4j-cli.jar \
 *     io.github.restore4j.spark.ScaleFigures SIBLINGS_DIR DEGRADED_DIR
 * </pre>
 */
final class ScaleFigures {
  private ScaleFigures() {}

  public static void main(String[] args) {
    Fingerprints f = new Fingerprints(SparkRestoreOptions.defaults().gramLength(), SparkRestoreOptions.defaults().window());
    long docs = 0, chars = 0, pieces = 0, letters = 0, keys = 0;
    Map<Long, Integer> df = new HashMap<>();
    List<String> texts = new java.util.ArrayList<>();
    long r0 = System.nanoTime();
    for (Path p : TextFiles.expandTextFiles(Path.of(args[0]))) {
      texts.add(SiblingPool.repair(TextFiles.readText(p)));
    }
    System.out.printf("read and repaired in %.0f ms%n", (System.nanoTime() - r0) / 1e6);
    for (int warm = 0; warm < 2; warm++) {
      for (String text : texts) {
        f.document(text);
      }
    }
    long t0 = System.nanoTime();
    for (String text : texts) {
      docs++;
      chars += text.length();
      pieces += Pieces.of(text).size();
      letters += Fingerprints.stream(text, 0, text.length()).length();
      long[] k = f.document(text);
      keys += k.length;
      for (long x : k) {
        df.merge(x, 1, Integer::sum);
      }
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    long shared = df.values().stream().filter(v -> v > 1).count();
    int max = df.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    System.out.printf("siblings: %d docs, %d chars, %d pieces, %d letters, %d keys (%.3f per piece, %.3f per letter);"
        + " %d distinct keys, %d in more than one sibling, max df %d; keyed in %.0f ms (%.1f us per piece)%n",
        docs, chars, pieces, letters, keys, (double) keys / pieces, (double) keys / letters, df.size(), shared, max,
        ms, ms * 1000 / pieces);
    long ddocs = 0, lines = 0, dpieces = 0, dkeys = 0, hits = 0;
    for (Path p : TextFiles.expandTextFiles(Path.of(args[1]))) {
      String text = TextFiles.readText(p);
      ddocs++;
      lines += Lines.split(text).size();
      dpieces += Pieces.of(text).size();
      for (long[] line : f.lines(text)) {
        dkeys += line.length;
        for (long x : line) {
          hits += df.getOrDefault(x, 0);
        }
      }
    }
    System.out.printf("degraded: %d docs, %d lines, %d pieces, %d line keys (%.3f per piece), %d (key, sibling) hits"
        + " (%.1f per document)%n", ddocs, lines, dpieces, dkeys, (double) dkeys / dpieces, hits, (double) hits / ddocs);
  }
}

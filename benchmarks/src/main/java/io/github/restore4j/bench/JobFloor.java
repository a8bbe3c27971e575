// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.bench;

import com.ibm.icu.text.Normalizer2;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Lines;
import io.github.restore4j.text.Pieces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The floor of the whole-job benchmark ({@code scripts/job-benchmark.sh}): what any restoration of
 * these inputs must at least do — read every file, bring it to NFC, split it into lines and pieces,
 * fold every piece and intern its key — with restore4j's own classes ({@link Lines},
 * {@link Pieces}, {@link Folding#STRICT}; keys interned to dense ids in a {@code HashMap}, as the
 * engine's {@code Vocabulary} does, whose interning only the index may call), one thread.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.restore4j.bench.JobFloor \
 *     target/job/degraded.txt ../shared/corpora/eval/vi …
 * </pre>
 *
 * <p>Prints the time inside the JVM and the count of pieces; the script times the whole process
 * too, JVM start included, as it times the job.
 */
public final class JobFloor {
  private JobFloor() {}

  public static void main(String[] args) throws IOException {
    long t0 = System.nanoTime();
    Normalizer2 nfc = Normalizer2.getNFCInstance();
    Map<String, Integer> vocabulary = new HashMap<>();
    long pieces = 0;
    long lines = 0;
    long chars = 0;
    int files = 0;
    for (String arg : args) {
      for (Path f : JobWorkload.textFiles(Path.of(arg))) {
        String text = nfc.normalize(Files.readString(f, StandardCharsets.UTF_8));
        files++;
        chars += text.length();
        List<String> split = Lines.split(text);
        lines += split.size();
        for (String line : split) {
          Pieces p = Pieces.of(line);
          for (int i = 0; i < p.size(); i++) {
            String key = Folding.STRICT.key(line, p.start(i), p.end(i));
            if (!key.isEmpty()) {
              vocabulary.putIfAbsent(key, vocabulary.size());
              pieces++;
            }
          }
        }
      }
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    System.out.printf(Locale.ROOT, "floor: %d files, %,d chars, %,d lines, %,d pieces, %,d keys in %.0f ms%n",
        files, chars, lines, pieces, vocabulary.size(), ms);
  }
}

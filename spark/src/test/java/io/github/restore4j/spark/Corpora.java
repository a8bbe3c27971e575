// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.io.TextFiles;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.RestoredLine;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.restore.SiblingPool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;

/** Test documents from testdata/ and the single-machine restoration the Spark job must match. */
final class Corpora {
  static final Path TESTDATA = Path.of("..", "testdata");

  private Corpora() {}

  /** The .txt files of a folder of testdata/, in name order, as siblings (id = file name). */
  static List<Sibling> folder(String name) {
    List<Sibling> out = new ArrayList<>();
    for (Path p : TextFiles.expandTextFiles(TESTDATA.resolve(name))) {
      out.add(Sibling.of(p.getFileName().toString(), TextFiles.readText(p)));
    }
    return out;
  }

  /** Every {@code step}-th document, from the {@code first}, degraded with the seed profile. */
  static List<Sibling> degraded(List<Sibling> clean, int first, int step, int count) {
    Degrader d = Degrader.create(DegradeOptions.seed());
    List<Sibling> out = new ArrayList<>();
    for (int i = first; i < clean.size() && out.size() < count; i += step) {
      Sibling s = clean.get(i);
      String text = d.degrade(s.text());
      if (!text.isBlank()) {
        out.add(Sibling.of(s.id(), text));
      }
    }
    return out;
  }

  /** The single machine: each document restored by the core against the whole pool, in id order. */
  static Map<String, Restoration> singleMachine(List<Sibling> degraded, List<Sibling> siblings) {
    List<Sibling> sorted = new ArrayList<>(siblings);
    sorted.sort(java.util.Comparator.comparing(Sibling::id));
    SiblingPool pool = SiblingPool.of(sorted);
    Restorer restorer = Restorer.create(RestoreOptions.defaults());
    Map<String, Restoration> out = new LinkedHashMap<>();
    for (Sibling d : degraded) {
      out.put(d.id(), restorer.restore(d.text(), pool));
    }
    return out;
  }

  /** Lines of the Spark rows equal to the single machine's (output, status, sibling, span), and all lines. */
  static int[] agreement(Map<String, Restoration> expected, Map<String, Row> actual, List<String> report) {
    int same = 0;
    int all = 0;
    for (Map.Entry<String, Restoration> e : expected.entrySet()) {
      List<RestoredLine> lines = e.getValue().lines();
      Row row = actual.get(e.getKey());
      List<Row> got = row == null || row.isNullAt(2) ? List.of() : row.getList(2);
      for (int i = 0; i < lines.size(); i++) {
        all++;
        RestoredLine l = lines.get(i);
        Row g = i < got.size() ? got.get(i) : null;
        if (g != null && l.output().equals(g.getString(2)) && l.status().name().equals(g.getString(3))
            && Objects.equals(l.siblingId().orElse(null), g.getString(4)) && l.span().start() == g.getInt(5)
            && l.span().end() == g.getInt(6)) {
          same++;
        } else if (report.size() < 20) {
          report.add(e.getKey() + ":" + i + " expected [" + l.siblingId().orElse(null) + " " + l.status() + "] " + l.output()
              + "\n   got [" + (g == null ? "-" : g.getString(4) + " " + g.getString(3) + "] " + g.getString(2)));
        }
      }
    }
    return new int[] {same, all};
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.Sibling;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

final class SparkRestorerTest {
  private static final StructType ID_TEXT = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true)));

  private final SparkSession spark = SharedSpark.get();

  @Test
  void restore_seedPair_equalsSingleMachineLineForLine() {
    List<Sibling> seeds = Corpora.folder("seeds");
    List<Sibling> degraded = seeds.stream().filter(s -> s.id().startsWith("001")).toList();
    List<Sibling> siblings = seeds.stream().filter(s -> !s.id().startsWith("001")).toList();

    Map<String, Row> out = run(degraded, siblings, SparkRestoreOptions.defaults());

    Map<String, Restoration> expected = Corpora.singleMachine(degraded, siblings);
    Row row = out.get(degraded.get(0).id());
    assertThat(row.getString(4)).isNull();
    assertThat(row.getString(1)).isEqualTo(expected.get(degraded.get(0).id()).text());
    List<String> report = new ArrayList<>();
    int[] agree = Corpora.agreement(expected, out, report);
    assertThat(agree[0]).as(String.join("\n", report)).isEqualTo(agree[1]);
    assertThat(row.<String>getList(3)).contains("004_122364f8869732ab.txt");
  }

  @Test
  void restore_hotSiblingSalted_equalsSingleMachine() {
    List<Sibling> seeds = Corpora.folder("seeds");
    Sibling copy = seeds.stream().filter(s -> s.id().startsWith("001")).findFirst().orElseThrow();
    List<Sibling> degraded = List.of(Sibling.of("a", copy.text()), Sibling.of("b", copy.text()),
        Sibling.of("c", copy.text().toUpperCase(java.util.Locale.ROOT)));
    List<Sibling> siblings = seeds.stream().filter(s -> s != copy).toList();
    // no broadcast, and every sibling used twice is hot: the texts go through the salted join
    SparkRestoreOptions salted = SparkRestoreOptions.builder().broadcastChars(0).hotSibling(1).saltBuckets(3).build();

    Map<String, Row> out = run(degraded, siblings, salted);

    List<String> report = new ArrayList<>();
    int[] agree = Corpora.agreement(Corpora.singleMachine(degraded, siblings), out, report);
    assertThat(agree[0]).as(String.join("\n", report)).isEqualTo(agree[1]);
    assertThat(out.get("c").<String>getList(3)).containsExactlyElementsOf(out.get("a").<String>getList(3));
  }

  @Test
  void restore_hundredsOfCorpusDocuments_agreeWithSingleMachine() {
    List<Sibling> uk = Corpora.folder("corpora/uk-uagec");
    List<Sibling> ru = Corpora.folder("corpora/ru-factrueval");
    List<Sibling> siblings = new ArrayList<>(uk);
    siblings.addAll(ru);
    List<Sibling> degraded = new ArrayList<>(Corpora.degraded(uk, 0, 2, 150));
    degraded.addAll(Corpora.degraded(ru, 1, 2, 100));

    long t0 = System.nanoTime();
    Map<String, Row> out = run(degraded, siblings, SparkRestoreOptions.defaults());
    long t1 = System.nanoTime();
    Map<String, Restoration> expected = Corpora.singleMachine(degraded, siblings);
    long t2 = System.nanoTime();

    List<String> report = new ArrayList<>();
    int[] agree = Corpora.agreement(expected, out, report);
    double candidates = out.values().stream().mapToInt(r -> r.getList(3).size()).average().orElse(0);
    System.out.printf("corpus: %d documents, %d/%d lines agree, %.1f candidates per document;"
        + " spark %.1f s, single machine %.1f s%n%s%n", degraded.size(), agree[0], agree[1], candidates,
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, String.join("\n", report));
    assertThat(out).hasSize(degraded.size());
    assertThat(out.values()).allSatisfy(r -> assertThat(r.getString(4)).isNull());
    assertThat((double) agree[0] / agree[1]).as(String.join("\n", report)).isGreaterThanOrEqualTo(0.99);
  }

  private Map<String, Row> run(List<Sibling> degraded, List<Sibling> siblings, SparkRestoreOptions options) {
    Dataset<Row> d = frame(degraded);
    Dataset<Row> s = frame(siblings);
    Map<String, Row> out = new HashMap<>();
    for (Row r : SparkRestorer.create(spark, options).restore(d, s).collectAsList()) {
      out.put(r.getString(0), r);
    }
    return out;
  }

  private Dataset<Row> frame(List<Sibling> docs) {
    List<Row> rows = new ArrayList<>();
    for (Sibling s : docs) {
      rows.add(RowFactory.create(s.id(), s.text()));
    }
    return spark.createDataFrame(rows, ID_TEXT);
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.Sibling;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar's job end to end, on each input format, with bad documents among good ones. */
final class MainTest {
  private final SparkSession spark = SharedSpark.get();

  @TempDir
  Path tmp;

  @Test
  void main_textFolders_writeOneFilePerDocumentAndFailOnlyTheBadOnes() throws IOException {
    List<Sibling> seeds = Corpora.folder("seeds");
    Path degraded = Files.createDirectory(tmp.resolve("degraded"));
    Path siblings = Files.createDirectory(tmp.resolve("siblings"));
    for (Sibling s : seeds) {
      Files.writeString((s.id().startsWith("001") ? degraded : siblings).resolve(s.id()), s.text());
    }
    Files.write(degraded.resolve("latin1.txt"), "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(degraded.resolve("empty.txt"), new byte[0]);
    Path out = tmp.resolve("out");

    String printed = run("--degraded", degraded.toString(), "--siblings", siblings.toString(), "--out", out.toString());

    String id = "001_112bc054fcd8705d.txt";
    Restoration expected = Corpora.singleMachine(
        List.of(seeds.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow()),
        seeds.stream().filter(s -> !s.id().equals(id)).toList()).get(id);
    assertThat(Files.readString(out.resolve(id))).isEqualTo(expected.text());
    assertThat(Files.readString(out.resolve("latin1.txt.error"))).startsWith("latin1.txt: not valid UTF-8 at byte 3");
    assertThat(Files.readString(out.resolve("empty.txt.error"))).startsWith("empty.txt: empty");
    assertThat(out.resolve("latin1.txt")).doesNotExist();
    assertThat(printed).contains("3 documents").contains("2 failed");
  }

  @Test
  void main_jsonLines_failMissingTextAndBadBytesPerDocument() throws IOException {
    List<Sibling> seeds = Corpora.folder("seeds");
    Path degraded = tmp.resolve("copies.jsonl");
    Path siblings = tmp.resolve("pool.jsonl");
    StringBuilder pool = new StringBuilder();
    for (Sibling s : seeds) {
      if (!s.id().startsWith("001")) {
        pool.append(json(s.id(), s.text())).append('\n');
      }
    }
    Files.writeString(siblings, pool);
    String copy = seeds.stream().filter(s -> s.id().startsWith("001")).findFirst().orElseThrow().text();
    var bytes = new java.io.ByteArrayOutputStream();
    bytes.write((json("good", copy) + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.write("{\"id\": \"notext\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.write("{\"id\": \"bad\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xE9});
    bytes.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.write("{\"id\": \"blank\", \"text\": \"\"}\n".getBytes(StandardCharsets.UTF_8));
    Files.write(degraded, bytes.toByteArray());
    Path out = tmp.resolve("out.jsonl");

    run("--degraded", degraded.toString(), "--siblings", siblings.toString(), "--out", out.toString());

    Map<String, Row> rows = new HashMap<>();
    for (Row r : spark.read().json(out.toString()).select("id", "restored", "error").collectAsList()) {
      rows.put(r.getString(0), r);
    }
    assertThat(rows.keySet()).containsExactlyInAnyOrder("good", "notext", "bad", "blank");
    assertThat(rows.get("good").getString(1)).startsWith("Mỹ, Nga");
    assertThat(rows.get("good").isNullAt(2)).isTrue();
    assertThat(rows.get("notext").getString(2)).isEqualTo("notext: missing text field");
    assertThat(rows.get("bad").getString(2)).startsWith("bad: not valid UTF-8 at byte");
    assertThat(rows.get("blank").getString(2)).isEqualTo("blank: empty");
  }

  @Test
  void main_parquet_keepsLinesAndFailsNullText() {
    List<Sibling> seeds = Corpora.folder("seeds");
    List<Row> pool = new ArrayList<>();
    List<Row> copies = new ArrayList<>();
    for (Sibling s : seeds) {
      (s.id().startsWith("001") ? copies : pool).add(RowFactory.create(s.id(), s.text()));
    }
    copies.add(RowFactory.create("nothing", null));
    var schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true)));
    String degraded = tmp.resolve("copies.parquet").toString();
    String siblings = tmp.resolve("pool.parquet").toString();
    spark.createDataFrame(copies, schema).write().parquet(degraded);
    spark.createDataFrame(pool, schema).write().parquet(siblings);
    String out = tmp.resolve("out.parquet").toString();

    run("--degraded", degraded, "--siblings", siblings, "--out", out);

    Map<String, Row> rows = new HashMap<>();
    for (Row r : spark.read().parquet(out).collectAsList()) {
      rows.put(r.getString(0), r);
    }
    Row good = rows.get("001_112bc054fcd8705d.txt");
    List<Row> lines = good.getList(good.fieldIndex("lines"));
    assertThat(lines).isNotEmpty();
    assertThat(lines.get(0).getString(lines.get(0).fieldIndex("status"))).isEqualTo("RESTORED");
    assertThat(lines.get(0).getString(lines.get(0).fieldIndex("siblingId"))).isEqualTo("004_122364f8869732ab.txt");
    assertThat(rows.get("nothing").getString(rows.get("nothing").fieldIndex("error")))
        .isEqualTo("nothing: missing text field");
  }

  private String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.execute(spark, Main.Args.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String json(String id, String text) {
    return "{\"id\": " + quote(id) + ", \"text\": " + quote(text) + "}";
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}

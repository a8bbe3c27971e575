// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.split;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a corpus as rows of {@code (id, text, error)} with the text as raw bytes, for
 * {@link Documents} to check as the command line checks a file.
 *
 * <ul>
 *   <li>{@link Format#TXT}: every {@code *.txt} file of a folder (or one file), id its file name.
 *   <li>{@link Format#JSONL}: each line a JSON object with {@code id} and {@code text}; a line that is
 *       not JSON, or not UTF-8, fails as a document (named by its {@code id} when one can be read,
 *       else by its file and position).
 *   <li>{@link Format#PARQUET}: columns {@code id} and {@code text}; without a {@code text} column
 *       every document fails with {@code "missing text field"}.
 * </ul>
 */
final class Inputs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TXT_GLOB = "*.[tT][xX][tT]";

  private Inputs() {}

  static Dataset<Row> read(SparkSession spark, String path, Format format) {
    switch (format) {
      case TXT:
        Dataset<Row> files = spark.read().format("binaryFile").option("pathGlobFilter", TXT_GLOB).load(path)
            .select(element_at(split(col("path"), "/"), -1).as("id"), col("content").as("text"),
                lit(null).cast("string").as("error"));
        List<Row> empty = emptyFiles(spark, path);
        return empty.isEmpty() ? files : files.union(spark.createDataFrame(empty, Schemas.RAW));
      case PARQUET:
        Dataset<Row> parquet = spark.read().parquet(path);
        return parquet.select(
            Arrays.asList(parquet.columns()).contains("id") ? col("id").cast("string").as("id")
                : lit(null).cast("string").as("id"),
            Arrays.asList(parquet.columns()).contains("text") ? col("text") : lit(null).cast("binary").as("text"));
      case JSONL:
      default:
        // read as text lines and cast to bytes: Spark keeps a line's bytes as they were, so the
        // UTF-8 check sees them; each line is parsed here, one failing line failing one document
        return spark.read().text(path)
            .select(col("value").cast("binary").as("line"),
                element_at(split(input_file_name(), "/"), -1).as("file"),
                monotonically_increasing_id().as("n"))
            .map((MapFunction<Row, Row>) Inputs::jsonLine, Encoders.row(Schemas.RAW))
            .where(col("id").isNotNull().or(col("error").isNotNull()).or(col("text").isNotNull()));
    }
  }

  /**
   * The empty {@code .txt} files of a folder (or the file itself), as documents of no bytes: Spark's
   * file sources skip empty files, and an empty document must fail in the output, not vanish.
   */
  private static List<Row> emptyFiles(SparkSession spark, String path) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus[] found = fs.getFileStatus(p).isDirectory()
          ? fs.listStatus(p, f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".txt")
              && !f.getName().startsWith(".") && !f.getName().startsWith("_"))
          : new FileStatus[] {fs.getFileStatus(p)};
      List<Row> out = new ArrayList<>();
      for (FileStatus f : found) {
        if (f.isFile() && f.getLen() == 0) {
          out.add(RowFactory.create(f.getPath().getName(), new byte[0], null));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /** One JSON line as (id, text bytes, error); a blank line as a row of nulls (dropped). */
  static Row jsonLine(Row row) {
    byte[] bytes = (byte[]) row.get(0);
    String where = row.getString(1) + "#" + row.getLong(2);
    String line = new String(bytes, StandardCharsets.UTF_8);
    if (line.isBlank()) {
      return RowFactory.create(null, null, null);
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (Exception e) {
      return RowFactory.create(where, null, where + ": not a JSON object");
    }
    if (node == null || !node.isObject()) {
      return RowFactory.create(where, null, where + ": not a JSON object");
    }
    JsonNode id = node.get("id");
    String name = id == null || id.isNull() ? null : id.isTextual() ? id.textValue() : id.toString();
    int bad = firstMalformedByte(bytes);
    if (bad >= 0) {
      String who = name == null ? where : name;
      return RowFactory.create(who, null, who + ": not valid UTF-8 at byte " + bad + " of its JSON line");
    }
    JsonNode text = node.get("text");
    if (name == null) {
      return RowFactory.create(where, null, where + ": missing id field");
    }
    if (text == null || text.isNull()) {
      return RowFactory.create(name, null, null); // Documents reports the missing text field
    }
    if (!text.isTextual()) {
      return RowFactory.create(name, null, name + ": text field is not a string");
    }
    return RowFactory.create(name, text.textValue().getBytes(StandardCharsets.UTF_8), null);
  }

  private static int firstMalformedByte(byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      d.decode(in);
      return -1;
    } catch (MalformedInputException e) {
      return in.position();
    } catch (CharacterCodingException e) {
      return in.position();
    }
  }
}

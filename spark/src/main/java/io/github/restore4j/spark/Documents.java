// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.io.TextFiles;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;

/**
 * Checks documents as the command line checks files: a document is its {@code text} read with
 * {@link TextFiles#readText(java.io.InputStream, String)} (UTF-8 only, a byte order mark dropped,
 * no binary data, not empty, not only white space), named by its {@code id}. A document that fails
 * keeps its id and carries the message ({@code "a.txt: not valid UTF-8 at byte 3"},
 * {@code "7: missing text field"}) in {@code error}; the job goes on.
 *
 * <pre>{@code
 * Documents.decode(df)  // (id, text, error): text null where error is set
 * }</pre>
 */
final class Documents {
  private Documents() {}

  /**
   * The documents of {@code in}, checked: columns {@code id} (any type, as a string) and
   * {@code text} (string or binary; absent or null fails the document), and an optional
   * {@code error} a reader set.
   */
  static Dataset<Row> decode(Dataset<Row> in) {
    java.util.List<String> names = Arrays.asList(in.columns());
    Column id = names.contains("id") ? col("id").cast("string") : lit(null).cast("string");
    Column text;
    if (!names.contains("text")) {
      text = lit(null).cast("binary");
    } else {
      DataType type = in.schema().apply("text").dataType();
      // a string column is cast to its bytes: Spark strings hold what the file held, valid or not
      text = type instanceof BinaryType ? col("text") : col("text").cast("string").cast("binary");
    }
    Column error = names.contains("error") ? col("error").cast("string") : lit(null).cast("string");
    return in.select(id.as("id"), text.as("text"), error.as("error"))
        .map((MapFunction<Row, Row>) Documents::check, Encoders.row(Schemas.DECODED));
  }

  /** One raw row (id, bytes, error) checked. */
  static Row check(Row raw) {
    String id = raw.getString(0);
    String error = raw.getString(2);
    if (error != null) {
      return RowFactory.create(id, null, error);
    }
    String name = id == null ? "(no id)" : id;
    if (id == null) {
      return RowFactory.create(null, null, name + ": missing id field");
    }
    if (raw.isNullAt(1)) {
      return RowFactory.create(id, null, name + ": missing text field");
    }
    byte[] bytes = (byte[]) raw.get(1);
    try {
      return RowFactory.create(id, TextFiles.readText(new ByteArrayInputStream(bytes), name), null);
    } catch (InvalidInputException e) {
      return RowFactory.create(id, null, e.getMessage());
    }
  }
}

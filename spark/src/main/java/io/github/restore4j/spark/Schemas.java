// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * The row types of the job: what goes in, what comes out, and the keys in between. A restored
 * line carries what the core {@link io.github.restore4j.restore.RestoredLine} carries; the span is
 * two columns ({@code -1, -1} when untracked) and the status and changes are enum names.
 */
final class Schemas {
  private Schemas() {}

  /** One restored line: {@link io.github.restore4j.restore.RestoredLine} as columns. */
  static final StructType LINE = createStructType(List.of(
      createStructField("index", IntegerType, false),
      createStructField("input", StringType, false),
      createStructField("output", StringType, false),
      createStructField("status", StringType, false),
      createStructField("siblingId", StringType, true),
      createStructField("spanStart", IntegerType, false),
      createStructField("spanEnd", IntegerType, false),
      createStructField("changes", createArrayType(StringType, false), false),
      createStructField("words", IntegerType, false),
      createStructField("wordsAligned", IntegerType, false),
      createStructField("confidence", DoubleType, false)));

  /**
   * One document out: its restored text and lines, the siblings it was restored against, or the
   * error that failed it (then the others are null).
   */
  static final StructType OUTPUT = createStructType(List.of(
      createStructField("id", StringType, true),
      createStructField("restored", StringType, true),
      createStructField("lines", createArrayType(LINE, false), true),
      createStructField("candidates", createArrayType(StringType, false), true),
      createStructField("error", StringType, true)));

  /** A document read and checked: its text, or the error that fails it. */
  static final StructType DECODED = createStructType(List.of(
      createStructField("id", StringType, true),
      createStructField("text", StringType, true),
      createStructField("error", StringType, true)));

  /** What a reader hands on: the text as raw bytes, so that the UTF-8 check sees what was stored. */
  static final StructType RAW = createStructType(List.of(
      createStructField("id", StringType, true),
      createStructField("text", BinaryType, true),
      createStructField("error", StringType, true)));

  /** A key of a sibling. */
  static final StructType SIBLING_KEY = createStructType(List.of(
      createStructField("key", LongType, false),
      createStructField("sno", LongType, false)));

  /** A key of one line of a degraded document. */
  static final StructType LINE_KEY = createStructType(List.of(
      createStructField("key", LongType, false),
      createStructField("dno", LongType, false),
      createStructField("line", IntegerType, false)));
}

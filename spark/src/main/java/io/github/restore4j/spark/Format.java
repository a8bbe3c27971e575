// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The three shapes a corpus comes in, in and out of the job.
 *
 * <pre>{@code
 * Format.of("corpus.parquet")   // PARQUET
 * Format.of("copies.jsonl")     // JSONL
 * Format.of("seeds")            // TXT (a folder of .txt files)
 * }</pre>
 */
public enum Format {
  /** A folder of {@code .txt} files, one document each, named by its file name. */
  TXT,
  /** JSON Lines: one object per line with {@code id} and {@code text}. */
  JSONL,
  /** Parquet with columns {@code id} and {@code text}. */
  PARQUET;

  /**
   * The format a path's name says: {@code .parquet} and {@code .jsonl}, {@code .json},
   * {@code .ndjson} by suffix, anything else a folder of text files.
   *
   * @param path a file or folder name
   * @return its format
   */
  public static Format of(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.endsWith(".parquet")) {
      return PARQUET;
    }
    if (p.endsWith(".jsonl") || p.endsWith(".json") || p.endsWith(".ndjson")) {
      return JSONL;
    }
    return TXT;
  }

  /**
   * The format of an existing input: by its name ({@link #of(String)}), else, for a folder, by the
   * files in it (Parquet parts, then JSON Lines parts, else text files).
   *
   * @param spark the session whose file systems are read
   * @param path  the input
   * @return its format
   * @throws UncheckedIOException if the path cannot be listed
   */
  static Format detect(SparkSession spark, String path) {
    Format byName = of(path);
    if (byName != TXT) {
      return byName;
    }
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.getFileStatus(p).isDirectory()) {
        return TXT;
      }
      boolean json = false;
      for (FileStatus s : fs.listStatus(p)) {
        Format f = of(s.getPath().getName());
        if (f == PARQUET) {
          return PARQUET;
        }
        json |= f == JSONL;
      }
      return json ? JSONL : TXT;
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot read (" + e.getMessage() + ")", e);
    }
  }
}

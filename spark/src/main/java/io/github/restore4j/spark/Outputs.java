// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes the job's output. Parquet and JSON Lines are written by Spark (a folder of part files,
 * every column); a text folder gets one file per document, named by its id, holding the restored
 * text, or {@code ID.error} holding the message when the document failed.
 */
final class Outputs {
  private Outputs() {}

  static void write(Dataset<Row> restored, String out, Format format) {
    switch (format) {
      case PARQUET:
        restored.write().parquet(out);
        return;
      case JSONL:
        restored.write().json(out);
        return;
      case TXT:
      default:
        restored.select("id", "restored", "error").foreachPartition(new TextWriter(out));
    }
  }

  /** Writes each document of a partition as its own file (from the executor that holds it). */
  static final class TextWriter implements ForeachPartitionFunction<Row> {
    private static final long serialVersionUID = 1L;
    private final String out;

    TextWriter(String out) {
      this.out = out;
    }

    @Override
    public void call(Iterator<Row> rows) throws IOException {
      Path dir = new Path(out);
      FileSystem fs = dir.getFileSystem(new Configuration());
      if (fs instanceof LocalFileSystem local) {
        fs = local.getRawFileSystem(); // no hidden .crc file beside each document
      }
      fs.mkdirs(dir);
      while (rows.hasNext()) {
        Row r = rows.next();
        String id = r.getString(0);
        String error = r.getString(2);
        String name = fileName(id);
        if (name == null) {
          name = "document-" + Integer.toHexString(String.valueOf(id).hashCode());
          error = (error == null ? "" : error + "; ") + "id " + id + " is not a file name";
        }
        if (error != null) {
          write(fs, new Path(dir, name + ".error"), error + "\n");
        } else {
          write(fs, new Path(dir, name), r.getString(1));
        }
      }
    }

    private static void write(FileSystem fs, Path file, String text) {
      try (OutputStream o = fs.create(file, true)) {
        o.write(text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
      }
    }

    /** The id as a file name in the output folder, or null when it cannot be one. */
    static String fileName(String id) {
      if (id == null || id.isEmpty() || id.equals(".") || id.equals("..") || id.indexOf('/') >= 0
          || id.indexOf('\\') >= 0 || id.indexOf('\0') >= 0 || id.startsWith(".") || id.startsWith("_")) {
        return null;
      }
      return id;
    }
  }
}

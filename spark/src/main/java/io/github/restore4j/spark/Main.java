// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The runnable jar: restores a corpus on Spark.
 *
 * <pre>{@code
 * java -jar spark/target/restore4j-spark.jar --master local[2] \
 *     --degraded copies/ --siblings originals/ --out restored/
 * spark-submit --master yarn spark/target/restore4j-spark.jar \
 *     --degraded hdfs:///copies.parquet --siblings hdfs:///crawl.parquet --out hdfs:///restored.parquet
 * }</pre>
 *
 * <p>Each PATH is a folder of {@code .txt} files, JSON Lines ({@code .jsonl}) or Parquet
 * ({@code .parquet}), told apart by its name and then its files ({@link Format}); {@code --out}
 * takes the format its name says, else the degraded input's. The exit status is 0 when every
 * document was written (failed documents carry their error in the output and are counted),
 * 2 for a usage error, 1 when the job failed.
 */
public final class Main {
  private static final String USAGE = String.join("\n",
      "usage: restore4j-spark --degraded PATH --siblings PATH --out PATH [options]",
      "  PATH: a folder of .txt files, JSON Lines (.jsonl: {\"id\":..., \"text\":...}) or Parquet (.parquet)",
      "  --master URL         Spark master when not run by spark-submit (default local[*])",
      "  --out-format F       txt, jsonl or parquet (default: by --out's name, else the degraded input's)",
      "  --language TAG       language for case mapping (e.g. tr)",
      "  --max-df N           drop keys found in more than N siblings (default 100)",
      "  --candidates N       siblings per document (default 16)",
      "  --line-candidates N  siblings added per line (default 2)",
      "  --partitions N       partitions of the restore stage (default: 4 per core)",
      "  --gram N / --window N  k-gram length in letters / winnowing window (default 16 / 12)",
      "  --salt N / --hot N   salt buckets for a sibling that is a candidate of more than --hot documents",
      "  --broadcast-chars N  broadcast pools of at most N characters (default 50000000)");

  private Main() {}

  /**
   * Runs the job and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the job.
   *
   * @param args the command line
   * @param out  where the summary goes
   * @param err  where usage errors go
   * @return the exit status: 0 done, 1 the job failed, 2 a usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Args a;
    try {
      a = Args.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("restore4j-spark: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (a == null) {
      out.println(USAGE);
      return 0;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("restore4j");
    org.apache.spark.SparkConf conf = new org.apache.spark.SparkConf();
    String master = a.master != null ? a.master : conf.get("spark.master", "local[*]");
    builder.master(master);
    if (master.startsWith("local") && !conf.contains("spark.sql.shuffle.partitions")) {
      // one machine: Spark's 200 shuffle partitions are 200 tasks per stage for a handful of cores
      builder.config("spark.sql.shuffle.partitions", String.valueOf(4 * localCores(master)));
    }
    SparkSession spark = builder.getOrCreate();
    try {
      return execute(spark, a, out, err);
    } finally {
      spark.stop();
    }
  }

  /** Runs the job in a session the caller owns (and stops). */
  static int execute(SparkSession spark, Args a, PrintStream out, PrintStream err) {
    try {
      long start = System.nanoTime();
      Format in = Format.detect(spark, a.degraded);
      Format outFormat = a.outFormat != null ? a.outFormat
          : Format.of(a.out) != Format.TXT ? Format.of(a.out) : in;
      Dataset<Row> degraded = Inputs.read(spark, a.degraded, in);
      Dataset<Row> siblings = Inputs.read(spark, a.siblings, Format.detect(spark, a.siblings));
      // persisted as an RDD: a persisted Dataset under adaptive execution was computed twice here
      // (once to fill the cache, once more for the first action: the restore stage ran twice)
      JavaRDD<Row> rows = SparkRestorer.create(spark, a.options.build()).restore(degraded, siblings).javaRDD()
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        Outputs.write(spark.createDataFrame(rows, Schemas.OUTPUT), a.out, outFormat);
        JavaRDD<Row> failed = rows.filter(r -> !r.isNullAt(4));
        List<Row> shown = failed.take(20);
        long documents = rows.count();
        long errors = failed.count();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "restore4j-spark: %d documents in %.1f s (%.2f/s), %d failed; wrote %s (%s)%n",
            documents, seconds, documents / seconds, errors, a.out, outFormat.name().toLowerCase(Locale.ROOT));
        for (Row r : shown) {
          out.println("  failed: " + r.getString(4));
        }
        return 0;
      } finally {
        rows.unpersist(false);
      }
    } catch (RuntimeException e) {
      err.println("restore4j-spark: " + e);
      return 1;
    }
  }

  /** The cores a local master runs on: {@code local[2]} 2, {@code local[*]} and {@code local} all. */
  static int localCores(String master) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[(\\d+)(,\\d+)?\\]").matcher(master);
    return m.matches() ? Math.max(1, Integer.parseInt(m.group(1))) : Runtime.getRuntime().availableProcessors();
  }

  /** The parsed command line. */
  static final class Args {
    String degraded;
    String siblings;
    String out;
    String master;
    Format outFormat;
    final SparkRestoreOptions.Builder options = SparkRestoreOptions.builder();

    /** The arguments, or null when help was asked for. */
    static Args parse(String[] args) {
      Args a = new Args();
      List<String> rest = new ArrayList<>(List.of(args));
      while (!rest.isEmpty()) {
        String name = rest.remove(0);
        if (name.equals("-h") || name.equals("--help")) {
          return null;
        }
        if (rest.isEmpty()) {
          throw new IllegalArgumentException(name.startsWith("--") ? name + " needs a value" : "unknown argument " + name);
        }
        String value = rest.remove(0);
        switch (name) {
          case "--degraded" -> a.degraded = value;
          case "--siblings", "--sibling" -> a.siblings = value;
          case "--out" -> a.out = value;
          case "--master" -> a.master = value;
          case "--out-format" -> a.outFormat = format(value);
          case "--language" -> a.options.language(Locale.forLanguageTag(value));
          case "--max-df" -> a.options.maxDf(number(name, value));
          case "--candidates" -> a.options.maxCandidates(number(name, value));
          case "--line-candidates" -> a.options.lineCandidates(number(name, value));
          case "--partitions" -> a.options.partitions(number(name, value));
          case "--gram" -> a.options.gramLength(number(name, value));
          case "--window" -> a.options.window(number(name, value));
          case "--salt" -> a.options.saltBuckets(number(name, value));
          case "--hot" -> a.options.hotSibling(number(name, value));
          case "--broadcast-chars" -> a.options.broadcastChars(number(name, value));
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (a.degraded == null || a.siblings == null || a.out == null) {
        throw new IllegalArgumentException("--degraded, --siblings and --out are required");
      }
      return a;
    }

    private static Format format(String value) {
      try {
        return Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--out-format must be txt, jsonl or parquet: " + value);
      }
    }

    private static int number(String name, String value) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " needs a whole number: " + value);
      }
    }
  }
}

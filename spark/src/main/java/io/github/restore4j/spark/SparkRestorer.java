// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.SiblingPool;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;

/**
 * Restores a corpus of degraded documents against a corpus of siblings on Spark, with the result
 * the core {@link Restorer} gives on one machine.
 *
 * <pre>{@code
 * SparkRestorer restorer = SparkRestorer.create(spark, SparkRestoreOptions.defaults());
 * Dataset<Row> out = restorer.restore(degraded, siblings);   // both (id, text)
 * out.select("id", "restored", "lines", "error").show();
 * }</pre>
 *
 * <p>The plan, in four stages (passim's, with the core's restoration at the end):
 * <ol>
 *   <li><b>Keys.</b> Each sibling is repaired as a {@link SiblingPool} repairs it and keyed whole,
 *       each degraded document line by line, with winnowed k-grams of its letters folded loose
 *       ({@link Fingerprints}: keys that survive lost case, marks, digits, punctuation and
 *       hyphens). Keys found in more than {@link SparkRestoreOptions#maxDf()} siblings are dropped.
 *   <li><b>Candidates.</b> The degraded keys are joined with the sibling postings; each document
 *       keeps the {@link SparkRestoreOptions#maxCandidates()} siblings sharing most keys with it,
 *       and each of its lines adds its {@link SparkRestoreOptions#lineCandidates()} best.
 *   <li><b>Groups.</b> Each (document, candidate) pair fetches the candidate's text: from a
 *       broadcast copy of the pool when it is small ({@link SparkRestoreOptions#broadcastChars()}),
 *       else by a join in which a sibling that is a candidate of many documents (the original of a
 *       much-copied story) is salted over {@link SparkRestoreOptions#saltBuckets()} buckets, so
 *       that no one task fetches it for all of them; then the pairs are grouped per document.
 *   <li><b>Restore.</b> Each document is restored by {@link Restorer} against a pool of its
 *       candidates in id order ({@link GroupRestore}), on {@link SparkRestoreOptions#partitions()}
 *       partitions.
 * </ol>
 *
 * <p>Output columns ({@code Schemas.OUTPUT}): {@code id}, {@code restored} (the text),
 * {@code lines} (each line's index, input, output, status, siblingId, spanStart, spanEnd, changes,
 * words, wordsAligned and confidence, as {@link io.github.restore4j.restore.RestoredLine} has them),
 * {@code candidates} (the sibling ids it was restored against) and {@code error} (why a document
 * failed: not UTF-8, empty, no text field; then the other columns are null). Input columns:
 * {@code id} and {@code text} (string or binary); a sibling that fails the same checks is left out
 * of the pool.
 *
 * <p>The result is lazy: nothing runs until it is written or collected, and it is computed again
 * for each action unless persisted. The checked inputs are persisted in the session (memory, then
 * disk) since several stages read them. Thread-safe; holds no state but its session and options.
 */
public final class SparkRestorer {
  private final SparkSession spark;
  private final SparkRestoreOptions options;

  private SparkRestorer(SparkSession spark, SparkRestoreOptions options) {
    this.spark = spark;
    this.options = options;
  }

  /**
   * A restorer on this session.
   *
   * @param spark   the session to run in
   * @param options how candidates are found and work is spread
   * @return the restorer
   * @throws NullPointerException if an argument is null
   */
  public static SparkRestorer create(SparkSession spark, SparkRestoreOptions options) {
    return new SparkRestorer(Objects.requireNonNull(spark, "spark"), Objects.requireNonNull(options, "options"));
  }

  /**
   * The options in force.
   *
   * @return the options
   */
  public SparkRestoreOptions options() {
    return options;
  }

  /**
   * Restores every degraded document against the siblings it shares text with. Runs two small
   * jobs while planning (the pool's size in characters and the number of documents); the rest is
   * lazy.
   *
   * @param degraded rows with {@code id} and {@code text}
   * @param siblings rows with {@code id} and {@code text}
   * @return one row per degraded document: {@code id, restored, lines, candidates, error}
   * @throws NullPointerException if an argument is null
   */
  public Dataset<Row> restore(Dataset<Row> degraded, Dataset<Row> siblings) {
    Objects.requireNonNull(degraded, "degraded");
    Objects.requireNonNull(siblings, "siblings");
    Dataset<Row> docs = Documents.decode(degraded).withColumn("dno", monotonically_increasing_id())
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> pool = Documents.decode(siblings).where(col("error").isNull())
        .select(col("id"), col("text"), xxhash64(col("id")).as("sno"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> pairs = candidates(docs, pool);
    Dataset<Row> groups = groups(pairs, pool);
    Dataset<Row> work = docs.join(groups, docs.col("dno").equalTo(groups.col("gdno")), "left_outer")
        .select(col("id"), col("text"), col("error"), col("cands"));
    long documents = docs.count();
    int partitions = options.partitions() > 0 ? options.partitions()
        : (int) Math.max(1, Math.min(documents, 4L * spark.sparkContext().defaultParallelism()));
    return work.repartition(partitions, col("id"))
        .mapPartitions(new GroupRestore(options), Encoders.row(Schemas.OUTPUT));
  }

  /**
   * The (document, sibling) pairs to restore with: columns {@code dno} and {@code sno}.
   *
   * @param docs documents as {@link Documents#decode} gives them, with {@code dno}
   * @param pool siblings that passed the checks: {@code id, text, sno}
   */
  Dataset<Row> candidates(Dataset<Row> docs, Dataset<Row> pool) {
    Fingerprints fingerprints = new Fingerprints(options.gramLength(), options.window());
    Dataset<Row> siblingKeys = pool.select("text", "sno").flatMap(
        (FlatMapFunction<Row, Row>) row -> siblingKeys(fingerprints, row), Encoders.row(Schemas.SIBLING_KEY));
    Dataset<Row> postings = siblingKeys.groupBy("key").agg(collect_list("sno").as("snos"))
        .where(size(col("snos")).leq(options.maxDf()));
    Dataset<Row> lineKeys = docs.where(col("error").isNull()).select("text", "dno").flatMap(
        (FlatMapFunction<Row, Row>) row -> lineKeys(fingerprints, row), Encoders.row(Schemas.LINE_KEY));
    Dataset<Row> hits = lineKeys.join(postings, "key").select(col("dno"), col("line"), explode(col("snos")).as("sno"));
    // one shuffle by document: the counts per line and per document, both rankings and the union
    // all need only rows of one document together
    Dataset<Row> perLine = hits.repartition(col("dno")).groupBy("dno", "line", "sno").agg(count(lit(1)).as("n"))
        .withColumn("docN", sum("n").over(Window.partitionBy("dno", "sno")));
    WindowSpec byDoc = Window.partitionBy("dno").orderBy(col("docN").desc(), col("sno"));
    WindowSpec byLine = Window.partitionBy("dno", "line").orderBy(col("n").desc(), col("sno"));
    return perLine.withColumn("docRank", dense_rank().over(byDoc))
        .withColumn("lineRank", row_number().over(byLine))
        .where(col("docRank").leq(options.maxCandidates()).or(col("lineRank").leq(options.lineCandidates())))
        .select("dno", "sno").distinct();
  }

  /** The pairs with their sibling's text, grouped: {@code gdno, cands: array<(sid, stext)>}. */
  private Dataset<Row> groups(Dataset<Row> pairs, Dataset<Row> pool) {
    Dataset<Row> texts;
    Row chars = pool.agg(sum(length(col("text")))).first();
    long poolChars = chars.isNullAt(0) ? 0 : chars.getLong(0);
    Dataset<Row> named = pool.select(col("sno"), col("id").as("sid"), col("text").as("stext"));
    if (poolChars <= options.broadcastChars()) {
      texts = pairs.join(broadcast(named), "sno");
    } else {
      // a hot sibling (a candidate of many documents) is copied to saltBuckets buckets, and its
      // documents spread over them by a hash of the document
      Dataset<Row> hot = pairs.groupBy("sno").agg(count(lit(1)).as("uses"))
          .where(col("uses").gt(options.hotSibling())).select(col("sno").as("hotSno"), lit(true).as("hot"));
      Dataset<Row> saltedPairs = pairs.join(hot, col("sno").equalTo(col("hotSno")), "left_outer")
          .select(col("dno"), col("sno"),
              when(col("hot").isNotNull(), pmod(xxhash64(col("dno")), lit((long) options.saltBuckets())))
                  .otherwise(lit(0L)).as("salt"));
      Dataset<Row> saltedPool = named.join(hot, col("sno").equalTo(col("hotSno")), "left_outer")
          .select(col("sno"), col("sid"), col("stext"),
              explode(when(col("hot").isNotNull(), sequence(lit(0L), lit((long) options.saltBuckets() - 1)))
                  .otherwise(array(lit(0L)))).as("salt"));
      texts = saltedPairs.join(saltedPool, new String[] {"sno", "salt"});
    }
    return texts.groupBy(col("dno").as("gdno")).agg(collect_list(struct(col("sid"), col("stext"))).as("cands"));
  }

  private static Iterator<Row> siblingKeys(Fingerprints fingerprints, Row row) {
    // keyed as the pool will read it: repaired (mojibake, legacy encodings, look-alike letters)
    String repaired = SiblingPool.repair(row.getString(0));
    long sno = row.getLong(1);
    long[] keys = fingerprints.document(repaired);
    List<Row> out = new ArrayList<>(keys.length);
    for (long k : keys) {
      out.add(RowFactory.create(k, sno));
    }
    return out.iterator();
  }

  private static Iterator<Row> lineKeys(Fingerprints fingerprints, Row row) {
    long dno = row.getLong(1);
    long[][] lines = fingerprints.lines(row.getString(0));
    List<Row> out = new ArrayList<>();
    for (int l = 0; l < lines.length; l++) {
      for (long k : lines[l]) {
        out.add(RowFactory.create(k, dno, l));
      }
    }
    return out.iterator();
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one {@link SparkSession} of the test run: {@code local[2]}, as the issue asks, started once
 * (a local session takes seconds to start) and stopped when the JVM exits.
 */
final class SharedSpark {
  private static SparkSession spark;

  private SharedSpark() {}

  static synchronized SparkSession get() {
    if (spark == null) {
      spark = SparkSession.builder()
          .appName("restore4j-spark-tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          // small inputs: compiling whole-stage code for each plan costs more than it saves
          .config("spark.sql.codegen.wholeStage", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
    }
    return spark;
  }
}

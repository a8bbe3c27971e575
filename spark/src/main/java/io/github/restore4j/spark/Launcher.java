// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jar's entry point: {@link Main} with Spark on the class path, wherever it comes from.
 *
 * <pre>{@code
 * java -jar spark/target/restore4j-spark.jar --master local[2] --degraded D --siblings S --out O
 * spark-submit spark/target/restore4j-spark.jar --degraded D --siblings S --out O
 * }</pre>
 *
 * <p>Under {@code spark-submit} Spark is on the class path and {@link Main} runs as it is. Under
 * {@code java -jar} it is not (the jar leaves Spark out, so that a cluster's own Spark is the only
 * one): the launcher loads {@link Main} with the jar and every jar of the {@code lib/} folder beside
 * it (where the build copies Spark and its dependencies). The JDK packages Spark opens by
 * reflection on Java 17 are opened by the jar's manifest ({@code Add-Opens}, the list of Spark's
 * {@code JavaModuleOptions}), which holds for {@code java -jar} only, as spark-submit passes the
 * same flags itself. This class must not touch Spark: it is loaded before Spark is found.
 */
public final class Launcher {
  private Launcher() {}

  /**
   * Runs {@link Main} with Spark on the class path.
   *
   * @param args the command line, as {@link Main} takes it
   * @throws Throwable what {@link Main} throws
   */
  public static void main(String[] args) throws Throwable {
    if (hasSpark()) {
      Main.main(args);
      return;
    }
    Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path lib = jar.resolveSibling("lib");
    if (!Files.isDirectory(lib)) {
      System.err.println("restore4j-spark: Spark is not on the class path and " + lib + " does not exist:"
          + " run under spark-submit, or keep the lib/ folder of the build beside the jar");
      System.exit(2);
    }
    List<URL> urls = new ArrayList<>();
    urls.add(jar.toUri().toURL());
    try (Stream<Path> jars = Files.list(lib)) {
      for (Path p : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        urls.add(p.toUri().toURL());
      }
    }
    URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    try {
      Class.forName(Main.class.getName(), true, loader).getMethod("main", String[].class).invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static boolean hasSpark() {
    try {
      Class.forName("org.apache.spark.sql.SparkSession", false, Launcher.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

}

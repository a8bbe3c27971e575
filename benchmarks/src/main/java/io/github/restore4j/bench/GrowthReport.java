// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.io.TextFiles;
import io.github.restore4j.normalize.TextNormalizer;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.restore.SiblingPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * How time and memory grow over the adversarial inputs of issue 10, each family at three sizes,
 * every point in a fresh JVM: repeated words against a sibling of the same word, combining-mark
 * storms through {@code normalize} and {@code restore}, one huge line, many small sibling files,
 * many copies of one sentence. Time is the CPU time of the one thread that does the work (the
 * restorer runs with parallelism 1), which a loaded machine disturbs far less than wall time; both
 * are printed. One table row per point, with the growth exponent from the size before ({@code log(t2/t1) / log(n2/n1)}: 1 is linear, 2 quadratic), so that a family that
 * grows faster than its input shows as such. Not a JMH benchmark: one timed run per point, after
 * one untimed warm-up run at a tenth of the size (the JIT compiles the hot paths there).
 *
 * <p>Memory: the peak live heap, the largest heap in use after any garbage collection during the
 * run or right after it with the result still held (inputs included); and the peak resident set of
 * the JVM ({@code VmHWM}), which also counts the JVM itself and heap the collector grew into.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.restore4j.bench.GrowthReport [family...]
 * </pre>
 */
public final class GrowthReport {
  /** The heap each point's JVM gets. */
  private static final String HEAP = "-Xmx3g";
  private static final long POINT_TIMEOUT_SECONDS = 1200;
  private static final String RESULT = "RESULT ";

  private record Family(String name, String what, String unit, long... sizes) {}

  private static final List<Family> FAMILIES = List.of(
      new Family("repeated-words", "restore: one line of `nga` × N against a sibling `Nga, ` × N", "words",
          5_000, 20_000, 80_000),
      new Family("mark-storm-normalize", "normalize: `a` + N combining marks", "marks",
          25_000, 100_000, 400_000),
      new Family("mark-storm-restore", "restore: `a` + N combining marks against the clean seeds", "marks",
          25_000, 100_000, 400_000),
      new Family("huge-line-normalize", "read (TextFiles) and normalize one line of real text", "MB",
          1, 10, 50),
      new Family("huge-line-restore", "restore one line of degraded real text against the clean seeds, up to "
          + "the default line limit (10^6 chars)", "k chars", 100, 300, 1_000),
      new Family("sibling-files", "list, read and index N small sibling files, restore 20 lines", "files",
          1_000, 10_000, 100_000),
      new Family("sentence-copies", "restore N copies of one degraded sentence against the clean seeds", "lines",
          10_000, 100_000, 1_000_000));

  private GrowthReport() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("--point")) {
      point(args[1], Long.parseLong(args[2]));
      return;
    }
    List<String> only = List.of(args);
    System.out.println("| family | size | CPU time (s) | time exponent | wall time (s) | peak live heap (MB) | heap exponent | peak RSS (MB) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (Family f : FAMILIES) {
      if (!only.isEmpty() && !only.contains(f.name())) {
        continue;
      }
      double[] prev = null;
      long prevSize = 0;
      for (long size : f.sizes()) {
        double[] r = runPoint(f.name(), size);
        String label = String.format(Locale.ROOT, "%,d %s", size, f.unit());
        if (r == null) {
          System.out.printf(Locale.ROOT, "| %s | %s | failed or over %d s | | | | | |%n", f.name(), label, POINT_TIMEOUT_SECONDS);
          prev = null;
          continue;
        }
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %s | %.2f | %.0f | %s | %.0f |%n", f.name(), label, r[0],
            exponent(prev == null ? 0 : prev[0], r[0], prevSize, size, 0.05), r[3],
            r[1], exponent(prev == null ? 0 : prev[1], r[1], prevSize, size, 8), r[2]);
        prev = r;
        prevSize = size;
      }
    }
    System.out.println();
    for (Family f : FAMILIES) {
      System.out.println("- `" + f.name() + "`: " + f.what());
    }
  }

  /** The growth exponent from the point before; blank for the first, or when a value is too small to tell. */
  private static String exponent(double before, double after, long sizeBefore, long size, double floor) {
    if (sizeBefore == 0 || before < floor || after < floor) {
      return "";
    }
    double e = Math.log(after / before) / Math.log((double) size / sizeBefore);
    return String.format(Locale.ROOT, e > 1.3 ? "**%.2f**" : "%.2f", e);
  }

  /** Runs one point in a fresh JVM: CPU seconds, peak live heap MB, peak RSS MB, wall seconds; null if it failed. */
  private static double[] runPoint(String family, long size) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"),
        GrowthReport.class.getName(), "--point", family, Long.toString(size));
    pb.redirectErrorStream(true);
    Process p = pb.start();
    List<String> output = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try (var in = p.inputReader()) {
        in.lines().forEach(output::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    reader.start();
    if (!p.waitFor(POINT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      reader.join();
      return null;
    }
    reader.join();
    for (String line : output) {
      if (line.startsWith(RESULT)) {
        String[] v = line.substring(RESULT.length()).split(" ");
        return new double[] {Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
            Double.parseDouble(v[3])};
      }
    }
    System.err.println(family + " " + size + ": " + String.join("\n", output));
    return null;
  }

  // ---- one point, in its own JVM

  private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();

  private static void point(String family, long size) throws IOException {
    Runnable warm = operation(family, Math.max(1, size / 10));
    warm.run();
    Runnable op = operation(family, size);
    watchCollections();
    gc();
    PEAK_AFTER_GC.set(0);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    op.run(); // holds its result until the heap is measured below
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    long after = usedAfterGc();
    long peak = Math.max(PEAK_AFTER_GC.get(), after);
    System.out.printf(Locale.ROOT, "%s%.3f %.1f %.1f %.3f%n", RESULT, cpuSeconds, peak / 1048576.0, peakRssMb(), seconds);
    System.out.flush();
    Runtime.getRuntime().halt(0); // the held result and temp files are the JVM's to drop
  }

  /** The operation of a family at a size, its input built now (not timed). */
  private static Runnable operation(String family, long size) throws IOException {
    Restorer restorer = Restorer.create(RestoreOptions.builder().parallelism(1).build());
    switch (family) {
      case "repeated-words": {
        String degraded = "nga ".repeat((int) size).trim();
        List<Sibling> siblings = List.of(Sibling.of("s", "Nga, ".repeat((int) size)));
        return hold(() -> restorer.restore(degraded, siblings));
      }
      case "mark-storm-normalize": {
        String text = storm(size);
        return hold(() -> TextNormalizer.defaults().normalize(text));
      }
      case "mark-storm-restore": {
        String text = storm(size);
        List<Sibling> seeds = cleanSeeds();
        return hold(() -> restorer.restore(text, seeds));
      }
      case "huge-line-normalize": {
        Path file = Files.createTempFile("growth", ".txt");
        file.toFile().deleteOnExit();
        Files.writeString(file, line(cleanText(), size * 1_000_000), StandardCharsets.UTF_8);
        return hold(() -> TextNormalizer.defaults().normalize(TextFiles.readText(file)));
      }
      case "huge-line-restore": {
        String degraded = line(Degrader.create(DegradeOptions.seed()).degrade(cleanText()), size * 1_000);
        List<Sibling> seeds = cleanSeeds();
        return hold(() -> restorer.restore(degraded, seeds));
      }
      case "sibling-files": {
        Path dir = siblingFiles((int) size);
        String degraded = String.join("\n", Degrader.create(DegradeOptions.seed())
            .degrade(seed(CLEAN.get(3))).lines().limit(20).toList());
        return hold(() -> {
          List<Sibling> siblings = new ArrayList<>();
          for (Path file : TextFiles.expandTextFiles(dir)) {
            siblings.add(Sibling.of(file.getFileName().toString(), TextFiles.readText(file)));
          }
          return restorer.restore(degraded, SiblingPool.of(siblings));
        });
      }
      case "sentence-copies": {
        String sentence = Degrader.create(DegradeOptions.seed()).degrade(seed(CLEAN.get(3))).lines()
            .filter(l -> l.length() > 60).findFirst().orElseThrow();
        String degraded = (sentence + "\n").repeat((int) size);
        List<Sibling> seeds = cleanSeeds();
        return hold(() -> {
          Restoration r = restorer.restore(degraded, seeds);
          return r.stats();
        });
      }
      default:
        throw new IllegalArgumentException("no family " + family);
    }
  }

  /** Keeps what {@code op} returns reachable until the JVM halts. */
  private static Runnable hold(java.util.function.Supplier<Object> op) {
    return () -> held.add(op.get());
  }

  private static final List<Object> held = new ArrayList<>();

  /** {@code a} followed by {@code n} combining marks, the Vietnamese tones and two more in turn. */
  private static String storm(long n) {
    String marks = "\u0301\u0300\u0309\u0303\u0323\u0302\u0306";
    StringBuilder b = new StringBuilder((int) n + 1).append('a');
    for (long i = 0; i < n; i++) {
      b.append(marks.charAt((int) (i % marks.length())));
    }
    return b.toString();
  }

  /** {@code text}'s lines joined by spaces, repeated to {@code chars} chars: one line. */
  private static String line(String text, long chars) {
    String unit = String.join(" ", text.lines().filter(l -> !l.isBlank()).toList()) + " ";
    StringBuilder b = new StringBuilder((int) chars);
    while (b.length() < chars) {
      b.append(unit, 0, (int) Math.min(unit.length(), chars - b.length()));
    }
    return b.toString().strip();
  }

  /** {@code n} files of one to three lines of the seeds each, with a number so that no two are equal. */
  private static Path siblingFiles(int n) throws IOException {
    Path dir = Files.createTempDirectory("growth-siblings");
    List<String> lines = cleanText().lines().filter(l -> !l.isBlank()).toList();
    for (int i = 0; i < n; i++) {
      String text = "Nr " + i + ". " + lines.get(i % lines.size()) + "\n" + lines.get((i * 7 + 3) % lines.size()) + "\n";
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "%06d.txt", i)), text, StandardCharsets.UTF_8);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
    return dir;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind
    }
  }

  private static final List<String> CLEAN = List.of("000_a068adbe6219557e.txt", "002_4cd0308355cadbed.txt",
      "003_0397d66fb00abc33.txt", "004_122364f8869732ab.txt");

  private static List<Sibling> cleanSeeds() {
    return CLEAN.stream().map(n -> Sibling.of(n, seed(n))).toList();
  }

  private static String cleanText() {
    return String.join("\n", CLEAN.stream().map(GrowthReport::seed).toList());
  }

  private static String seed(String name) {
    Path root = Path.of("testdata", "seeds");
    if (!Files.isDirectory(root)) {
      root = Path.of("..", "testdata", "seeds");
    }
    try {
      return Files.readString(root.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- memory

  /** Records the heap in use after every collection, the largest since the last reset. */
  private static void watchCollections() {
    Set<String> heap = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
          return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
          if (heap.contains(e.getKey())) {
            used += e.getValue().getUsed();
          }
        }
        PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
      }, null, null);
    }
  }

  private static long usedAfterGc() {
    gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void gc() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
  }

  /** The JVM's peak resident set (VmHWM), or -1 where /proc is not there. */
  private static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return -1;
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws time per line against pool size, restore4j beside the java-diff-utils baseline, from the
 * JSON that JMH writes for {@link RestoreBenchmark} ({@code -rf json}). Log scales on both axes.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.restore4j.bench.Chart restore.json benchmarks/restore-chart.svg
 * </pre>
 */
public final class Chart {
  private static final Pattern BENCHMARK = Pattern.compile("\"benchmark\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern POOL = Pattern.compile("\"poolTokens\"\\s*:\\s*\"(\\d+)\"");
  private static final Pattern SCORE = Pattern.compile("\"primaryMetric\"\\s*:\\s*\\{\\s*\"score\"\\s*:\\s*([0-9.eE+-]+)");

  private Chart() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: Chart JMH_JSON OUT_SVG");
      System.exit(2);
    }
    String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    Map<Long, Double> ours = new TreeMap<>();
    Map<Long, Double> baseline = new TreeMap<>();
    for (String result : json.split("\"jmhVersion\"")) {
      Matcher b = BENCHMARK.matcher(result);
      Matcher p = POOL.matcher(result);
      Matcher s = SCORE.matcher(result);
      if (!b.find() || !p.find() || !s.find()) {
        continue;
      }
      long pool = Long.parseLong(p.group(1));
      double score = Double.parseDouble(s.group(1));
      if (b.group(1).endsWith(".restoreLines")) {
        ours.put(pool, score);
      } else if (b.group(1).endsWith(".baselineLines")) {
        baseline.put(pool, score);
      }
    }
    Files.writeString(Path.of(args[1]), svg(ours, baseline), StandardCharsets.UTF_8);
  }

  static String svg(Map<Long, Double> ours, Map<Long, Double> baseline) {
    int w = 640;
    int h = 400;
    int left = 80;
    int right = 160;
    int top = 40;
    int bottom = 60;
    double minX = 3;
    double maxX = 7;
    double minY = Math.floor(Math.log10(min(ours, baseline)));
    double maxY = Math.ceil(Math.log10(max(ours, baseline)));
    if (maxY <= minY) {
      maxY = minY + 1;
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", w, h));
    sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"14\">Time per restored line against pool size (log–log)</text>%n", left));
    double pw = w - left - right;
    double ph = h - top - bottom;
    for (int e = (int) minX; e <= (int) maxX; e++) {
      double x = left + (e - minX) / (maxX - minX) * pw;
      sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, top, x, h - bottom));
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">10^%d</text>%n", x, h - bottom + 18, e));
    }
    for (int e = (int) minY; e <= (int) maxY; e++) {
      double y = top + (maxY - e) / (maxY - minY) * ph;
      sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", left, y, w - right, y));
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s µs</text>%n", left - 6, y + 4, label(e)));
    }
    sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">pool size (pieces)</text>%n", left + pw / 2, h - 16));
    series(sb, ours, "#1f77b4", "restore4j", left, top, pw, ph, minX, maxX, minY, maxY, 0);
    series(sb, baseline, "#d62728", "java-diff-utils baseline", left, top, pw, ph, minX, maxX, minY, maxY, 1);
    sb.append("</svg>\n");
    return sb.toString();
  }

  private static void series(StringBuilder sb, Map<Long, Double> points, String color, String name,
      int left, int top, double pw, double ph, double minX, double maxX, double minY, double maxY, int row) {
    List<String> coords = new ArrayList<>();
    for (Map.Entry<Long, Double> e : points.entrySet()) {
      double x = left + (Math.log10(e.getKey()) - minX) / (maxX - minX) * pw;
      double y = top + (maxY - Math.log10(e.getValue())) / (maxY - minY) * ph;
      coords.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
      sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>%n", x, y, color));
    }
    sb.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
        String.join(" ", coords), color));
    double lx = left + pw + 12;
    double ly = top + 20 + row * 20;
    sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>%n",
        lx, ly - 4, lx + 20, ly - 4, color));
    sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n", lx + 26, ly, name));
  }

  private static String label(int exponent) {
    double v = Math.pow(10, exponent);
    return v >= 1 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%s", v);
  }

  private static double min(Map<Long, Double> a, Map<Long, Double> b) {
    double m = Double.MAX_VALUE;
    for (double v : a.values()) {
      m = Math.min(m, v);
    }
    for (double v : b.values()) {
      m = Math.min(m, v);
    }
    return m;
  }

  private static double max(Map<Long, Double> a, Map<Long, Double> b) {
    double m = 0;
    for (double v : a.values()) {
      m = Math.max(m, v);
    }
    for (double v : b.values()) {
      m = Math.max(m, v);
    }
    return m;
  }
}

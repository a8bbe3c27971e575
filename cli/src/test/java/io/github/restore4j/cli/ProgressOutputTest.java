// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.restore.ProgressListener;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.Sibling;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress on a standard error that is not a terminal: plain lines now and then; none with --quiet. */
final class ProgressOutputTest {
  private static final String DEGRADED = RestoreCommandTest.DEGRADED.toString();
  private static final String CLEAN = RestoreCommandTest.CLEAN.toString();

  private final AtomicLong clock = new AtomicLong(1_000_000_000L);

  @Test
  void restore_slowRunNotOnATerminal_printsPlainLinesThenTheSummary() {
    Cli.Result r = Cli.run(context(6), "restore", "--degraded", DEGRADED, "--sibling", CLEAN);

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    assertThat(r.errLines()).hasSize(4);
    assertThat(r.errLines().subList(0, 3)).containsExactly(
        "progress: 30 of 100 lines (30%), 5 lines/s, ETA 0:14",
        "progress: 60 of 100 lines (60%), 5 lines/s, ETA 0:08",
        "progress: 100 of 100 lines (100%), 6 lines/s, done in 0:18");
    assertThat(r.errLines().get(3)).startsWith("22 lines: 22 restored");
  }

  @Test
  void restore_quiet_printsTheSummaryOnly() {
    for (String quiet : List.of("--quiet", "-q")) {
      Cli.Result r = Cli.run(context(6), "restore", "--degraded", DEGRADED, "--sibling", CLEAN, quiet);

      assertThat(r.status()).isEqualTo(Main.EXIT_OK);
      assertThat(r.errLines()).singleElement().asString().startsWith("22 lines: 22 restored");
    }
  }

  @Test
  void restore_shortRun_printsNoProgress() {
    Cli.Result r = Cli.run(context(0), "restore", "--degraded", DEGRADED, "--sibling", CLEAN);

    assertThat(r.errLines()).singleElement().asString().startsWith("22 lines: 22 restored");
  }

  @Test
  void plainProgress_tenthsAfterTheFirstSeconds_oneLineEachAndEveryFiveSeconds() {
    StringWriter text = new StringWriter();
    PlainProgress p = new PlainProgress(new PrintWriter(text), clock::get);

    p.update(0, 1000);
    at(4_000, () -> p.update(500, 1000)); // half done, but within the first 5 s: nothing
    at(5_500, () -> p.update(510, 1000)); // 5 s passed
    at(5_600, () -> p.update(590, 1000)); // same tenth: nothing
    at(5_700, () -> p.update(600, 1000)); // a new tenth
    at(11_000, () -> p.update(610, 1000)); // 5 s since the last line
    at(12_000, () -> p.update(1000, 1000));
    at(12_100, () -> p.update(1000, 1000)); // the same end again: nothing

    assertThat(text.toString().lines()).containsExactly(
        "progress: 510 of 1000 lines (51%), 93 lines/s, ETA 0:06",
        "progress: 600 of 1000 lines (60%), 105 lines/s, ETA 0:04",
        "progress: 610 of 1000 lines (61%), 55 lines/s, ETA 0:08",
        "progress: 1000 of 1000 lines (100%), 83 lines/s, done in 0:12");
  }

  @Test
  void restore_help_describesQuietWithoutAFormatWarning() {
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream picocliWarnings = new java.io.ByteArrayOutputStream();
    Cli.Result r;
    try {
      System.setErr(new java.io.PrintStream(picocliWarnings, true, java.nio.charset.StandardCharsets.UTF_8));
      r = Cli.run("restore", "--help");
    } finally {
      System.setErr(saved);
    }

    assertThat(r.out()).contains("-q, --quiet", "--json=FILE", "--report=FILE.html", "10% after");
    assertThat(picocliWarnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void plainProgress_clock_minutesAndHours() {
    assertThat(PlainProgress.clock(5)).isEqualTo("0:05");
    assertThat(PlainProgress.clock(125)).isEqualTo("2:05");
    assertThat(PlainProgress.clock(3 * 3600 + 61)).isEqualTo("3:01:01");
  }

  /** The clock at {@code millis} after the start, then {@code update}. */
  private void at(long millis, Runnable update) {
    clock.set(1_000_000_000L + TimeUnit.MILLISECONDS.toNanos(millis));
    update.run();
  }

  /**
   * Not a terminal; a stand-in engine that reports 0, 30, 60 and 100 of 100 lines,
   * {@code secondsApart} seconds apart on the test's clock, then upper-cases the text.
   */
  private Context context(int secondsApart) {
    RestoreEngine engine = new RestoreEngine() {
      @Override
      public Restoration restore(RestoreOptions options, String degraded, List<Sibling> siblings) {
        return Cli.upperCase(degraded, siblings);
      }

      @Override
      public Restoration restore(RestoreOptions options, String degraded, List<Sibling> siblings,
          ProgressListener progress) {
        for (long done : new long[] {0, 30, 60, 100}) {
          progress.update(done, 100);
          clock.addAndGet(TimeUnit.SECONDS.toNanos(secondsApart));
        }
        return Cli.upperCase(degraded, siblings);
      }
    };
    return new Context(Path.of(""), false, engine, false, clock::get);
  }
}

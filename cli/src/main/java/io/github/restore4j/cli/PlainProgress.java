// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress as plain lines, for a standard error that is a file or a pipe (a log, CI): a line at
 * each further tenth of the lines or every {@value #EVERY_SECONDS} seconds, whichever comes first,
 * but none during the first {@value #EVERY_SECONDS} seconds (a short run needs none), and a last
 * line at the end when any was printed.
 *
 * <pre>{@code
 * progress: 6000 of 20000 lines (30%), 1200 lines/s, ETA 0:11
 * progress: 20000 of 20000 lines (100%), 1300 lines/s, done in 0:15
 * }</pre>
 *
 * <p>Called by one thread at a time ({@link io.github.restore4j.restore.ProgressListener}); the
 * fields are written under the tracker's lock, so they need no lock of their own.
 */
final class PlainProgress implements ProgressDisplay {
  static final int EVERY_SECONDS = 5;
  private static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(EVERY_SECONDS);

  private final PrintWriter err;
  private final LongSupplier clock;
  private long start = Long.MIN_VALUE;
  private long lastLine;
  private long lastTenth;
  private long lastDone = -1;

  PlainProgress(PrintWriter err, LongSupplier nanoClock) {
    this.err = Objects.requireNonNull(err, "err");
    this.clock = Objects.requireNonNull(nanoClock, "nanoClock");
  }

  @Override
  public boolean update(long linesDone, long linesTotal) {
    long now = clock.getAsLong();
    if (start == Long.MIN_VALUE) {
      start = now;
      lastLine = now;
    }
    long tenth = linesTotal == 0 ? 10 : linesDone * 10 / linesTotal;
    boolean printedAny = lastDone >= 0;
    boolean due;
    if (linesDone >= linesTotal) {
      due = printedAny && linesDone > lastDone;
    } else {
      due = now - lastLine >= EVERY_NANOS || (tenth > lastTenth && now - start >= EVERY_NANOS);
    }
    if (due) {
      err.println(line(linesDone, linesTotal, now - start));
      err.flush();
      lastLine = now;
      lastTenth = tenth;
      lastDone = linesDone;
    }
    return true;
  }

  @Override
  public void close() {}

  static String line(long done, long total, long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    long rate = seconds > 0 ? Math.round(done / seconds) : 0;
    long percent = total == 0 ? 100 : done * 100 / total;
    String tail = done >= total ? "done in " + clock(Math.round(seconds))
        : rate > 0 ? "ETA " + clock((total - done + rate - 1) / rate) : "ETA unknown";
    return String.format(Locale.ROOT, "progress: %d of %d lines (%d%%), %d lines/s, %s",
        done, total, percent, rate, tail);
  }

  /** {@code m:ss}, or {@code h:mm:ss} from an hour. */
  static String clock(long seconds) {
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress as a bar on the terminal behind standard error, redrawn in place (me.tongfei
 * progressbar, which asks jline for the terminal's width): lines done of the total, percent,
 * elapsed time, ETA and lines per second.
 *
 * <pre>{@code
 * restore  47% [=========>          ]  9400/20000 lines (0:00:07 / 0:00:08) 1342.9 lines/s
 * }</pre>
 *
 * <p>The bar is made at the first update, when the total is known, and writes to
 * {@code System.err} itself (only the real process has a terminal: tests take the plain form);
 * its own thread redraws it every {@value #REFRESH_MILLIS} ms. Called by one thread at a time.
 */
final class TerminalProgress implements ProgressDisplay {
  static final int REFRESH_MILLIS = 250;

  private ProgressBar bar;

  @Override
  public boolean update(long linesDone, long linesTotal) {
    if (linesTotal == 0) {
      return true; // nothing to show (every file of a folder failed to read)
    }
    if (bar == null) {
      bar = new ProgressBarBuilder()
          .setTaskName("restore")
          .setInitialMax(linesTotal)
          .setUnit(" lines", 1)
          .showSpeed()
          .setSpeedUnit(ChronoUnit.SECONDS)
          .setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(REFRESH_MILLIS)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .build();
    }
    bar.stepTo(linesDone);
    return true;
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import io.github.restore4j.restore.ProgressListener;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * How a run shows its progress on standard error: a bar redrawn in place on a terminal
 * ({@link TerminalProgress}), plain lines now and then when standard error is a file or a pipe
 * ({@link PlainProgress}), nothing with {@code --quiet}. Never cancels.
 *
 * <p>Lifecycle: (1) {@link #of}; (2) pass it to the restoration as its {@link ProgressListener};
 * (3) {@link #close()}, always, before anything else is printed on standard error.
 */
interface ProgressDisplay extends ProgressListener, AutoCloseable {
  /** Shows nothing. */
  ProgressDisplay NONE = new ProgressDisplay() {
    @Override
    public boolean update(long linesDone, long linesTotal) {
      return true;
    }

    @Override
    public void close() {}
  };

  /**
   * The display for a run.
   *
   * @param quiet    {@code --quiet}: none
   * @param terminal standard error is a terminal: a bar; otherwise plain lines on {@code err}
   */
  static ProgressDisplay of(boolean quiet, boolean terminal, PrintWriter err, LongSupplier nanoClock) {
    if (quiet) {
      return NONE;
    }
    return terminal ? new TerminalProgress() : new PlainProgress(err, nanoClock);
  }

  /** Ends the display (the bar's last state stays on screen); prints nothing more. */
  @Override
  void close();
}

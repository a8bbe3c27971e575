// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts the lines of one call of {@link Restorer} and passes the count on to its
 * {@link ProgressListener}, throttled; remembers a cancellation and throws it at the next line.
 *
 * <p>Cost per line: one atomic add and one {@link System#nanoTime()} read (tens of nanoseconds
 * against the tens of microseconds a line takes to align); no allocation. Only a worker that finds
 * the interval passed tries the lock, and it does not wait for it. Thread-safe: one instance serves
 * the calling thread and every worker of one call.
 */
final class ProgressTracker {
  private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(ProgressListener.INTERVAL_MILLIS);

  private final ProgressListener listener;
  private final AtomicLong done = new AtomicLong();
  private final ReentrantLock reporting = new ReentrantLock();
  private volatile long total = -1;
  private volatile long nextReport;
  private volatile boolean cancelled;

  ProgressTracker(ProgressListener listener) {
    this.listener = Objects.requireNonNull(listener, "progress");
  }

  /** Whether {@link #begin} was called: a batch begins once, before its documents. */
  boolean begun() {
    return total >= 0;
  }

  /** Fixes the total and reports {@code (0, total)}. */
  void begin(long lines) {
    total = lines;
    report(true, false);
  }

  /** Lines counted so far. */
  long done() {
    return done.get();
  }

  /**
   * Counts {@code lines} more lines done; reports when the interval has passed.
   *
   * @throws CancellationException if the listener has cancelled
   */
  void advance(int lines) {
    check();
    done.addAndGet(lines);
    if (System.nanoTime() - nextReport >= 0) {
      report(false, false);
    }
  }

  /** Counts at least {@code lines} lines done (the end of a document whose lines had no pieces). */
  void advanceTo(long lines) {
    check();
    done.accumulateAndGet(lines, Math::max);
    if (System.nanoTime() - nextReport >= 0) {
      report(false, false);
    }
  }

  /** Reports {@code (total, total)}, whatever the count; the listener's answer no longer matters. */
  void finish() {
    check();
    done.accumulateAndGet(total, Math::max);
    report(true, true);
  }

  /** @throws CancellationException if the listener has cancelled */
  void check() {
    if (cancelled) {
      throw new CancellationException("restore cancelled by its progress listener");
    }
  }

  /**
   * Calls the listener with the count, never above the total; {@code force} waits for the lock (the
   * first and last reports), otherwise a busy listener means no report.
   */
  private void report(boolean force, boolean last) {
    if (force) {
      reporting.lock();
    } else if (!reporting.tryLock()) {
      return;
    }
    try {
      if (!cancelled) { // a worker that got here after the refusal makes no call after it
        nextReport = System.nanoTime() + INTERVAL_NANOS;
        long t = total;
        if (!listener.update(Math.min(done.get(), t), t) && !last) {
          cancelled = true;
        }
      }
    } finally {
      reporting.unlock();
    }
    check();
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

/**
 * Hears how far a restoration has come, and may stop it: a per-call argument of
 * {@link Restorer#restore(String, SiblingPool, ProgressListener)} and
 * {@link Restorer#restoreAll(java.util.Map, SiblingPool, ProgressListener)}.
 *
 * <pre>{@code
 * Restoration r = restorer.restore(text, pool, (done, total) -> {
 *   bar.show(done, total);             // e.g. 1200 of 20000 lines
 *   return !cancelButton.isPressed();  // false stops it: restore throws CancellationException
 * });
 * }</pre>
 *
 * <p>What is counted: lines of the degraded text (of every document, in a batch) that have been
 * aligned against the pool, the bulk of the work. The first call is {@code (0, total)}, before any
 * line is aligned; the last is {@code (total, total)}, when the restoration is complete; between
 * them, calls come at most about ten times a second ({@link #INTERVAL_MILLIS}), however many lines
 * there are, and {@code linesDone} never decreases. The pool's index for a kind of degradation is
 * built on its first use, once per pool: before the first line is counted, and for a kind first met
 * when lines that did not align cleanly are tried again, after the last; on a new pool the count can
 * stand still for a while at either end (20,000 mixed lines against a 4.6 M-character pool, 2
 * threads: 10–15 s before the first line, up to 17 s after the last).
 *
 * <p>Threading: the listener is called from the thread that called {@code restore} and from the
 * threads that align lines ({@link RestoreOptions#parallelism()}), but never by two threads at once,
 * so it needs no locking of its own; what it writes is visible to the calling thread once
 * {@code restore} returns. It should return quickly: a worker that finds it busy does not wait and
 * skips that update. Returning {@code false} cancels the restoration: the workers stop at their next
 * line and {@code restore} throws {@link java.util.concurrent.CancellationException} with no result
 * (the value returned by the last call, {@code (total, total)}, is ignored: the work is done). An
 * exception the listener throws ends the restoration with that exception.
 */
@FunctionalInterface
public interface ProgressListener {
  /** Calls are at least about this many milliseconds apart, the first and last excepted. */
  long INTERVAL_MILLIS = 100;

  /** A listener that ignores every update and never cancels. */
  ProgressListener NONE = (linesDone, linesTotal) -> true;

  /**
   * Tells how many lines are done; may cancel.
   *
   * @param linesDone  lines aligned so far, from 0 to {@code linesTotal}; never decreases
   * @param linesTotal lines in all, fixed for the whole call of {@code restore} or {@code restoreAll}
   * @return {@code true} to go on, {@code false} to cancel the restoration
   */
  boolean update(long linesDone, long linesTotal);
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

/** How a degraded line fared. */
public enum LineStatus {
  /** The line was empty (or only spaces) and stays empty. */
  EMPTY,
  /** Every word of the line was aligned to a sibling. */
  RESTORED,
  /** Some words were aligned; the rest keep their degraded form, or the fallback model's. */
  PARTIAL,
  /** No sibling covers the line; it is returned as it came. */
  UNCHANGED,
  /**
   * No sibling covers the line; the fallback model ({@link RestoreOptions.Builder#fallback}) chose
   * the form of some of its words ({@link RestoredLine#modeled()}).
   */
  MODELED
}

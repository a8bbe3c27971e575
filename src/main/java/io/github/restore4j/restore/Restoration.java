// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import java.util.List;
import java.util.Objects;

/**
 * The result of restoring one degraded text: the text, each line with its provenance, and counts.
 *
 * @param text  the restored text, one line per input line, joined with {@code \n}; a final line
 *              break is kept when the input had one
 * @param lines each input line with its output and provenance, in input order
 * @param stats counts over all lines
 */
public record Restoration(String text, List<RestoredLine> lines, RestoreStats stats) {
  /**
   * Checks the components and copies {@code lines}.
   *
   * @param text  the restored text
   * @param lines each input line with its output and provenance
   * @param stats counts over all lines
   * @throws NullPointerException if an argument is null
   */
  public Restoration {
    Objects.requireNonNull(text, "text");
    lines = List.copyOf(lines);
    Objects.requireNonNull(stats, "stats");
  }
}

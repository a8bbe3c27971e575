// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import io.github.restore4j.restore.ChangeKind;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoredLine;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The provenance of a restoration as tab-separated values, one header row then one row per line.
 *
 * <pre>{@code
 * line  status     sibling                   start  end  changes                  confidence
 * 1     RESTORED   004_122364f8869732ab.txt  0      56   CASE,PUNCTUATION,JOINER  1.000
 * 7     UNCHANGED                                                                 0.000
 * }</pre>
 *
 * <p>{@code line} is 1-based; {@code start}/{@code end} are the UTF-16 offsets of the span in the
 * sibling file as the user gave it (decoded from UTF-8, before any repair the pool made:
 * {@link io.github.restore4j.restore.RestoredLine#span()}), half-open, empty when untracked; {@code sibling} is empty when no sibling was used;
 * {@code changes} lists {@link ChangeKind} names in declaration order; {@code confidence} has three
 * decimals. A tab, line break or backslash inside a sibling id is written {@code \t}, {@code \n},
 * {@code \r}, {@code \\}. Stateless and thread-safe.
 */
final class ProvenanceTsv {
  static final String HEADER = "line\tstatus\tsibling\tstart\tend\tchanges\tconfidence";

  private ProvenanceTsv() {}

  static String format(Restoration restoration) {
    StringBuilder sb = new StringBuilder(64 * (restoration.lines().size() + 1));
    sb.append(HEADER).append('\n');
    for (RestoredLine line : restoration.lines()) {
      sb.append(line.index() + 1).append('\t')
          .append(line.status().name()).append('\t')
          .append(line.siblingId().map(ProvenanceTsv::escape).orElse("")).append('\t');
      if (line.span().isTracked()) {
        sb.append(line.span().start()).append('\t').append(line.span().end()).append('\t');
      } else {
        sb.append('\t').append('\t');
      }
      sb.append(line.changes().stream().sorted().map(ChangeKind::name).collect(Collectors.joining(",")))
          .append('\t')
          .append(String.format(Locale.ROOT, "%.3f", line.confidence()))
          .append('\n');
    }
    return sb.toString();
  }

  static String escape(String field) {
    if (field.chars().noneMatch(c -> c == '\t' || c == '\n' || c == '\r' || c == '\\')) {
      return field;
    }
    return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}

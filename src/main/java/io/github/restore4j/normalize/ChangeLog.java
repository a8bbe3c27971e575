// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what the steps of one call changed. One per call, never shared between threads. */
final class ChangeLog {
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  private static final class Entry {
    final Step step;
    final String description;
    int count;
    final List<Change> examples = new ArrayList<>(AppliedStep.MAX_EXAMPLES);

    Entry(Step step, String description) {
      this.step = step;
      this.description = description;
    }
  }

  /** Records one changed place; an example is kept while fewer than the maximum are. */
  void record(Step step, String description, String before, String after) {
    Entry e = entries.computeIfAbsent(step.name() + '\u0000' + description, k -> new Entry(step, description));
    e.count++;
    if (e.examples.size() < AppliedStep.MAX_EXAMPLES && !before.equals(after)) {
      e.examples.add(new Change(before, after));
    }
  }

  List<AppliedStep> steps() {
    List<AppliedStep> out = new ArrayList<>(entries.size());
    for (Entry e : entries.values()) {
      out.add(new AppliedStep(e.step, e.description, e.count, e.examples));
    }
    return out;
  }
}

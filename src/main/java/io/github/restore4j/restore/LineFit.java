// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import java.util.List;

/**
 * How well one line aligned: the pieces its parts' best places matched by form (typos counted
 * half, {@link Alignment#matchedWeight()}) and what those places cost. Compares the same line keyed
 * two ways ({@link DegradedProfile#alternative()}).
 *
 * @param matched pieces matched by form
 * @param cost    summed cost of the parts' best places
 * @param size    pieces of the line
 */
record LineFit(double matched, long cost, int size) {

  static LineFit of(List<Part> parts, LinePlan line) {
    double matched = 0;
    long cost = 0;
    for (Part p : parts) {
      List<Alignment> c = p.candidates();
      if (!c.isEmpty()) {
        matched += c.get(0).matchedWeight();
        cost += c.get(0).cost;
      }
    }
    return new LineFit(matched, cost, line.size);
  }

  /** Every piece matched exactly, joined or cut, at no cost: no other keying can do better. */
  boolean clean() {
    return size > 0 && matched >= size && cost == 0;
  }

  /** More of the line matched, or as much at a lower cost. */
  boolean betterThan(LineFit o) {
    double share = size == 0 ? 0 : matched / size;
    double other = o.size == 0 ? 0 : o.matched / o.size;
    if (Math.abs(share - other) > 1e-9) {
      return share > other;
    }
    return cost < o.cost;
  }
}

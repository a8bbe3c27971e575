// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The results of {@link Restorer#restoreAll}: each document's restoration, or why it could not be
 * restored. Each document named in the batch is in exactly one of the two maps; both keep the
 * order of the batch.
 *
 * <pre>{@code
 * BatchRestoration batch = restorer.restoreAll(Map.of("a.txt", a, "b.txt", "bad\0"), pool, ProgressListener.NONE);
 * batch.restored().get("a.txt").text();  // a, restored
 * batch.failed().get("b.txt").getMessage();  // "degraded text: binary data, not text"
 * }</pre>
 *
 * @param restored the restorations, by document name
 * @param failed   the documents the engine refused (binary data, a line too long), by name
 */
public record BatchRestoration(Map<String, Restoration> restored, Map<String, InvalidInputException> failed) {
  /**
   * Checks that no document is in both maps and copies them, keeping their order.
   *
   * @param restored the restorations, by document name
   * @param failed   the documents the engine refused, by name
   * @throws NullPointerException     if a map, a name or a value is null
   * @throws IllegalArgumentException if a document is both restored and failed
   */
  public BatchRestoration {
    restored = copy(restored, "restored");
    failed = copy(failed, "failed");
    for (String name : failed.keySet()) {
      if (restored.containsKey(name)) {
        throw new IllegalArgumentException(name + ": both restored and failed");
      }
    }
  }

  /**
   * Whether every document was restored.
   *
   * @return {@code true} when {@link #failed()} is empty
   */
  public boolean allRestored() {
    return failed.isEmpty();
  }

  private static <V> Map<String, V> copy(Map<String, V> map, String what) {
    Objects.requireNonNull(map, what);
    Map<String, V> copy = new LinkedHashMap<>(map.size() * 2);
    map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, what + " name"), Objects.requireNonNull(v, what + " value")));
    return Collections.unmodifiableMap(copy);
  }
}

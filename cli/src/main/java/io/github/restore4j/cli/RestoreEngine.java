// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.restore.BatchRestoration;
import io.github.restore4j.restore.ProgressListener;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.restore.SiblingPool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The step between reading and writing; tests substitute it (a lambda for the one-text form) to
 * check the file layer alone. A stand-in hears no progress and restores a folder one text at a time
 * unless it overrides the default methods.
 */
@FunctionalInterface
interface RestoreEngine {
  /** {@link Restorer}, built once per run; a folder is restored against one pool, indexed once. */
  RestoreEngine RESTORER = new RestoreEngine() {
    @Override
    public Restoration restore(RestoreOptions options, String degraded, List<Sibling> siblings) {
      return restore(options, degraded, siblings, ProgressListener.NONE);
    }

    @Override
    public Restoration restore(RestoreOptions options, String degraded, List<Sibling> siblings,
        ProgressListener progress) {
      return Restorer.create(options).restore(degraded, SiblingPool.of(siblings), progress);
    }

    @Override
    public BatchRestoration restoreAll(RestoreOptions options, Map<String, String> documents,
        List<Sibling> siblings, ProgressListener progress) {
      return Restorer.create(options).restoreAll(documents, SiblingPool.of(siblings), progress);
    }
  };

  Restoration restore(RestoreOptions options, String degraded, List<Sibling> siblings);

  /** {@link #restore(RestoreOptions, String, List)}, telling {@code progress} the lines done. */
  default Restoration restore(RestoreOptions options, String degraded, List<Sibling> siblings,
      ProgressListener progress) {
    return restore(options, degraded, siblings);
  }

  /** Every document against the same siblings; a refused one is set aside, as the library does. */
  default BatchRestoration restoreAll(RestoreOptions options, Map<String, String> documents,
      List<Sibling> siblings, ProgressListener progress) {
    Map<String, Restoration> restored = new LinkedHashMap<>();
    Map<String, InvalidInputException> failed = new LinkedHashMap<>();
    documents.forEach((name, text) -> {
      try {
        restored.put(name, restore(options, text, siblings, progress));
      } catch (InvalidInputException e) {
        failed.put(name, e);
      }
    });
    return new BatchRestoration(restored, failed);
  }
}

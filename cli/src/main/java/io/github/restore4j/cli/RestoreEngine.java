// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.Sibling;
import java.util.List;

/** The step between reading and writing; tests substitute it to check the file layer alone. */
@FunctionalInterface
interface RestoreEngine {
  /** {@link Restorer}, built once per run. */
  RestoreEngine RESTORER = (options, degraded, siblings) ->
      Restorer.create(options).restore(degraded, siblings);

  Restoration restore(RestoreOptions options, String degraded, List<Sibling> siblings);
}

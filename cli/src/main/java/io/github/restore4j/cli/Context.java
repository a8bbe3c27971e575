// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a run of the command line takes from its surroundings, so that tests can vary it: the
 * folder the demo looks in, whether to print stack traces, and the engine.
 *
 * @param workingDirectory relative demo paths resolve against it; {@code Path.of("")} is the
 *                         process's working directory and keeps messages relative
 * @param debug            print stack traces of unexpected failures ({@code RESTORE4J_DEBUG})
 * @param engine           runs the restoration
 */
record Context(Path workingDirectory, boolean debug, RestoreEngine engine) {
  Context {
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(engine, "engine");
  }

  /** The real process: its working directory, {@code RESTORE4J_DEBUG}, the real engine. */
  static Context system() {
    String flag = System.getenv(Main.DEBUG_ENV);
    boolean debug = flag != null && !flag.isBlank() && !flag.equals("0") && !flag.equalsIgnoreCase("false");
    return new Context(Path.of(""), debug, RestoreEngine.RESTORER);
  }
}

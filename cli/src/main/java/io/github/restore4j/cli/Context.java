// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What a run of the command line takes from its surroundings, so that tests can vary it: the
 * folder the demo looks in, whether to print stack traces, the engine, whether standard error is a
 * terminal (a progress bar) or not (plain progress lines), and the clock progress is timed by.
 *
 * @param workingDirectory relative demo paths resolve against it; {@code Path.of("")} is the
 *                         process's working directory and keeps messages relative
 * @param debug            print stack traces of unexpected failures ({@code RESTORE4J_DEBUG})
 * @param engine           runs the restoration
 * @param terminal         standard error is a terminal: progress is a bar redrawn in place
 * @param nanoClock        {@link System#nanoTime()}, or a test's clock
 */
record Context(Path workingDirectory, boolean debug, RestoreEngine engine, boolean terminal, LongSupplier nanoClock) {
  Context {
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(nanoClock, "nanoClock");
  }

  /** Not a terminal, the system clock. */
  Context(Path workingDirectory, boolean debug, RestoreEngine engine) {
    this(workingDirectory, debug, engine, false, System::nanoTime);
  }

  /** The real process: its working directory, {@code RESTORE4J_DEBUG}, the real engine. */
  static Context system() {
    String flag = System.getenv(Main.DEBUG_ENV);
    boolean debug = flag != null && !flag.isBlank() && !flag.equals("0") && !flag.equalsIgnoreCase("false");
    return new Context(Path.of(""), debug, RestoreEngine.RESTORER, stderrIsTerminal(), System::nanoTime);
  }

  /**
   * Whether file descriptor 2 is a terminal: where it leads on Linux ({@code /dev/pts/N},
   * {@code /dev/ttyN}); elsewhere Java 17 can only tell whether the process has a console (standard
   * input and output both terminals). {@code TERM=dumb} means no terminal to draw on.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // no /proc: ask for the console below
    }
    return System.console() != null;
  }
}

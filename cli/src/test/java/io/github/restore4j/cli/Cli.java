// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.restore4j.restore.ChangeKind;
import io.github.restore4j.restore.LineStatus;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreStats;
import io.github.restore4j.restore.RestoredLine;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.restore.Span;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
  /** {@link #upperCase} as an engine. */
  static final RestoreEngine UPPER_CASE = (options, degraded, siblings) -> upperCase(degraded, siblings);

  private Cli() {}

  /** What one run printed and returned. */
  record Result(int status, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }

    List<String> outLines() {
      return out.lines().toList();
    }
  }

  /** With the real engine, from the project root (where Maven runs tests). */
  static Result run(String... args) {
    return run(new Context(Path.of(""), false, RestoreEngine.RESTORER), args);
  }

  static Result run(Context context, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, UTF_8); PrintStream e = new PrintStream(err, true, UTF_8)) {
      status = Main.run(args, o, e, context);
    }
    return new Result(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  /**
   * Runs with standard output going to {@code stdout} as it is, not through a {@code PrintStream}
   * (as {@link Main#main} does); {@link Result#out()} is empty.
   */
  static Result runWithStdout(OutputStream stdout, Context context, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream e = new PrintStream(err, true, UTF_8)) {
      status = Main.run(args, stdout, e, context);
    }
    return new Result(status, "", err.toString(UTF_8));
  }

  /** A stream that fails as a full disk does ({@code >/dev/full}); {@code accepts} bytes pass first. */
  static OutputStream full(int accepts) {
    return new OutputStream() {
      private int left = accepts;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (len > left) {
          throw new IOException("No space left on device");
        }
        left -= len;
      }
    };
  }

  /** Makes a named pipe with the system's mkfifo; skips the test where there is none. */
  static Path mkfifo(Path path) throws IOException, InterruptedException {
    int status;
    try {
      status = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
    } catch (IOException e) {
      status = -1;
    }
    Assumptions.assumeTrue(status == 0, "no mkfifo here");
    return path;
  }

  static Context with(RestoreEngine engine) {
    return new Context(Path.of(""), false, engine);
  }

  /**
   * A stand-in engine until the real one lands: restores every line to upper case "from" the first
   * sibling, so that the file layer can be checked end to end.
   */
  static Restoration upperCase(String degraded, List<Sibling> siblings) {
    String[] lines = degraded.split("\n", -1);
    int n = degraded.endsWith("\n") ? lines.length - 1 : lines.length;
    List<RestoredLine> restored = new ArrayList<>(n);
    StringBuilder text = new StringBuilder();
    int offset = 0;
    long words = 0;
    for (int i = 0; i < n; i++) {
      String input = lines[i];
      String output = input.toUpperCase(Locale.ROOT);
      int w = input.isBlank() ? 0 : input.trim().split("\\s+").length;
      words += w;
      restored.add(input.isBlank()
          ? new RestoredLine(i, input, input, LineStatus.EMPTY, Optional.empty(), Span.UNTRACKED, EnumSet.noneOf(ChangeKind.class), 0, 0, 0.0)
          : new RestoredLine(i, input, output, LineStatus.RESTORED, Optional.of(siblings.get(0).id()),
              Span.of(offset, offset + input.length()), EnumSet.of(ChangeKind.CASE), w, w, 1.0));
      offset += input.length() + 1;
      text.append(output);
      if (i < n - 1 || degraded.endsWith("\n")) {
        text.append('\n');
      }
    }
    int empty = (int) restored.stream().filter(l -> l.status() == LineStatus.EMPTY).count();
    RestoreStats stats = new RestoreStats(n, empty, n - empty, 0, 0, words, words, words, 0, 0, 0, 0, 0);
    return new Restoration(text.toString(), restored, stats);
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The writer commands print their results through: a UTF-8 {@link PrintWriter} that remembers why
 * a write failed, so that a full disk or a closed pipe behind standard output is reported.
 *
 * <pre>{@code
 * CheckedWriter out = CheckedWriter.of(new FileOutputStream("/dev/full"), "standard output");
 * out.print(text);
 * CheckedWriter.checkWritten(out);
 * // UncheckedIOException "standard output: cannot write (No space left on device)"
 * }</pre>
 *
 * <p>Why a class of its own: {@code PrintWriter} swallows every {@link IOException} into a flag, and
 * a {@link PrintStream} such as {@code System.out} swallows them before that, so a
 * {@code PrintWriter} over {@code System.out} reports success whatever happens
 * ({@code restore … >/dev/full} used to exit 0 with the text gone). The stream under this writer
 * asks a {@code PrintStream} for its error flag after every write and keeps the first
 * {@code IOException} of any other stream, with its reason. Not thread-safe, like the run it
 * serves.
 */
final class CheckedWriter extends PrintWriter {
  private final Recorder recorder;

  private CheckedWriter(Recorder recorder) {
    super(new BufferedWriter(new OutputStreamWriter(recorder, UTF_8)), false);
    this.recorder = recorder;
  }

  /**
   * @param stream where the bytes go; a {@code PrintStream} is checked after every write
   * @param name   how messages name it, e.g. {@code standard output}
   */
  static CheckedWriter of(OutputStream stream, String name) {
    return new CheckedWriter(new Recorder(Objects.requireNonNull(stream, "stream"), name));
  }

  /** Whether any write or flush so far failed; flushes first. */
  boolean failed() {
    flush();
    return recorder.failure != null || checkError();
  }

  /**
   * Flushes {@code out} and throws when anything written to it was lost: the results of a command
   * are not printed until this passes.
   *
   * @throws UncheckedIOException {@code NAME: cannot write (REASON)}, e.g.
   *                              {@code standard output: cannot write (Broken pipe)}
   */
  static void checkWritten(PrintWriter out) {
    if (out instanceof CheckedWriter checked) {
      if (checked.failed()) {
        throw checked.recorder.failure();
      }
    } else if (out.checkError()) { // a plain PrintWriter (tests): checkError flushes first
      throw new UncheckedIOException("standard output: cannot write",
          new IOException("PrintWriter reported an error"));
    }
  }

  /** The first failure as the one line the error handler prints. */
  UncheckedIOException failure() {
    return recorder.failure();
  }

  /** Passes bytes on and keeps the first failure; stops writing after it. */
  private static final class Recorder extends FilterOutputStream {
    private final String name;
    private IOException failure;

    Recorder(OutputStream out, String name) {
      super(out);
      this.name = name;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      check();
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw record(e);
      }
      checkStream();
    }

    @Override
    public void flush() throws IOException {
      check();
      try {
        out.flush();
      } catch (IOException e) {
        throw record(e);
      }
      checkStream();
    }

    @Override
    public void close() throws IOException {
      flush();
    }

    private void check() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }

    /** A PrintStream keeps its IOException to itself; its error flag is all there is to see. */
    private void checkStream() throws IOException {
      if (out instanceof PrintStream ps && ps.checkError()) { // checkError flushes it too
        throw record(new IOException("write error"));
      }
    }

    private IOException record(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    UncheckedIOException failure() {
      IOException e = failure != null ? failure : new IOException("write error");
      String reason = e.getMessage() == null || e.getMessage().isBlank()
          ? e.getClass().getSimpleName() : e.getMessage();
      return new UncheckedIOException(name + ": cannot write (" + reason + ")", e);
    }
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@link NormalizeCommand} run in-process as the main command line will run it: with the shared
 * {@link ErrorHandler}, standard input replaced, output and errors captured.
 */
final class NormalizeCommandTest {
  @TempDir
  Path dir;

  record Result(int status, String out, String err) {}

  static Result run(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ErrorHandler errors = new ErrorHandler(false);
    InputStream saved = System.in;
    int status;
    try {
      System.setIn(new ByteArrayInputStream(stdin));
      status = new CommandLine(new NormalizeCommand())
          .setOut(new PrintWriter(out))
          .setErr(new PrintWriter(err))
          .setParameterExceptionHandler(errors)
          .setExecutionExceptionHandler(errors)
          .execute(args);
    } finally {
      System.setIn(saved);
    }
    return new Result(status, out.toString(), err.toString());
  }

  static Result run(String stdin, String... args) {
    return run(stdin.getBytes(UTF_8), args);
  }

  @Test
  void stdin_degradedVietnamese_repairedOnStdout() {
    Result r = run("nhà ngoại giao noí  \r\nlaị naỳ\n");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("nhà ngoại giao nói\nlại này\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void explain_listsTheStepsOnStderr() {
    Result r = run("nhà ngoại giao noí  \r\n", "--explain");
    assertThat(r.status()).isZero();
    assertThat(r.err().lines()).containsExactly(
        "TONES: invalid tone placement repaired (1): \"noí\" -> \"nói\"",
        "WHITESPACE: trailing whitespace removed (1): \"i giao nói  \" -> \"i giao nói\"",
        "WHITESPACE: line breaks normalized to \\n (1): \"\\r\\n\" -> \"\\n\"");
  }

  @Test
  void explain_cleanText_saysNoChange() {
    Result r = run("Mỹ, Nga có thể từng bí mật đàm phán\n", "--explain");
    assertThat(r.out()).isEqualTo("Mỹ, Nga có thể từng bí mật đàm phán\n");
    assertThat(r.err()).isEqualTo("no change" + System.lineSeparator());
  }

  @Test
  void styleOptions_changeTheStyle() {
    Result r = run("«Hòa bình» – thủy thủ\n", "--tone", "new", "--quotes", "ascii");
    assertThat(r.out()).isEqualTo("\"Hoà bình\" - thuỷ thủ\n");
    Result canonical = run("\"Так\" - сказав він, зв'язку\n", "--quotes", "canonical", "--lang", "uk");
    assertThat(canonical.out()).isEqualTo("«Так» — сказав він, зв’язку\n");
  }

  @Test
  void inAndOut_files_writesTheOutputAndNothingElse() throws IOException {
    Path in = Files.writeString(dir.resolve("in.txt"), "cafÃ© in Kиїв \n", UTF_8);
    Path out = dir.resolve("out.txt");
    Result r = run(new byte[0], "--in", in.toString(), "--out", out.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out, UTF_8)).isEqualTo("café in Київ\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.txt", "out.txt");
    }
  }

  @Test
  void invalidUtf8File_oneLineExit2AndTheOldOutputKept() throws IOException {
    Path in = Files.write(dir.resolve("vni.txt"), "Xin cha\u00F8o".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Path out = Files.writeString(dir.resolve("out.txt"), "old", UTF_8);
    Result r = run(new byte[0], "--in", in.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("restore4j: " + in + ": not valid UTF-8 at byte 7" + System.lineSeparator());
    assertThat(Files.readString(out, UTF_8)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void binaryOrMissingFile_oneLineExit2NoOutputFile() throws IOException {
    Path binary = Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    Path out = dir.resolve("out.txt");
    Result r = run(new byte[0], "--in", binary.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly("restore4j: " + binary + ": binary data, not text");
    Result missing = run(new byte[0], "--in", dir.resolve("nope.txt").toString(), "--out", out.toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err().lines()).containsExactly("restore4j: " + dir.resolve("nope.txt") + ": no such file");
    assertThat(out).doesNotExist();
  }

  @Test
  void stdinNotUtf8OrBinary_oneLineExit2() {
    Result bad = run(new byte[] {'a', 'b', 'c', (byte) 0xC3, '('});
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err().lines()).containsExactly("restore4j: standard input: not valid UTF-8 at byte 3");
    Result nul = run(new byte[] {'a', 0, 'b'});
    assertThat(nul.status()).isEqualTo(2);
    assertThat(nul.err().lines()).containsExactly("restore4j: standard input: binary data, not text");
  }

  @Test
  void badOptions_oneLineExit2() {
    Result tone = run("x\n", "--tone", "sideways");
    assertThat(tone.status()).isEqualTo(2);
    assertThat(tone.err()).contains("'sideways' is not one of keep, old, new");
    Result canonical = run("x\n", "--quotes", "canonical");
    assertThat(canonical.status()).isEqualTo(2);
    assertThat(canonical.err().lines()).containsExactly("restore4j: quotes CANONICAL needs a language");
  }

  @Test
  void stdinWithByteOrderMark_bomDropped() {
    Result r = run(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k', '\n'});
    assertThat(r.out()).isEqualTo("ok\n");
  }

  // ---- standard input gets the checks --in gets (issue 10, item 8)

  @Test
  void stdinNbspOnly_noTextExit2AndNoOutputFile() {
    Path out = dir.resolve("out.txt");

    Result r = run("\u00A0\u00A0\n", "--out", out.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly(
        "restore4j: standard input: no text (only white space or invisible characters)");
    assertThat(out).doesNotExist();
  }

  @Test
  void stdinElevenPercentControlBytes_binaryExit2() {
    Result r = run("abcdefgh\u0001".repeat(100));

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly("restore4j: standard input: binary data, not text");
  }

  @Test
  void inDash_readsStandardInput() {
    Result r = run("laị naỳ\n", "--in", "-");

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("lại này\n");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang fails, not blocks the build
  void inNamedPipe_exits2WithoutWaitingForAWriter() throws Exception {
    Path fifo = Cli.mkfifo(dir.resolve("fifo"));

    Result r = run("", "--in", fifo.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly("restore4j: " + fifo + ": not a regular file (a named pipe)");
  }
}

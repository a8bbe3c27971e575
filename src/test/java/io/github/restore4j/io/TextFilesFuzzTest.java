// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.restore4j.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Coverage-guided fuzz test of the reader: any bytes give back their text, or one clean
 * {@link InvalidInputException} naming the input, and nothing else — the same from a file and from
 * a stream. In {@code mvn verify} it replays its corpus
 * ({@code src/test/resources/io/github/restore4j/io/TextFilesFuzzTestInputs/}); see
 * docs/fuzzing.md for a fuzzing run.
 */
final class TextFilesFuzzTest {
  private static final String NAME = "fuzz input";
  private static final Path FILE = tempFile();

  @FuzzTest(maxDuration = "30s")
  void readText_anyBytes_givesTheirTextOrOneCleanError(FuzzedDataProvider data) {
    int limit = data.consumeBoolean() ? data.consumeInt(1, 1 << 16) : (int) TextFiles.DEFAULT_MAX_BYTES;
    byte[] bytes = data.consumeRemainingAsBytes();

    Outcome stream = outcome(() -> TextFiles.readText(new ByteArrayInputStream(bytes), NAME, limit), NAME);
    write(bytes);
    Outcome file = outcome(() -> TextFiles.readText(FILE, limit), FILE.toString());

    if (bytes.length > limit) { // a file's size is known before reading, a stream's is not
      assertThat(file.error()).startsWith("too large (");
      assertThat(stream.error()).isNotNull();
      return;
    }
    assertThat(file).as("file and stream agree").isEqualTo(stream);
    if (stream.text() != null) {
      assertThat(stream.text()).isNotEmpty();
      assertThat(stream.text().getBytes(UTF_8)).as("the text is the bytes without their BOM")
          .isEqualTo(withoutBom(bytes));
    } else {
      assertThat(stream.error()).doesNotContain("\n", "\r");
    }
  }

  /** The text read, or the message of the error without the name it starts with. */
  private record Outcome(String text, String error) {}

  private static Outcome outcome(Read read, String name) {
    try {
      return new Outcome(read.text(), null);
    } catch (InvalidInputException e) {
      assertThat(e.getMessage()).startsWith(name + ": ");
      return new Outcome(null, e.getMessage().substring(name.length() + 2));
    }
  }

  private interface Read {
    String text();
  }

  private static byte[] withoutBom(byte[] bytes) {
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
    return bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
  }

  private static void write(byte[] bytes) {
    try {
      Files.write(FILE, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path tempFile() {
    try {
      Path file = Files.createTempFile("restore4j-fuzz", ".txt");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.restore4j.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

final class TextFilesTest {
  static final Path SEEDS = Path.of("testdata/seeds");
  static final Path DEGRADED_SEED = SEEDS.resolve("001_112bc054fcd8705d.txt");
  static final Path CLEAN_SEED = SEEDS.resolve("004_122364f8869732ab.txt");
  static final String DEGRADED_LINE = "mỹ nga có thể từng bí mật đàm phán về nagornokarabakh";
  static final String CLEAN_LINE = "Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh";
  /** The first 16 bytes of every PNG file: signature, then the IHDR chunk length and type. */
  static final byte[] PNG_HEADER = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

  static final String NO_TEXT = "no text (only white space or invisible characters)";

  @TempDir
  Path dir;

  // ---- readText

  @Test
  void readText_cleanSeed_returnsItsText() {
    String text = TextFiles.readText(CLEAN_SEED);

    assertThat(text).startsWith(CLEAN_LINE);
    assertThat(text).isEqualTo(read(CLEAN_SEED));
  }

  @Test
  void readText_leadingBom_isDropped() throws IOException {
    Path file = write("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        (DEGRADED_LINE + "\n").getBytes(UTF_8)));

    assertThat(TextFiles.readText(file)).isEqualTo(DEGRADED_LINE + "\n");
  }

  @Test
  void readText_bomInsideText_isKept() throws IOException {
    Path file = write("mid.txt", (DEGRADED_LINE + "\uFEFF").getBytes(UTF_8));

    assertThat(TextFiles.readText(file)).isEqualTo(DEGRADED_LINE + "\uFEFF");
  }

  @Test
  void readText_crlfAndTabs_keptAsTheyAre() throws IOException {
    Path file = write("crlf.txt", (DEGRADED_LINE + "\r\n\tquan chức mỹ\r\n").getBytes(UTF_8));

    assertThat(TextFiles.readText(file)).isEqualTo(DEGRADED_LINE + "\r\n\tquan chức mỹ\r\n");
  }

  @Test
  void readText_missingFile_noSuchFile() {
    Path file = dir.resolve("nope.txt");

    assertInvalid(() -> TextFiles.readText(file), file + ": no such file");
  }

  @Test
  void readText_parentIsAFile_noSuchFile() throws IOException {
    Path file = write("a.txt", DEGRADED_LINE.getBytes(UTF_8)).resolve("b.txt");

    assertInvalid(() -> TextFiles.readText(file), file + ": no such file");
  }

  @Test
  void readText_folder_isAFolder() {
    assertInvalid(() -> TextFiles.readText(dir), dir + ": is a folder");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang fails, not blocks the build
  void readText_namedPipeWithoutWriter_refusedBeforeOpening() throws Exception {
    // Issue 10, item 7: opening a FIFO that has no writer used to wait forever.
    Path fifo = mkfifo(dir.resolve("fifo.txt"));

    assertInvalid(() -> TextFiles.readText(fifo), fifo + ": not a regular file (a named pipe)");
  }

  @Test
  void readText_characterDevice_refused() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");

    assertInvalid(() -> TextFiles.readText(zero), "/dev/zero: not a regular file (a character device)");
  }

  @Test
  void readText_symbolicLinkToAFile_readsTheFile() throws IOException {
    Path link = dir.resolve("link.txt");
    Files.createSymbolicLink(link, CLEAN_SEED.toAbsolutePath());

    assertThat(TextFiles.readText(link)).isEqualTo(read(CLEAN_SEED));
  }

  @Test
  void readText_relativePath_messageShowsPathAsGiven() {
    Path file = Path.of("testdata/seeds/missing.txt");

    assertInvalid(() -> TextFiles.readText(file), "testdata/seeds/missing.txt: no such file");
  }

  @Test
  void readText_invalidUtf8_reportsOffsetOfFirstBadByte() throws IOException {
    byte[] prefix = (DEGRADED_LINE + "\n").getBytes(UTF_8);
    Path file = write("bad.txt", concat(prefix, new byte[] {(byte) 0xC3, 0x28}, "ok\n".getBytes(UTF_8)));

    assertInvalid(() -> TextFiles.readText(file), file + ": not valid UTF-8 at byte " + prefix.length);
  }

  @Test
  void readText_invalidUtf8AfterBom_countsTheBom() throws IOException {
    Path file = write("bad.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF});

    assertInvalid(() -> TextFiles.readText(file), file + ": not valid UTF-8 at byte 4");
  }

  @Test
  void readText_truncatedSequenceAtEnd_notValidUtf8() throws IOException {
    byte[] text = DEGRADED_LINE.getBytes(UTF_8);
    byte[] cut = concat(text, new byte[] {(byte) 0xE1, (byte) 0xBB}); // first 2 of 3 bytes of "ỹ"
    Path file = write("cut.txt", cut);

    assertInvalid(() -> TextFiles.readText(file), file + ": not valid UTF-8 at byte " + text.length);
  }

  @Test
  void readText_overlongEncodingAndEncodedSurrogate_notValidUtf8() throws IOException {
    Path overlong = write("overlong.txt", new byte[] {'a', 'b', (byte) 0xC0, (byte) 0xAF});
    Path surrogate = write("surrogate.txt", new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80});

    assertInvalid(() -> TextFiles.readText(overlong), overlong + ": not valid UTF-8 at byte 2");
    assertInvalid(() -> TextFiles.readText(surrogate), surrogate + ": not valid UTF-8 at byte 1");
  }

  @Test
  void readText_latin1File_notValidUtf8() throws IOException {
    Path file = write("latin1.txt", "Café à Paris".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    assertInvalid(() -> TextFiles.readText(file), file + ": not valid UTF-8 at byte 3");
  }

  @Test
  void readText_pngHeader_binary() throws IOException {
    Path file = write("image.png", PNG_HEADER);

    assertInvalid(() -> TextFiles.readText(file), file + ": binary data, not text");
  }

  @Test
  void readText_oneNulByteInLongText_binary() throws IOException {
    byte[] text = read(CLEAN_SEED).getBytes(UTF_8);
    text[text.length - 10] = 0;
    Path file = write("nul.txt", text);

    assertInvalid(() -> TextFiles.readText(file), file + ": binary data, not text");
  }

  @Test
  void readText_manyControlCharacters_binary() throws IOException {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 4 == 0 ? 0x01 : 'a'); // 25% control bytes, no NUL
    }
    Path file = write("controls.txt", bytes);

    assertInvalid(() -> TextFiles.readText(file), file + ": binary data, not text");
  }

  @Test
  void readText_aFewFormFeedsAndEscapes_isText() throws IOException {
    String text = DEGRADED_LINE + "\f\n\u001B[1m" + DEGRADED_LINE + "\n";
    Path file = write("ff.txt", text.getBytes(UTF_8));

    assertThat(TextFiles.readText(file)).isEqualTo(text);
  }

  @Test
  void readText_utf16WithBom_saysUtf16() throws IOException {
    byte[] utf16 = ("\uFEFF" + DEGRADED_LINE).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    Path file = write("utf16.txt", utf16);

    assertInvalid(() -> TextFiles.readText(file), file + ": UTF-16 text, not UTF-8");
  }

  @Test
  void readText_noBytes_empty() throws IOException {
    Path file = write("empty.txt", new byte[0]);

    assertInvalid(() -> TextFiles.readText(file), file + ": empty");
  }

  @Test
  void readText_onlyByteOrderMark_empty() throws IOException {
    Path bomOnly = write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

    assertInvalid(() -> TextFiles.readText(bomOnly), bomOnly + ": empty");
  }

  @Test
  void readText_onlyWhiteSpaceAndBom_noText() throws IOException {
    Path spaces = write("spaces.txt", " \n\t\r\n\u00A0\u3000\n".getBytes(UTF_8));
    Path bomLine = write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'});

    assertInvalid(() -> TextFiles.readText(spaces), spaces + ": " + NO_TEXT);
    assertInvalid(() -> TextFiles.readText(bomLine), bomLine + ": " + NO_TEXT);
  }

  @Test
  void readText_zeroWidthAndOtherInvisibleCharactersOnly_noText() throws IOException {
    // Issue 10, item 8: a file of zero-width spaces passed and restored to a 0-byte output.
    Path zwsp = write("zwsp.txt", "\u200B\u200B\n".getBytes(UTF_8));
    Path invisible = write("invisible.txt", "\u200C\u200D\u2060\u00AD\uFE0F\u00A0\n".getBytes(UTF_8));

    assertInvalid(() -> TextFiles.readText(zwsp), zwsp + ": " + NO_TEXT);
    assertInvalid(() -> TextFiles.readText(invisible), invisible + ": " + NO_TEXT);
  }

  @Test
  void readText_oneVisibleCharacterAmongInvisibleOnes_isText() throws IOException {
    Path file = write("one.txt", "\u200B\u00A0a\u200B\n".getBytes(UTF_8));

    assertThat(TextFiles.readText(file)).isEqualTo("\u200B\u00A0a\u200B\n");
  }

  // ---- readText(InputStream): standard input gets the checks files get (issue 10, item 8)

  @Test
  void readTextStream_nbspOnly_noText() {
    assertInvalid(() -> TextFiles.readText(stream("\u00A0\u00A0\n".getBytes(UTF_8)), "standard input"),
        "standard input: " + NO_TEXT);
  }

  @Test
  void readTextStream_elevenPercentControlBytes_binary() {
    byte[] bytes = "abcdefgh\u0001".repeat(100).getBytes(UTF_8);

    assertInvalid(() -> TextFiles.readText(stream(bytes), "standard input"), "standard input: binary data, not text");
  }

  @Test
  void readTextStream_endlessZeros_binaryWithoutReadingThemAll() {
    // </dev/zero used to fill the memory and die "out of memory" (exit 1).
    InputStream zeros = new InputStream() {
      @Override
      public int read() {
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 0);
        return len;
      }
    };

    assertInvalid(() -> TextFiles.readText(zeros, "standard input"), "standard input: binary data, not text");
  }

  @Test
  void readTextStream_longerThanLimit_tooLarge() {
    byte[] bytes = read(CLEAN_SEED).getBytes(UTF_8);

    assertInvalid(() -> TextFiles.readText(stream(bytes), "standard input", 1000),
        "standard input: too large (over the limit of 1000 bytes)");
    assertThat(TextFiles.readText(stream(bytes), "standard input", bytes.length)).isEqualTo(read(CLEAN_SEED));
  }

  @Test
  void readTextStream_everyBadContent_sameMessageAsTheFile() throws IOException {
    List<byte[]> bad = List.of(new byte[0], PNG_HEADER, "abc\u0001\u0002".getBytes(UTF_8),
        new byte[] {'a', (byte) 0xC3, '('}, ("\uFEFF" + DEGRADED_LINE).getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
        " \n\u00A0".getBytes(UTF_8), "\u200B".getBytes(UTF_8));
    for (byte[] bytes : bad) {
      Path file = write("bad.txt", bytes);
      String fileMessage = catchMessage(() -> TextFiles.readText(file));

      assertThat(catchMessage(() -> TextFiles.readText(stream(bytes), file.toString()))).isEqualTo(fileMessage);
    }
  }

  @Test
  void readTextStream_cleanSeed_sameTextAsTheFile() {
    assertThat(TextFiles.readText(stream(read(CLEAN_SEED).getBytes(UTF_8)), "standard input"))
        .isEqualTo(TextFiles.readText(CLEAN_SEED));
  }

  @Test
  void readText_largerThanLimit_tooLargeBeforeReading() throws IOException {
    Path file = write("big.txt", read(CLEAN_SEED).getBytes(UTF_8));
    long size = Files.size(file);

    assertInvalid(() -> TextFiles.readText(file, 1000),
        file + ": too large (" + size + " bytes; the limit is 1000 bytes)");
    assertThat(TextFiles.readText(file, size)).isEqualTo(read(CLEAN_SEED));
  }

  @Test
  void readText_sparseFileOver2GiB_saysAStringCannotHoldIt() throws IOException {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(3L << 30); // sparse: no disk blocks are written
    }

    assertInvalid(() -> TextFiles.readText(file),
        file + ": too large (3.0 GiB; one Java String holds at most 2 GiB)");
  }

  @Test
  void readText_limitOutOfRange_illegalArgument() {
    assertThatThrownBy(() -> TextFiles.readText(CLEAN_SEED, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes");
    assertThatThrownBy(() -> TextFiles.readText(CLEAN_SEED, TextFiles.DEFAULT_MAX_BYTES + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readText_unreadableFile_cannotRead() throws IOException {
    Path file = write("secret.txt", DEGRADED_LINE.getBytes(UTF_8));
    assumeTrue(setPermissions(file, "-w-------") && !Files.isReadable(file), "runs as root");

    assertInvalid(() -> TextFiles.readText(file), file + ": cannot read (permission denied)");
  }

  @Test
  void readText_fileNameWithLineBreak_messageStaysOnOneLine() throws IOException {
    Path file = dir.resolve("two\nlines.txt");

    assertThatThrownBy(() -> TextFiles.readText(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("two\\u000alines.txt: no such file")
        .hasMessageNotContaining("\n");
  }

  // ---- expandTextFiles

  @Test
  void expandTextFiles_file_returnsItselfWhateverItsName() throws IOException {
    Path notes = write("notes.md", DEGRADED_LINE.getBytes(UTF_8));

    assertThat(TextFiles.expandTextFiles(notes)).containsExactly(notes);
  }

  @Test
  void expandTextFiles_seedFolder_everySeedSortedByName() throws IOException {
    List<Path> expected;
    try (Stream<Path> files = Files.list(SEEDS)) {
      expected = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }

    assertThat(TextFiles.expandTextFiles(SEEDS))
        .hasSize(5)
        .containsExactlyElementsOf(expected)
        .startsWith(SEEDS.resolve("000_a068adbe6219557e.txt"));
  }

  @Test
  void expandTextFiles_mixedFolder_txtFilesOnlyNotRecursiveSortedByName() throws IOException {
    write("b.txt", "b".getBytes(UTF_8));
    write("a.txt", "a".getBytes(UTF_8));
    write("C.TXT", "c".getBytes(UTF_8));
    write("notes.md", "n".getBytes(UTF_8));
    write(".hidden.txt", "h".getBytes(UTF_8));
    Files.createDirectories(dir.resolve("folder.txt"));
    Files.createDirectories(dir.resolve("sub"));
    write("sub/deep.txt", "d".getBytes(UTF_8));

    assertThat(TextFiles.expandTextFiles(dir))
        .containsExactly(dir.resolve("C.TXT"), dir.resolve("a.txt"), dir.resolve("b.txt"));
  }

  @Test
  void expandTextFiles_folderWithoutTxt_noTxtFiles() throws IOException {
    write("image.png", PNG_HEADER);
    write("notes.md", "n".getBytes(UTF_8));

    assertInvalid(() -> TextFiles.expandTextFiles(dir), dir + ": no .txt files");
  }

  @Test
  void expandTextFiles_folderWithoutSearchPermission_cannotReadNotNoTxtFiles() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("seeds"));
    write("seeds/a.txt", DEGRADED_LINE.getBytes(UTF_8));
    assumeTrue(setPermissions(folder, "rw-r--r--") && !Files.isExecutable(folder),
        "runs as root, which searches any folder");
    try {
      assertInvalid(() -> TextFiles.expandTextFiles(folder), folder + ": cannot read (permission denied)");
    } finally {
      setPermissions(folder, "rwx------");
    }
  }

  @Test
  void expandTextFiles_loopOfLinksNamedTxt_cannotReadItNotNoTxtFiles() throws IOException {
    Path loop = dir.resolve("loop.txt");
    Files.createSymbolicLink(loop, loop.getFileName());

    assertThatThrownBy(() -> TextFiles.expandTextFiles(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(loop + ": cannot read (");
  }

  @Test
  void expandTextFiles_linkToNothingNamedTxt_skippedLikeASubfolder() throws IOException {
    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("missing.txt"));
    write("a.txt", "a".getBytes(UTF_8));

    assertThat(TextFiles.expandTextFiles(dir)).containsExactly(dir.resolve("a.txt"));
  }

  @Test
  void expandTextFiles_missing_noSuchFile() {
    Path missing = dir.resolve("seeds");

    assertInvalid(() -> TextFiles.expandTextFiles(missing), missing + ": no such file");
  }

  // ---- writeAtomically and checkWritable

  @Test
  void writeAtomically_newFile_writesUtf8AndLeavesNoTempFile() throws IOException {
    Path target = dir.resolve("restored.txt");
    String text = read(CLEAN_SEED);

    TextFiles.writeAtomically(target, text);

    assertThat(Files.readAllBytes(target)).isEqualTo(text.getBytes(UTF_8));
    assertThat(list(dir)).containsExactly("restored.txt");
  }

  @Test
  void writeAtomically_existingFile_replacedWholeKeepingPermissions() throws IOException {
    Path target = write("restored.txt", read(CLEAN_SEED).getBytes(UTF_8));
    boolean posix = setPermissions(target, "rw-r-----");

    TextFiles.writeAtomically(target, CLEAN_LINE + "\n");

    assertThat(Files.readString(target)).isEqualTo(CLEAN_LINE + "\n");
    assertThat(list(dir)).containsExactly("restored.txt");
    if (posix) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
    }
  }

  @Test
  void writeAtomically_newFile_getsTheUsualPermissionsNotTempFile0600() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
    Path target = dir.resolve("restored.txt");

    TextFiles.writeAtomically(target, CLEAN_LINE);

    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(expected);
  }

  @Test
  void writeAtomically_missingFolder_saysSoAndCreatesNothing() {
    Path target = dir.resolve("missing/restored.txt");

    assertInvalid(() -> TextFiles.writeAtomically(target, CLEAN_LINE),
        target + ": folder " + dir.resolve("missing") + " does not exist");
    assertThat(list(dir)).isEmpty();
  }

  @Test
  void writeAtomically_targetIsAFolder_isAFolder() throws IOException {
    Path target = Files.createDirectories(dir.resolve("out"));

    assertInvalid(() -> TextFiles.writeAtomically(target, CLEAN_LINE), target + ": is a folder");
    assertThat(list(target)).isEmpty();
  }

  @Test
  void writeAtomically_parentIsAFile_notAFolder() throws IOException {
    Path parent = write("file.txt", DEGRADED_LINE.getBytes(UTF_8));
    Path target = parent.resolve("restored.txt");

    assertInvalid(() -> TextFiles.writeAtomically(target, CLEAN_LINE),
        target + ": " + parent + " is not a folder");
    assertThat(Files.readString(parent)).isEqualTo(DEGRADED_LINE);
  }

  @Test
  void writeAtomically_readOnlyFolder_cannotWriteAndOldFileStays() throws IOException {
    Path target = write("restored.txt", DEGRADED_LINE.getBytes(UTF_8));
    assumeTrue(setPermissions(dir, "r-xr-xr-x") && !Files.isWritable(dir), "runs as root");
    try {
      assertInvalid(() -> TextFiles.writeAtomically(target, CLEAN_LINE),
          target + ": cannot write (permission denied)");
      assertThat(Files.readString(target)).isEqualTo(DEGRADED_LINE);
      assertThat(list(dir)).containsExactly("restored.txt");
    } finally {
      setPermissions(dir, "rwx------");
    }
  }

  @Test
  void writeAtomically_unpairedSurrogate_illegalArgumentAndOldFileStays() throws IOException {
    Path target = write("restored.txt", DEGRADED_LINE.getBytes(UTF_8));

    assertThatThrownBy(() -> TextFiles.writeAtomically(target, "Mỹ\uD800 Nga"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text has an unpaired surrogate at index 2; UTF-8 cannot encode it");
    assertThat(Files.readString(target)).isEqualTo(DEGRADED_LINE);
    assertThat(list(dir)).containsExactly("restored.txt");
  }

  @Test
  void writeAtomically_concurrentWritersAndReader_readerOnlySeesWholeTexts() throws Exception {
    Path target = dir.resolve("restored.txt");
    String clean = read(CLEAN_SEED);
    String degraded = read(DEGRADED_SEED);
    TextFiles.writeAtomically(target, clean);
    AtomicBoolean done = new AtomicBoolean();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (String text : List.of(clean, degraded)) {
        writers.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < 200; i++) {
            TextFiles.writeAtomically(target, text);
          }
          return null;
        }));
      }
      Future<List<String>> reader = pool.submit(() -> {
        start.await();
        List<String> torn = new ArrayList<>();
        while (!done.get()) {
          String seen = Files.readString(target);
          if (!seen.equals(clean) && !seen.equals(degraded)) {
            torn.add(seen);
          }
        }
        return torn;
      });
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
      done.set(true);

      assertThat(reader.get(60, TimeUnit.SECONDS)).isEmpty();
      assertThat(list(dir)).containsExactly("restored.txt");
    } finally {
      done.set(true);
      pool.shutdownNow();
    }
  }

  // ---- special files as targets (issue 10, item 10): refused, never replaced by a regular file

  @Test
  void writeAtomically_characterDeviceNode_refusedAndLeftInPlace() throws Exception {
    Path node = dir.resolve("null");
    int status;
    try {
      status = new ProcessBuilder("mknod", node.toString(), "c", "1", "3").inheritIO().start().waitFor();
    } catch (IOException e) {
      status = -1;
    }
    assumeTrue(status == 0, "mknod needs root (and a mknod command)");

    assertInvalid(() -> TextFiles.writeAtomically(node, CLEAN_LINE), node + ": not a regular file (a character device)");
    assertThat(Files.isRegularFile(node, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(list(dir)).containsExactly("null");
  }

  @Test
  void writeAtomically_namedPipe_refusedAndLeftInPlace() throws Exception {
    Path fifo = mkfifo(dir.resolve("fifo"));

    assertInvalid(() -> TextFiles.writeAtomically(fifo, CLEAN_LINE), fifo + ": not a regular file (a named pipe)");
    assertThat(TextFiles.kind(fifo)).isEqualTo("a named pipe");
  }

  @Test
  void writeAtomically_linkToStandardOutputOrAPipe_refusedAndTheLinkStays() throws Exception {
    Path fifo = mkfifo(dir.resolve("fifo"));
    Path toPipe = Files.createSymbolicLink(dir.resolve("to-pipe.txt"), fifo);

    assertInvalid(() -> TextFiles.writeAtomically(toPipe, CLEAN_LINE), toPipe + ": not a regular file (a named pipe)");
    assertThat(Files.isSymbolicLink(toPipe)).isTrue();
    Path fd1 = Path.of("/proc/self/fd/1");
    if (Files.exists(fd1) && !Files.isRegularFile(fd1)) { // the reproducer, where /proc has it
      Path toStdout = Files.createSymbolicLink(dir.resolve("stdout.txt"), fd1);

      assertThatThrownBy(() -> TextFiles.writeAtomically(toStdout, CLEAN_LINE))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith(toStdout + ": not a regular file (");
      assertThat(Files.isSymbolicLink(toStdout)).isTrue();
    }
  }

  @Test
  void writeAtomically_linkToARegularFile_replacesThatFileAndKeepsTheLink() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real")).resolve("restored.txt");
    Files.writeString(real, "old\n");
    boolean posix = setPermissions(real, "rw-r-----");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real/restored.txt"));

    TextFiles.writeAtomically(link, CLEAN_LINE + "\n");

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent(CLEAN_LINE + "\n");
    assertThat(list(dir.resolve("real"))).containsExactly("restored.txt");
    if (posix) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r-----");
    }
  }

  @Test
  void writeAtomically_linkToNothing_refused() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("missing.txt"));

    assertInvalid(() -> TextFiles.writeAtomically(link, CLEAN_LINE), link + ": a symbolic link to a missing file");
    assertThat(list(dir)).containsExactly("link.txt");
  }

  @Test
  void checkWritable_relativeTargetInWorkingDirectory_passes() {
    TextFiles.checkWritable(Path.of("restored-by-a-test-never-written.txt"));

    assertThat(Path.of("restored-by-a-test-never-written.txt")).doesNotExist();
  }

  // ---- helpers

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> list(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] part : parts) {
      n += part.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  /** Sets POSIX permissions; false where the file system has none. */
  private static boolean setPermissions(Path path, String permissions) {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
      return true;
    } catch (UnsupportedOperationException | IOException e) {
      return false;
    }
  }

  /** Makes a named pipe with the system's mkfifo; skips the test where there is none. */
  static Path mkfifo(Path path) throws IOException, InterruptedException {
    int status;
    try {
      status = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
    } catch (IOException e) {
      status = -1;
    }
    assumeTrue(status == 0, "no mkfifo here");
    return path;
  }

  private static InputStream stream(byte[] bytes) {
    return new java.io.ByteArrayInputStream(bytes);
  }

  private static String catchMessage(Runnable call) {
    try {
      call.run();
    } catch (InvalidInputException e) {
      return e.getMessage();
    }
    throw new AssertionError("no InvalidInputException");
  }

  private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(message);
  }
}

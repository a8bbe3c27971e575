// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import io.github.restore4j.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads text files strictly and writes them atomically. The file layer of the command line, and
 * meant for library users too.
 *
 * <pre>{@code
 * TextFiles.readText(Path.of("seeds/004.txt"))      // "Mỹ, Nga có thể từng bí mật đàm phán…"
 * TextFiles.readText(Path.of("photo.png"))          // InvalidInputException "photo.png: binary data, not text"
 * TextFiles.expandTextFiles(Path.of("seeds"))       // [seeds/000.txt, seeds/001.txt, …] sorted by name
 * TextFiles.writeAtomically(Path.of("out.txt"), s)  // out.txt is either the old file or all of s
 * }</pre>
 *
 * <p>Every failure carries one line that starts with the path as the caller gave it, e.g.
 * {@code "001.txt: not valid UTF-8 at byte 1043"}; bad input raises
 * {@link InvalidInputException}, a system failure while writing raises
 * {@link UncheckedIOException}.
 *
 * <p>Stateless; every method is safe to call from several threads at once (two threads writing
 * the same target each replace it whole, and the last rename wins).
 */
public final class TextFiles {
  /**
   * The default and largest value of {@code maxBytes} for {@link #readText(Path, long)}: the
   * largest array a JVM allocates, so a bigger file cannot be held as one {@code String} anyway.
   */
  public static final long DEFAULT_MAX_BYTES = Integer.MAX_VALUE - 8;

  /** Bytes examined for the share of control characters. */
  private static final int BINARY_SAMPLE_BYTES = 64 * 1024;
  /** More control bytes than one in this many makes a file binary (plain text has next to none). */
  private static final int BINARY_CONTROL_RATIO = 10;

  private TextFiles() {}

  /**
   * Reads a UTF-8 text file whole, like {@link #readText(Path, long)} with
   * {@link #DEFAULT_MAX_BYTES}.
   *
   * <pre>{@code
   * String degraded = TextFiles.readText(Path.of("testdata/seeds/001_112bc054fcd8705d.txt"));
   * // "mỹ nga có thể từng bí mật đàm phán về nagornokarabakh\n…"
   * }</pre>
   *
   * @throws InvalidInputException with one of the messages listed at {@link #readText(Path, long)}
   */
  public static String readText(Path file) {
    return readText(file, DEFAULT_MAX_BYTES);
  }

  /**
   * Reads a UTF-8 text file whole, refusing anything that is not a UTF-8 text with something to
   * read. A leading byte order mark is dropped; line breaks are kept as they are.
   *
   * <p>Only regular files are read (a symbolic link is followed): named pipes, devices and sockets
   * are refused before they are opened, since opening a pipe that has no writer waits forever and a
   * device such as {@code /dev/zero} never ends. Read standard input with
   * {@link #readText(InputStream, String)}.
   *
   * <p>Failures, as {@link InvalidInputException} messages ({@code FILE} is {@code file} as given,
   * byte offsets are 0-based and count from the start of the file):
   * <ul>
   *   <li>{@code FILE: no such file}
   *   <li>{@code FILE: is a folder}
   *   <li>{@code FILE: not a regular file (a named pipe)}, or {@code (a character device)},
   *       {@code (a block device)}, {@code (a socket)}
   *   <li>{@code FILE: cannot read (REASON)}, e.g. {@code (permission denied)}
   *   <li>{@code FILE: too large (N bytes; the limit is M bytes)}, or with the default limit
   *       {@code FILE: too large (3.0 GiB; one Java String holds at most 2 GiB)}
   *   <li>{@code FILE: UTF-16 text, not UTF-8} (a UTF-16 byte order mark)
   *   <li>{@code FILE: binary data, not text} (a NUL byte anywhere, or more than 10% control
   *       characters in the first 64 KiB)
   *   <li>{@code FILE: not valid UTF-8 at byte N}
   *   <li>{@code FILE: empty} (no bytes, or only a byte order mark)
   *   <li>{@code FILE: no text (only white space or invisible characters)}: nothing but white
   *       space, no-break spaces, zero-width and other default-ignorable characters
   * </ul>
   *
   * @param maxBytes files larger than this are refused before they are read; from 1 to
   *                 {@link #DEFAULT_MAX_BYTES}
   */
  public static String readText(Path file, long maxBytes) {
    Objects.requireNonNull(file, "file");
    checkLimit(maxBytes);
    BasicFileAttributes attributes = attributes(file);
    if (attributes.isDirectory()) {
      throw invalid(file, "is a folder");
    }
    if (!attributes.isRegularFile()) {
      throw invalid(file, "not a regular file (" + kind(file) + ")");
    }
    long size = attributes.size();
    if (size > maxBytes) {
      throw tooLarge(show(file), size, maxBytes);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return decode(read(in, show(file), size, maxBytes), show(file));
    } catch (IOException e) {
      throw cannot("read", file, e);
    }
  }

  /**
   * Reads a stream such as standard input whole, like {@link #readText(InputStream, String, long)}
   * with {@link #DEFAULT_MAX_BYTES}.
   *
   * <pre>{@code
   * String text = TextFiles.readText(System.in, "standard input");
   * // "standard input: no text (only white space or invisible characters)" for "\u00A0\n"
   * }</pre>
   */
  public static String readText(InputStream in, String name) {
    return readText(in, name, DEFAULT_MAX_BYTES);
  }

  /**
   * Reads a stream whole with exactly the checks {@link #readText(Path, long)} makes on a file, and
   * its messages, with {@code name} in place of the file; binary data is refused as soon as its
   * first 64 KiB are in ({@code </dev/zero} after one read, not after filling the memory). The
   * stream is not closed.
   *
   * @param name     how messages name the stream, e.g. {@code standard input}
   * @param maxBytes streams longer than this are refused once that many bytes are read; from 1 to
   *                 {@link #DEFAULT_MAX_BYTES}
   * @throws InvalidInputException the messages of {@link #readText(Path, long)} but the first two
   */
  public static String readText(InputStream in, String name, long maxBytes) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    checkLimit(maxBytes);
    String shown = oneLine(name);
    try {
      return decode(read(in, shown, -1, maxBytes), shown);
    } catch (IOException e) {
      throw new InvalidInputException(shown + ": cannot read (" + reason(e) + ")", e);
    }
  }

  private static void checkLimit(long maxBytes) {
    if (maxBytes < 1 || maxBytes > DEFAULT_MAX_BYTES) {
      throw new IllegalArgumentException(
          "maxBytes must be from 1 to " + DEFAULT_MAX_BYTES + ": " + maxBytes);
    }
  }

  /** Bytes read, {@code length} of them valid. */
  private record Bytes(byte[] array, int length) {}

  /**
   * Reads at most {@code maxBytes}, checking for binary data as the bytes arrive, so that a device
   * or pipe of binary data stops the read early. A UTF-16 byte order mark turns the checks off: its
   * text is full of NUL bytes, and {@link #decode} names it instead.
   *
   * @param size the size when known (a regular file), else -1
   */
  private static Bytes read(InputStream in, String shown, long size, long maxBytes) throws IOException {
    byte[] a;
    int n = 0;
    int checked = 0;
    boolean sampled = false;
    try {
      a = new byte[(int) (size >= 0 ? size : Math.min(maxBytes, BINARY_SAMPLE_BYTES))];
      while (true) {
        if (n == a.length) { // full: one more byte tells whether there is more (a file that grew)
          int b = in.read();
          if (b < 0) {
            break;
          }
          if (n >= maxBytes) {
            throw tooLarge(shown, -1, maxBytes);
          }
          a = Arrays.copyOf(a, (int) Math.min(maxBytes, Math.max(2L * n, BINARY_SAMPLE_BYTES)));
          a[n++] = (byte) b;
        } else {
          int r = in.read(a, n, a.length - n);
          if (r < 0) {
            break;
          }
          n += r;
        }
        if (n >= 2 && !isUtf16(a, n)) {
          if (indexOfNul(a, checked, n) >= 0) {
            throw invalid(shown, "binary data, not text");
          }
          checked = n;
          if (!sampled && n >= BINARY_SAMPLE_BYTES) {
            sampled = true;
            if (manyControls(a, BINARY_SAMPLE_BYTES)) {
              throw invalid(shown, "binary data, not text");
            }
          }
        }
      }
    } catch (OutOfMemoryError e) {
      // Caught on purpose: only the one big array failed to allocate, and it is garbage already.
      // A clear message beats an OutOfMemoryError for the most common cause (a huge input).
      throw invalid(shown, "too large to fit in memory ("
          + (size >= 0 ? humanSize(size) : "more than " + humanSize(n))
          + "); give Java more memory, e.g. java -Xmx8g");
    }
    if (!isUtf16(a, n) && (indexOfNul(a, checked, n) >= 0 || !sampled && manyControls(a, n))) {
      throw invalid(shown, "binary data, not text");
    }
    return new Bytes(a, n);
  }

  /** The checks on content: encoding, UTF-8 validity, something to read. */
  private static String decode(Bytes bytes, String shown) {
    byte[] a = bytes.array();
    int n = bytes.length();
    if (n == 0) {
      throw invalid(shown, "empty");
    }
    if (isUtf16(a, n)) {
      throw invalid(shown, "UTF-16 text, not UTF-8");
    }
    int start = startsWith(a, n, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    String text = decodeStrict(a, start, n, shown);
    if (text.isEmpty()) {
      throw invalid(shown, "empty");
    }
    if (isNoText(text)) {
      throw invalid(shown, "no text (only white space or invisible characters)");
    }
    return text;
  }

  /**
   * The text files a path names: a file is itself (whatever its name), a folder is every
   * {@code *.txt} file directly in it (not in subfolders; the extension in any case; hidden names
   * starting with {@code .} skipped), sorted by file name so that runs are reproducible. Files are
   * not read here; {@link #readText(Path)} checks their content.
   *
   * <pre>{@code
   * TextFiles.expandTextFiles(Path.of("testdata/seeds"))
   * // [testdata/seeds/000_a068adbe6219557e.txt, …, testdata/seeds/004_122364f8869732ab.txt]
   * TextFiles.expandTextFiles(Path.of("notes.md"))   // [notes.md]
   * }</pre>
   *
   * @return an unmodifiable, non-empty list of paths that start with {@code fileOrFolder}
   * @throws InvalidInputException {@code PATH: no such file}, {@code FOLDER: no .txt files},
   *     {@code FOLDER: cannot read (REASON)} (e.g. {@code (permission denied)} for a folder without
   *     search permission) or {@code FOLDER/NAME.txt: cannot read (REASON)} for an entry that
   *     cannot be examined, such as a loop of links
   */
  public static List<Path> expandTextFiles(Path fileOrFolder) {
    Objects.requireNonNull(fileOrFolder, "fileOrFolder");
    if (!attributes(fileOrFolder).isDirectory()) {
      return List.of(fileOrFolder);
    }
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(fileOrFolder)) {
      for (Path child : children) {
        String name = child.getFileName().toString();
        if (!name.startsWith(".")
            && name.toLowerCase(Locale.ROOT).endsWith(".txt")
            && isRegularFileInFolder(fileOrFolder, child)) {
          found.add(child);
        }
      }
    } catch (IOException e) {
      throw cannot("read", fileOrFolder, e);
    } catch (DirectoryIteratorException e) {
      throw cannot("read", fileOrFolder, e.getCause());
    }
    if (found.isEmpty()) {
      throw invalid(fileOrFolder, "no .txt files");
    }
    found.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return List.copyOf(found);
  }

  /**
   * Whether a folder entry is a regular file (a link to one counts). Subfolders, pipes and links to
   * nothing are not, and are skipped; an entry whose kind cannot be read is an error, never
   * skipped: {@code Files.isRegularFile} answers false for it, and a folder without search (x)
   * permission, all of whose entries are so, used to be reported as having "no .txt files".
   */
  private static boolean isRegularFileInFolder(Path folder, Path child) {
    try {
      Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (AccessDeniedException e) {
      throw cannot("read", folder, e); // the entry's own kind is unreadable: the folder's x bit
    } catch (IOException e) {
      throw cannot("read", child, e);
    }
    try {
      return Files.readAttributes(child, BasicFileAttributes.class).isRegularFile();
    } catch (NoSuchFileException e) {
      return false; // a link to nothing is not a file
    } catch (IOException e) {
      throw cannot("read", child, e); // a loop of links, a link into a folder we cannot search
    }
  }

  /**
   * Writes {@code text} as UTF-8 so that {@code target} is never seen half-written: the bytes go to
   * a temp file in the target's folder, are flushed to disk, and the temp file is renamed over the
   * target in one step. On any failure the temp file is deleted and the target keeps its old
   * content, or stays absent ({@link OutputFiles} does the same for several files at once). An
   * existing target keeps its POSIX permissions. Only regular files are replaced: a device, pipe
   * or socket at {@code target} is refused, never replaced by a file. A symbolic link is followed:
   * the regular file it leads to is replaced the same way, in its own folder, and the link stays
   * (as a shell's {@code >} or an editor would write it; replacing the link instead would cut the
   * user's link silently); a link to nothing is refused.
   *
   * <pre>{@code
   * TextFiles.writeAtomically(Path.of("restored/001.txt"), restoration.text());
   * TextFiles.writeAtomically(Path.of("missing/001.txt"), text);
   * // InvalidInputException "missing/001.txt: folder missing does not exist"
   * }</pre>
   *
   * @throws InvalidInputException the messages of {@link #checkWritable(Path)}
   * @throws UncheckedIOException  {@code TARGET: cannot write (REASON)} when the system fails,
   *                               e.g. {@code (No space left on device)}
   * @throws IllegalArgumentException if {@code text} holds an unpaired surrogate, which UTF-8
   *                                  cannot encode
   */
  public static void writeAtomically(Path target, String text) {
    try (OutputFiles files = new OutputFiles()) {
      files.add(target, text);
      files.commit();
    }
  }

  /**
   * Fails fast, with the messages {@link #writeAtomically(Path, String)} would give, when
   * {@code target} clearly cannot be written; call it before long work whose result goes there.
   * Passing does not promise that the write will succeed (the disk may fill up meanwhile).
   *
   * <pre>{@code
   * TextFiles.checkWritable(Path.of("out/001.txt"));
   * // InvalidInputException "out/001.txt: folder out does not exist" when there is no out/
   * }</pre>
   *
   * @throws InvalidInputException {@code TARGET: is a folder}, {@code TARGET: not a regular file
   *     (a character device)} (or another kind), {@code TARGET: a symbolic link to a missing file},
   *     {@code TARGET: folder F does not exist}, {@code TARGET: F is not a folder} or
   *     {@code TARGET: cannot write (permission denied)}
   */
  public static void checkWritable(Path target) {
    writableTarget(target);
  }

  /**
   * {@link #checkWritable} that returns the file to replace: {@code target}, or the regular file a
   * symbolic link at {@code target} leads to.
   */
  static Path writableTarget(Path target) {
    Objects.requireNonNull(target, "target");
    if (target.getFileName() == null) { // "/" and the like
      throw invalid(target, "is a folder");
    }
    Path real = target;
    try {
      BasicFileAttributes existing = Files.readAttributes(target, BasicFileAttributes.class);
      if (existing.isDirectory()) {
        throw invalid(target, "is a folder");
      }
      if (!existing.isRegularFile()) { // a device node, a link to /proc/self/fd/1: never replaced
        throw invalid(target, "not a regular file (" + kind(target) + ")");
      }
      if (Files.isSymbolicLink(target)) {
        real = target.toRealPath();
      }
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(target)) {
        throw invalid(target, "a symbolic link to a missing file");
      }
    } catch (IOException e) {
      if (Files.isSymbolicLink(target)) { // a loop of links
        throw cannot("write", target, e);
      }
      // Otherwise the folder checks below say what is wrong (a missing folder, a file as folder).
    }
    Path folder = real.toAbsolutePath().getParent();
    Path shown = real != target || target.getParent() == null ? folder : target.getParent();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(folder, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw invalid(target, "folder " + show(shown) + " does not exist");
    } catch (IOException e) {
      throw cannot("write", target, e);
    }
    if (!attributes.isDirectory()) {
      throw invalid(target, show(shown) + " is not a folder");
    }
    if (!Files.isWritable(folder)) {
      throw invalid(target, "cannot write (permission denied)");
    }
    return real;
  }

  private static BasicFileAttributes attributes(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException | NotDirectoryException e) {
      throw invalid(path, "no such file");
    } catch (IOException e) {
      if (underAFile(path)) { // ENOTDIR: "a.txt/b.txt" where a.txt is a file
        throw invalid(path, "no such file");
      }
      throw cannot("read", path, e);
    }
  }

  /** What a file that is neither a folder nor a regular file is, from its POSIX mode. */
  static String kind(Path path) {
    try {
      int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000; // S_IFMT
      return switch (type) {
        case 0010000 -> "a named pipe";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return "a special file"; // no "unix" view (Windows): the kind is unknown, not the verdict
    }
  }

  private static boolean underAFile(Path path) {
    for (Path p = path.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return !Files.isDirectory(p);
      }
    }
    return false;
  }

  private static boolean isUtf16(byte[] a, int n) {
    return startsWith(a, n, 0xFF, 0xFE) || startsWith(a, n, 0xFE, 0xFF);
  }

  private static int indexOfNul(byte[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      if (a[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** More than one in ten of the first {@code n} bytes are control bytes: no text looks like that. */
  private static boolean manyControls(byte[] a, int n) {
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = a[i] & 0xFF;
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) || c == 0x7F) {
        controls++;
      }
    }
    return (long) controls * BINARY_CONTROL_RATIO > n;
  }

  /**
   * The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. Decoding
   * into a small reused buffer finds it without a second copy of the text; the JDK decoder also
   * rejects overlong forms, encoded surrogates and code points above U+10FFFF.
   */
  /**
   * Decodes {@code bytes[start, end)} as UTF-8, or throws {@code not valid UTF-8 at byte N} at the
   * first malformed sequence. One pass: a check with a reporting decoder followed by
   * {@code new String(bytes, UTF_8)} decoded every file twice, a twentieth of a whole restore job
   * over 800 sibling files (issue 12). A UTF-8 text has at most as many chars as bytes, so one
   * buffer holds it.
   */
  private static String decodeStrict(byte[] bytes, int start, int end, String shown) {
    CharsetDecoder decoder = UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
    CharBuffer out = CharBuffer.allocate(end - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw invalid(shown, "not valid UTF-8 at byte " + in.position()); // the first byte of the bad sequence
    }
    if (!result.isUnderflow() || !(result = decoder.flush(out)).isUnderflow()) {
      throw new IllegalStateException("UTF-8 decoding of " + shown + ": " + result);
    }
    return new String(out.array(), 0, out.position());
  }

  /**
   * Nothing a reader would see: white space (no-break spaces too), default-ignorable characters
   * (zero-width spaces and joiners, byte order marks, soft hyphens, variation selectors) and
   * control characters. A file of zero-width spaces used to pass and restore to nothing.
   */
  private static boolean isNoText(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
          && Character.getType(cp) != Character.CONTROL
          && !UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** @param size the size, or -1 when only known to be over the limit (a stream) */
  private static InvalidInputException tooLarge(String shown, long size, long maxBytes) {
    if (maxBytes == DEFAULT_MAX_BYTES) {
      return invalid(shown, "too large (" + (size >= 0 ? humanSize(size) : "over 2 GiB")
          + "; one Java String holds at most 2 GiB)");
    }
    return invalid(shown, size >= 0
        ? String.format(Locale.ROOT, "too large (%d bytes; the limit is %d bytes)", size, maxBytes)
        : String.format(Locale.ROOT, "too large (over the limit of %d bytes)", maxBytes));
  }

  private static String humanSize(long bytes) {
    if (bytes < 0) {
      return "size unknown";
    }
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  private static InvalidInputException invalid(Path path, String problem) {
    return invalid(show(path), problem);
  }

  private static InvalidInputException invalid(String shown, String problem) {
    return new InvalidInputException(shown + ": " + problem);
  }

  /** Read failures are bad input (exit 2 on the command line); write failures are system errors. */
  static RuntimeException cannot(String verb, Path path, IOException e) {
    String message = show(path) + ": cannot " + verb + " (" + reason(e) + ")";
    return verb.equals("read")
        ? new InvalidInputException(message, e)
        : new UncheckedIOException(message, e);
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      reason = e.getClass().getSimpleName();
    }
    return oneLine(reason);
  }

  /** The path as the caller gave it, on one line (a file name may hold a line break). */
  static String show(Path path) {
    String s = path.toString();
    return s.isEmpty() ? "''" : oneLine(s);
  }

  private static String oneLine(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}

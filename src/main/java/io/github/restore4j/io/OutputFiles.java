// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Output files written all or nothing: every text goes to a temp file beside its target when it is
 * {@linkplain #add added}, and only {@link #commit()} puts them in place, each by one rename. A run
 * that fails before the commit, in a later file or anywhere else, leaves no file behind and every
 * old target as it was.
 *
 * <pre>{@code
 * try (OutputFiles files = new OutputFiles()) {
 *   files.add(Path.of("001.tsv"), provenance);    // .001.tsv.<random>.tmp, complete and synced
 *   files.add(Path.of("full/001.txt"), text);     // UncheckedIOException "…: cannot write (No space left on device)"
 *   files.commit();                               // not reached
 * }                                               // close() deletes the .tmp of 001.tsv: nothing is left
 * }</pre>
 *
 * <p>Lifecycle: (1) {@link #add} each output, which checks the target and writes its temp file;
 * (2) do whatever else must succeed first (print to standard output and check it); (3)
 * {@link #commit()}; (4) {@link #close()}, always, in a try-with-resources: it deletes temp files
 * that were not committed. When a rename fails during the commit, the targets already renamed are
 * put back (a replaced target from a hard link made before its rename, where the file system has
 * them; a new one is deleted), so that even then the set is all or nothing. Only a crash between
 * two renames can leave some targets new and some old.
 *
 * <p>Not thread-safe: one instance serves one run. Messages are those of
 * {@link TextFiles#writeAtomically(Path, String)}.
 */
public final class OutputFiles implements AutoCloseable {
  /** Temp file names keep at most this many characters of the target's name (NAME_MAX is 255). */
  private static final int TEMP_NAME_KEEP = 100;

  private final List<Staged> staged = new ArrayList<>();
  private boolean committed;

  /** An empty set; nothing is written until {@link #add}. */
  public OutputFiles() {}

  /**
   * A target as given, the file to replace (the target, or where its symbolic link leads), and the
   * complete temp file beside that file.
   */
  private record Staged(Path target, Path real, Path folder, Path temp) {}

  /**
   * Writes {@code text} as UTF-8 to a new temp file in the target's folder, flushed to disk; the
   * target itself is not touched until {@link #commit()}.
   *
   * @throws io.github.restore4j.InvalidInputException the messages of
   *     {@link TextFiles#checkWritable(Path)}
   * @throws UncheckedIOException     {@code TARGET: cannot write (REASON)}, e.g.
   *                                  {@code (No space left on device)}
   * @throws IllegalArgumentException if {@code text} holds an unpaired surrogate, which UTF-8
   *                                  cannot encode, or {@code target} was added already
   * @throws IllegalStateException    after {@link #commit()} or {@link #close()}
   */
  public void add(Path target, String text) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(text, "text");
    if (committed) {
      throw new IllegalStateException("already committed or closed");
    }
    int surrogate = firstUnpairedSurrogate(text);
    if (surrogate >= 0) {
      throw new IllegalArgumentException(
          "text has an unpaired surrogate at index " + surrogate + "; UTF-8 cannot encode it");
    }
    Path real = TextFiles.writableTarget(target);
    Path absolute = real.toAbsolutePath().normalize();
    for (Staged s : staged) {
      if (s.real().toAbsolutePath().normalize().equals(absolute)) {
        throw new IllegalArgumentException(TextFiles.show(target) + ": added twice");
      }
    }
    byte[] bytes = text.getBytes(UTF_8);
    Path folder = real.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = createTempFile(folder, real.getFileName().toString(), ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      keepPermissions(real, temp);
      staged.add(new Staged(target, real, folder, temp));
      temp = null;
    } catch (IOException e) {
      throw TextFiles.cannot("write", target, e);
    } finally {
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
  }

  /**
   * Renames every temp file over its target, in the order added; on a failure puts back the
   * targets renamed so far and deletes every temp file.
   *
   * @throws UncheckedIOException {@code TARGET: cannot write (REASON)}
   * @throws IllegalStateException after {@link #commit()} or {@link #close()}
   */
  public void commit() {
    if (committed) {
      throw new IllegalStateException("already committed or closed");
    }
    committed = true;
    List<Path> backups = new ArrayList<>(staged.size()); // null: the target did not exist
    int done = 0;
    try {
      for (Staged s : staged) {
        backups.add(backup(s));
        rename(s.temp(), s.real());
        done++;
      }
    } catch (IOException e) {
      Staged failed = staged.get(done);
      undo(done, backups);
      for (int i = done; i < staged.size(); i++) {
        deleteQuietly(staged.get(i).temp());
      }
      if (backups.size() > done && backups.get(done) != null) {
        deleteQuietly(backups.get(done));
      }
      throw TextFiles.cannot("write", failed.target(), e);
    }
    for (Path backup : backups) {
      if (backup != null) {
        deleteQuietly(backup);
      }
    }
    for (Staged s : staged) {
      syncFolder(s.folder());
    }
  }

  /** Deletes the temp files of a set that was not committed; nothing happens after a commit. */
  @Override
  public void close() {
    if (!committed) {
      committed = true;
      for (Staged s : staged) {
        deleteQuietly(s.temp());
      }
    }
  }

  /** A second name for the old target, so that a failed commit can put it back; null if none. */
  private static Path backup(Staged s) {
    if (!Files.isRegularFile(s.real())) {
      return null;
    }
    for (int attempt = 0; attempt < 100; attempt++) {
      Path backup = tempName(s.folder(), s.real().getFileName().toString(), ".old");
      try {
        return Files.createLink(backup, s.real());
      } catch (FileAlreadyExistsException e) {
        // another name
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return null; // no hard links here: a failed commit cannot put this target back
      }
    }
    return null;
  }

  private void undo(int done, List<Path> backups) {
    for (int i = done - 1; i >= 0; i--) {
      Path target = staged.get(i).real();
      Path backup = backups.get(i);
      try {
        if (backup != null) {
          rename(backup, target);
        } else {
          Files.deleteIfExists(target);
        }
      } catch (IOException e) {
        // Best effort: the failure being reported is the one that matters.
      }
    }
  }

  private static void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Same folder, so this is still a rename(2)/MoveFileEx of a complete file; only file systems
      // that cannot promise atomicity at all take this path.
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Creates an empty file next to the target without explicit attributes, so that it gets the
   * permissions the umask gives any new file ({@code Files.createTempFile} would give 0600).
   */
  private static Path createTempFile(Path folder, String targetName, String suffix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        return Files.createFile(tempName(folder, targetName, suffix));
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  private static Path tempName(Path folder, String targetName, String suffix) {
    String keep = targetName.length() > TEMP_NAME_KEEP ? targetName.substring(0, TEMP_NAME_KEEP) : targetName;
    return folder.resolve("." + keep + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + suffix);
  }

  private static void keepPermissions(Path target, Path temp) {
    try {
      if (Files.isRegularFile(target)) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Best effort: a file system without POSIX permissions has none to keep.
    }
  }

  /** Makes the rename itself durable (POSIX); Windows cannot open a folder, and needs not. */
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // The file is complete and in place; only its durability across a power cut is less sure.
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // Nothing better to do: the original failure is the one worth reporting.
    }
  }

  private static int firstUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}

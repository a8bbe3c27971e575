// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.io.TextFiles;
import io.github.restore4j.restore.Sibling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The inputs of one restore run, read and checked: the degraded text and its siblings.
 *
 * <pre>{@code
 * RestoreInputs.read(Path.of("seeds/001.txt"), List.of(Path.of("seeds")), List.of())
 * // degraded = the text of seeds/001.txt; siblings = 000.txt, 002.txt, 003.txt, 004.txt
 * }</pre>
 *
 * <p>The degraded text comes from standard input when its argument is {@code -} or
 * {@code /dev/stdin} ({@link #isStandardInput}). Sibling arguments expand as
 * {@link TextFiles#expandTextFiles(Path)} does; a file named twice (or through a folder and by
 * name, through a symbolic link, or as a second hard link) counts once, and the degraded file is
 * never its own sibling. A sibling's id is its file name; when two siblings share a name, each of
 * them is named by its path as given instead, so that provenance stays unambiguous. Immutable.
 *
 * @param degraded the degraded text
 * @param siblings the siblings in argument order, folders expanded in name order
 */
record RestoreInputs(String degraded, List<Sibling> siblings) {
  /** How messages name standard input. */
  static final String STDIN = "standard input";

  RestoreInputs {
    Objects.requireNonNull(degraded, "degraded");
    siblings = List.copyOf(siblings);
  }

  /**
   * Reads the degraded file, then every sibling; fails on the first bad one.
   *
   * @param outputs files the run will write; each must not be one of the inputs
   * @throws InvalidInputException with the message of the first problem
   */
  static RestoreInputs read(Path degraded, List<Path> siblingArgs, List<Path> outputs) {
    boolean fromStdin = isStandardInput(degraded);
    String text = fromStdin ? TextFiles.readText(System.in, STDIN) : TextFiles.readText(degraded);
    Set<Object> degradedKeys = fromStdin ? Set.of() : Set.of(identity(degraded));
    List<Sibling> siblings = readSiblings(siblingArgs, degradedKeys, outputs, () -> new InvalidInputException(
        degraded + ": is the only sibling given; give --sibling files other than the degraded one"));
    return new RestoreInputs(text, siblings);
  }

  /**
   * Reads every sibling once, never one of the degraded files; fails on the first bad one.
   *
   * @param degradedKeys the {@link #identity} of each degraded file
   * @param outputs      files the run will write; each must not be one of the inputs
   * @param noSibling    the failure when every sibling given is a degraded file
   * @throws InvalidInputException with the message of the first problem
   */
  static List<Sibling> readSiblings(List<Path> siblingArgs, Set<Object> degradedKeys, List<Path> outputs,
      Supplier<InvalidInputException> noSibling) {
    Map<Object, Path> unique = new LinkedHashMap<>(); // identity -> path as given; first one wins
    for (Path arg : siblingArgs) {
      if (isStandardInput(arg)) {
        throw new InvalidInputException(arg + ": standard input can be the degraded text only;"
            + " give siblings as files or folders");
      }
      for (Path file : TextFiles.expandTextFiles(arg)) {
        Object key = identity(file);
        if (!degradedKeys.contains(key)) {
          unique.putIfAbsent(key, file);
        }
      }
    }
    if (unique.isEmpty()) {
      throw noSibling.get();
    }
    for (Path output : outputs) {
      Object key = identity(output);
      if (degradedKeys.contains(key) || unique.containsKey(key)) {
        throw new InvalidInputException(output + ": is also an input file; write the output elsewhere");
      }
    }
    List<Path> files = new ArrayList<>(unique.values());
    Map<String, Integer> nameCounts = new HashMap<>();
    for (Path file : files) {
      nameCounts.merge(file.getFileName().toString(), 1, Integer::sum);
    }
    List<Sibling> siblings = new ArrayList<>(files.size());
    for (Path file : files) {
      String name = file.getFileName().toString();
      String id = nameCounts.get(name) > 1 ? file.toString() : name;
      siblings.add(Sibling.of(id, TextFiles.readText(file)));
    }
    return siblings;
  }

  /**
   * Whether a file argument means standard input: {@code -}, or {@code /dev/stdin} spelled out.
   * Standard input is read from the stream the process already has, never opened by name: opening
   * {@code /dev/stdin} when it is a pipe would be opening a pipe, which files refuse.
   */
  static boolean isStandardInput(Path arg) {
    String s = arg.toString();
    return s.equals("-") || s.equals("/dev/stdin");
  }

  /**
   * The same value for the same file however it is named: through a link, a relative path, or a
   * second hard link (the file system's key, device and inode on POSIX; the real path where there
   * is none). A missing file is its folder's real path and its name, so that two names of one file
   * still to be written agree.
   */
  static Object identity(Path path) {
    try {
      Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
      return key != null ? key : path.toRealPath();
    } catch (IOException | SecurityException e) {
      Path absolute = path.toAbsolutePath().normalize();
      Path folder = absolute.getParent();
      try {
        return folder == null ? absolute : folder.toRealPath().resolve(absolute.getFileName());
      } catch (IOException | SecurityException e2) {
        return absolute;
      }
    }
  }
}

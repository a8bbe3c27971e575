// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns a file argument into a {@link Path}, with a message that says what to do when the name
 * cannot be one.
 *
 * <pre>{@code
 * LANG=C restore4j restore --degraded dégradé.txt …
 * // restore4j: Invalid value for option '--degraded': 'd??grad??.txt' cannot be a file name here:
 * //   Java reads file names as ANSI_X3.4-1968 under this locale; run it under a UTF-8 locale,
 * //   e.g. LANG=C.UTF-8 (see 'restore4j restore --help')
 * }</pre>
 *
 * <p>Why: Java decodes the command line and encodes file names with the charset of the locale it
 * started in ({@code sun.jnu.encoding}, fixed at startup), so under {@code LANG=C} a non-ASCII name
 * has lost its letters before {@code main} runs and {@link Path#of} throws
 * {@link InvalidPathException}. Nothing inside the process can get the name back; only the locale
 * can. Stateless and thread-safe.
 */
final class PathConverter implements ITypeConverter<Path> {
  private final String fileNameCharset;

  /** With the charset this JVM uses for file names. */
  PathConverter() {
    this(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
  }

  /** @param fileNameCharset the charset file names are encoded with, as {@code sun.jnu.encoding} */
  PathConverter(String fileNameCharset) {
    this.fileNameCharset = fileNameCharset;
  }

  @Override
  public Path convert(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException(message(value, e));
    }
  }

  String message(String value, InvalidPathException e) {
    String shown = "'" + ErrorHandler.oneLine(value.replace('\uFFFD', '?').replace("\0", "\\0")) + "'";
    boolean utf8 = fileNameCharset.replace("-", "").equalsIgnoreCase("UTF8");
    if (!utf8 && value.chars().anyMatch(c -> c > 0x7F)) {
      return shown + " cannot be a file name here: Java reads file names as " + fileNameCharset
          + " under this locale; run it under a UTF-8 locale, e.g. LANG=C.UTF-8";
    }
    return shown + " cannot be a file name (" + e.getReason() + ")";
  }
}

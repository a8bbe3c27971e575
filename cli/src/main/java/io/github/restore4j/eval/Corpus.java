// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.io.TextFiles;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.text.Lines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clean documents of one language to evaluate on.
 *
 * <pre>{@code
 * Corpus c = Corpus.read(Path.of("testdata/corpora/ru-factrueval"));
 * c.name()       // "ru-factrueval"
 * c.language()   // "ru"  (the name's leading language code)
 * c.documents()  // 255 documents, ids "book_100.txt", …
 * Corpus.read(Path.of("testdata/corpora/vi-binhvq-sentences.txt")).documents().size()
 * // 50: one sentence per line, 20 lines per document
 * }</pre>
 *
 * @param name      what reports call it
 * @param language  a BCP 47 language tag, {@code "und"} when unknown
 * @param source    where it was read from, as given, or any description
 * @param documents the clean documents, at least one, ids unique
 */
public record Corpus(String name, String language, String source, List<Sibling> documents) {
  /** Lines per document when a corpus is one file with one sentence per line. */
  public static final int DEFAULT_BLOCK_LINES = 20;

  private static final Pattern LANGUAGE_PREFIX = Pattern.compile("^([a-z]{2,3})(?:[-_.].*)?$");

  public Corpus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(source, "source");
    documents = List.copyOf(documents);
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("corpus " + name + " has no documents");
    }
    if (documents.stream().map(Sibling::id).distinct().count() != documents.size()) {
      throw new IllegalArgumentException("corpus " + name + " has two documents with one id");
    }
  }

  /** A corpus of these documents; the language is read from the name as {@link #read(Path)} does. */
  public static Corpus of(String name, List<Sibling> documents) {
    return new Corpus(name, languageOf(name), name, documents);
  }

  /** {@link #read(Path, int)} with {@link #DEFAULT_BLOCK_LINES}. */
  public static Corpus read(Path path) {
    return read(path, DEFAULT_BLOCK_LINES);
  }

  /**
   * Reads a corpus. A folder holds one document per {@code *.txt} file (UTF-8, paragraphs separated
   * by blank lines; not recursive), whose id is the file name. A file holds one sentence per line
   * with no document boundaries: every {@code blockLines} non-blank lines make a document, whose id
   * is {@code NAME#K}. The name is the folder's or file's name without {@code .txt}; the language is
   * its leading two- or three-letter code ({@code "uk-uagec"} → {@code uk}, {@code "vi"} → {@code vi},
   * {@code "seeds"} → {@code und}).
   *
   * @throws InvalidInputException when the path is missing, a folder has no {@code .txt} file, or a
   *     file is not UTF-8 text ({@link TextFiles} messages)
   */
  public static Corpus read(Path path, int blockLines) {
    Objects.requireNonNull(path, "path");
    if (blockLines < 1) {
      throw new IllegalArgumentException("blockLines must be positive: " + blockLines);
    }
    Path fileName = path.toAbsolutePath().normalize().getFileName();
    String name = fileName == null ? path.toString() : fileName.toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
      name = name.substring(0, name.length() - 4);
    }
    List<Sibling> documents = new ArrayList<>();
    if (Files.isDirectory(path)) {
      for (Path file : TextFiles.expandTextFiles(path)) {
        documents.add(Sibling.of(file.getFileName().toString(), TextFiles.readText(file)));
      }
    } else {
      String text = TextFiles.readText(path);
      List<String> block = new ArrayList<>();
      for (String line : Lines.split(text)) {
        if (line.isBlank()) {
          continue;
        }
        block.add(line.strip());
        if (block.size() == blockLines) {
          documents.add(Sibling.of(name + "#" + (documents.size() + 1), String.join("\n", block) + "\n"));
          block.clear();
        }
      }
      if (!block.isEmpty()) {
        documents.add(Sibling.of(name + "#" + (documents.size() + 1), String.join("\n", block) + "\n"));
      }
    }
    return new Corpus(name, languageOf(name), path.toString(), documents);
  }

  static String languageOf(String name) {
    Matcher m = LANGUAGE_PREFIX.matcher(name.toLowerCase(Locale.ROOT));
    return m.matches() ? m.group(1) : "und";
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

/**
 * What a {@link Degrader} does to punctuation, that is to every code point that is not white space,
 * a letter, a mark or a number (symbols such as {@code "%"} and {@code "€"} count as punctuation).
 *
 * <pre>{@code
 * DELETE:   "Nagorno-Karabakh, (EU) cho biết,"  ->  "nagornokarabakh eu cho biết"
 * SPACE:    "Nagorno-Karabakh, (EU) cho biết,"  ->  "nagorno karabakh eu cho biết"
 * TOKENIZE: "Nagorno-Karabakh, (EU) cho biết,"  ->  "Nagorno-Karabakh , ( EU ) cho biết ,"
 * KEEP:     "Nagorno-Karabakh, (EU) cho biết,"  ->  "Nagorno-Karabakh, (EU) cho biết,"
 * }</pre>
 * (The examples show {@code DELETE} and {@code SPACE} with {@link CaseMode#LOWER}, the others with
 * {@link CaseMode#KEEP}.)
 */
public enum PunctuationMode {
  /** Remove punctuation; the pieces of a word join ({@code "дев’ятимісячну"} → {@code "девятимісячну"}). */
  DELETE,
  /** Replace each punctuation code point by a space ({@code "дев’ятимісячну"} → {@code "дев ятимісячну"}). */
  SPACE,
  /**
   * Split punctuation off as separate space-delimited tokens, like a word segmenter. A hyphen
   * ({@code -}, U+2010, U+2011), apostrophe ({@code '}, U+2019) or dot between two letters stays inside
   * the word ({@code "Nagorno-Karabakh"}, {@code "зв'язку"}, {@code "U.S"}); with kept digits, a hyphen
   * between a letter and a digit stays too ({@code "COVID-19"}), and {@code . , / : -} between two
   * digits stays inside the number ({@code "100.000"}, {@code "4/10"}). A run of the same punctuation
   * character ({@code "..."}) is one token. An underscore between two letters stays inside the word ({@code "Cơ_quan"}) unless
   * {@link DegradeOptions#compoundJoinRate()} is above zero, in which case it separates words and the
   * joining is decided anew.
   */
  TOKENIZE,
  /** Leave punctuation where it is. */
  KEEP
}

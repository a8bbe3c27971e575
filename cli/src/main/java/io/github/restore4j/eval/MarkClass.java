// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import com.ibm.icu.lang.UCharacter;

/**
 * The classes punctuation marks are scored in, as punctuation-restoration papers report them.
 *
 * <pre>{@code
 * MarkClass.of('.', false)       // PERIOD
 * MarkClass.of('«', false)       // QUOTE
 * MarkClass.of('’', true)        // OTHER: an apostrophe inside a word ("з’явилося")
 * MarkClass.of('–', false)       // DASH
 * MarkClass.of('%', false)       // OTHER
 * }</pre>
 *
 * <p>A mark is any code point the degradation treats as punctuation: not white space, not a letter,
 * mark or number (so symbols such as {@code %} and {@code €} are marks too).
 */
public enum MarkClass {
  /** {@code .} and {@code …}. */
  PERIOD("."),
  /** {@code ,}. */
  COMMA(","),
  /** {@code ?}, {@code !} and their inverted and full-width forms. */
  QUESTION_EXCLAMATION("?!"),
  /** Quotation marks: {@code " ' « » „ “ ” ‘ ’ ‚ ‹ ›} and every initial/final quote (Pi, Pf). */
  QUOTE("quotes"),
  /** Opening and closing brackets (Ps, Pe): {@code ( ) [ ] { }}. */
  BRACKET("brackets"),
  /** Dashes and hyphens (Pd): {@code - – — ‐}. */
  DASH("dashes"),
  /** Everything else: {@code : ; / % & * …}, and apostrophes inside a word. */
  OTHER("other");

  private final String label;

  MarkClass(String label) {
    this.label = label;
  }

  /** The column heading in reports, e.g. {@code "?!"}. */
  public String label() {
    return label;
  }

  /**
   * The class of mark {@code cp}; {@code insideWord} says whether it stands between two letters of
   * one word, where {@code '} and {@code ’} are apostrophes, not quotes.
   */
  public static MarkClass of(int cp, boolean insideWord) {
    switch (cp) {
      case '.':
      case '\u2026': // …
      case '\u3002':
      case '\uFF0E':
        return PERIOD;
      case ',':
      case '\u060C':
      case '\u3001':
      case '\uFF0C':
        return COMMA;
      case '?':
      case '!':
      case '\u00BF':
      case '\u00A1':
      case '\u203D':
      case '\uFF1F':
      case '\uFF01':
        return QUESTION_EXCLAMATION;
      case '\'':
      case '\u2019':
        return insideWord ? OTHER : QUOTE;
      case '"':
      case '\u201E': // „ (Ps)
      case '\u201A': // ‚ (Ps)
      case '\uFF02':
        return QUOTE;
      default:
        break;
    }
    int type = UCharacter.getType(cp);
    if (type == UCharacter.INITIAL_PUNCTUATION || type == UCharacter.FINAL_PUNCTUATION) {
      return QUOTE;
    }
    if (type == UCharacter.START_PUNCTUATION || type == UCharacter.END_PUNCTUATION) {
      return BRACKET;
    }
    if (type == UCharacter.DASH_PUNCTUATION) {
      return DASH;
    }
    return OTHER;
  }
}

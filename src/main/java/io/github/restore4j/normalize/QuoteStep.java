// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import java.util.List;
import java.util.Locale;

/**
 * Step 3: quotation marks, apostrophes and dashes, to ASCII or to a language's canonical marks.
 * Output keeps the normal form of its input.
 *
 * <p>Families: double quotes {@code " “ ” „ ‟ « »}; single quotes and apostrophes
 * {@code ' ‘ ’ ‚ ‛ ‹ › ʼ}; dashes {@code - ‐ ‑ ‒ – — ― −}. Primes, which mark feet and minutes,
 * are left alone.
 *
 * <ul>
 *   <li>{@link QuoteStyle#ASCII}: the families become {@code "}, {@code '} and {@code -}.
 *   <li>{@link QuoteStyle#CANONICAL}: a single mark between two letters, or after a letter where
 *       no single quotation is open ("students’"), is the apostrophe. Other quotation marks open or
 *       close by context, whatever their shape, looking past neighbouring quotation marks: after a
 *       space, bracket or dash and before a word they open; after a word and before a space or
 *       punctuation they close; anywhere else (between two letters, between two spaces) they are
 *       left alone. They become the language's primary marks at even nesting depth and its
 *       secondary marks at odd depth. A dash or hyphen with a space on each side, not at the start
 *       of a line, becomes the language's dash; the minus sign is not touched. Deciding by context
 *       alone makes the step idempotent: its output reads the same way again.
 * </ul>
 */
final class QuoteStep {
  /** Languages with canonical marks. */
  static final List<String> LANGUAGES = List.of("de", "en", "fr", "ru", "uk", "vi");

  private static final int NONE = 0;
  private static final int DOUBLE = 1;
  private static final int SINGLE = 2;
  private static final int DASH = 3;
  private static final int CONTEXT = 8;

  private final boolean ascii;
  private final String language;
  private final char open1;
  private final char close1;
  private final char open2;
  private final char close2;
  private final char apostrophe;
  private final char dash;

  QuoteStep(QuoteStyle style, Locale locale) {
    this.ascii = style == QuoteStyle.ASCII;
    this.language = locale == null ? "" : locale.getLanguage();
    String marks; // open1 close1 open2 close2 apostrophe dash
    switch (ascii ? "" : language) {
      case "de":
        marks = "„“‚‘’–";
        break;
      case "en":
        marks = "“”‘’’—";
        break;
      case "fr":
        marks = "«»“”’–";
        break;
      case "ru":
      case "uk":
        marks = "«»„“’—";
        break;
      case "vi":
        marks = "“”‘’’–";
        break;
      default:
        marks = "\"\"'''-";
        break;
    }
    open1 = marks.charAt(0);
    close1 = marks.charAt(1);
    open2 = marks.charAt(2);
    close2 = marks.charAt(3);
    apostrophe = marks.charAt(4);
    dash = marks.charAt(5);
  }

  static boolean supports(Locale locale) {
    return LANGUAGES.contains(locale.getLanguage());
  }

  private static int family(char c) {
    switch (c) {
      case '"': case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
        return DOUBLE;
      case '\'': case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2039':
      case '\u203A': case '\u02BC':
        return SINGLE;
      case '-': case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014':
      case '\u2015': case '\u2212':
        return DASH;
      default:
        return NONE;
    }
  }

  String apply(String s, ChangeLog log) {
    return ascii ? toAscii(s, log) : canonical(s, log);
  }

  private String toAscii(String s, ChangeLog log) {
    final int n = s.length();
    Edits edits = null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        continue;
      }
      int family = family(c);
      if (family == NONE) {
        continue;
      }
      char to = family == DOUBLE ? '"' : family == SINGLE ? '\'' : '-';
      if (edits == null) {
        edits = new Edits(s);
      }
      edits.replace(i, i + 1, to);
      if (log != null) {
        String what = family == DOUBLE ? "quotation marks to ASCII"
            : family == SINGLE ? "apostrophes and single quotes to ASCII" : "dashes to ASCII";
        log.record(Step.QUOTES, what, context(s, i, c), context(s, i, to));
      }
    }
    return edits == null ? s : edits.result();
  }

  private String canonical(String s, ChangeLog log) {
    final int n = s.length();
    Edits edits = null;
    int depth = 0;
    int singleOpen = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int family = family(c);
      if (family == NONE) {
        continue;
      }
      char prev = i > 0 ? s.charAt(i - 1) : '\n';
      char next = i + 1 < n ? s.charAt(i + 1) : '\n';
      char to;
      String what;
      if (family == DASH) {
        if (c == '\u2212' || !isSpace(prev) || !isSpace(next) || isLineStart(s, i - 1)) {
          continue;
        }
        to = dash;
        what = "dashes made canonical";
      } else if (family == SINGLE && c != '\u2039' && c != '\u203A' && Character.isLetter(prev)
          && (Character.isLetter(next) || singleOpen == 0)) {
        to = apostrophe;
        what = "apostrophes made canonical";
      } else {
        // Context, looking past neighbouring quotation marks: „‚ both open, ‘“ both close.
        char before = outside(s, i, -1);
        char after = outside(s, i, +1);
        boolean opens = isOpeningContext(before) && !isClosingContext(after);
        boolean closes = !isOpeningContext(before) && isClosingContext(after);
        if (opens == closes) {
          continue; // between two letters or two spaces: neither opens nor closes anything
        }
        if (opens) {
          to = depth % 2 == 0 ? open1 : open2;
          depth++;
          if (family == SINGLE) {
            singleOpen++;
          }
        } else {
          if (depth > 0) {
            depth--;
          }
          if (family == SINGLE && singleOpen > 0) {
            singleOpen--;
          }
          to = depth % 2 == 0 ? close1 : close2;
        }
        what = "quotation marks made canonical (" + language + ")";
      }
      if (to == c) {
        continue;
      }
      if (edits == null) {
        edits = new Edits(s);
      }
      edits.replace(i, i + 1, to);
      if (log != null) {
        log.record(Step.QUOTES, what, context(s, i, c), context(s, i, to));
      }
    }
    return edits == null ? s : edits.result();
  }

  /** The first char beside {@code i} in {@code direction} that is not a quotation mark. */
  private static char outside(String s, int i, int direction) {
    for (int k = i + direction; k >= 0 && k < s.length(); k += direction) {
      char c = s.charAt(k);
      int family = family(c);
      if (family != DOUBLE && family != SINGLE) {
        return c;
      }
    }
    return '\n';
  }

  /** A quotation that opens here follows a space, an opening bracket, a dash or a slash. */
  private static boolean isOpeningContext(char c) {
    return isSpace(c) || "([{/\u2014\u2013-".indexOf(c) >= 0;
  }

  /** A quotation that closes here precedes a space or punctuation. */
  private static boolean isClosingContext(char c) {
    return isSpace(c) || ".,;:!?)]}\u2026/\u2014\u2013-".indexOf(c) >= 0;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || WhitespaceStep.isHorizontalSpace(c)
        || WhitespaceStep.isLineBreak(c);
  }

  private static boolean isLineStart(String s, int i) {
    for (int k = i; k >= 0; k--) {
      char c = s.charAt(k);
      if (WhitespaceStep.isLineBreak(c)) {
        return true;
      }
      if (!WhitespaceStep.isHorizontalSpace(c)) {
        return false;
      }
    }
    return true;
  }

  private static String context(String s, int i, char middle) {
    int a = Math.max(0, i - CONTEXT);
    int b = Math.min(s.length(), i + 1 + CONTEXT);
    return s.substring(a, i) + middle + s.substring(i + 1, b);
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What restoration changed in one line, as runs of the output's text, for a person to see: the
 * report marks each run by its {@link Mark}.
 *
 * <pre>{@code
 * ChangeMarks.of("hội nghị g ở ấn độ", "Hội nghị G20 ở Ấn Độ,")
 * // [CASE "H"] [SAME "ội nghị "] [CASE "G"] [NUMBER "20"] [SAME " ở "] [CASE "Ấ"] [SAME "n "] [CASE "Đ"] [SAME "ộ"] [PUNCTUATION ","]
 * ChangeMarks.of("noí", "nói")   // [SAME "n"] [MARKS "ó"] [MARKS "i"]  → one run [MARKS "ói"]
 * }</pre>
 *
 * <p>How: restoration never changes the copy's words, so the output's letters are the input's
 * letters in order, in another case or with other marks. The output is walked code point by code
 * point with a pointer into the input: a letter (or combining mark) is matched to the input's next
 * letter, skipping the input's spaces and punctuation the output dropped or moved (a tokenizer's
 * {@code _}, the space of {@code nagorno karabakh}); it is {@link Mark#SAME}, {@link Mark#CASE} when
 * only its case differs, {@link Mark#MARKS} otherwise. Anything else (a digit, punctuation, a space)
 * is the same when the input has it right there, and inserted otherwise: {@link Mark#NUMBER} for a
 * digit, {@link Mark#PUNCTUATION} for the rest (white space inserted is shown unmarked). Linear in
 * the line's length; for display only, so a line the walk cannot follow is shown, never refused.
 * Stateless and thread-safe.
 */
final class ChangeMarks {
  /** How a run of the output differs from the input. */
  enum Mark {
    /** As in the input. */
    SAME,
    /** Letters whose case changed, e.g. {@code g} → {@code G}. */
    CASE,
    /** Letters whose diacritics or tone marks changed (their case may have too). */
    MARKS,
    /** Digits the copy did not have. */
    NUMBER,
    /** Punctuation, symbols or hyphens the copy did not have. */
    PUNCTUATION
  }

  /**
   * A run of output text with one mark.
   *
   * @param mark how it differs from the input
   * @param text the output's characters
   */
  record Run(Mark mark, String text) {
    Run {
      Objects.requireNonNull(mark, "mark");
      Objects.requireNonNull(text, "text");
    }
  }

  private ChangeMarks() {}

  /** The output as runs; concatenated, their texts give {@code output} back. */
  static List<Run> of(String input, String output) {
    List<Run> runs = new ArrayList<>();
    if (input.equals(output)) {
      if (!output.isEmpty()) {
        runs.add(new Run(Mark.SAME, output));
      }
      return runs;
    }
    StringBuilder text = new StringBuilder();
    Mark current = null;
    int i = 0;
    for (int o = 0; o < output.length(); ) {
      int c = output.codePointAt(o);
      Mark mark;
      if (isLetter(c)) {
        int j = i;
        while (j < input.length() && !isLetter(input.codePointAt(j))) {
          j += Character.charCount(input.codePointAt(j));
        }
        if (j < input.length()) {
          int d = input.codePointAt(j);
          mark = d == c ? Mark.SAME
              : lower(d) == lower(c) ? Mark.CASE
              : Mark.MARKS;
          i = j + Character.charCount(d);
        } else {
          mark = Mark.MARKS; // the walk lost the input: show the letter as changed
        }
      } else if (i < input.length() && input.codePointAt(i) == c) {
        mark = Mark.SAME;
        i += Character.charCount(c);
      } else if (Character.isDigit(c)) {
        mark = Mark.NUMBER;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        mark = Mark.SAME;
        if (i < input.length() && input.charAt(i) == '_') { // a tokenizer's joiner became a space
          i++;
        }
      } else {
        mark = Mark.PUNCTUATION;
      }
      if (mark != current && text.length() > 0) {
        runs.add(new Run(current, text.toString()));
        text.setLength(0);
      }
      current = mark;
      text.appendCodePoint(c);
      o += Character.charCount(c);
    }
    if (text.length() > 0) {
      runs.add(new Run(current, text.toString()));
    }
    return runs;
  }

  /** A letter, or a mark that belongs to one (a combining accent). */
  private static boolean isLetter(int c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  private static int lower(int c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** For messages and tests: {@code [CASE "H"] [SAME "ội"]}. */
  static String show(List<Run> runs) {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append("[").append(r.mark().name()).append(" \"").append(r.text()).append("\"]");
    }
    return sb.toString();
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import com.ibm.icu.lang.UScript;

/**
 * Step 7: Latin letters that look like Cyrillic ones inside Cyrillic words, and the reverse.
 *
 * <pre>{@code
 * "Kиїв"       -> "Київ"        (Latin K; и, ї are Cyrillic only)
 * "мiсто"      -> "місто"       (Latin i)
 * "Hеllo"      -> "Hello"       (Cyrillic е; H, l are Latin here)
 * "СOK", "iPhoneом", "Fарс"  unchanged (no letter decides, the word is really mixed, or the
 *                             look-alikes are most of it)
 * }</pre>
 *
 * <p>A word (letters, combining marks, apostrophes between letters) with letters of both scripts is
 * repaired when the letters of one script all have a look-alike in the other, at least one letter
 * of the other has none, and they are no more than the letters of the other: then that other
 * script is the word's script. "Fарс" (a Latin F, three Cyrillic look-alikes) stays as it is: it
 * could as well be Фарс. Found on the test corpora: "Oни", "Щo", "лiкаря", "Сorporateregister",
 * "сom". The look-alikes are
 * pairs that ICU's confusable skeletons map to the same letter with the same case (checked by a
 * test), restricted to unmistakable ones: {@code A B C E H I J K M O P S T X Y a c e i j o p s x y
 * ë ï} and their Cyrillic twins. Output keeps the normal form of its input.
 */
final class MixedScript {
  /** Look-alike pairs: the k-th Latin letter and the k-th Cyrillic letter. */
  static final String LATIN = "ABCEHIJKMOPSTXYaceijopsxy\u00EB\u00EF\u00CB\u00CF";
  static final String CYRILLIC = "АВСЕНІЈКМОРЅТХУасеіјорѕху\u0451\u0457\u0401\u0407";

  private static final char[] TO_CYRILLIC = new char[0x100];
  private static final char[] TO_LATIN = new char[0x60];

  static {
    for (int k = 0; k < LATIN.length(); k++) {
      char l = LATIN.charAt(k);
      char c = CYRILLIC.charAt(k);
      TO_CYRILLIC[l] = c;
      TO_LATIN[c - 0x400] = l;
    }
  }

  private MixedScript() {}

  static char cyrillicTwin(char latin) {
    return latin < TO_CYRILLIC.length ? TO_CYRILLIC[latin] : 0;
  }

  static char latinTwin(char cyrillic) {
    return cyrillic >= 0x400 && cyrillic < 0x460 ? TO_LATIN[cyrillic - 0x400] : 0;
  }

  static String apply(String s, ChangeLog log) {
    Edits edits = fix(s, 0, s.length(), null, log);
    return edits == null ? s : edits.result();
  }

  /**
   * {@link #apply} on the lines of {@code s} that {@link Prescan#scanLines} recorded with {@link
   * Prescan#MIXED_WORD}; the same result, since words end at a line feed and each is repaired on
   * its own.
   *
   * @param lines {@link Prescan#lines()}: start, end, flags per line
   */
  static String applyToLines(String s, int[] lines, int lineCount, ChangeLog log) {
    Edits edits = null;
    for (int k = 0; k < lineCount; k++) {
      if ((lines[3 * k + 2] & Prescan.MIXED_WORD) != 0) {
        edits = fix(s, lines[3 * k], lines[3 * k + 1], edits, log);
      }
    }
    return edits == null ? s : edits.result();
  }

  /** Repairs the words of {@code s[from, n)} into {@code edits} (created on the first repair). */
  private static Edits fix(String s, int from, int n, Edits edits, ChangeLog log) {
    int i = from;
    while (i < n) {
      if (!isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int latinOnly = 0;
      int latinLike = 0;
      int cyrillicOnly = 0;
      int cyrillicLike = 0;
      boolean other = false;
      while (i < n) {
        char c = s.charAt(i);
        if (isApostrophe(c) && i + 1 < n && i > start && isLetter(s.charAt(i + 1))) {
          i++;
          continue;
        }
        if (!isLetter(c) && !isMark(c)) {
          break;
        }
        if (isMark(c)) {
          i++;
          continue;
        }
        int script = script(c);
        if (script == UScript.LATIN) {
          if (cyrillicTwin(c) != 0) {
            latinLike++;
          } else {
            latinOnly++;
          }
        } else if (script == UScript.CYRILLIC) {
          if (latinTwin(c) != 0) {
            cyrillicLike++;
          } else {
            cyrillicOnly++;
          }
        } else {
          other = true;
        }
        i++;
      }
      if (other || latinOnly + latinLike == 0 || cyrillicOnly + cyrillicLike == 0) {
        continue;
      }
      boolean toCyrillic;
      if (cyrillicOnly > 0 && latinOnly == 0 && latinLike <= cyrillicOnly + cyrillicLike) {
        toCyrillic = true;
      } else if (latinOnly > 0 && cyrillicOnly == 0 && cyrillicLike <= latinOnly + latinLike) {
        toCyrillic = false;
      } else {
        continue; // both scripts have letters of their own, none has, or the intruders are most
      }
      StringBuilder word = new StringBuilder(i - start);
      for (int k = start; k < i; k++) {
        char c = s.charAt(k);
        char twin = toCyrillic ? cyrillicTwin(c) : latinTwin(c);
        word.append(twin != 0 ? twin : c);
      }
      if (edits == null) {
        edits = new Edits(s);
      }
      String fixed = word.toString();
      edits.replace(start, i, fixed);
      if (log != null) {
        log.record(Step.MIXED_SCRIPT, toCyrillic ? "Latin look-alikes in Cyrillic words"
            : "Cyrillic look-alikes in Latin words", s.substring(start, i), fixed);
      }
    }
    return edits;
  }

  private static int script(char c) {
    if (c < 0x250) {
      return UScript.LATIN;
    }
    if (c >= 0x400 && c < 0x530) {
      return UScript.CYRILLIC;
    }
    return UScript.getScript(c);
  }

  private static boolean isLetter(char c) {
    return c < 0x80 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c) && c != 0x2BC;
  }

  private static boolean isMark(char c) {
    return c >= 0x300 && Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }
}

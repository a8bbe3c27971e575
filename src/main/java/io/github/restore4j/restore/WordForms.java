// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * Comparing the form of a degraded word with the form the renderer gives it: mark signatures and
 * the case of one word carried onto another's letters. Stateless.
 *
 * <pre>{@code
 * WordForms.markSignature("Nói")              // "nói" in NFD: the same for "NÓI", not for "noí"
 * WordForms.withCaseOf("problemý", "Problémy") // "Problemý": the copy's marks, the clean case
 * }</pre>
 */
final class WordForms {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private WordForms() {}

  /**
   * The letters and marks of a word in NFD, case-folded: equal when only case differs (the dot of
   * a capital "İ" is case, as in the folding keys).
   */
  static String markSignature(String s) {
    if (isAscii(s)) {
      // ASCII: folding is lowercasing, NFD changes nothing, the letters are a-z
      return asciiLetters(s);
    }
    String d = NFD.normalize(UCharacter.foldCase(s, true));
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK && c != '\u0307') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The degraded letters with the case of the clean form, letter by letter (same key, so same length in NFD letters). */
  static String withCaseOf(String deg, String clean) {
    String d = NFD.normalize(deg);
    String c = NFD.normalize(clean);
    StringBuilder sb = new StringBuilder(d.length());
    int ci = 0;
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.isLetter(cp)) {
        while (ci < c.length() && !UCharacter.isLetter(c.codePointAt(ci))) {
          ci += Character.charCount(c.codePointAt(ci));
        }
        if (ci < c.length()) {
          int cc = c.codePointAt(ci);
          ci += Character.charCount(cc);
          if (UCharacter.isUUppercase(cc) || UCharacter.isTitleCase(cc)) {
            cp = UCharacter.toUpperCase(cp);
          }
        }
      }
      sb.appendCodePoint(cp);
    }
    return NFC.normalize(sb);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The ASCII letters of an ASCII string, lowercased ({@code s} itself when it is nothing else). */
  private static String asciiLetters(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        sb.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        sb.append((char) (c + 32));
      }
    }
    return sb.toString();
  }
}

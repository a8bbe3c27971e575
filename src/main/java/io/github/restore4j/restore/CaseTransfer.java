// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import com.ibm.icu.lang.UCharacter;
import java.util.Locale;

/**
 * Gives a degraded word the case of a clean word whose letters differ (a typo, a word two
 * candidates disagree on), under the case rules of the restoration's language.
 *
 * <pre>{@code
 * new CaseTransfer(Locale.ROOT).caseLike("blinkem", "Blinken")   // "Blinkem"
 * new CaseTransfer(Locale.ROOT).caseLike("nato", "NATO")         // "NATO"
 * }</pre>
 *
 * Immutable and thread-safe.
 */
final class CaseTransfer {
  private final Locale caseLocale;

  CaseTransfer(Locale caseLocale) {
    this.caseLocale = caseLocale;
  }

  /**
   * The degraded letters in the case of the clean form: all capitals, a capital first letter, or
   * letter by letter when both have the same letters. Used where the words differ (typos).
   */
  String caseLike(String deg, String clean) {
    String lower = UCharacter.toLowerCase(caseLocale, deg);
    int letters = 0;
    int upper = 0;
    boolean firstUpper = false;
    boolean seenLetter = false;
    for (int i = 0; i < clean.length(); ) {
      int cp = clean.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.isLetter(cp)) {
        letters++;
        boolean up = UCharacter.isUUppercase(cp) || UCharacter.isTitleCase(cp);
        if (up) {
          upper++;
        }
        if (!seenLetter) {
          firstUpper = up;
          seenLetter = true;
        }
      }
    }
    if (letters >= 2 && upper == letters) {
      return UCharacter.toUpperCase(caseLocale, deg);
    }
    if (firstUpper) {
      int cp = lower.codePointAt(0);
      int len = Character.charCount(cp);
      return UCharacter.toTitleCase(caseLocale, lower.substring(0, len), null,
          UCharacter.TITLECASE_NO_LOWERCASE | UCharacter.TITLECASE_NO_BREAK_ADJUSTMENT)
          + lower.substring(len);
    }
    boolean degMixed = !deg.equals(lower) && !deg.equals(UCharacter.toUpperCase(caseLocale, deg));
    return degMixed ? deg : lower;
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import io.github.restore4j.text.Folding;
import java.util.List;

/**
 * What a degradation did to one line, read from the degraded text alone: a line with digits kept
 * its digits; a line with letters but not one mark had its diacritics stripped; a line with both
 * capitals and small letters kept its case; a line with punctuation kept it (a tokenizer's output).
 * Punctuation deleted or turned into spaces, underscores and joined compounds need no detection:
 * pieces and their keys see through them.
 *
 * <p>Decided per line, because a file may mix lines degraded in different ways (web text where some
 * people type Vietnamese without marks). Where a line is too short to tell (four words without a
 * mark may be Vietnamese stripped of its marks, or English), the decided lines around it tell (the
 * run it sits in: the nearest decided line before and after, when they agree), else the file's
 * majority, which is only a prior. Evidence of diacritics is a combining mark (after NFD), never one
 * of the letters that stripping the marks leaves in place ({@code ł ı ø đ ß æ œ}): removing the
 * nonspacing marks turns {@code "Zażółć gęślą jaźń"} into {@code "Zazołc gesla jazn"}, and
 * {@code "Işık"} into {@code "Isık"}.
 *
 * <pre>{@code
 * DegradedProfile.detect(List.of("hội nghị g20 ở ấn độ", "hoi nghi o an do hom nay"))
 *   // [STRICT_DIGITS; LOOSE_DIGITS with the alternative LOOSE: the line shows no digit, the
 *   //  file does, so digits kept is a guess worth a second try]
 * }</pre>
 *
 * @param folding     the key both sides are compared under for this line
 * @param caseKept    whether the copy's letter case is evidence of where a line came from
 * @param punctuation whether the copy's punctuation is evidence of where a line came from
 * @param alternative the folding to try when the line does not align cleanly under {@code folding}
 *                    because a part of it was a guess (digits or marks the line is too short or too
 *                    plain to show), or {@code null} when the line itself decided
 */
record DegradedProfile(Folding folding, boolean caseKept, boolean punctuation, Folding alternative) {

  /** A profile decided by the line itself. */
  DegradedProfile(Folding folding, boolean caseKept, boolean punctuation) {
    this(folding, caseKept, punctuation, null);
  }

  /** This profile keyed under its {@link #alternative()} (which then has none). */
  DegradedProfile withAlternative() {
    if (alternative == null) {
      throw new IllegalStateException("no alternative to " + folding);
    }
    return new DegradedProfile(alternative, caseKept, punctuation, null);
  }

  /**
   * How unlikely a line without a mark must be in a copy that kept its marks before it counts as
   * stripped: with {@code r} the share of words with a mark in the lines that have one, a line of
   * {@code w} words has none with probability about {@code (1 - r)^w}. Vietnamese (r near 0.8)
   * decides at three words; Polish (r near 0.3) at nine; Russian, whose only marks are й and ё, at
   * about thirty, so its lines keep the file's verdict; a file without a single mark is stripped (or
   * has nothing to strip, which keys the same).
   */
  static final double STRIPPED_CHANCE = 0.05;
  /** The fewest words that decide "stripped", whatever the share of marked words. */
  static final int STRIPPED_WORDS = 3;
  /** Words a line of one letter case needs to count as having lost its case (all small or capitals). */
  static final int CASE_WORDS = 3;
  /** Words a line without punctuation needs to count as having lost it. */
  static final int PUNCTUATION_WORDS = 5;
  /** Words a line needs before a guessed marks verdict is worth a second try under the other one. */
  static final int ALTERNATIVE_WORDS = 3;

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  /**
   * Code points below this (Latin with its extensions and Vietnamese, Greek, Cyrillic, …) take their
   * properties from {@link #FLAGS}: five ICU lookups per letter of a lowercase text were a twentieth
   * of the time per restored line.
   */
  private static final int TABLE_SIZE = 0x2000;
  private static final int DIGIT = 1;
  private static final int LETTER = 2;
  private static final int UPPER = 4;
  private static final int LOWER = 8;
  private static final int DIACRITIC = 16;
  private static final int MARK = 32;
  private static final int SPACE = 64;
  private static final byte[] FLAGS = flags();

  /** A verdict on one property of a line: what the line shows, or nothing. */
  private static final byte UNKNOWN = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;

  private static byte[] flags() {
    byte[] flags = new byte[TABLE_SIZE];
    for (int cp = 0; cp < TABLE_SIZE; cp++) {
      flags[cp] = (byte) lookUp(cp);
    }
    return flags;
  }

  /** The flags of {@code cp} from ICU: what {@link #FLAGS} holds below {@link #TABLE_SIZE}. */
  private static int lookUp(int cp) {
    int f = 0;
    if (UCharacter.isDigit(cp)) {
      f |= DIGIT;
    }
    if (UCharacter.isLetter(cp)) {
      f |= LETTER;
      f |= UCharacter.isUUppercase(cp) ? UPPER : 0;
      f |= UCharacter.isULowercase(cp) ? LOWER : 0;
      f |= decomposesWithMark(cp) ? DIACRITIC : 0;
    }
    if (UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK) {
      f |= MARK;
    }
    if (UCharacter.isWhitespace(cp) || UCharacter.isSpaceChar(cp)) {
      f |= SPACE;
    }
    return f;
  }

  /**
   * Whether a letter carries a mark that stripping removes: its NFD has a nonspacing mark.
   * {@code ł ı ø đ ß æ œ} do not decompose and survive NFD-and-remove-marks, so they say nothing.
   */
  static boolean decomposesWithMark(int cp) {
    String d = NFD.getDecomposition(cp);
    if (d == null) {
      return false;
    }
    for (int i = 0; i < d.length(); ) {
      int c = d.codePointAt(i);
      i += Character.charCount(c);
      if (UCharacter.getType(c) == UCharacter.NON_SPACING_MARK) {
        return true;
      }
    }
    return false;
  }

  /** The profile of {@code text} read as one line (every verdict from the text itself). */
  static DegradedProfile detect(String text) {
    return detect(List.of(text))[0];
  }

  /**
   * One profile per line: what each line shows, and for what it cannot show, its run's or the
   * file's verdict, with the other folding as an {@link #alternative()} to try.
   */
  static DegradedProfile[] detect(List<String> lines) {
    int n = lines.size();
    byte[] marks = new byte[n];
    byte[] digits = new byte[n];
    byte[] caseKept = new byte[n];
    byte[] punct = new byte[n];
    boolean[] letters = new boolean[n];
    int[] words = new int[n];
    Evidence[] evidence = new Evidence[n];
    long markedWords = 0;
    long wordsOfMarkedLines = 0;
    for (int l = 0; l < n; l++) {
      Evidence e = Evidence.of(lines.get(l));
      evidence[l] = e;
      if (e.marks) {
        markedWords += e.markedWords;
        wordsOfMarkedLines += e.words;
      }
    }
    int strippedWords = strippedWords(markedWords, wordsOfMarkedLines);
    for (int l = 0; l < n; l++) {
      Evidence e = evidence[l];
      letters[l] = e.words > 0;
      words[l] = e.words;
      marks[l] = e.marks ? YES : e.words >= strippedWords ? NO : UNKNOWN;
      digits[l] = e.digits ? YES : UNKNOWN;
      caseKept[l] = e.upper && e.lower ? YES : e.words >= CASE_WORDS ? NO : UNKNOWN;
      punct[l] = e.punct ? YES : e.words >= PUNCTUATION_WORDS ? NO : UNKNOWN;
    }
    // a file that never shows a digit deleted them (or has none): no other verdict to try
    boolean anyDigits = false;
    for (byte d : digits) {
      anyDigits |= d == YES;
    }
    boolean[] marksOf = settle(marks, true);
    boolean[] caseOf = settle(caseKept, false);
    boolean[] punctOf = settle(punct, false);
    DegradedProfile[] out = new DegradedProfile[n];
    for (int l = 0; l < n; l++) {
      boolean keepDigits = digits[l] == YES || anyDigits;
      boolean stripped = letters[l] && !marksOf[l];
      Folding folding = Folding.of(stripped, keepDigits);
      boolean guessDigits = digits[l] == UNKNOWN && anyDigits;
      // only a guess of "marks kept" is worth a second try: the loose key matches all the strict does
      boolean guessMarks = letters[l] && marks[l] == UNKNOWN && !stripped && words[l] >= ALTERNATIVE_WORDS;
      Folding alternative = guessDigits || guessMarks
          ? Folding.of(guessMarks != stripped, guessDigits != keepDigits) : null;
      out[l] = new DegradedProfile(folding, caseOf[l], punctOf[l], alternative);
    }
    return out;
  }

  /** Words without a mark that make a line stripped ({@link #STRIPPED_CHANCE}). */
  private static int strippedWords(long markedWords, long words) {
    if (markedWords == 0) {
      return Integer.MAX_VALUE; // no line shows a mark: every line keeps the file's verdict
    }
    double share = Math.min(0.9, (double) markedWords / words);
    int w = (int) Math.ceil(Math.log(STRIPPED_CHANCE) / Math.log1p(-share));
    return Math.max(STRIPPED_WORDS, w);
  }

  /**
   * The verdict per line: the line's own, else the nearest decided lines' before and after when
   * they agree, else the majority of decided lines ({@code tie} when as many say yes as no, false
   * when no line decides).
   */
  private static boolean[] settle(byte[] verdicts, boolean tie) {
    int n = verdicts.length;
    int yes = 0;
    int no = 0;
    for (byte v : verdicts) {
      yes += v == YES ? 1 : 0;
      no += v == NO ? 1 : 0;
    }
    boolean prior = yes > no || yes == no && yes > 0 && tie;
    byte[] before = new byte[n];
    byte last = UNKNOWN;
    for (int l = 0; l < n; l++) {
      before[l] = last;
      if (verdicts[l] != UNKNOWN) {
        last = verdicts[l];
      }
    }
    boolean[] out = new boolean[n];
    byte next = UNKNOWN;
    for (int l = n - 1; l >= 0; l--) {
      byte v = verdicts[l];
      if (v == UNKNOWN) {
        v = before[l] == next && next != UNKNOWN ? next : UNKNOWN;
      }
      out[l] = v == UNKNOWN ? prior : v == YES;
      if (verdicts[l] != UNKNOWN) {
        next = verdicts[l];
      }
    }
    return out;
  }

  /** What one line shows. */
  private static final class Evidence {
    boolean digits;
    boolean marks;
    boolean upper;
    boolean lower;
    boolean punct;
    /** Runs of letters and marks (digits apart): words as the verdicts count them. */
    int words;
    /** Words with a mark. */
    int markedWords;

    static Evidence of(String text) {
      Evidence e = new Evidence();
      boolean inWord = false;
      boolean wordMarked = false;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        boolean letter = false;
        boolean mark = false;
        if (cp < 0x80) {
          if (cp >= '0' && cp <= '9') {
            e.digits = true;
          } else if (cp >= 'a' && cp <= 'z') {
            letter = e.lower = true;
          } else if (cp >= 'A' && cp <= 'Z') {
            letter = e.upper = true;
          } else if (cp > ' ' && cp != '_' && cp != 0x7F) {
            e.punct = true;
          }
        } else {
          int f = cp < TABLE_SIZE ? FLAGS[cp] : lookUp(cp);
          if ((f & DIGIT) != 0) {
            e.digits = true;
          } else if ((f & LETTER) != 0) {
            letter = true;
            e.upper |= (f & UPPER) != 0;
            e.lower |= (f & LOWER) != 0;
            mark = (f & DIACRITIC) != 0;
          } else if ((f & MARK) != 0) {
            letter = inWord;
            mark = true;
          } else if ((f & SPACE) == 0) {
            e.punct = true;
          }
        }
        if (letter && !inWord) {
          e.words++;
          wordMarked = false;
        }
        if (mark) {
          e.marks = true;
          if (letter && !wordMarked) {
            e.markedWords++;
            wordMarked = true;
          }
        }
        inWord = letter;
      }
      return e;
    }
  }
}

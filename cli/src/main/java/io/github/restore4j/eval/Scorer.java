// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.degrade.PunctuationMode;
import io.github.restore4j.restore.LineStatus;
import io.github.restore4j.text.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Scores restored lines against their references under one degradation.
 *
 * <pre>{@code
 * Scorer s = new Scorer(DegradeOptions.seed());
 * Scorer.Tally t = new Scorer.Tally();
 * s.score("mỹ nga có thể", "Mỹ, Nga có thể", "Mỹ, Nga có thể", true, LineStatus.RESTORED, t);
 * t.freeze().exactRate()  // 1.0
 * }</pre>
 *
 * <p>How a line is scored:
 * <ol>
 *   <li>Fidelity: the output, degraded again with the profile's options less typos, must be the
 *       input.
 *   <li>An uncovered line counts only for fidelity and for being left unchanged.
 *   <li>Output and reference are cut into {@link WordSpans} under the profile's punctuation mode;
 *       by fidelity both have the words of the input, so word {@code i} of one is word {@code i} of
 *       the other. (When the counts differ the line is misaligned: every word counts as wrong, every
 *       output mark as a false positive, every reference mark as a miss.)
 *   <li>Per word: case is right when every letter has the reference's case; marks are right when
 *       the letters with their marks, case-folded, equal the reference's (Vietnamese tone placement
 *       included). A word whose bare letters differ from the reference's has a typo: its case counts
 *       as right when its case pattern (lower, Title, UPPER, mixed) is the reference's, and it is
 *       not scored for marks.
 *   <li>Per slot (before the first word, between two words, inside each word, after the last):
 *       number tokens (digits, with {@code . , / : -} between digits; only where digits are not
 *       kept) and punctuation marks ({@link MarkClass}) of the output are matched with the
 *       reference's as multisets of exact strings and code points.
 *   <li>Exact: output equals reference once white space runs are one space, a typo word being
 *       taken as the reference's word when its case pattern and inner marks are right.
 * </ol>
 *
 * <p>Thread-safe; a {@link Tally} is not and belongs to one thread.
 */
final class Scorer {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final int CLASSES = MarkClass.values().length;

  private final Degrader again;
  private final PunctuationMode mode;
  private final boolean keepDigits;

  Scorer(DegradeOptions options) {
    Objects.requireNonNull(options, "options");
    this.again = Degrader.create(options.typoRate() > 0 ? options.toBuilder().typoRate(0).build() : options);
    this.mode = options.punctuation();
    this.keepDigits = options.keepDigits();
  }

  /** Mutable counters behind {@link Scores}; one per thread, added up with {@link #add}. */
  static final class Tally {
    long lines;
    long covered;
    long exact;
    long faithful;
    long restored;
    long partial;
    long unchanged;
    long misaligned;
    long words;
    long caseCorrect;
    long diacriticWords;
    long diacriticCorrect;
    long typoWords;
    final long[] markTp = new long[CLASSES];
    final long[] markPredicted = new long[CLASSES];
    final long[] markExpected = new long[CLASSES];
    long numberTp;
    long numberPredicted;
    long numberExpected;
    long uncovered;
    long uncoveredUnchanged;

    void add(Tally o) {
      lines += o.lines;
      covered += o.covered;
      exact += o.exact;
      faithful += o.faithful;
      restored += o.restored;
      partial += o.partial;
      unchanged += o.unchanged;
      misaligned += o.misaligned;
      words += o.words;
      caseCorrect += o.caseCorrect;
      diacriticWords += o.diacriticWords;
      diacriticCorrect += o.diacriticCorrect;
      typoWords += o.typoWords;
      for (int c = 0; c < CLASSES; c++) {
        markTp[c] += o.markTp[c];
        markPredicted[c] += o.markPredicted[c];
        markExpected[c] += o.markExpected[c];
      }
      numberTp += o.numberTp;
      numberPredicted += o.numberPredicted;
      numberExpected += o.numberExpected;
      uncovered += o.uncovered;
      uncoveredUnchanged += o.uncoveredUnchanged;
    }

    Scores freeze() {
      List<Counts> marks = new ArrayList<>(CLASSES);
      for (int c = 0; c < CLASSES; c++) {
        marks.add(Counts.of(markTp[c], markPredicted[c], markExpected[c]));
      }
      return new Scores(lines, covered, exact, faithful, restored, partial, unchanged, misaligned, words,
          caseCorrect, diacriticWords, diacriticCorrect, typoWords, marks,
          Counts.of(numberTp, numberPredicted, numberExpected), uncovered, uncoveredUnchanged);
    }
  }

  /**
   * Scores one line.
   *
   * @param input     the degraded line
   * @param output    what the system made of it
   * @param reference the clean text it came from
   * @param covered   whether a sibling of it is in the pool
   * @param status    how the system says it fared ({@link LineStatus#EMPTY} counts as unchanged)
   * @return whether the line is right: faithful, and exact (covered) or left unchanged (uncovered)
   */
  boolean score(String input, String output, String reference, boolean covered, LineStatus status, Tally t) {
    output = NFC.normalize(output);
    reference = NFC.normalize(reference);
    t.lines++;
    boolean faithful = again.degradeLine(output).equals(input);
    if (faithful) {
      t.faithful++;
    }
    if (!covered) {
      t.uncovered++;
      if (output.equals(input)) {
        t.uncoveredUnchanged++;
        return faithful;
      }
      return false;
    }
    t.covered++;
    switch (status) {
      case RESTORED -> t.restored++;
      case PARTIAL -> t.partial++;
      default -> t.unchanged++;
    }
    WordSpans o = WordSpans.of(output, mode, keepDigits);
    WordSpans r = WordSpans.of(reference, mode, keepDigits);
    Slot a = new Slot();
    Slot b = new Slot();
    if (o.size() != r.size()) {
      t.misaligned++;
      t.words += r.size();
      t.diacriticWords += r.size();
      a.scan(output, 0, output.length(), keepDigits);
      b.scan(reference, 0, reference.length(), keepDigits);
      for (int i = 0; i < a.markCount; i++) {
        t.markPredicted[(int) (a.marks[i] & 7)]++;
      }
      for (int i = 0; i < b.markCount; i++) {
        t.markExpected[(int) (b.marks[i] & 7)]++;
      }
      t.numberPredicted += a.numbers.size();
      t.numberExpected += b.numbers.size();
      return false;
    }
    final int n = o.size();
    StringBuilder normalized = new StringBuilder(output.length());
    for (int i = 0; i < n; i++) {
      compare(a.scan(output, o.gapStart(i), o.gapEnd(i), keepDigits),
          b.scan(reference, r.gapStart(i), r.gapEnd(i), keepDigits), t);
      normalized.append(output, o.gapStart(i), o.gapEnd(i));
      String ow = o.word(i);
      String rw = r.word(i);
      boolean innerRight = compare(a.scan(output, o.start(i), o.end(i), keepDigits),
          b.scan(reference, r.start(i), r.end(i), keepDigits), t);
      t.words++;
      boolean typo = !Folding.LOOSE.key(ow).equals(Folding.LOOSE.key(rw));
      boolean caseRight;
      if (typo) {
        t.typoWords++;
        caseRight = casePattern(ow) == casePattern(rw);
      } else {
        caseRight = caseSignature(ow).equals(caseSignature(rw));
        t.diacriticWords++;
        if (markSignature(ow).equals(markSignature(rw))) {
          t.diacriticCorrect++;
        }
      }
      if (caseRight) {
        t.caseCorrect++;
      }
      normalized.append(typo && caseRight && innerRight ? rw : ow);
    }
    compare(a.scan(output, o.gapStart(n), o.gapEnd(n), keepDigits),
        b.scan(reference, r.gapStart(n), r.gapEnd(n), keepDigits), t);
    normalized.append(output, o.gapStart(n), o.gapEnd(n));
    if (collapseSpace(normalized).equals(collapseSpace(reference))) {
      t.exact++;
      return faithful;
    }
    return false;
  }

  /** Adds one slot's matches; returns whether output and reference agree on it completely. */
  private static boolean compare(Slot a, Slot b, Tally t) {
    boolean same = a.markCount == b.markCount && a.numbers.size() == b.numbers.size();
    int i = 0;
    int j = 0;
    while (i < a.markCount && j < b.markCount) {
      if (a.marks[i] == b.marks[j]) {
        t.markTp[(int) (a.marks[i] & 7)]++;
        i++;
        j++;
      } else if (a.marks[i] < b.marks[j]) {
        i++;
        same = false;
      } else {
        j++;
        same = false;
      }
    }
    for (int k = 0; k < a.markCount; k++) {
      t.markPredicted[(int) (a.marks[k] & 7)]++;
    }
    for (int k = 0; k < b.markCount; k++) {
      t.markExpected[(int) (b.marks[k] & 7)]++;
    }
    List<String> x = a.numbers;
    List<String> y = b.numbers;
    i = 0;
    j = 0;
    while (i < x.size() && j < y.size()) {
      int c = x.get(i).compareTo(y.get(j));
      if (c == 0) {
        t.numberTp++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
        same = false;
      } else {
        j++;
        same = false;
      }
    }
    t.numberPredicted += x.size();
    t.numberExpected += y.size();
    return same && i == x.size() && j == y.size();
  }

  /**
   * The punctuation marks and number tokens of {@code text[from, to)}, sorted; marks encoded as
   * {@code codePoint * 8 + MarkClass.ordinal()}. Reused between calls.
   */
  static final class Slot {
    long[] marks = new long[16];
    int markCount;
    final List<String> numbers = new ArrayList<>();

    Slot scan(String text, int from, int to, boolean keepDigits) {
      markCount = 0;
      numbers.clear();
      int i = from;
      while (i < to) {
        int cp = text.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (WordSpans.isNumber(cp) && keepDigits) {
          i = next; // a kept digit is part of its word, and what stands between digits is punctuation
          continue;
        }
        if (WordSpans.isNumber(cp)) {
          int j = next;
          while (j < to) {
            int c = text.codePointAt(j);
            if (WordSpans.isNumber(c) || WordSpans.isMark(c)) {
              j += Character.charCount(c);
            } else if (isNumberConnector(c) && j + 1 < to && WordSpans.isNumber(text.codePointAt(j + 1))) {
              j += 1;
            } else {
              break;
            }
          }
          numbers.add(text.substring(i, j));
          i = j;
          continue;
        }
        if (WordSpans.isPunctuation(cp)) {
          boolean insideWord = i > 0 && next < text.length()
              && WordSpans.isLetter(text.codePointBefore(i)) && WordSpans.isLetter(text.codePointAt(next));
          if (markCount == marks.length) {
            marks = Arrays.copyOf(marks, markCount * 2);
          }
          marks[markCount++] = (long) cp * 8 + MarkClass.of(cp, insideWord).ordinal();
        }
        i = next;
      }
      Arrays.sort(marks, 0, markCount);
      numbers.sort(null);
      return this;
    }
  }

  /** Between two digits, these belong to the number ("4/10", "1.000", "10:30", "1990-2000"). */
  private static boolean isNumberConnector(int cp) {
    return cp == '.' || cp == ',' || cp == '/' || cp == ':' || cp == '-';
  }

  /** One char per letter: 'U' upper or title case, 'l' lower case, '-' neither. */
  static String caseSignature(String word) {
    String d = NFD.normalize(word);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      if (!WordSpans.isLetter(cp)) {
        continue;
      }
      if (UCharacter.isUUppercase(cp) || UCharacter.getType(cp) == UCharacter.TITLECASE_LETTER) {
        sb.append('U');
      } else if (UCharacter.isULowercase(cp)) {
        sb.append('l');
      } else {
        sb.append('-');
      }
    }
    return sb.toString();
  }

  /** The case pattern of a word: 0 lower, 1 Title, 2 UPPER, 3 mixed. */
  static int casePattern(String word) {
    String s = caseSignature(word);
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == 'U') {
        upper++;
      }
    }
    if (upper == 0) {
      return 0;
    }
    if (upper == 1 && s.charAt(0) == 'U') {
      return 1;
    }
    return upper == s.length() ? 2 : 3;
  }

  /** Letters case-folded with their marks, in NFD; everything else dropped. */
  static String markSignature(String word) {
    String d = NFD.normalize(word);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      if (WordSpans.isLetter(cp)) {
        sb.appendCodePoint(UCharacter.foldCase(cp, true));
      } else if (WordSpans.isMark(cp)) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  /** White space runs as one space, none at the ends. */
  static String collapseSpace(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      if (UCharacter.isUWhiteSpace(cp)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }
}

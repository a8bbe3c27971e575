// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import com.ibm.icu.lang.UCharacter;
import java.util.EnumSet;
import java.util.Set;

/**
 * Counts what a rendered line changed against the copy: words whose case or marks changed, marks
 * inserted inside words (joiners) and between them, number tokens brought back. Stateless.
 *
 * <pre>{@code
 * // "hồi tháng ngoại trưởng" rendered "Hồi tháng 3, Ngoại trưởng"
 * ChangeCounter.count(line, map, draft)   // 2 case changes, 1 punctuation mark, 1 number; CASE, PUNCTUATION, NUMBER
 * }</pre>
 */
final class ChangeCounter {
  private ChangeCounter() {}

  /** What one line changed: the counts of {@link RestoreStats} and the kinds of change. */
  record LineChanges(int caseChanges, int markChanges, int punctuation, int numbers, Set<ChangeKind> kinds) {}

  static LineChanges count(LinePlan line, PieceMap map, Draft d) {
    int caseChanges = 0;
    int markChanges = 0;
    int punctuationMarks = 0;
    int numberTokens = 0;
    Set<ChangeKind> changes = EnumSet.noneOf(ChangeKind.class);
    for (int i = 0; i < line.size; i++) {
      String deg = line.piece(i);
      String out = d.piece[i];
      if (out.equals(deg)) {
        continue;
      }
      if (map.kind[i] == MatchKind.SPLIT) {
        if (!out.isEmpty()) {
          numberTokens++;
          changes.add(ChangeKind.NUMBER); // the digits that split the word come back inside it
        }
        continue;
      }
      if (!caseSignature(out).equals(caseSignature(deg))) {
        caseChanges++;
        changes.add(ChangeKind.CASE);
      }
      if (!WordForms.markSignature(out).equals(line.markSignature(i))) {
        markChanges++;
        changes.add(ChangeKind.MARKS);
      }
      if (punctuation(out) > 0) {
        punctuationMarks += punctuation(out);
        changes.add(ChangeKind.JOINER);
      }
    }
    for (int i = 0; i <= line.size; i++) {
      if (!d.sepFromSibling[i]) {
        continue;
      }
      String deg = line.separator(i);
      int p = punctuation(d.sep[i]) - punctuation(deg);
      if (p > 0) {
        punctuationMarks += p;
        changes.add(ChangeKind.PUNCTUATION);
      }
      int nums = numbers(d.sep[i]) - numbers(deg);
      if (nums > 0) {
        numberTokens += nums;
        changes.add(ChangeKind.NUMBER);
      }
    }
    return new LineChanges(caseChanges, markChanges, punctuationMarks, numberTokens, changes);
  }

  private static String caseSignature(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.isLetter(cp)) {
        sb.append(UCharacter.isUUppercase(cp) || UCharacter.isTitleCase(cp) ? 'U' : 'l');
      }
    }
    return sb.toString();
  }

  private static int punctuation(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!WordForms.isSpace(c) && !Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        n++;
      }
    }
    return n;
  }

  /** Number tokens: maximal runs of digits and the separators inside them ("17/9", "100.000"). */
  private static int numbers(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        if (!in) {
          n++;
          in = true;
        }
      } else if (WordForms.isSpace(c) || Character.isLetter(c)) {
        in = false;
      }
    }
    return n;
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import io.github.restore4j.text.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeded character noise inside one word.
 *
 * <p>The word is cut into clusters (a code point and the marks after it, so a letter keeps its accents).
 * Each letter cluster draws a typo with probability {@code rate}; the typo is one of four, equally
 * likely:
 *
 * <ol>
 *   <li>substitute: replace it by a different letter cluster of the same word (so the letter stays in
 *       the word's script and case);
 *   <li>delete: drop it, unless it is the word's last remaining letter;
 *   <li>insert: keep it and put a letter cluster of the same word after it;
 *   <li>transpose: swap it with the next cluster if that is a different letter.
 * </ol>
 *
 * A typo that cannot apply (no different letter to substitute, a sole letter to delete, nothing to
 * swap with) becomes an insert. Digits, punctuation and marks on their own are never touched and no
 * white space is ever produced, so word boundaries stay where they were. The random sequence is
 * SplitMix64 seeded from the options' seed, the word's position in its line and the word itself.
 */
final class Typos {
  private static final int SUBSTITUTE = 0;
  private static final int DELETE = 1;
  private static final int INSERT = 2;
  private static final int TRANSPOSE = 3;

  private Typos() {}

  static String apply(String word, double rate, long seed, int position) {
    Mix random = new Mix(Mix.mix(seed) ^ Mix.mix(Mix.fnv(word) + position));
    List<String> clusters = clusters(word);
    int n = clusters.size();
    boolean[] letter = new boolean[n];
    List<String> letters = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      letter[k] = Chars.isLetter(clusters.get(k).codePointAt(0));
      if (letter[k]) {
        letters.add(clusters.get(k));
      }
    }
    int lettersLeft = letters.size();
    StringBuilder out = new StringBuilder(word.length() + 4);
    boolean changed = false;
    for (int k = 0; k < n; k++) {
      String c = clusters.get(k);
      if (!letter[k] || random.nextDouble() >= rate) {
        out.append(c);
        continue;
      }
      changed = true;
      int op = random.nextInt(4);
      if (op == SUBSTITUTE) {
        String other = pickOther(letters, c, random);
        if (other != null) {
          out.append(other);
          continue;
        }
      } else if (op == DELETE) {
        if (lettersLeft > 1) {
          lettersLeft--;
          continue;
        }
      } else if (op == TRANSPOSE) {
        if (k + 1 < n && letter[k + 1] && !clusters.get(k + 1).equals(c)) {
          out.append(clusters.get(k + 1)).append(c);
          k++;
          continue;
        }
      }
      // INSERT, and the fallback of a typo that cannot apply.
      out.append(c).append(letters.get(random.nextInt(letters.size())));
      lettersLeft++;
    }
    return changed ? out.toString() : word;
  }

  private static String pickOther(List<String> letters, String c, Mix random) {
    int others = 0;
    for (String l : letters) {
      if (!l.equals(c)) {
        others++;
      }
    }
    if (others == 0) {
      return null;
    }
    int pick = random.nextInt(others);
    for (String l : letters) {
      if (!l.equals(c) && pick-- == 0) {
        return l;
      }
    }
    throw new AssertionError("unreachable");
  }

  private static List<String> clusters(String word) {
    List<String> clusters = new ArrayList<>(word.length());
    int start = 0;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (i > start && !Chars.isMark(cp)) {
        clusters.add(word.substring(start, i));
        start = i;
      }
      i += Character.charCount(cp);
    }
    if (start < word.length()) {
      clusters.add(word.substring(start));
    }
    return clusters;
  }
}

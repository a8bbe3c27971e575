// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level recognition errors, as a speech recognizer makes them: words replaced, dropped, or
 * followed by an inserted word.
 *
 * <pre>{@code
 * WordErrors.apply(List.of("WE", "EXPECT", "REVENUE", "TO", "GROW", "IN", "THE", "QUARTER"), 0.25, 3)
 * // e.g. [WE, EXPECT, REVANUE, TO, THE, GROW, IN, QUARTER]: a look-alike edit, an insertion, a drop
 * }</pre>
 *
 * <p>Each word is hit with probability {@code rate}; a hit is, with these shares:
 * <ul>
 *   <li>1/4: replaced by another word of the same line (a real word of the text, a different one);
 *   <li>1/4: a look-alike or sound-alike edit of itself: a vowel replaced by another vowel of its
 *       script (Latin {@code a e i o u}, Cyrillic {@code а е и о у}), or, without a vowel, its last
 *       letter doubled; words of one letter are replaced instead;
 *   <li>1/4: dropped (never the line's only word);
 *   <li>1/4: kept, and followed by a short word (at most three letters) of the line, as filler.
 * </ul>
 * Decisions depend only on the seed, the word and its position, so a text always gets the same
 * errors. Stateless.
 */
final class WordErrors {
  private static final String LATIN_VOWELS = "aeiouAEIOU";
  private static final String CYRILLIC_VOWELS = "аеиоуАЕИОУ";

  private WordErrors() {}

  static List<String> apply(List<String> words, double rate, long seed) {
    if (rate == 0 || words.isEmpty()) {
      return words;
    }
    List<String> shortWords = new ArrayList<>();
    for (String w : words) {
      if (w.codePointCount(0, w.length()) <= 3) {
        shortWords.add(w);
      }
    }
    List<String> out = new ArrayList<>(words.size() + words.size() / 8);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      Mix random = new Mix(Mix.mix(seed ^ 0x3C6EF372FE94F82BL) ^ Mix.mix(Mix.fnv(w) + i));
      if (random.nextDouble() >= rate) {
        out.add(w);
        continue;
      }
      switch (random.nextInt(4)) {
        case 0 -> out.add(other(words, w, random));
        case 1 -> out.add(w.codePointCount(0, w.length()) > 1 ? lookAlike(w, random) : other(words, w, random));
        case 2 -> {
          if (words.size() == 1) {
            out.add(w);
          }
        }
        default -> {
          out.add(w);
          if (!shortWords.isEmpty()) {
            out.add(shortWords.get(random.nextInt(shortWords.size())));
          }
        }
      }
    }
    if (out.isEmpty()) {
      out.add(words.get(0));
    }
    return out;
  }

  /** Another word of the line, or {@code w} when the line has no other. */
  private static String other(List<String> words, String w, Mix random) {
    for (int attempt = 0; attempt < 4; attempt++) {
      String o = words.get(random.nextInt(words.size()));
      if (!o.equals(w)) {
        return o;
      }
    }
    return w;
  }

  /** One vowel replaced by another vowel of its script, or the last letter doubled. */
  private static String lookAlike(String w, Mix random) {
    List<Integer> vowels = new ArrayList<>();
    for (int i = 0; i < w.length(); i++) {
      if (LATIN_VOWELS.indexOf(w.charAt(i)) >= 0 || CYRILLIC_VOWELS.indexOf(w.charAt(i)) >= 0) {
        vowels.add(i);
      }
    }
    if (vowels.isEmpty()) {
      int last = w.codePointBefore(w.length());
      return w + new String(Character.toChars(last));
    }
    int at = vowels.get(random.nextInt(vowels.size()));
    char c = w.charAt(at);
    String set = LATIN_VOWELS.indexOf(c) >= 0 ? LATIN_VOWELS : CYRILLIC_VOWELS;
    int half = set.length() / 2;
    int base = set.indexOf(c) >= half ? half : 0;
    char replacement = set.charAt(base + (set.indexOf(c) - base + 1 + random.nextInt(half - 1)) % half);
    return w.substring(0, at) + replacement + w.substring(at + 1);
  }
}

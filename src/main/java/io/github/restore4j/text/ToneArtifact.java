// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.text;

import com.ibm.icu.text.Normalizer2;

/**
 * The seed copies' tone-mark artifact, the one rule both the test-data maker ({@code degrade}) and
 * the restorer apply: where punctuation follows a word that ends in {@code i} or {@code y}, the
 * word's last tone-type mark moves onto that final letter.
 *
 * <pre>{@code
 * ToneArtifact.apply("nói.")        // "noí."      Vietnamese, as in the seed pair 004 → 001
 * ToneArtifact.apply("này.")        // "naỳ."
 * ToneArtifact.apply("problémy,")   // "problemý,"  Czech: any letter may stand before the y
 * ToneArtifact.apply("příručky.")   // "přiručký."  the caron of ř stays
 * ToneArtifact.apply("nói")         // "nói"        no punctuation after it: the same String
 * }</pre>
 *
 * <p>The rule, on the NFD form of a white-space-delimited token (a word with any punctuation
 * attached): the token's last letter is {@code i}, {@code y}, {@code I} or {@code Y} without a tone
 * mark; the code point right after it (and its marks) is punctuation (not a letter, mark, number or
 * white space); and an earlier letter of the same word (the unbroken run of letters and marks that
 * ends with the i/y) carries a tone mark ({@link Folding#isToneMark(int)}: grave, acute, tilde, hook
 * above, dot below). The last such mark is removed from its letter and put on the final i/y; other
 * marks (caron, circumflex, breve, horn, ogonek, diaeresis) stay. The result is NFC.
 *
 * <p>The seed pair shows it on Vietnamese, where the toned vowel always stands right before the
 * final i/y; the same degradation also turns Czech {@code "problémy,"} into {@code "problemý"}, so
 * the rule does not ask for a vowel there. On the Vietnamese evaluation corpora both readings give
 * the same result for every token. Stateless and thread-safe.
 */
public final class ToneArtifact {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private ToneArtifact() {}

  /**
   * The token as the artifact leaves it (NFC), or {@code token} itself when the rule does not apply.
   *
   * @throws NullPointerException if {@code token} is null
   */
  public static String apply(String token) {
    if (token.length() < 3 || Chars.isAscii(token)) {
      return token; // fast path: no room for letter + i/y + punctuation, or no mark at all
    }
    String d = NFD.normalize(token);
    // The last letter cluster [lastStart, lastEnd): a letter and the marks after it.
    int lastStart = -1;
    int lastEnd = -1;
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      if (Chars.isLetter(cp)) {
        lastStart = i - Character.charCount(cp);
        i = skipMarks(d, i);
        lastEnd = i;
      }
    }
    if (lastStart <= 0 || lastEnd >= d.length() || !Chars.isPunctuation(d.codePointAt(lastEnd))) {
      return token; // no letter before the last one, or no punctuation right after it
    }
    char glide = d.charAt(lastStart);
    if (glide != 'i' && glide != 'y' && glide != 'I' && glide != 'Y' || toneIn(d, lastStart + 1, lastEnd) >= 0) {
      return token;
    }
    int tone = lastToneBefore(d, lastStart);
    if (tone < 0) {
      return token;
    }
    String moved = d.substring(0, tone) + d.substring(tone + 1, lastEnd) + d.charAt(tone) + d.substring(lastEnd);
    return NFC.normalize(moved);
  }

  /**
   * The word as the artifact leaves it when {@code next} (one punctuation code point, or empty for
   * none) follows it: the restorer's question "what would the copy show here?".
   *
   * <pre>{@code
   * ToneArtifact.apply("problémy", ",")   // "problemý"
   * ToneArtifact.apply("problémy", "")    // "problémy"
   * }</pre>
   *
   * @throws NullPointerException if an argument is null
   */
  public static String apply(String word, String next) {
    if (next.isEmpty()) {
      return apply(word);
    }
    String t = apply(word + next);
    return t.substring(0, t.length() - next.length());
  }

  /**
   * Index of the last tone mark in the word that ends at {@code end} (the run of letters and marks
   * before it), or -1 (tones are single chars).
   */
  private static int lastToneBefore(String d, int end) {
    for (int i = end; i > 0; ) {
      int cp = d.codePointBefore(i);
      i -= Character.charCount(cp);
      if (Folding.isToneMark(cp)) {
        return i;
      }
      if (!Chars.isLetter(cp) && !Chars.isMark(cp)) {
        return -1;
      }
    }
    return -1;
  }

  private static int skipMarks(String d, int i) {
    while (i < d.length()) {
      int cp = d.codePointAt(i);
      if (!Chars.isMark(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** Index of the first tone mark in {@code d[from, to)}, or -1. */
  private static int toneIn(String d, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Folding.isToneMark(d.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

}

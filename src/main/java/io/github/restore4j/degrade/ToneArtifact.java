package io.github.restore4j.degrade;

import com.ibm.icu.text.Normalizer2;

/**
 * The seed pair's tone-mark artifact; see {@link Degrader#toneArtifact(String)}.
 *
 * <p>Works on the NFD form, where a Vietnamese letter is a base letter followed by its marks, the tone
 * (U+0300 grave, U+0301 acute, U+0303 tilde, U+0309 hook above, U+0323 dot below) among them. The
 * circumflex (U+0302), breve (U+0306) and horn (U+031B) are not tones and stay where they are. The
 * moved tone is appended to the marks of the final i/y and NFC puts it in canonical order.
 */
final class ToneArtifact {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private ToneArtifact() {}

  static boolean isTone(int cp) {
    return cp == 0x300 || cp == 0x301 || cp == 0x303 || cp == 0x309 || cp == 0x323;
  }

  static String apply(String token) {
    if (token.length() < 3 || Chars.isAscii(token)) {
      return token; // fast path: no room for vowel + i/y + punctuation, or no tone at all
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
    int glide = d.charAt(lastStart);
    if (glide != 'i' && glide != 'y' && glide != 'I' && glide != 'Y' || toneIn(d, lastStart + 1, lastEnd) >= 0) {
      return token;
    }
    int prevStart = clusterStart(d, lastStart);
    if (prevStart < 0 || !isVowel(d.charAt(prevStart))) {
      return token;
    }
    int tone = toneIn(d, prevStart + 1, lastStart);
    if (tone < 0) {
      return token;
    }
    String moved = d.substring(0, tone) + d.substring(tone + 1, lastEnd) + d.charAt(tone) + d.substring(lastEnd);
    return NFC.normalize(moved);
  }

  /** Start of the letter cluster that ends at {@code end}, or -1 if the code point there is no letter. */
  private static int clusterStart(String d, int end) {
    int i = end;
    while (i > 0) {
      int cp = d.codePointBefore(i);
      i -= Character.charCount(cp);
      if (!Chars.isMark(cp)) {
        return Chars.isLetter(cp) ? i : -1;
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

  /** Index of the first tone mark in {@code d[from, to)}, or -1 (tones are single chars). */
  private static int toneIn(String d, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isTone(d.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isVowel(char c) {
    return "aeiouyAEIOUY".indexOf(c) >= 0;
  }
}

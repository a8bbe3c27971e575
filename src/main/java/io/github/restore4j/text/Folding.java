// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * The key under which a degraded piece and a clean piece count as the same word: what survives of
 * a word under a degradation, so that only form (case, tone placement, stripped marks) is ignored.
 *
 * <pre>{@code
 * Folding.STRICT.key("Nói")        // equals Folding.STRICT.key("noí"): case and tone placement ignored
 * Folding.STRICT.key("G20")        // "g"        digits are not part of the word
 * Folding.STRICT_DIGITS.key("G20") // "g20"
 * Folding.LOOSE.key("Mỹ")          // "my"       for copies whose diacritics were stripped
 * }</pre>
 *
 * <p>Keys are case-folded (simple, locale-independent case folding) and in NFD. In {@link #STRICT}
 * keys, the Vietnamese tone marks (U+0300, U+0301, U+0303, U+0309, U+0323) are moved to the end of
 * the key in their order of appearance, so a key does not depend on which vowel carries the tone:
 * {@code "hòa"}/{@code "hoà"} and the degraded {@code "noí"}/{@code "nói"} compare equal, while
 * {@code "nói"} and {@code "nòi"} do not. The dot of a lowercased {@code "İ"} (U+0307) is dropped and
 * the dotless {@code "ı"} keyed as {@code "i"}, so Turkish and neutral lowercasing meet. {@link #LOOSE} keys drop every mark and fold letters that
 * do not decompose ({@code đ} → {@code d}, {@code ł} → {@code l}, {@code ø} → {@code o}); they use the
 * same letter folding as {@link #stripDiacritics(String)}. A key is empty when the text has no
 * letter (and, with digits, no digit): such text is invisible to the degradation.
 * Instances are immutable and thread-safe.
 */
public enum Folding {
  /** Marks kept, digits dropped. */
  STRICT(false, false),
  /** Marks kept, digits kept. */
  STRICT_DIGITS(false, true),
  /** Marks dropped, digits dropped. */
  LOOSE(true, false),
  /** Marks dropped, digits kept. */
  LOOSE_DIGITS(true, true);

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final boolean loose;
  private final boolean digits;

  Folding(boolean loose, boolean digits) {
    this.loose = loose;
    this.digits = digits;
  }

  /** The folding for a copy that keeps digits or not, and kept its diacritics or not. */
  public static Folding of(boolean stripMarks, boolean keepDigits) {
    if (stripMarks) {
      return keepDigits ? LOOSE_DIGITS : LOOSE;
    }
    return keepDigits ? STRICT_DIGITS : STRICT;
  }

  public boolean stripsMarks() {
    return loose;
  }

  public boolean keepsDigits() {
    return digits;
  }

  /** The key of the whole text. */
  public String key(CharSequence text) {
    return key(text, 0, text.length());
  }

  /** The key of {@code text[from, to)}. */
  public String key(CharSequence text, int from, int to) {
    if (isAscii(text, from, to)) {
      return asciiKey(text, from, to);
    }
    StringBuilder out = new StringBuilder(to - from);
    appendNonAsciiKey(text, from, to, out);
    return out.toString();
  }

  /**
   * Appends the key of {@code text[from, to)} to {@code out}: the same characters as
   * {@link #key(CharSequence, int, int)} returns, without a {@code String} per call (a caller that
   * only looks the key up reuses one builder).
   *
   * <pre>{@code
   * StringBuilder sb = new StringBuilder();
   * Folding.STRICT.appendKey("Nói G20", 0, 3, sb);  // sb holds the key of "Nói"
   * }</pre>
   */
  public void appendKey(CharSequence text, int from, int to, StringBuilder out) {
    if (isAscii(text, from, to)) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          out.append((char) (c + 32));
        } else if (c >= 'a' && c <= 'z' || digits && c >= '0' && c <= '9') {
          out.append(c);
        }
      }
      return;
    }
    appendNonAsciiKey(text, from, to, out);
  }

  private static boolean isAscii(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The general path: NFD, then code point by code point. Tone marks go after everything else, in
   * their order (a second pass over the NFD text appends them, so no second builder is needed).
   * The code points most text consists of after NFD — ASCII, the combining marks U+0300–U+036F
   * (all nonspacing) and the basic Cyrillic letters U+0400–U+045F — are decided here without the
   * four ICU property lookups of the general case, with the same result; that took the time of
   * keying a Vietnamese or Russian line down by about a third.
   */
  private void appendNonAsciiKey(CharSequence text, int from, int to, StringBuilder out) {
    CharSequence piece = text.subSequence(from, to);
    // most non-Latin letters (Cyrillic, CJK) do not decompose: skip the normalizer for them
    String d = NFD.spanQuickCheckYes(piece) == piece.length() ? piece.toString() : NFD.normalize(piece);
    boolean tones = false;
    int n = d.length();
    for (int i = 0; i < n; ) {
      char c = d.charAt(i);
      if (c < 0x80) {
        i++;
        if (c >= 'A' && c <= 'Z') {
          out.append((char) (c + 32));
        } else if (c >= 'a' && c <= 'z' || digits && c >= '0' && c <= '9') {
          out.append(c);
        }
        continue;
      }
      if (c >= 0x0300 && c <= 0x036F) {
        // combining diacritical marks: all nonspacing, all word characters
        i++;
        if (loose || c == 0x0307) {
          continue;
        }
        if (isToneMark(c)) {
          tones = true;
        } else {
          out.append(c);
        }
        continue;
      }
      if (c >= 0x0400 && c <= 0x045F) {
        // basic Cyrillic: letters; capitals fold to the small letters 0x20 (А-Я) or 0x50 (Ѐ-Џ) above
        i++;
        out.append(c >= 0x0430 ? c : c >= 0x0410 ? (char) (c + 0x20) : (char) (c + 0x50));
        continue;
      }
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      int type = UCharacter.getType(cp);
      boolean mark = type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK
          || type == UCharacter.COMBINING_SPACING_MARK;
      if (mark) {
        if (loose || cp == 0x0307 || !Pieces.isWordChar(cp)) {
          // U+0307 is the dot of a lowercased "İ" (root locale); a Turkish lowercasing drops it.
          // Variation selectors belong to the emoji before them, not to a word.
          continue;
        }
        if (isToneMark(cp)) {
          tones = true;
        } else {
          out.appendCodePoint(cp);
        }
        continue;
      }
      if (UCharacter.isDigit(cp)) {
        if (digits) {
          out.append((char) ('0' + UCharacter.digit(cp, 10)));
        }
        continue;
      }
      if (!UCharacter.isLetter(cp)) {
        continue;
      }
      int folded = UCharacter.foldCase(cp, true);
      if (folded == 'ı') {
        folded = 'i'; // Turkish dotless i: "I" lowercases to "ı" or "i" depending on the locale
      }
      if (loose) {
        folded = foldLetter(folded);
      }
      out.appendCodePoint(folded);
    }
    if (tones) {
      // every tone mark of the NFD text was collected (they are BMP nonspacing word characters)
      for (int i = 0; i < n; i++) {
        char c = d.charAt(i);
        if (isToneMark(c)) {
          out.append(c);
        }
      }
    }
  }

  private String asciiKey(CharSequence text, int from, int to) {
    char[] buf = new char[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        buf[n++] = (char) (c + 32);
      } else if (c >= 'a' && c <= 'z') {
        buf[n++] = c;
      } else if (digits && c >= '0' && c <= '9') {
        buf[n++] = c;
      }
    }
    return new String(buf, 0, n);
  }

  /** Whether a code point is one of the five Vietnamese tone marks (combining form). */
  public static boolean isToneMark(int cp) {
    return cp == 0x0300 || cp == 0x0301 || cp == 0x0303 || cp == 0x0309 || cp == 0x0323;
  }

  /**
   * Removes every diacritic, as a degradation that strips them does: NFD, nonspacing marks
   * (general category Mn) removed, letters that do not decompose folded by a small table (đ Đ → d D,
   * ł Ł → l L, ø Ø → o O, ħ Ħ → h H, ŧ Ŧ → t T, ɨ → i, ı → i), back to NFC. Case is kept; returns
   * {@code text} itself when nothing changes.
   *
   * <pre>{@code
   * Folding.stripDiacritics("Mỹ, Nga có thể")  // "My, Nga co the"
   * }</pre>
   */
  public static String stripDiacritics(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return text;
    }
    String d = NFD.normalize(text);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK) {
        continue;
      }
      out.appendCodePoint(foldLetter(cp));
    }
    String folded = NFC.normalize(out);
    return folded.equals(text) ? text : folded;
  }

  /** Whether a letter carries a diacritic: it decomposes with a mark, or is one of {@code đ ł ø …}. */
  public static boolean hasDiacritic(int cp) {
    String d = NFD.getDecomposition(cp);
    if (d != null) {
      for (int i = 0; i < d.length(); ) {
        int c = d.codePointAt(i);
        i += Character.charCount(c);
        if (UCharacter.getType(c) == UCharacter.NON_SPACING_MARK) {
          return true;
        }
      }
    }
    return foldLetter(cp) != cp;
  }

  /** Letters with a diacritic that Unicode does not decompose, mapped to their base letter. */
  static int foldLetter(int cp) {
    switch (cp) {
      case 'đ': return 'd';
      case 'Đ': return 'D';
      case 'ł': return 'l';
      case 'Ł': return 'L';
      case 'ø': return 'o';
      case 'Ø': return 'O';
      case 'ħ': return 'h';
      case 'Ħ': return 'H';
      case 'ŧ': return 't';
      case 'Ŧ': return 'T';
      case 'ƀ': return 'b';
      case 'ɨ': return 'i';
      case 'ı': return 'i';
      default: return cp;
    }
  }
}

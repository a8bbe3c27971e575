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
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return asciiKey(text, from, to);
    }
    CharSequence piece = text.subSequence(from, to);
    // most non-Latin letters (Cyrillic, CJK) do not decompose: skip the normalizer for them
    String d = NFD.spanQuickCheckYes(piece) == piece.length() ? piece.toString() : NFD.normalize(piece);
    StringBuilder out = new StringBuilder(d.length());
    StringBuilder tones = null;
    for (int i = 0; i < d.length(); ) {
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
          if (tones == null) {
            tones = new StringBuilder(2);
          }
          tones.appendCodePoint(cp);
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
    if (tones != null) {
      out.append(tones);
    }
    return out.toString();
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

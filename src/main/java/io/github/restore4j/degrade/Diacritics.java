package io.github.restore4j.degrade;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

/**
 * Folds letters to their base letters; see {@link Degrader#stripDiacritics(String)}.
 *
 * <p>Letters with a stroke or bar do not decompose in Unicode, so a small table maps them:
 * đ Đ → d D, ł Ł → l L, ø Ø → o O, ħ Ħ → h H, ŧ Ŧ → t T, and the dotless ı → i. Everything else comes
 * from NFD followed by removing nonspacing marks (general category Mn).
 */
final class Diacritics {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private Diacritics() {}

  static String strip(String text) {
    if (Chars.isAscii(text)) {
      return text; // fast path: nothing to fold
    }
    String d = NFD.normalize(text);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.getType(cp) == UCharacterCategory.NON_SPACING_MARK) {
        continue;
      }
      out.appendCodePoint(fold(cp));
    }
    String folded = NFC.normalize(out);
    return folded.equals(text) ? text : folded;
  }

  /** The base letter of a letter that does not decompose, or {@code cp} itself. */
  static int fold(int cp) {
    switch (cp) {
      case 'đ':
        return 'd';
      case 'Đ':
        return 'D';
      case 'ł':
        return 'l';
      case 'Ł':
        return 'L';
      case 'ø':
        return 'o';
      case 'Ø':
        return 'O';
      case 'ħ':
        return 'h';
      case 'Ħ':
        return 'H';
      case 'ŧ':
        return 't';
      case 'Ŧ':
        return 'T';
      case 'ı':
        return 'i';
      default:
        return cp;
    }
  }
}

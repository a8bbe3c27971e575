package io.github.restore4j.normalize;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;

/**
 * One pass over a text that tells which steps could change it, so that clean text costs one scan
 * (plus ICU's NFC quick check when it has characters from U+0300 up) instead of one scan per step.
 *
 * <p>Flags are conservative: a set flag means "this step must look", never "this step will
 * change something"; a clear flag means the step would return its input unchanged. A test runs
 * every step on inputs of the test data whatever the flags say and checks that the result is the
 * same.
 *
 * <h2>The loop</h2>
 * One table lookup per char gives an {@code int} whose high half holds the flags the char raises
 * by itself (a control character, a line break, a typographic quote...) and whose low byte holds
 * its role in the two contextual checks, which run without branches:
 * <ul>
 *   <li>a space run: a space or tab ({@link #S}) followed by another or by a line break ({@link #N});
 *   <li>a mixed word: the script bits ({@link #L}, {@link #C}) of a run of word characters
 *       ({@link #W}; letters, marks, apostrophes) are OR-ed, and reset by anything else.
 * </ul>
 * The few chars that need a look at their neighbours ({@link #X}: a toned vowel, a Latin-1 letter
 * that may start windows-1252 mojibake, Cyrillic letters that may start windows-1251 mojibake)
 * take a branch. Measured on a shared 2-core machine: ~0.7 ns a char on Ukrainian news, about
 * what ICU's NFC quick check takes.
 */
final class Prescan {
  /** A character the Unicode step removes: C0/C1 controls, zero-width characters, BOM. */
  static final int REMOVABLE = 1;
  /** A character that is not NFKC-inert by itself: NFKC must look. */
  static final int NFKC_CHECK = 1 << 1;
  /** A character that is not NFC-inert by itself (a combining mark, a singleton...): NFC must look. */
  static final int NFC_CHECK = 1 << 2;
  /** A line break other than {@code \n}. */
  static final int LINE_BREAK = 1 << 3;
  /** Two spaces in a row, or a space before a line break or at the end. */
  static final int SPACE_RUN = 1 << 4;
  /** A space separator other than U+0020 and tab. */
  static final int ODD_SPACE = 1 << 5;
  /** An ASCII quote, apostrophe or hyphen. */
  static final int ASCII_QUOTE = 1 << 6;
  /** A typographic quote, apostrophe or dash. */
  static final int FANCY_QUOTE = 1 << 7;
  /** A Latin-1 letter U+00C0..U+00FF: legacy Vietnamese read as windows-1252 has them. */
  static final int LATIN1_LETTER = 1 << 8;
  /** Two UTF-8 sequences as windows-1251 shows them ("РџСЂ", "вЂ”"). */
  static final int CP1251_PAIR = 1 << 9;
  /** A box-drawing or math sign that UTF-8 read as KOI8-R produces. */
  static final int KOI8_SIGN = 1 << 10;
  /** A word with both Latin and Cyrillic letters. */
  static final int MIXED_WORD = 1 << 11;
  /** A Vietnamese tone mark, precomposed or combining. */
  static final int TONE = 1 << 12;
  /** A Latin-1 lead letter followed by what windows-1252 makes of a continuation byte ("Ã©"). */
  static final int CP1252_PAIR = 1 << 13;
  /** A Vietnamese letter that windows-1252 does not have: the text is Unicode Vietnamese. */
  static final int VIETNAMESE_LETTER = 1 << 14;
  /** A tone mark that {@link VietnameseTones#quickValid} cannot vouch for: the tone step must look. */
  static final int TONE_SUSPECT = 1 << 15;

  // Roles in the low byte of a table entry.
  /** A space or tab. */
  static final int S = 1;
  /** A line break. */
  static final int N = 1 << 1;
  /** A Latin letter. */
  static final int L = 1 << 2;
  /** A Cyrillic letter. */
  static final int C = 1 << 3;
  /** Continues a word: letters, combining marks, apostrophes, zero-width characters. */
  static final int W = 1 << 4;
  /** A toned letter: {@link VietnameseTones#quickValid} must look at its neighbours. */
  static final int X_TONE = 1 << 5;
  /** A Latin-1 letter that may be the first byte of UTF-8 read as windows-1252. */
  static final int X_1252 = 1 << 6;
  /** В Г Д Е Р С Т в: the first byte of UTF-8 read as windows-1251? */
  static final int X_1251 = 1 << 7;
  private static final int X = X_TONE | X_1252 | X_1251;
  /** NFC quick check YES and combining class 0: a text of such chars only is in NFC. */
  static final int NFC_OK = 1 << 8;
  /** The same for NFKC. */
  static final int NFKC_OK = 1 << 9;
  private static final int FLAG_SHIFT = 16;

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final int LIMIT = 0x2600;
  private static final int[] TABLE = new int[LIMIT];

  static {
    for (int c = 0; c < LIMIT; c++) {
      TABLE[c] = entry((char) c);
    }
  }

  private Prescan() {}

  /** The table entry of {@code c}: its own flags in the high half, its roles in the low byte. */
  static int entry(char c) {
    int flags = 0;
    int roles = 0;
    int code = c < VietnameseTones.CODES.length ? VietnameseTones.CODES[c] : 0;
    if (c == ' ' || c == '\t') {
      roles = S;
    } else if (c == '\n') {
      roles = N;
    } else if (c == '\r' || c == '\u000B' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
      roles = N;
      flags = LINE_BREAK;
    } else if (c == '\u000C') {
      roles = 0;
    } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      flags = REMOVABLE;
      roles = W; // removed: the word goes on
    } else if (c == '\'') {
      flags = ASCII_QUOTE;
      roles = W;
    } else if (c == '"' || c == '-') {
      flags = ASCII_QUOTE;
    } else if (code != 0) {
      roles = L | W;
      if ((code & VietnameseTones.TONE_MASK) != 0) {
        flags |= TONE;
        roles |= X_TONE;
      }
      if (c >= 0xC0 && c <= 0xFF) {
        flags |= LATIN1_LETTER;
        if (c >= 0xC2 && c <= 0xF4) {
          roles |= X_1252;
        }
      } else if (c >= 0x100) {
        flags |= VIETNAMESE_LETTER;
      }
    } else if (c >= 0x300 && c < 0x370) {
      roles = W;
      if (VietnameseTones.carriesTone(c)) {
        flags = TONE | TONE_SUSPECT;
      }
    } else if (c >= 0xC0 && c <= 0xFF) {
      flags = LATIN1_LETTER;
      roles = c >= 0xC2 && c <= 0xF4 ? X_1252 : 0;
      if (c != 0xD7 && c != 0xF7) {
        roles |= L | W;
      }
    } else if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F
        || c == 0x205F) {
      flags = ODD_SPACE;
      roles = S;
    } else if (c == 0xAB || c == 0xBB || (c >= 0x2010 && c <= 0x2015)
        || (c >= 0x2018 && c <= 0x201F) || c == 0x2039 || c == 0x203A || c == 0x2212) {
      flags = FANCY_QUOTE;
      roles = c == 0x2019 ? W : 0; // a typographic apostrophe does not end a word
    } else if (c == 0x2BC) {
      flags = FANCY_QUOTE;
      roles = W; // the modifier letter apostrophe is a letter
    } else if ((c >= 0x200B && c <= 0x200D) || c == 0x2060) {
      flags = REMOVABLE;
      roles = W;
    } else if (c >= 0x400 && c < 0x530) {
      roles = C | W;
      if ("\u0412\u0413\u0414\u0415\u0420\u0421\u0422\u0432".indexOf(c) >= 0) {
        roles |= X_1251; // В Г Д Е Р С Т в: the lead bytes C2..C5, D0..D2, E2 in windows-1251
      }
    } else if ((c >= 0x2500 && c < 0x2600) || c == 0x2320 || c == 0x2321 || c == 0x2219
        || c == 0x221A || c == 0x2248 || c == 0x2264 || c == 0x2265) {
      flags = KOI8_SIGN;
    } else if (Character.isLetter(c)) {
      roles = c < 0x250 ? L | W : W;
    } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
      roles = W;
    }
    if (inert(NFC, c)) {
      roles |= NFC_OK;
    }
    if (inert(NFKC, c)) {
      roles |= NFKC_OK;
    }
    return flags << FLAG_SHIFT | roles;
  }

  /**
   * True when a text made of such chars only is normalized: quick check YES (nothing can compose
   * with a preceding char) and combining class 0 (nothing to reorder).
   */
  private static boolean inert(Normalizer2 form, char c) {
    return !Character.isSurrogate(c) && form.getCombiningClass(c) == 0
        && form.quickCheck(String.valueOf(c)) == Normalizer.YES;
  }

  private static int entryAbove(char c) {
    if (c == 0x3000) {
      return ODD_SPACE << FLAG_SHIFT | S;
    }
    if (c == 0xFEFF) {
      return REMOVABLE << FLAG_SHIFT | W;
    }
    if (c >= 0x4E00 && c <= 0x9FFF) {
      return W | NFC_OK | NFKC_OK; // CJK unified ideographs: letters, inert in both forms
    }
    return Character.isLetter(c) || Character.isSurrogate(c) ? W : 0;
  }

  static int scan(String s) {
    final int n = s.length();
    final int[] table = TABLE;
    int acc = 0; // OR of all entries
    int and = NFC_OK | NFKC_OK; // AND of all entries' normal-form bits
    int prev = 0; // entry of the previous char
    int word = 0; // script roles of the current word
    int mixed = 0;
    int run = 0;
    int context = 0;
    for (int i = 0; i < n; i++) {
      final char c = s.charAt(i);
      final int k = c < LIMIT ? table[c] : entryAbove(c);
      and &= k;
      acc |= k;
      run |= prev & (k | k >>> 1) & S; // a space, then a space or a line break
      prev = k;
      word = (word & -(k >>> 4 & 1)) | (k & (L | C)); // reset unless W, then add the script
      mixed |= word & word >>> 1; // L and C both set: bit 2
      if ((k & X) != 0) {
        context |= lookAround(s, i, k);
      }
    }
    int flags = acc >>> FLAG_SHIFT | context;
    if ((run & S) != 0 || (prev & S) != 0) {
      flags |= SPACE_RUN;
    }
    if ((mixed & L) != 0) {
      flags |= MIXED_WORD;
    }
    if ((and & NFKC_OK) == 0) {
      flags |= NFKC_CHECK;
    }
    if ((and & NFC_OK) == 0) {
      flags |= NFC_CHECK;
    }
    return flags;
  }

  /** The flags the char at {@code i}, with table entry {@code k}, raises with its neighbours. */
  private static int lookAround(String s, int i, int k) {
    int flags = 0;
    if ((k & X_TONE) != 0 && !VietnameseTones.quickValid(s, i)) {
      flags = TONE_SUSPECT;
    }
    if ((k & (X_1252 | X_1251)) != 0 && i + 1 < s.length()) {
      char next = s.charAt(i + 1);
      if ((k & X_1252) != 0 && Mojibake.isCp1252Continuation(next)) {
        flags |= CP1252_PAIR;
      }
      if ((k & X_1251) != 0 && Mojibake.isCp1251Continuation(next) && Mojibake.cp1251Trigger(s, i)) {
        flags |= CP1251_PAIR;
      }
    }
    return flags;
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * One pass over a text that tells which steps could change it, and on which lines, so that clean
 * text costs one scan (plus ICU's NFC check of the lines that have characters from U+0300 up)
 * instead of one scan per step, and a damaged line costs the steps its own length, not the text's.
 *
 * <p>Flags are conservative: a set flag means "this step must look", never "this step will
 * change something"; a clear flag means the step would return its input unchanged. {@link
 * #scanLines} also records the flags of each line (up to a line feed) that raised one of {@link
 * #LINE_FLAGS}, and the same holds per line: a line without a step's flag is one the step leaves
 * as it is, so the steps run on the recorded lines only (each step's {@code applyToLines} says
 * why that gives the same result as the whole text). Tests run every step on the test data whatever
 * the flags say, and each step on documents of damaged lines both ways, and check that the
 * results are the same.
 *
 * <h2>The loop</h2>
 * One table lookup per char gives an {@code int} whose high half holds the flags the char raises
 * by itself (a control character, a line break, a typographic quote, a char that is not
 * NFC-inert...) and whose low half its roles in the contextual checks, which run without
 * branches: {@code (previous << 1) & current} lights one bit for
 * <ul>
 *   <li>a space ({@link #S}) followed by a space or line break ({@link #SN});
 *   <li>a Latin letter ({@link #L}) followed by a Cyrillic one ({@link #C}), or the reverse
 *       ({@link #C} then {@link #L_HI}) — also with word characters ({@link #WN}: apostrophe,
 *       combining mark, zero-width) between them, through the last char before them (any number
 *       of them: "a" and "с" with 64 combining marks between make a mixed word for the step too);
 *   <li>a mojibake lead followed by a continuation ({@link #LEAD_1252}/{@link #CONT_1252},
 *       {@link #LEAD_1251}/{@link #CONT_1251}, {@link #LEAD_V}/{@link #CONT_V}), which then takes
 *       a branch to the exact check — rare in clean text.
 * </ul>
 * None of these reaches across a line feed, so a line's flags are those it raises alone. Lines
 * with tone marks get a second, equally branch-free pass: {@link VietnameseTones#tonesLookValid}.
 * A text of NFC-inert chars only is in NFC, so clean precomposed text never reaches ICU.
 *
 * <p>Measured with {@code NormalizeBenchmark} (the clean corpora, 4.6 M chars in 30,084 lines;
 * loaded 2-core machine, so rough): the whole pipeline 12-15 ms against 19-20 ms for {@code
 * Normalizer2.normalize} (NFC) alone, of which this scan takes 10-14 ms (the scan before line
 * records took 9-10 ms, and the steps then ran on the whole text: 198-220 ms in all).
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
  /** A tone mark that {@link VietnameseTones#tonesLookValid} cannot vouch for: the tone step must look. */
  static final int TONE_SUSPECT = 1 << 15;
  /**
   * A line with a {@link #LATIN1_LETTER} and no {@link #VIETNAMESE_LETTER}: a line the legacy step
   * reads (decided per line, not per char, so it has no place in the table).
   */
  static final int LEGACY_LINE = 1 << 16;

  // Roles in the low half of a table entry.
  /** A space or tab. */
  static final int S = 1;
  /** A space, tab or line break: after a space, the end of a space run. */
  static final int SN = 1 << 1;
  /** A Latin letter. */
  static final int L = 1 << 2;
  /** A Cyrillic letter. */
  static final int C = 1 << 3;
  /** A Latin letter again, one bit up: Cyrillic then Latin. */
  static final int L_HI = 1 << 4;
  /**
   * A word character that is not a letter: apostrophe, combining mark, zero-width character. The
   * script-change check looks through any run of them.
   */
  static final int WN = 3 << 12;
  /** A Latin-1 letter U+00C2..U+00F4: the first byte of UTF-8 read as windows-1252? */
  static final int LEAD_1252 = 1 << 6;
  /** What windows-1252 (or latin-1) shows for a continuation byte 0x80..0xBF. */
  static final int CONT_1252 = 1 << 7;
  /** В Г Д Е Р С Т: the first byte of a two-byte sequence read as windows-1251? */
  static final int LEAD_1251 = 1 << 8;
  /** What windows-1251 shows for a continuation byte 0x80..0xBF. */
  static final int CONT_1251 = 1 << 9;
  /** в: the first byte E2 of punctuation read as windows-1251? */
  static final int LEAD_V = 1 << 10;
  /** Ђ Ѓ ‚ ѓ „: the second byte 0x80..0x84 of punctuation read as windows-1251. */
  static final int CONT_V = 1 << 11;
  private static final int PAIRS = CONT_1252 | CONT_1251 | CONT_V;
  private static final int MIXED = C | L_HI;
  private static final int FLAG_SHIFT = 16;

  /**
   * The flags that {@link #scanLines} also reports per line: those of the steps that run on the
   * lines that raised them only (all but the quotes; the legacy step where a text mixes lines).
   */
  static final int LINE_FLAGS = CP1252_PAIR | CP1251_PAIR | KOI8_SIGN | MIXED_WORD | TONE
      | TONE_SUSPECT | REMOVABLE | NFC_CHECK | NFKC_CHECK | LINE_BREAK | SPACE_RUN | ODD_SPACE
      | LEGACY_LINE;

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final int LIMIT = 0x2600;
  private static final int[] TABLE = new int[LIMIT];

  static {
    for (int c = 0; c < LIMIT; c++) {
      TABLE[c] = entry((char) c);
    }
  }

  /** Line records of the last scan: start, end, flags. */
  private int[] lines = new int[3 * 16];
  private int lineCount;

  /** Whether {@link #scanLines} looks for {@link #TONE_SUSPECT} lines. */
  private final boolean toneSuspects;

  /** Scratch for {@link #scanLines}: one per call of the pipeline, never shared between threads. */
  Prescan() {
    this(true);
  }

  /**
   * As {@link #Prescan()}; without {@code toneSuspects}, lines with tone marks are not checked for
   * {@link #TONE_SUSPECT}, which only the tone step reads: a pipeline without it (the restorer's)
   * spent a twentieth of a whole restore job's time on that check (issue 12).
   */
  Prescan(boolean toneSuspects) {
    this.toneSuspects = toneSuspects;
  }

  /** The table entry of {@code c}: its own flags in the high half, its roles in the low half. */
  static int entry(char c) {
    int flags = 0;
    int roles = 0;
    int code = c < VietnameseTones.CODES.length ? VietnameseTones.CODES[c] : 0;
    if (c == ' ' || c == '\t') {
      roles = S | SN;
    } else if (c == '\n') {
      roles = SN;
    } else if (c == '\r' || c == '\u000B' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
      roles = SN;
      flags = LINE_BREAK;
    } else if (c == '\u000C') {
      roles = 0;
    } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      flags = REMOVABLE;
      roles = WN; // removed: the word goes on
    } else if (c == '\'') {
      flags = ASCII_QUOTE;
      roles = WN;
    } else if (c == '"' || c == '-') {
      flags = ASCII_QUOTE;
    } else if (code != 0) {
      roles = L | L_HI;
      if ((code & VietnameseTones.TONE_MASK) != 0) {
        flags |= TONE;
      }
      if (c >= 0xC0 && c <= 0xFF) {
        flags |= LATIN1_LETTER;
      } else if (c >= 0x100) {
        flags |= VIETNAMESE_LETTER;
      }
    } else if (c >= 0x300 && c < 0x370) {
      roles = WN;
      if (VietnameseTones.carriesTone(c)) {
        flags = TONE | TONE_SUSPECT;
      }
    } else if (c >= 0xC0 && c <= 0xFF) {
      flags = LATIN1_LETTER;
      if (c != 0xD7 && c != 0xF7) {
        roles |= L | L_HI;
      }
    } else if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F
        || c == 0x205F) {
      flags = ODD_SPACE;
      roles = S | SN;
    } else if (c == 0xAB || c == 0xBB || (c >= 0x2010 && c <= 0x2015)
        || (c >= 0x2018 && c <= 0x201F) || c == 0x2039 || c == 0x203A || c == 0x2212) {
      flags = FANCY_QUOTE;
      roles = c == 0x2019 ? WN : 0; // a typographic apostrophe does not end a word
    } else if (c == 0x2BC) {
      flags = FANCY_QUOTE;
      roles = WN; // the modifier letter apostrophe is a letter
    } else if ((c >= 0x200B && c <= 0x200D) || c == 0x2060) {
      flags = REMOVABLE;
      roles = WN;
    } else if (c >= 0x400 && c < 0x530) {
      roles = C;
    } else if ((c >= 0x2500 && c < 0x2600) || c == 0x2320 || c == 0x2321 || c == 0x2219
        || c == 0x221A || c == 0x2248 || c == 0x2264 || c == 0x2265) {
      flags = KOI8_SIGN;
    } else if (Character.isLetter(c)) {
      roles = c < 0x250 ? L | L_HI : 0;
    } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
      roles = WN;
    }
    if (c >= 0xC2 && c <= 0xF4) {
      roles |= LEAD_1252;
    }
    int b1252 = Codepage.WINDOWS_1252.encode(c);
    if (c >= 0x80 && b1252 >= 0x80 && b1252 <= 0xBF) {
      roles |= CONT_1252;
    }
    if (Mojibake.isCp1251Lead(c)) {
      roles |= c == '\u0432' ? LEAD_V : LEAD_1251;
    }
    int b1251 = Codepage.WINDOWS_1251.encode(c);
    if (c >= 0x80 && b1251 >= 0x80 && b1251 <= 0xBF) {
      roles |= CONT_1251;
      if (b1251 <= 0x84) {
        roles |= CONT_V;
      }
    }
    if (!inert(NFC, c)) {
      flags |= NFC_CHECK;
    }
    if (!inert(NFKC, c)) {
      flags |= NFKC_CHECK;
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
      return (ODD_SPACE | NFKC_CHECK) << FLAG_SHIFT | S | SN;
    }
    if (c == 0xFEFF) {
      return REMOVABLE << FLAG_SHIFT | WN;
    }
    if (c >= 0x4E00 && c <= 0x9FFF) {
      return 0; // CJK unified ideographs: inert in both forms
    }
    return (NFC_CHECK | NFKC_CHECK) << FLAG_SHIFT;
  }

  /** The flags of {@code s}, without line records; for callers that need no more. */
  static int scan(String s) {
    return new Prescan().scanLines(s);
  }

  /**
   * The flags of {@code s}, and a record of each line ({@code \n}-terminated, or the last) that
   * raised one of {@link #LINE_FLAGS}: see {@link #lines()}. The contextual checks cannot see
   * across a line feed (it has no role but {@link #SN}, which shifted is {@link #L}, a bit no check
   * reads), so a line's flags are the flags it would raise as a text of its own.
   */
  int scanLines(String s) {
    final int n = s.length();
    final int[] table = TABLE;
    int flags = 0; // of the lines done
    int prev = 0; // entry of the previous char
    int word = 0; // entry of the last char that is not a word character (WN): marks are transparent
    lineCount = 0;
    // Line by line: String.indexOf finds the line feed (vectorized), and the loop over the line's
    // chars, line feed included, stays without a branch per char.
    for (int start = 0; start <= n; ) {
      int feed = s.indexOf('\n', start);
      int end = feed < 0 ? n : feed;
      int stop = feed < 0 ? n : feed + 1;
      int acc = 0; // OR of the entries of this line
      int pairs = 0; // OR of (prev << 1) & entry: space runs, script changes, mojibake pairs
      int gapped = 0; // the same across a run of word characters: script changes
      int context = 0;
      for (int i = start; i < stop; i++) {
        final char c = s.charAt(i);
        final int k = c < LIMIT ? table[c] : entryAbove(c);
        acc |= k;
        final int pair = (prev << 1) & k;
        pairs |= pair;
        gapped |= (word << 1) & k;
        if ((pair & PAIRS) != 0) {
          context |= lookAround(s, i, pair);
        }
        prev = k;
        word = (k & WN) != 0 ? word : k;
      }
      int line = lineFlags(acc, pairs, gapped, context);
      if (feed < 0 && (prev & S) != 0) {
        line |= SPACE_RUN; // a space at the end of the text
      }
      flags |= line;
      if ((line & LINE_FLAGS) != 0) {
        record(start, end, line);
      }
      start = stop;
      if (feed < 0) {
        break;
      }
    }
    if ((flags & TONE) != 0 && toneSuspects) {
      flags |= toneSuspects(s);
    }
    return flags;
  }

  private static int lineFlags(int acc, int pairs, int gapped, int context) {
    int flags = acc >>> FLAG_SHIFT | context;
    if ((pairs & SN) != 0) {
      flags |= SPACE_RUN;
    }
    if (((pairs | gapped) & MIXED) != 0) {
      flags |= MIXED_WORD;
    }
    if ((flags & (LATIN1_LETTER | VIETNAMESE_LETTER)) == LATIN1_LETTER) {
      flags |= LEGACY_LINE;
    }
    return flags;
  }

  /**
   * Raises {@link #TONE_SUSPECT} on each recorded line with precomposed tone marks that {@link
   * VietnameseTones#tonesLookValid} cannot vouch for; returns it when it raised it anywhere.
   */
  private int toneSuspects(String s) {
    final int[] r = lines;
    int suspect = 0;
    for (int k = 0; k < lineCount; k++) {
      int f = r[3 * k + 2];
      if ((f & (TONE | TONE_SUSPECT)) == TONE
          && !VietnameseTones.tonesLookValid(s, r[3 * k], r[3 * k + 1])) {
        r[3 * k + 2] = f | TONE_SUSPECT;
        suspect = TONE_SUSPECT;
      }
    }
    return suspect;
  }

  private void record(int start, int end, int flags) {
    if (3 * lineCount == lines.length) {
      lines = Arrays.copyOf(lines, 2 * lines.length);
    }
    lines[3 * lineCount] = start;
    lines[3 * lineCount + 1] = end;
    lines[3 * lineCount + 2] = flags;
    lineCount++;
  }

  /**
   * The lines of the last {@link #scanLines} that raised one of {@link #LINE_FLAGS}, in text order:
   * three ints each, the line's start, its end (the index of its {@code \n}, or the text's length)
   * and its flags. Valid up to {@code 3 * lineCount()}; the array is reused by the next scan.
   */
  int[] lines() {
    return lines;
  }

  int lineCount() {
    return lineCount;
  }

  /** The flags a lead at {@code i - 1} followed by a continuation at {@code i} raises. */
  private static int lookAround(String s, int i, int pair) {
    int flags = 0;
    if ((pair & CONT_1252) != 0) {
      flags |= CP1252_PAIR;
    }
    if ((pair & (CONT_1251 | CONT_V)) != 0 && Mojibake.cp1251Trigger(s, i - 1)) {
      flags |= CP1251_PAIR;
    }
    return flags;
  }
}

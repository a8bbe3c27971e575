// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

/**
 * Step 6: UTF-8 that went through a wrong single-byte decode, once or twice, read back.
 *
 * <pre>{@code
 * "cafÃ©"                     -> "café"          (UTF-8 read as windows-1252)
 * "â\u0080\u0099"            -> "’"             (read as latin-1)
 * "РџСЂРёРІРµС‚"              -> "Привет"        (read as windows-1251)
 * "п÷п╟я│п╦п╩п╦п╧"          -> "Василий"       (read as KOI8-R)
 * "ÃƒÂ©"                     -> "é"             (two layers)
 * }</pre>
 *
 * <h2>How</h2>
 * For each code page, the text is read as the bytes that code page would have produced from it.
 * A <em>region</em> is a stretch of valid multi-byte UTF-8 sequences, possibly with ASCII between
 * them; characters that are neither end it. A region is decoded when the repair is unambiguous:
 * <ul>
 *   <li>windows-1252: one sequence is enough — a Latin-1 letter followed by one of the 64 symbols
 *       that continuation bytes become ("Ã©") does not occur in real text — but a lone two-byte
 *       sequence must decode to a Latin, Greek or basic Cyrillic letter or symbol (German "Fuß“"
 *       would decode to an NKo letter and is left alone);
 *   <li>windows-1251: two sequences in a row, one of three bytes that decodes to punctuation
 *       ("вЂ”"), or one glued to a Latin word ("underlinedВ\u00A0"), because a single pair such as
 *       "Сё" or "Пі" is ordinary Russian or Ukrainian, and "дії" reads as one three-byte sequence
 *       (U+4CFF); and every decoded character is one that
 *       text in a Cyrillic code page plausibly held: Latin-1, Latin Extended-A, modern Cyrillic,
 *       punctuation, €, №, ™;
 *   <li>KOI8-R: two sequences, or one glued to a Latin word ("TrumpБ─≥s"), one of them showing a
 *       box-drawing or math sign (every Cyrillic letter does), decoding to the same plausible
 *       characters;
 *   <li>windows-1252: every decoded character is assigned, not a control, surrogate, private-use
 *       character or U+FFFD.
 * </ul>
 * A C1 control (U+0080..U+009F) is accepted in a decoded word of more than one sequence when a
 * code page's next round reads every one of them on: it is a byte that a layer below showed as
 * such — latin-1's 0x80..0x9F, windows-1252's undefined 0x81 0x8D 0x8F 0x90 0x9D ("Я" is D1 8F),
 * windows-1251's undefined 0x98.
 *
 * A line whose only mojibake is quoted samples — one sequence standing alone next to a quotation
 * mark, {@code jak “Ã©” czy Ã¨”} — is left as it is: a text about encodings shows them on purpose,
 * while real damage puts sequences inside words ("cafÃ©") or whole words of them. One other region
 * on the line, and every region is decoded.
 *
 * <p>The code pages are tried in turn until nothing changes, at most three rounds, which undoes two
 * layers. Output is in the normal form of the decoded bytes (the Unicode step follows).
 */
final class Mojibake {
  private static final Codepage[] CODEPAGES = Codepage.values();
  private static final int MAX_ROUNDS = 3;
  private static final int EXAMPLE_LENGTH = 40;

  private Mojibake() {}

  /** True when {@code c} is what windows-1251 makes of a UTF-8 continuation byte. */
  static boolean isCp1251Continuation(char c) {
    int b = Codepage.WINDOWS_1251.encode(c);
    return b >= 0x80 && b <= 0xBF;
  }

  /**
   * The windows-1251 chars whose bytes lead a sequence that can decode to a plausible char:
   * В Г Д Е (C2..C5: Latin-1 and Latin Extended-A), Р С Т (D0..D2: Cyrillic), в (E2: punctuation).
   */
  static boolean isCp1251Lead(char c) {
    return "\u0412\u0413\u0414\u0415\u0420\u0421\u0422\u0432".indexOf(c) >= 0;
  }

  /** True when {@code c} is what windows-1252 (or latin-1) makes of a UTF-8 continuation byte. */
  static boolean isCp1252Continuation(char c) {
    int b = Codepage.WINDOWS_1252.encode(c);
    return b >= 0x80 && b <= 0xBF;
  }

  /**
   * True when what starts at {@code i} is windows-1251 mojibake beyond reasonable doubt: two UTF-8
   * sequences in a row ("РџСЂ"), or one of three bytes that decodes to punctuation ("вЂ”"). A
   * single pair such as "Пі" or a three-byte one such as "дії" (U+4CFF) is ordinary Ukrainian.
   */
  static boolean cp1251Trigger(String s, int i) {
    if (!isCp1251Lead(s.charAt(i))) {
      return false;
    }
    int len = sequenceLength(s, i, Codepage.WINDOWS_1251);
    if (len == 0) {
      return false;
    }
    if (gluedToLatin(s, i, len)) {
      return true;
    }
    if (len == 2) {
      return i + 2 < s.length() && sequenceLength(s, i + 2, Codepage.WINDOWS_1251) > 0;
    }
    return len == 3 && isCyrillicWorld(decodeOne(s, i, len, Codepage.WINDOWS_1251))
        && decodeOne(s, i, len, Codepage.WINDOWS_1251) >= 0x2000;
  }

  /**
   * True when the sequence at {@code i} touches an ASCII letter: "underlinedВ\u00A0",
   * "TrumpБ─≥s". Cyrillic text does not glue a capital and a sign to a Latin word.
   */
  private static boolean gluedToLatin(String s, int i, int len) {
    return i > 0 && isAsciiLetter(s.charAt(i - 1))
        || i + len < s.length() && isAsciiLetter(s.charAt(i + len));
  }

  private static boolean isAsciiLetter(char c) {
    return (char) ((c | 0x20) - 'a') < 26;
  }

  static String apply(String s, ChangeLog log) {
    return rounds(s, 0, 0, false, log);
  }

  /**
   * The rounds of {@link #apply} on the whole text from round {@code round}, code page {@code
   * cp}, where {@code changed} tells whether that round has changed something yet.
   */
  private static String rounds(String s, int round, int cp, boolean changed, ChangeLog log) {
    String t = s;
    for (; round < MAX_ROUNDS; round++, cp = 0, changed = false) {
      for (; cp < CODEPAGES.length; cp++) {
        String u = fix(t, CODEPAGES[cp], log);
        if (u != t) {
          t = u;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    return t;
  }

  /**
   * {@link #apply} on the lines of {@code s} that {@link Prescan#scanLines} recorded with a
   * mojibake flag, each as a text of its own; the same result, changes and order of changes.
   *
   * <p>A region can span lines: the line feed is ASCII. Then its trigger, sequence count and
   * "lone pair" are the whole region's, and decoding the lines one by one could differ — so before
   * each code page, each line is checked against its neighbours (the nearest non-ASCII chars
   * above and below): a region crosses a line feed exactly when the last non-ASCII run before it
   * ends with a complete sequence and the first non-ASCII char after it starts one (the alignment
   * of sequences within a run does not depend on what came before the run). When one would, the
   * rest runs on the whole text, from the same round and code page. Lines without a flag never
   * change: a region of them alone has no trigger (the Prescan's flags are the triggers, and they
   * are line-local).
   *
   * @param lines {@link Prescan#lines()}: start, end, flags per line
   */
  static String applyToLines(String s, int[] lines, int lineCount, ChangeLog log) {
    final int mask = Prescan.CP1252_PAIR | Prescan.CP1251_PAIR | Prescan.KOI8_SIGN;
    int units = 0;
    for (int k = 0; k < lineCount; k++) {
      if ((lines[3 * k + 2] & mask) != 0) {
        units++;
      }
    }
    // Per unit (a flagged line): start, end, and its neighbours in s: the non-ASCII run that ends
    // last before it (start, end) and the first non-ASCII char after it; NONE when there is none,
    // UNIT when the nearest non-ASCII chars belong to the unit before or after (decoding keeps
    // non-ASCII chars non-ASCII, so that stays true).
    final int[] u = new int[5 * units];
    final String[] parts = new String[units];
    int prevEnd = -1;
    for (int k = 0, j = 0; k < lineCount; k++) {
      if ((lines[3 * k + 2] & mask) == 0) {
        continue;
      }
      int start = lines[3 * k];
      int end = lines[3 * k + 1];
      u[5 * j] = start;
      u[5 * j + 1] = end;
      int q = start - 1;
      while (q > prevEnd && s.charAt(q) < 0x80) {
        q--;
      }
      if (q > prevEnd) {
        u[5 * j + 3] = q + 1;
        while (q > 0 && s.charAt(q - 1) >= 0x80) {
          q--;
        }
        u[5 * j + 2] = q;
      } else {
        u[5 * j + 2] = prevEnd < 0 ? NONE : UNIT;
      }
      parts[j] = s.substring(start, end);
      prevEnd = end;
      j++;
    }
    for (int j = 0; j < units; j++) {
      int limit = j + 1 < units ? u[5 * (j + 1)] : s.length();
      int f = u[5 * j + 1];
      while (f < limit && s.charAt(f) < 0x80) {
        f++;
      }
      u[5 * j + 4] = f < limit ? f : j + 1 < units ? UNIT : NONE;
    }
    final String[] original = parts.clone();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean changed = false;
      for (int c = 0; c < CODEPAGES.length; c++) {
        Codepage cp = CODEPAGES[c];
        if (crossesLine(s, u, parts, cp)) {
          return rounds(splice(s, u, parts, original), round, c, changed, log);
        }
        for (int j = 0; j < units; j++) {
          String p = fix(parts[j], cp, log);
          if (p != parts[j]) {
            parts[j] = p;
            changed = true;
          }
        }
      }
      if (!changed) {
        break;
      }
    }
    return splice(s, u, parts, original);
  }

  private static final int NONE = -1;
  private static final int UNIT = -2;

  /** True when a region of {@code cp} would span the line feed above or below a unit. */
  private static boolean crossesLine(String s, int[] u, String[] parts, Codepage cp) {
    for (int j = 0; j < parts.length; j++) {
      String p = parts[j];
      if (opensAtStart(p, cp)) {
        int above = u[5 * j + 2];
        if (above == UNIT ? endsOpen(parts[j - 1], 0, parts[j - 1].length(), cp)
            : above != NONE && endsOpen(s, above, u[5 * j + 3], cp)) {
          return true;
        }
      }
      if (endsOpen(p, 0, p.length(), cp)) {
        int below = u[5 * j + 4];
        if (below == UNIT ? opensAtStart(parts[j + 1], cp)
            : below != NONE && sequenceLength(s, below, cp) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the first non-ASCII char of {@code p} starts a sequence of {@code cp}. */
  private static boolean opensAtStart(String p, Codepage cp) {
    final int n = p.length();
    int i = 0;
    while (i < n && p.charAt(i) < 0x80) {
      i++;
    }
    return i < n && sequenceLength(p, i, cp) > 0;
  }

  /**
   * True when the last non-ASCII run of {@code s[from, to)} ends with a complete sequence of
   * {@code cp}, read from the start of the run as {@link #fix} reads it.
   */
  private static boolean endsOpen(String s, int from, int to, Codepage cp) {
    int end = to;
    while (end > from && s.charAt(end - 1) < 0x80) {
      end--;
    }
    int i = end;
    while (i > from && s.charAt(i - 1) >= 0x80) {
      i--;
    }
    if (i == end) {
      return false;
    }
    boolean open = false;
    while (i < end) {
      int len = sequenceLength(s, i, cp);
      open = len > 0;
      i += open ? len : 1;
    }
    return open;
  }

  /** {@code s} with each changed unit replaced; {@code s} itself when none changed. */
  private static String splice(String s, int[] u, String[] parts, String[] original) {
    Edits edits = new Edits(s);
    for (int j = 0; j < parts.length; j++) {
      if (parts[j] != original[j]) {
        edits.replace(u[5 * j], u[5 * j + 1], parts[j]);
      }
    }
    return edits.result();
  }

  private static String fix(String s, Codepage cp, ChangeLog log) {
    final int n = s.length();
    Edits edits = null;
    final int[] region = new int[4];
    int sampleLineEnd = 0; // the end of the line whose samplesOnly is known (so once per line)
    boolean samplesOnly = false;
    int i = 0;
    while (i < n) {
      int len = sequenceLength(s, i, cp);
      if (len == 0) {
        i++;
        continue;
      }
      int start = i;
      scanRegion(s, i, cp, region);
      int end = region[END];
      int sequences = region[SEQUENCES];
      int longest = region[LONGEST];
      i = end;
      if (region[CANDIDATE] == 0) {
        continue;
      }
      if (sequences == 1 && isQuotedSample(s, start, end)) {
        if (start >= sampleLineEnd) {
          int feed = s.indexOf('\n', start);
          sampleLineEnd = feed < 0 ? n : feed;
          samplesOnly = onlySamples(s, s.lastIndexOf('\n', start - 1) + 1, sampleLineEnd, cp);
        }
        if (samplesOnly) {
          continue;
        }
      }
      // Decode word by word, so that one implausible word does not keep its neighbours broken.
      boolean lonePair = sequences == 1 && longest == 2;
      int from = start;
      while (from < end) {
        int to = from;
        while (to < end && !isAsciiSpace(s.charAt(to))) {
          to++;
        }
        String decoded = to > from ? decode(s, from, to, cp, lonePair) : null;
        if (decoded != null && !decoded.equals(s.substring(from, to))
            && !(hasC1(decoded) && !readsOn(decoded))) {
          if (edits == null) {
            edits = new Edits(s);
          }
          edits.replace(from, to, decoded);
          if (log != null) {
            log.record(Step.MOJIBAKE, "UTF-8 read as " + cp.label() + " decoded",
                abbreviate(s.substring(from, to)), abbreviate(decoded));
          }
        }
        from = to + 1;
      }
    }
    return edits == null ? s : edits.result();
  }

  private static final int END = 0;
  private static final int SEQUENCES = 1;
  private static final int LONGEST = 2;
  private static final int CANDIDATE = 3;

  /**
   * Reads the region that starts with the sequence at {@code i}: sequences with ASCII between them,
   * ending at the last sequence. Fills {@code region}: its {@link #END}, how many {@link
   * #SEQUENCES}, the {@link #LONGEST} one's length, and whether it is a {@link #CANDIDATE} for
   * decoding (1: it has its code page's trigger) or not (0).
   */
  private static void scanRegion(String s, int i, Codepage cp, int[] region) {
    final int n = s.length();
    int end = i;
    int sequences = 0;
    int longest = 0;
    boolean trigger = false;
    boolean glued = false;
    int j = i;
    while (j < n) {
      int len = sequenceLength(s, j, cp);
      if (len > 0) {
        sequences++;
        longest = Math.max(longest, len);
        trigger |= cp == Codepage.WINDOWS_1251 ? cp1251Trigger(s, j)
            : cp == Codepage.KOI8_R ? hasKoi8Sign(s, j, len) : true;
        glued |= gluedToLatin(s, j, len);
        j += len;
        end = j;
      } else if (s.charAt(j) < 0x80) {
        j++;
      } else {
        break;
      }
    }
    region[END] = end;
    region[SEQUENCES] = sequences;
    region[LONGEST] = longest;
    region[CANDIDATE] = trigger && !(cp == Codepage.KOI8_R && sequences < 2 && !glued) ? 1 : 0;
  }

  /**
   * True when the one sequence {@code s[start, end)} stands alone between a quotation mark and a
   * quotation mark, white space, punctuation or the edge of its line: {@code “Ã©”}, {@code Ã¨”,}.
   * A text about encodings quotes such samples on purpose; real mojibake sits inside words.
   */
  private static boolean isQuotedSample(String s, int start, int end) {
    int before = start > 0 ? s.codePointBefore(start) : -1;
    int after = end < s.length() ? s.codePointAt(end) : -1;
    return (isQuote(before) || isQuote(after)) && isSampleEdge(before) && isSampleEdge(after);
  }

  private static boolean isQuote(int c) {
    return c >= 0 && UCharacter.hasBinaryProperty(c, UProperty.QUOTATION_MARK);
  }

  private static boolean isSampleEdge(int c) {
    if (c < 0 || c == '\n' || c == '\r' || UCharacter.isUWhiteSpace(c)) {
      return true;
    }
    int type = UCharacter.getType(c);
    return type == UCharacterCategory.START_PUNCTUATION || type == UCharacterCategory.END_PUNCTUATION
        || type == UCharacterCategory.OTHER_PUNCTUATION || type == UCharacterCategory.DASH_PUNCTUATION
        || type == UCharacterCategory.INITIAL_PUNCTUATION || type == UCharacterCategory.FINAL_PUNCTUATION;
  }

  /**
   * True when every region of {@code cp} that could be decoded on the line {@code s[from,
   * lineEnd)} is a quoted sample ({@link #isQuotedSample}): the line quotes mojibake on purpose and is
   * otherwise clean, so it is left as it is. One piece of mojibake elsewhere on the line, and the
   * samples are taken for damage too. Line-local, so that the line-gated run agrees with the
   * whole-text one.
   */
  private static boolean onlySamples(String s, int from, int lineEnd, Codepage cp) {
    final int[] region = new int[4];
    int i = from;
    while (i < lineEnd) {
      if (sequenceLength(s, i, cp) == 0) {
        i++;
        continue;
      }
      scanRegion(s, i, cp, region);
      if (region[CANDIDATE] == 1 && !(region[SEQUENCES] == 1 && isQuotedSample(s, i, region[END]))) {
        return false;
      }
      i = region[END];
    }
    return true;
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** True when a KOI8-R sequence shows a box-drawing or math sign, as Russian mojibake does. */
  private static boolean hasKoi8Sign(String s, int i, int len) {
    for (int k = i; k < i + len; k++) {
      char c = s.charAt(k);
      if ((c >= 0x2219 && c <= 0x2265) || (c >= 0x2320 && c <= 0x2321) || (c >= 0x2500 && c < 0x2600)) {
        return true;
      }
    }
    return false;
  }

  /** Chars that form one valid multi-byte UTF-8 sequence in {@code cp} starting at {@code i}, or 0. */
  private static int sequenceLength(String s, int i, Codepage cp) {
    char c = s.charAt(i);
    if (c < 0xA0) {
      return 0; // every lead byte's char is at or above U+00A0 in the three code pages
    }
    int b0 = cp.encode(c);
    if (b0 < 0xC2 || b0 > 0xF4) {
      return 0;
    }
    int need = b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
    if (i + need >= s.length()) {
      return 0;
    }
    for (int k = 1; k <= need; k++) {
      int b = cp.encode(s.charAt(i + k));
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
      if (k == 1 && ((b0 == 0xE0 && b < 0xA0) || (b0 == 0xED && b > 0x9F)
          || (b0 == 0xF0 && b < 0x90) || (b0 == 0xF4 && b > 0x8F))) {
        return 0; // overlong, surrogate or beyond U+10FFFF
      }
    }
    return need + 1;
  }

  /** The code point of the sequence of {@code len} chars at {@code i}. */
  private static int decodeOne(String s, int i, int len, Codepage cp) {
    int b0 = cp.encode(s.charAt(i));
    int cpoint = len == 2 ? b0 & 0x1F : len == 3 ? b0 & 0x0F : b0 & 0x07;
    for (int k = 1; k < len; k++) {
      cpoint = cpoint << 6 | (cp.encode(s.charAt(i + k)) & 0x3F);
    }
    return cpoint;
  }

  /** Decodes a region; null when a decoded character is implausible. */
  private static String decode(String s, int start, int end, Codepage cp, boolean lonePair) {
    StringBuilder out = new StringBuilder(end - start);
    int i = start;
    while (i < end) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out.append(c);
        i++;
        continue;
      }
      int len = sequenceLength(s, i, cp);
      if (len == 0) {
        return null; // a char of the region that is neither ASCII nor a sequence: not here
      }
      int cpoint = decodeOne(s, i, len, cp);
      boolean plausible = cp == Codepage.WINDOWS_1252 ? plausible(cpoint, lonePair)
          : isCyrillicWorld(cpoint) || (cpoint >= 0x80 && cpoint <= 0x9F && !lonePair);
      if (!plausible) {
        return null;
      }
      out.appendCodePoint(cpoint);
      i += len;
    }
    return out.toString();
  }

  /**
   * True when a code page's next round reads every C1 control of {@code decoded} on: C1 controls
   * are welcome only as a layer below, latin-1's bytes 0x80..0x9F or windows-1251's 0x98 (which it
   * leaves undefined: "Рґ" decoded twice gives "Р\u00A0Т‘Р\u00A0С\u0098").
   */
  private static boolean readsOn(String decoded) {
    for (Codepage cp : CODEPAGES) {
      if (!hasC1(fix(decoded, cp, null))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasC1(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && c <= 0x9F) {
        return true;
      }
    }
    return false;
  }

  private static boolean plausible(int c, boolean lonePair) {
    if (c >= 0x80 && c <= 0x9F) {
      return !lonePair; // a C1 control: latin-1's reading of a byte, checked by the caller
    }
    if (lonePair && !((c >= 0xA0 && c <= 0x17F) || (c >= 0x391 && c <= 0x3C9)
        || (c >= 0x400 && c <= 0x45F) || c == 0x490 || c == 0x491)) {
      return false;
    }
    int type = UCharacter.getType(c);
    return type != UCharacterCategory.CONTROL && type != UCharacterCategory.UNASSIGNED
        && type != UCharacterCategory.PRIVATE_USE && type != UCharacterCategory.SURROGATE
        && c != 0xFFFD && !UCharacter.hasBinaryProperty(c, UProperty.NONCHARACTER_CODE_POINT);
  }

  /**
   * What text that went through windows-1251 or KOI8-R plausibly held: Latin-1 and Latin
   * Extended-A, the modern Cyrillic letters, punctuation, €, №, ™.
   */
  private static boolean isCyrillicWorld(int c) {
    return (c >= 0xA0 && c <= 0x17F) || (c >= 0x400 && c <= 0x45F) || c == 0x490 || c == 0x491
        || (c >= 0x2010 && c <= 0x2044) || c == 0x20AC || c == 0x2116 || c == 0x2122;
  }

  private static String abbreviate(String s) {
    return s.length() <= EXAMPLE_LENGTH ? s : s.substring(0, EXAMPLE_LENGTH) + "…";
  }
}

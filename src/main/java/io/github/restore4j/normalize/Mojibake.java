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
 *   <li>windows-1251 and KOI8-R: two sequences or one of three bytes or more, because a single pair
 *       such as "Сё" or "Пі" is ordinary Russian or Ukrainian;
 *   <li>every decoded character is assigned, not a control, surrogate, private-use character or
 *       U+FFFD.
 * </ul>
 * The code pages are tried in turn until nothing changes, at most three rounds, which undoes two
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

  /** True when {@code c} is what windows-1252 (or latin-1) makes of a UTF-8 continuation byte. */
  static boolean isCp1252Continuation(char c) {
    int b = Codepage.WINDOWS_1252.encode(c);
    return b >= 0x80 && b <= 0xBF;
  }

  /**
   * True when two windows-1251 sequences start at {@code i}, or one of three bytes: what the step
   * needs before it decodes anything (a single pair such as "Рі" is ordinary Ukrainian).
   */
  static boolean cp1251Trigger(String s, int i) {
    int len = sequenceLength(s, i, Codepage.WINDOWS_1251);
    return len >= 3 || len == 2 && i + 2 < s.length()
        && sequenceLength(s, i + 2, Codepage.WINDOWS_1251) > 0;
  }

  static String apply(String s, ChangeLog log) {
    String t = s;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean changed = false;
      for (Codepage cp : CODEPAGES) {
        String u = fix(t, cp, log);
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

  private static String fix(String s, Codepage cp, ChangeLog log) {
    final int n = s.length();
    Edits edits = null;
    int i = 0;
    while (i < n) {
      int len = sequenceLength(s, i, cp);
      if (len == 0) {
        i++;
        continue;
      }
      // A region: sequences with ASCII between them, ending at the last sequence.
      int start = i;
      int end = i;
      int sequences = 0;
      int longest = 0;
      int j = i;
      while (j < n) {
        len = sequenceLength(s, j, cp);
        if (len > 0) {
          sequences++;
          longest = Math.max(longest, len);
          j += len;
          end = j;
        } else if (s.charAt(j) < 0x80) {
          j++;
        } else {
          break;
        }
      }
      i = end;
      boolean enough = cp == Codepage.WINDOWS_1252 ? sequences >= 1 : sequences >= 2 || longest >= 3;
      if (!enough) {
        continue;
      }
      String decoded = decode(s, start, end, cp, sequences == 1 && longest == 2);
      if (decoded == null) {
        continue;
      }
      if (edits == null) {
        edits = new Edits(s);
      }
      edits.replace(start, end, decoded);
      if (log != null) {
        log.record(Step.MOJIBAKE, "UTF-8 read as " + cp.label() + " decoded",
            abbreviate(s.substring(start, end)), abbreviate(decoded));
      }
    }
    return edits == null ? s : edits.result();
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
      int b0 = cp.encode(c);
      int cpoint = len == 2 ? b0 & 0x1F : len == 3 ? b0 & 0x0F : b0 & 0x07;
      for (int k = 1; k < len; k++) {
        cpoint = cpoint << 6 | (cp.encode(s.charAt(i + k)) & 0x3F);
      }
      if (!plausible(cpoint, lonePair)) {
        return null;
      }
      out.appendCodePoint(cpoint);
      i += len;
    }
    return out.toString();
  }

  private static boolean plausible(int c, boolean lonePair) {
    if (lonePair && !((c >= 0xA0 && c <= 0x17F) || (c >= 0x391 && c <= 0x3C9)
        || (c >= 0x400 && c <= 0x45F) || c == 0x490 || c == 0x491)) {
      return false;
    }
    int type = UCharacter.getType(c);
    return type != UCharacterCategory.CONTROL && type != UCharacterCategory.UNASSIGNED
        && type != UCharacterCategory.PRIVATE_USE && type != UCharacterCategory.SURROGATE
        && c != 0xFFFD && !UCharacter.hasBinaryProperty(c, UProperty.NONCHARACTER_CODE_POINT);
  }

  private static String abbreviate(String s) {
    return s.length() <= EXAMPLE_LENGTH ? s : s.substring(0, EXAMPLE_LENGTH) + "…";
  }
}

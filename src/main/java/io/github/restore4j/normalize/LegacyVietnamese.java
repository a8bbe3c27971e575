// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import com.ibm.icu.text.Normalizer2;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Vietnamese written in the pre-Unicode encodings VNI, TCVN3 (ABC) and windows-1258, read back to
 * Unicode (NFC) — from the bytes, or from the string a windows-1252 (or latin-1) decoder made of
 * them.
 *
 * <pre>{@code
 * LegacyVietnamese.repair("Xin chaøo caùc baïn")  // "Xin chào các bạn"   (VNI)
 * LegacyVietnamese.repair("ViÖt Nam, Ninh B×nh")   // "Việt Nam, Ninh Bình" (TCVN3)
 * LegacyVietnamese.repair("Tiêìng Viêòt")          // "Tiếng Việt"         (windows-1258)
 * LegacyVietnamese.repair("Il est né à Paris")     // unchanged
 * }</pre>
 *
 * <h2>Detection</h2>
 * Each encoding is tried on the whole text; words with characters windows-1252 cannot have
 * produced are left as they are. An encoding is chosen only when it is unambiguous:
 * <ul>
 *   <li>at least 90% of the words it changes become Vietnamese syllables (onset, vowel cluster,
 *       coda, one tone at most, regular case — the rules of {@link VietnameseTones}), and at most
 *       half of them were syllables before;
 *   <li>at least 60% of all the words with letters are syllables afterwards (70% when it changes
 *       fewer than three words), so that one French "né" does not turn a sentence into
 *       Vietnamese;
 *   <li>no other encoding qualifies with as many syllables.
 * </ul>
 * Text that is valid Unicode in another language — Ukrainian, Russian, French, German — is never
 * touched: Cyrillic is not windows-1252, and accented Latin words do not become syllables. Nor is
 * Unicode Vietnamese: a line with a letter such as ơ, ư or ạ, which windows-1252 lacks, is left
 * alone, and the other lines of such a text (those with a Latin-1 letter) are decided on together
 * by the rules above — Unicode Vietnamese words were syllables before, so a Unicode text stays as
 * it is, while VNI lines pasted next to a Unicode one are read back.
 *
 * <h2>What converters write</h2>
 * Checked against an independent converter, vietnamese-conversion 2.0.0 (npm), on whole articles
 * ({@code scripts/legacy-vietnamese-check.sh}; its output on testdata sentences is the fixture of
 * {@code LegacyVietnameseTest}): TCVN3 has no capitals with a tone, so converters write the
 * capital and then the toned small letter ({@code "A¸"} for Á, {@code "¢Ê"} for Ấ), which reads
 * back as the toned capital — no syllable has a vowel twice so; and that converter writes VNI ỷ
 * as a lone {@code ë}, a byte VNI uses only after a (ặ), which reads back as ỷ. It also writes ỹ
 * as the byte of ì, which nothing can tell apart: that stays ì.
 *
 * <p>All methods are static and thread-safe.
 */
public final class LegacyVietnamese {
  /** The encodings, with the name the explanation gives. */
  enum Encoding {
    VNI("VNI"),
    TCVN3("TCVN3 (ABC)"),
    WINDOWS_1258("windows-1258");

    final String label;

    Encoding(String label) {
      this.label = label;
    }
  }

  /** VNI: two-char sequences (base + modifier) and single chars, to Unicode. */
  private static final Map<String, Character> VNI_PAIRS = new HashMap<>();
  private static final char[] VNI_SINGLE = new char[0x100];
  /** TCVN3: byte (as its windows-1252 char) to Unicode. */
  private static final char[] TCVN3 = new char[0x100];
  /** TCVN3: for a byte of a toned small vowel, that vowel without its tone (á: a, ấ: â). */
  private static final char[] TCVN3_TONELESS = new char[0x100];
  /** windows-1258: the bytes where it differs from windows-1252. */
  private static final char[] CP1258 = new char[0x100];

  static {
    // VNI. Rows: base letter in VNI, its five toned forms; the Unicode letters they stand for.
    String[][] vni = {
        {"a", "aù aø aû aõ aï", "aáàảãạ"},
        {"aâ", "aá aà aå aã aä", "âấầẩẫậ"},
        {"aê", "aé aè aú aü aë", "ăắằẳẵặ"},
        {"e", "eù eø eû eõ eï", "eéèẻẽẹ"},
        {"eâ", "eá eà eå eã eä", "êếềểễệ"},
        {"o", "où oø oû oõ oï", "oóòỏõọ"},
        {"oâ", "oá oà oå oã oä", "ôốồổỗộ"},
        {"ô", "ôù ôø ôû ôõ ôï", "ơớờởỡợ"},
        {"u", "uù uø uû uõ uï", "uúùủũụ"},
        {"ö", "öù öø öû öõ öï", "ưứừửữự"},
        {"i", "í ì æ ó ò", "iíìỉĩị"},
        {"y", "yù yø yû yõ î", "yýỳỷỹỵ"},
        {"ñ", "", "đ"},
    };
    for (String[] row : vni) {
      String letters = row[2];
      String[] forms = row[1].isEmpty() ? new String[0] : row[1].split(" ");
      addVni(row[0], letters.charAt(0));
      for (int t = 0; t < forms.length; t++) {
        addVni(forms[t], letters.charAt(t + 1));
      }
    }
    // TCVN3 (ABC fonts): lowercase letters and the seven uppercase letters with a quality mark.
    // Uppercase toned letters were typed in separate uppercase fonts and share the lowercase codes.
    String tcvn3 = "\u00A8ă \u00A9â \u00AAê \u00ABô \u00ACơ \u00ADư \u00AEđ \u00A1Ă \u00A2Â \u00A3Ê \u00A4Ô "
        + "\u00A5Ơ \u00A6Ư \u00A7Đ \u00B5à \u00B6ả \u00B7ã \u00B8á \u00B9ạ \u00BBằ \u00BCẳ \u00BDẵ \u00BEắ "
        + "\u00C6ặ \u00C7ầ \u00C8ẩ \u00C9ẫ \u00CAấ \u00CBậ \u00CCè \u00CEẻ \u00CFẽ \u00D0é \u00D1ẹ \u00D2ề "
        + "\u00D3ể \u00D4ễ \u00D5ế \u00D6ệ \u00D7ì \u00D8ỉ \u00DCĩ \u00DDí \u00DEị \u00DFò \u00E1ỏ \u00E2õ "
        + "\u00E3ó \u00E4ọ \u00E5ồ \u00E6ổ \u00E7ỗ \u00E8ố \u00E9ộ \u00EAờ \u00EBở \u00ECỡ \u00EDớ \u00EEợ "
        + "\u00EFù \u00F1ủ \u00F2ũ \u00F3ú \u00F4ụ \u00F5ừ \u00F6ử \u00F7ữ \u00F8ứ \u00F9ự \u00FAỳ \u00FBỷ "
        + "\u00FCỹ \u00FDý \u00FEỵ";
    Normalizer2 nfd = Normalizer2.getNFDInstance();
    for (String pair : tcvn3.split(" ")) {
      char letter = pair.charAt(1);
      TCVN3[pair.charAt(0)] = letter;
      String d = nfd.normalize(String.valueOf(letter));
      String toneless = d.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", "");
      if (!toneless.equals(d)) {
        TCVN3_TONELESS[pair.charAt(0)] = UnicodeStep.NFC.normalize(toneless).charAt(0);
      }
    }
    // vietnamese-conversion (npm) writes ỷ as a lone ë, the byte VNI has for the tone of ặ only
    // after a: alone it can mean nothing else.
    VNI_SINGLE['ë'] = 'ỷ';
    VNI_SINGLE['Ë'] = 'Ỷ';
    String cp1258 = "\u00C3Ă \u00CC\u0300 \u00D0Đ \u00D2\u0309 \u00D5Ơ \u00DDƯ \u00DE\u0303 \u00E3ă "
        + "\u00EC\u0301 \u00F0đ \u00F2\u0323 \u00F5ơ \u00FDư \u00FE₫";
    for (String pair : cp1258.split(" ")) {
      CP1258[pair.charAt(0)] = pair.charAt(1);
    }
  }

  private static void addVni(String vni, char letter) {
    char upper = Character.toUpperCase(letter);
    if (vni.length() == 1) {
      if (vni.charAt(0) >= 0x80) {
        VNI_SINGLE[vni.charAt(0)] = letter;
        VNI_SINGLE[Character.toUpperCase(vni.charAt(0))] = upper;
      }
      return;
    }
    char base = vni.charAt(0);
    char mod = vni.charAt(1);
    char baseUpper = Character.toUpperCase(base);
    char modUpper = Character.toUpperCase(mod);
    // The base letter decides the case; the modifier may come from either font.
    VNI_PAIRS.put("" + base + mod, letter);
    VNI_PAIRS.put("" + base + modUpper, letter);
    VNI_PAIRS.put("" + baseUpper + modUpper, upper);
    VNI_PAIRS.put("" + baseUpper + mod, upper);
  }

  private LegacyVietnamese() {}

  /**
   * Reads a string that a windows-1252 or latin-1 decoder made of VNI, TCVN3 or windows-1258
   * bytes back into Unicode.
   *
   * @param text text that may be legacy Vietnamese read as windows-1252 or latin-1
   * @return the text in Unicode, or {@code text} itself unless one encoding is unambiguous
   */
  public static String repair(String text) {
    Objects.requireNonNull(text, "text");
    return apply(text, null);
  }

  /**
   * Decodes bytes that are Vietnamese in VNI, TCVN3 or windows-1258.
   *
   * <pre>{@code
   * LegacyVietnamese.decode("Xin cha\u00F8o".getBytes(ISO_8859_1))  // Optional["Xin chào"]
   * LegacyVietnamese.decode("Xin chào".getBytes(UTF_8))              // Optional.empty(): UTF-8
   * }</pre>
   *
   * @param bytes the file's bytes
   * @return the text in NFC, or empty when the bytes are valid UTF-8 or not unambiguously one of
   *     these encodings
   */
  public static Optional<String> decode(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return Optional.empty();
    } catch (CharacterCodingException e) {
      // not UTF-8: read as windows-1252 and look for a legacy encoding
    }
    char[] chars = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      chars[i] = Codepage.WINDOWS_1252.decode(bytes[i]);
    }
    String s = new String(chars);
    String r = apply(s, null);
    return r == s ? Optional.empty() : Optional.of(r);
  }

  // ---------------------------------------------------------------------------------------------

  static String apply(String s, ChangeLog log) {
    for (int i = 0; i < s.length(); i++) {
      if (isUnicodeVietnamese(s.charAt(i))) {
        Prescan scan = new Prescan();
        scan.scanLines(s);
        return applyToLines(s, scan.lines(), scan.lineCount(), log);
      }
    }
    return decide(s, new int[] {0, s.length()}, 1, log);
  }

  /**
   * {@link #apply} for a text with a letter windows-1252 lacks somewhere: the lines with such a
   * letter are Unicode and stay as they are; the lines that {@link Prescan#scanLines} recorded with
   * {@link Prescan#LEGACY_LINE} (a Latin-1 letter and no such letter) are decided on together, as
   * one text. A document of VNI lines with one Unicode line is repaired; a Unicode Vietnamese text
   * is not, because its words are syllables before conversion (see the class comment).
   *
   * @param lines {@link Prescan#lines()}: start, end, flags per line
   */
  static String applyToLines(String s, int[] lines, int lineCount, ChangeLog log) {
    int[] ranges = new int[2 * lineCount];
    int count = 0;
    for (int k = 0; k < lineCount; k++) {
      if ((lines[3 * k + 2] & Prescan.LEGACY_LINE) != 0) {
        ranges[2 * count] = lines[3 * k];
        ranges[2 * count + 1] = lines[3 * k + 1];
        count++;
      }
    }
    return count == 0 ? s : decide(s, ranges, count, log);
  }

  /** ă đ ơ ư ạ..ỹ: windows-1252 has none of them, so a line with one is Unicode Vietnamese. */
  private static boolean isUnicodeVietnamese(char c) {
    return c >= 0x100 && c < VietnameseTones.CODES.length && VietnameseTones.CODES[c] != 0;
  }

  /** Chooses an encoding for the words of {@code ranges} (start, end pairs) and converts them. */
  private static String decide(String s, int[] ranges, int count, ChangeLog log) {
    Encoding best = null;
    int bestScore = -1;
    boolean tie = false;
    VietnameseTones.Analysis a = new VietnameseTones.Analysis();
    for (Encoding e : Encoding.values()) {
      int score = score(s, ranges, count, e, a);
      if (score > bestScore) {
        best = e;
        bestScore = score;
        tie = false;
      } else if (score == bestScore && score > 0) {
        tie = true;
      }
    }
    if (bestScore <= 0 || tie) {
      return s;
    }
    Edits edits = new Edits(s);
    for (int r = 0; r < count; r++) {
      convertText(s, ranges[2 * r], ranges[2 * r + 1], best, edits, log);
    }
    return edits.result();
  }

  /** Syllables among the changed words when {@code e} qualifies (see the class comment), else 0. */
  private static int score(String s, int[] ranges, int count, Encoding e,
      VietnameseTones.Analysis a) {
    int changed = 0;
    int changedValid = 0;
    int validBefore = 0;
    // Pass 1: the words the encoding changes, which all have a non-ASCII char.
    for (int r = 0; r < count; r++) {
      final int n = ranges[2 * r + 1];
      for (int i = ranges[2 * r]; i < n; ) {
        while (i < n && isSpace(s.charAt(i))) {
          i++;
        }
        int from = i;
        boolean ascii = true;
        while (i < n && !isSpace(s.charAt(i))) {
          ascii &= s.charAt(i) < 0x80;
          i++;
        }
        if (ascii) {
          continue;
        }
        String word = trim(s, from, i);
        String converted = convertWord(word, e);
        if (converted.equals(word)) {
          continue;
        }
        changed++;
        if (isSyllables(converted, a)) {
          changedValid++;
        } else if (changed - changedValid >= 5 && (changed - changedValid) * 9 > changedValid) {
          return 0; // plainly not this encoding: stop early on long clean texts
        }
        if (isSyllables(word, a)) {
          validBefore++;
        }
      }
    }
    if (changed == 0 || changedValid * 10 < changed * 9 || validBefore * 2 > changed) {
      return 0;
    }
    // Pass 2: the share of all words with letters that are syllables after conversion.
    int words = 0;
    int validWords = 0;
    for (int r = 0; r < count; r++) {
      final int n = ranges[2 * r + 1];
      for (int i = ranges[2 * r]; i < n; ) {
        while (i < n && isSpace(s.charAt(i))) {
          i++;
        }
        int from = i;
        while (i < n && !isSpace(s.charAt(i))) {
          i++;
        }
        String converted = convertWord(trim(s, from, i), e);
        if (hasLetter(converted)) {
          words++;
          if (isSyllables(converted, a)) {
            validWords++;
          }
        }
      }
    }
    int needed = changed < 3 ? 7 : 6;
    if (validWords * 10 < words * needed) {
      return 0;
    }
    return changedValid;
  }

  /** {@code s[from, to)} without ASCII punctuation at either end. */
  private static String trim(String s, int from, int to) {
    while (from < to && isEdgePunctuation(s.charAt(from))) {
      from++;
    }
    while (to > from && isEdgePunctuation(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static void convertText(String s, int from, int to, Encoding e, Edits edits,
      ChangeLog log) {
    int i = from;
    while (i < to) {
      while (i < to && isSpace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && !isSpace(s.charAt(i))) {
        i++;
      }
      if (start == i) {
        continue;
      }
      String word = s.substring(start, i);
      String converted = convertWord(word, e);
      if (!converted.equals(word)) {
        edits.replace(start, i, converted);
        if (log != null) {
          log.record(Step.LEGACY_VIETNAMESE, e.label + " read as windows-1252 decoded", word, converted);
        }
      }
    }
  }

  /** The word converted, in NFC; the word itself when a char is not windows-1252. */
  static String convertWord(String word, Encoding e) {
    final int n = word.length();
    boolean nonAscii = false;
    for (int k = 0; k < n; k++) {
      char c = word.charAt(k);
      if (c >= 0x80) {
        if (Codepage.WINDOWS_1252.encode(c) < 0) {
          return word;
        }
        nonAscii = true;
      }
    }
    if (!nonAscii) {
      return word;
    }
    StringBuilder out = new StringBuilder(n);
    switch (e) {
      case VNI:
        for (int k = 0; k < n; k++) {
          char c = word.charAt(k);
          if (k + 1 < n) {
            Character pair = VNI_PAIRS.get(word.substring(k, k + 2));
            if (pair != null) {
              out.append(pair.charValue());
              k++;
              continue;
            }
          }
          char single = c < 0x100 ? VNI_SINGLE[c] : 0;
          out.append(single != 0 ? single : c);
        }
        break;
      case TCVN3:
        for (int k = 0; k < n; k++) {
          char c = word.charAt(k);
          char t = c < 0x100 ? TCVN3[c] : 0;
          int last = out.length() - 1;
          if (t != 0 && last >= 0 && TCVN3_TONELESS[c] != 0
              && Character.isUpperCase(out.charAt(last))
              && Character.toLowerCase(out.charAt(last)) == TCVN3_TONELESS[c]) {
            // A capital with a tone, which TCVN3 cannot hold, as converters write it: the capital,
            // then the toned small letter ("A¸" for Á, "¢Ê" for Ấ). No syllable doubles a vowel so.
            out.setCharAt(last, Character.toUpperCase(t));
            continue;
          }
          out.append(t != 0 ? t : c);
        }
        break;
      default:
        for (int k = 0; k < n; k++) {
          char c = word.charAt(k);
          char t = c < 0x100 ? CP1258[c] : 0;
          out.append(t != 0 ? t : c);
        }
        return UnicodeStep.NFC.normalize(out);
    }
    return out.toString();
  }

  /** True when every hyphen-separated part of {@code word} is a Vietnamese syllable. */
  private static boolean isSyllables(String word, VietnameseTones.Analysis a) {
    String w = UnicodeStep.NFC.normalize(word);
    int start = 0;
    for (int k = 0; k <= w.length(); k++) {
      if (k == w.length() || w.charAt(k) == '-') {
        if (k == start || !VietnameseTones.isSyllable(w, start, k, a)) {
          return false;
        }
        start = k + 1;
      }
    }
    return true;
  }

  private static boolean hasLetter(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isLetter(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isEdgePunctuation(char c) {
    return c < 0x80 && !Character.isLetterOrDigit(c);
  }
}

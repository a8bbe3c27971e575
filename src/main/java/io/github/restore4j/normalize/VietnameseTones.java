// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Places Vietnamese tone marks by the rules of the orthography: vowel clusters, the {@code gi} and
 * {@code qu} onsets and final consonants, not a word list.
 *
 * <pre>{@code
 * VietnameseTones.repair("nhà ngoại giao noí")   // "nhà ngoại giao nói"
 * VietnameseTones.repair("naỳ laị nghịêm")       // "này lại nghiệm"
 * VietnameseTones.place("hòa thủy", ToneStyle.NEW) // "hoà thuỷ"
 * VietnameseTones.toneKey("hòa").equals(VietnameseTones.toneKey("hoà")) // true
 * }</pre>
 *
 * <h2>The rule</h2>
 * A word is read as a syllable {@code onset + vowel cluster + coda}: the onset is one of
 * {@code b c ch d đ g gh gi h k kh l m n ng ngh nh ph qu r s t th tr v x} or nothing (the {@code i} of
 * {@code gi} and the {@code u} of {@code qu} belong to the onset when a vowel follows), the cluster is
 * one of the 12 vowels or 42 diphthongs and triphthongs of the language, the coda one of
 * {@code c ch k m n ng nh p t} or nothing ({@code k} as in "Đắk Lắk"). The tone mark belongs on
 * <ol>
 *   <li>the last vowel with a quality mark ({@code ă â ê ô ơ ư}): "người", "khuyến", "giữa";
 *   <li>else, before a coda, the last vowel: "hoàn", "huỳnh";
 *   <li>else the middle vowel of three: "ngoài", "khuya";
 *   <li>else the first of two, except that {@code oa, oe, uy} take it on the first vowel in the
 *       {@linkplain ToneStyle#OLD old style} ("hòa") and on the second in the
 *       {@linkplain ToneStyle#NEW new style} ("hoà").
 * </ol>
 * A word that is not such a syllable (a loanword, "Nagorno", French "où", two tone marks) is never
 * changed. Decomposed input is read as well; a changed word is written in NFC, an unchanged word is
 * returned as it came. Methods apply to every word of the text they are given; they return the same
 * {@code String} instance when nothing changes.
 *
 * <p>All methods are static and thread-safe.
 */
public final class VietnameseTones {
  // ---------------------------------------------------------------------------------------------
  // Letter codes. Each char that can spell Vietnamese maps to an int:
  //   bits 0-15  the lowercase base letter ('a'..'z' or 'đ')
  //   bits 16-17 quality mark: 0 none, 1 circumflex, 2 breve, 3 horn
  //   bits 18-20 tone: 0 none, 1 grave, 2 acute, 3 hook above, 4 tilde, 5 dot below
  //   bit 21     uppercase
  //   bit 22     the letter is evidence that the text is Vietnamese (ă ơ ư đ, hook above, ...)
  // 0 means "not a Vietnamese letter". The table covers U+0000..U+1EFF and is built from ICU's
  // canonical decompositions, so it agrees with NFC/NFD by construction.
  // ---------------------------------------------------------------------------------------------
  static final int BASE_MASK = 0xFFFF;
  static final int QUALITY_SHIFT = 16;
  static final int TONE_SHIFT = 18;
  static final int TONE_MASK = 7 << TONE_SHIFT;
  static final int UPPER = 1 << 21;
  static final int EVIDENCE = 1 << 22;

  static final int Q_NONE = 0;
  static final int Q_CIRCUMFLEX = 1;
  static final int Q_BREVE = 2;
  static final int Q_HORN = 3;

  static final int T_NONE = 0;
  static final int T_HOOK = 3;
  static final int T_DOT = 5;

  private static final char[] TONE_MARKS = {0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};
  private static final char[] QUALITY_MARKS = {0, '\u0302', '\u0306', '\u031B'};

  /** Letter code per char below {@code CODES.length}. */
  static final int[] CODES = new int[0x1F00];
  /** For combining marks U+0300..U+036F: tone 1..5, quality as {@code 0x10 | q}, 0 unknown. */
  private static final byte[] MARKS = new byte[0x70];

  // Vowel ids: a ă â e ê i o ô ơ u ư y.
  private static final int V_A = 0;
  private static final int V_E = 3;
  private static final int V_O = 6;
  private static final int V_U = 9;
  private static final int V_Y = 11;
  private static final int VOWELS = 12;
  private static final String VOWEL_LETTERS = "aăâeêioôơuưy";

  /**
   * For {@link #tonesLookValid}: the letter code of each char below {@link #QUICK_LIMIT}, plus whether
   * it is a vowel, a vowel with a quality mark, a letter, or a combining mark.
   */
  private static final int QUICK_LIMIT = 0x1F00;
  private static final int[] QUICK = new int[QUICK_LIMIT];
  private static final int Q_LETTER = 1 << 23;
  private static final int Q_VOWEL = 1 << 24;
  private static final int Q_MARKED = 1 << 25;
  private static final int Q_COMBINING = 1 << 26;

  // Letter classes for tonesLookValid: what the rules look at. A neighbour is one of 12 classes;
  // the toned letter itself one of 9 (0 = not toned).
  private static final int K_NONE = 0;
  private static final int K_CONSONANT = 1;
  private static final int K_Q = 2;
  private static final int K_G = 3;
  private static final int K_COMBINING = 4;
  private static final int K_MARKED = 5;
  private static final String K_VOWELS = "aeiouy"; // classes 6..11
  private static final int NEIGHBOUR_CLASSES = 12;
  private static final int TONED_CLASSES = 9; // 0 not toned, 1 consonant, 2 marked vowel, 3..8 a e i o u y
  /** A representative char per neighbour class, and (toned) per toned class. */
  private static final String K_SAMPLES = " nqg\u0301\u00E2aeiouy";
  private static final String K_TONED = " \u0144\u1EA5\u00E1\u00E9\u00ED\u00F3\u00FA\u00FD";
  /** Per char below QUICK_LIMIT: neighbour class in bits 0..3, toned class in bits 4..7. */
  private static final byte[] QUICK_CLASS = new byte[QUICK_LIMIT];
  /**
   * One bit per (toned class, p2, p1, n1, n2), four bits each for the neighbours: set when the
   * tone is certainly fine. Toned class 0 (no tone) is all ones.
   */
  private static final long[] QUICK_VALID = new long[(TONED_CLASSES << 16) / 64];

  /** Composed vowel per [vowel id][tone][upper]. */
  private static final char[][][] COMPOSED = new char[VOWELS][6][2];

  // Clusters: key = base-13 digits (vowel id + 1), at most three vowels.
  private static final int OPEN = 1; // may end the syllable
  private static final int CODA = 2; // may take a final consonant
  private static final int STYLED = 4; // oa, oe, uy: old and new style differ when open
  private static final byte[] CLUSTERS = new byte[14 * 14 * 14];

  static final int MAX_LETTERS = 8;

  static {
    Normalizer2 nfd = Normalizer2.getNFDInstance();
    Normalizer2 nfc = Normalizer2.getNFCInstance();
    for (int t = 1; t < TONE_MARKS.length; t++) {
      MARKS[TONE_MARKS[t] - 0x300] = (byte) t;
    }
    for (int q = 1; q < QUALITY_MARKS.length; q++) {
      MARKS[QUALITY_MARKS[q] - 0x300] = (byte) (0x10 | q);
    }
    for (char c = 'a'; c <= 'z'; c++) {
      CODES[c] = c;
      CODES[Character.toUpperCase(c)] = c | UPPER;
    }
    CODES['\u0111'] = '\u0111' | EVIDENCE; // đ
    CODES['\u0110'] = '\u0111' | UPPER | EVIDENCE; // Đ
    for (int c = 0xC0; c < CODES.length; c++) {
      String d = nfd.getDecomposition(c);
      if (d == null || d.isEmpty() || d.charAt(0) >= 0x80 || !Character.isLetter(d.charAt(0))) {
        continue;
      }
      char base = d.charAt(0);
      int quality = 0;
      int tone = 0;
      boolean ok = true;
      for (int k = 1; k < d.length() && ok; k++) {
        char m = d.charAt(k);
        int mark = m >= 0x300 && m < 0x370 ? MARKS[m - 0x300] : 0;
        if (mark == 0) {
          ok = false;
        } else if ((mark & 0x10) != 0) {
          ok = quality == 0;
          quality = mark & 3;
        } else {
          ok = tone == 0;
          tone = mark;
        }
      }
      char lower = Character.toLowerCase(base);
      if (!ok || (quality != 0 && vowelId(lower, quality) < 0)) {
        continue;
      }
      int code = lower | quality << QUALITY_SHIFT | tone << TONE_SHIFT;
      if (Character.isUpperCase(base)) {
        code |= UPPER;
      }
      CODES[c] = withEvidence(code);
    }
    for (int v = 0; v < VOWELS; v++) {
      char letter = VOWEL_LETTERS.charAt(v);
      for (int t = 0; t < TONE_MARKS.length; t++) {
        String s = t == 0 ? String.valueOf(letter) : letter + String.valueOf(TONE_MARKS[t]);
        String composed = nfc.normalize(s);
        assert composed.length() == 1 : s;
        COMPOSED[v][t][0] = composed.charAt(0);
        COMPOSED[v][t][1] = Character.toUpperCase(composed.charAt(0));
      }
    }
    for (int c = 0; c < QUICK_LIMIT; c++) {
      int code = CODES[c];
      if (code != 0) {
        int q = code >>> QUALITY_SHIFT & 3;
        code |= Q_LETTER;
        if (vowelId((char) (code & BASE_MASK), q) >= 0) {
          code |= Q_VOWEL | (q != 0 ? Q_MARKED : 0);
        }
      } else if (c >= 0x300 && c < 0x370) {
        code = Q_COMBINING;
      }
      QUICK[c] = code;
    }
    for (int c = 0; c < QUICK_LIMIT; c++) {
      QUICK_CLASS[c] = (byte) (neighbourClass(QUICK[c]) | tonedClass(QUICK[c]) << 4);
    }
    char[] sample = new char[5];
    for (int index = 0; index < TONED_CLASSES << 16; index++) {
      int toned = index >>> 16;
      int p2 = index >>> 12 & 15;
      int p1 = index >>> 8 & 15;
      int n1 = index >>> 4 & 15;
      int n2 = index & 15;
      boolean valid = toned == 0;
      if (!valid && p2 < NEIGHBOUR_CLASSES && p1 < NEIGHBOUR_CLASSES && n1 < NEIGHBOUR_CLASSES
          && n2 < NEIGHBOUR_CLASSES) {
        sample[0] = K_SAMPLES.charAt(p2);
        sample[1] = K_SAMPLES.charAt(p1);
        sample[2] = K_TONED.charAt(toned);
        sample[3] = K_SAMPLES.charAt(n1);
        sample[4] = K_SAMPLES.charAt(n2);
        assert tonedClass(QUICK[sample[2]]) == toned;
        valid = quickValidReference(new String(sample), 2);
      }
      if (valid) {
        QUICK_VALID[index >>> 6] |= 1L << index;
      }
    }
    defineClusters("a e ê i o ô ơ u ư y", OPEN | CODA);
    defineClusters("ă â iê oă oo uâ uô ươ yê uyê", CODA);
    defineClusters("ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui uơ ưa ưi ưu", OPEN);
    defineClusters("uê", OPEN | CODA);
    defineClusters("oa oe uy", OPEN | CODA | STYLED);
    defineClusters("iêu oai oay oeo uây uôi ươi ươu uya uyu yêu", OPEN);
  }

  private VietnameseTones() {}

  /**
   * Moves every tone mark to where {@code style} puts it; {@link ToneStyle#KEEP} only repairs
   * placements that neither style allows (as {@link #repair(String)}).
   *
   * <pre>{@code
   * VietnameseTones.place("Hòa bình, khỏe mạnh", ToneStyle.NEW) // "Hoà bình, khoẻ mạnh"
   * VietnameseTones.place("thuỷ thủ", ToneStyle.OLD)            // "thủy thủ"
   * }</pre>
   *
   * @param text  any text; words that are not Vietnamese syllables are left alone
   * @param style where the marks go ({@link ToneStyle#KEEP} repairs invalid placements only)
   * @return the text with tone marks placed, or {@code text} itself when nothing moved
   */
  public static String place(String text, ToneStyle style) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(style, "style");
    return apply(text, style, false, null);
  }

  /**
   * Repairs tone marks that sit where no style allows them, in either style, keeping every valid
   * placement. A repair that could go either way ({@code "h̀oa"}) takes the new style.
   *
   * <pre>{@code
   * VietnameseTones.repair("noí naỳ laị nghịêm gìa qúa") // "nói này lại nghiệm già quá"
   * VietnameseTones.repair("hòa hoà")                    // unchanged: both are valid
   * }</pre>
   *
   * @param text any text
   * @return the text with invalid placements repaired, or {@code text} itself when nothing moved
   */
  public static String repair(String text) {
    return place(text, ToneStyle.KEEP);
  }

  /**
   * A comparison key that does not depend on where the tone marks of a word were placed: NFC of the
   * text with every syllable's tone mark moved to its {@linkplain ToneStyle#NEW new-style} place.
   *
   * <pre>{@code
   * toneKey("noí")  // "nói"  == toneKey("nói")
   * toneKey("hòa")  // "hoà"  == toneKey("hoà") == toneKey("hoa\u0300")
   * toneKey("nòi")  // "nòi"  != toneKey("nói"): another tone is another syllable
   * toneKey("Hòa")  // "Hoà": case is kept; fold it separately if needed
   * }</pre>
   *
   * <p>Two words have the same key exactly when they spell the same syllables with the same tones,
   * wherever the marks sat. Words that are not Vietnamese syllables keep their marks as they are.
   *
   * @param text any text
   * @return the key, in NFC
   */
  public static String toneKey(String text) {
    return UnicodeStep.NFC.normalize(place(text, ToneStyle.NEW));
  }

  // ---------------------------------------------------------------------------------------------
  // The pipeline step.
  // ---------------------------------------------------------------------------------------------

  /**
   * Places tone marks in every word of {@code s}.
   *
   * @param requireEvidence when true, invalid placements are repaired only if the text contains a
   *     letter that only Vietnamese uses (ă ơ ư đ, a hook above, a dot below on a, i, u, y or a
   *     marked vowel, or a tone stacked on a quality mark): Spanish "oí" must stay as it is. Valid
   *     placements still move to an OLD or NEW style.
   * @param log receives the changes, or null
   */
  static String apply(String s, ToneStyle style, boolean requireEvidence, ChangeLog log) {
    Placement p = new Placement();
    p.walk(s, 0, s.length(), style, true);
    return p.finish(s, style, requireEvidence, log);
  }

  /**
   * {@link #apply} on the lines of {@code s} that {@link Prescan#scanLines} recorded with a flag
   * of {@code mask} ({@link Prescan#TONE_SUSPECT} for {@link ToneStyle#KEEP}, else {@link
   * Prescan#TONE}); the same result. Words end at a line feed, and the other lines would give no
   * edit, but two decisions are the document's: whether it shows a letter only Vietnamese has
   * (when {@code requireEvidence}), and which style most of its words use (for a repair either
   * style allows). When the lines leave one open, the rest of the document is walked for it, as
   * {@link #apply} walks it — without edits.
   *
   * @param lines {@link Prescan#lines()}: start, end, flags per line
   */
  static String applyToLines(String s, int[] lines, int lineCount, int mask, ToneStyle style,
      boolean requireEvidence, ChangeLog log) {
    Placement p = new Placement();
    for (int k = 0; k < lineCount; k++) {
      if ((lines[3 * k + 2] & mask) != 0) {
        p.walk(s, lines[3 * k], lines[3 * k + 1], style, true);
      }
    }
    if (p.editCount == 0) {
      return s;
    }
    if ((requireEvidence && !p.evidence) || p.needsMajorityStyle()) {
      int from = 0;
      for (int k = 0; k < lineCount; k++) {
        if ((lines[3 * k + 2] & mask) != 0) {
          p.walk(s, from, lines[3 * k], style, false);
          from = lines[3 * k + 1];
        }
      }
      p.walk(s, from, s.length(), style, false);
    }
    return p.finish(s, style, requireEvidence, log);
  }

  /** The tone step over one text: what its words showed, and the edits found. One per call. */
  private static final class Placement {
    final Analysis a = new Analysis();
    int[] edits; // triples: start, end, target (0 old, 1 new, 2 preferred)
    int editCount;
    int oldStyle;
    int newStyle;
    boolean evidence;

    /** Reads the words of {@code s[from, to)}; collects their edits when {@code collect}. */
    void walk(String s, int from, int to, ToneStyle style, boolean collect) {
      final Analysis a = this.a;
      int i = from;
      while (i < to) {
        char c = s.charAt(i);
        if (!isWordChar(c)) {
          i++;
          continue;
        }
        int start = i;
        boolean toned = false;
        do {
          if (c < CODES.length) {
            int code = CODES[c];
            toned |= (code & TONE_MASK) != 0 || (c >= 0x300 && c < 0x370 && isToneMark(c));
            evidence |= (code & EVIDENCE) != 0;
          }
          if (++i == to) {
            break;
          }
          c = s.charAt(i);
        } while (isWordChar(c));
        if (!toned || !a.parse(s, start, i)) {
          continue;
        }
        evidence |= a.evidence;
        if (a.oldPos != a.newPos) {
          if (a.toneIndex == a.oldPos) {
            oldStyle++;
          } else if (a.toneIndex == a.newPos) {
            newStyle++;
          }
        }
        int target;
        if (style == ToneStyle.OLD) {
          target = a.toneIndex == a.oldPos ? -1 : 0;
        } else if (style == ToneStyle.NEW) {
          target = a.toneIndex == a.newPos ? -1 : 1;
        } else if (a.toneIndex == a.oldPos || a.toneIndex == a.newPos) {
          target = -1;
        } else {
          target = a.oldPos == a.newPos ? 1 : 2;
        }
        if (target >= 0 && collect) {
          if (edits == null) {
            edits = new int[3 * 8];
          } else if (editCount * 3 == edits.length) {
            edits = Arrays.copyOf(edits, edits.length * 2);
          }
          edits[editCount * 3] = start;
          edits[editCount * 3 + 1] = i;
          edits[editCount * 3 + 2] = target;
          editCount++;
        }
      }
    }

    /** True when an edit goes to the style most of the text's words use. */
    boolean needsMajorityStyle() {
      for (int e = 0; e < editCount; e++) {
        if (edits[e * 3 + 2] == 2) {
          return true;
        }
      }
      return false;
    }

    /** Applies the edits to {@code s}, which every word of has been walked. */
    String finish(String s, ToneStyle style, boolean requireEvidence, ChangeLog log) {
      if (editCount == 0) {
        return s;
      }
      if (requireEvidence && !evidence) {
        // Without a letter only Vietnamese has, repairs could hit Spanish "oí"; a style the caller
        // chose still applies to valid placements.
        int kept = 0;
        for (int e = 0; e < editCount; e++) {
          a.parse(s, edits[e * 3], edits[e * 3 + 1]);
          if (a.toneIndex == a.oldPos || a.toneIndex == a.newPos) {
            System.arraycopy(edits, e * 3, edits, kept * 3, 3);
            kept++;
          }
        }
        editCount = kept;
        if (editCount == 0) {
          return s;
        }
      }
      boolean preferOld = oldStyle > newStyle;
      StringBuilder out = new StringBuilder(s.length());
      int copied = 0;
      for (int e = 0; e < editCount; e++) {
        int start = edits[e * 3];
        int end = edits[e * 3 + 1];
        int target = edits[e * 3 + 2];
        a.parse(s, start, end);
        boolean valid = a.toneIndex == a.oldPos || a.toneIndex == a.newPos;
        int pos = target == 0 || (target == 2 && preferOld) ? a.oldPos : a.newPos;
        out.append(s, copied, start);
        int wordStart = out.length();
        a.write(pos, out);
        copied = end;
        if (log != null) {
          String what = valid
              ? "tone mark moved to its " + style.name().toLowerCase(Locale.ROOT) + "-style place"
              : "invalid tone placement repaired";
          log.record(Step.TONES, what, s.substring(start, end), out.substring(wordStart));
        }
      }
      out.append(s, copied, s.length());
      return out.toString();
    }
  }

  static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (char) ((c | 0x20) - 'a') < 26;
    }
    if (c < CODES.length && CODES[c] != 0) {
      return true;
    }
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isToneMark(char c) {
    int m = MARKS[c - 0x300];
    return m != 0 && (m & 0x10) == 0;
  }

  /**
   * True when {@code s[from, to)} is one Vietnamese syllable with at most one tone mark, written
   * lowercase, Capitalized or in capitals; {@code a} is scratch.
   */
  static boolean isSyllable(CharSequence s, int from, int to, Analysis a) {
    return a.parse(s, from, to, false) && a.regularCase();
  }

  /** True when the char is, or carries, a Vietnamese tone mark (possibly not in a syllable). */
  static boolean carriesTone(char c) {
    if (c >= CODES.length) {
      return false;
    }
    return (CODES[c] & TONE_MASK) != 0 || (c >= 0x300 && c < 0x370 && isToneMark(c));
  }

  /**
   * True when every precomposed tone mark of {@code s} certainly needs no repair (in
   * {@link ToneStyle#KEEP}): each sits where a style allows it, or its word is not a syllable the
   * repair would touch. False means "run the step"; it is not a verdict. Combining tone marks are
   * not looked at (the Prescan sends decomposed text to the step anyway).
   *
   * <p>The Prescan's second pass on text with tone marks; clean Vietnamese has one every six
   * chars. A window of five chars slides over the text; each char's class (what the rules look at:
   * consonant, q, g, each vowel, a marked vowel, a combining mark, none) comes from a table, and a
   * bitset over (toned class of the middle char, classes of two neighbours on each side) answers
   * — no branch per char (a branch per toned letter measured 2.4 ns a char on Vietnamese news,
   * this loop 2.0; the two rolling windows alone take 1.7). The bitset is built from
   * {@link #quickValidReference}, which a test checks
   * against the full parse on every syllable of the language with every tone on every letter.
   */
  static boolean tonesLookValid(String s) {
    return tonesLookValid(s, 0, s.length());
  }

  /**
   * {@link #tonesLookValid(String)} for the tone marks of {@code s[from, to)}, looked at in
   * {@code s}: the neighbours outside the range count, so that the answers for the lines of a text
   * together are the answer for the text.
   */
  static boolean tonesLookValid(String s, int from, int to) {
    final int n = s.length();
    final byte[] classes = QUICK_CLASS;
    final long[] valid = QUICK_VALID;
    int window = 0; // neighbour classes of the last five chars, four bits each
    int toned = 0; // toned classes of the last three chars
    for (int i = Math.max(0, from - 2); i < from; i++) { // neighbours only: no toned class
      char c = s.charAt(i);
      window = window << 4 | (c < QUICK_LIMIT ? classes[c] & 15 : 0);
    }
    final int end = Math.min(n, to + 2);
    long bad = 0;
    for (int i = from; i < to + 2; i++) { // two more steps bring the last char to the middle
      int k = 0;
      if (i < end) {
        char c = s.charAt(i);
        k = c < QUICK_LIMIT ? classes[c] : 0;
      }
      window = (window << 4 | (k & 15)) & 0xFFFFF;
      toned = (toned << 4 | (k >>> 4 & 15)) & 0xFFF;
      int middle = toned >>> 8;
      // Untoned middles all read bit 0 (set): one cache line for five chars out of six.
      int index = (middle << 16 | (window >>> 4 & 0xFF00) | (window & 0xFF)) & (-middle >> 31);
      bad |= ~valid[index >>> 6] >>> index;
    }
    return (bad & 1) == 0;
  }

  /**
   * The rules {@link #tonesLookValid} tabulates, written out for the toned letter at {@code i};
   * its bitset is built by running this on one representative string per combination of classes.
   */
  static boolean quickValidReference(String s, int i) {
    final int[] q = QUICK;
    final int n = s.length();
    final int cur = q[s.charAt(i)];
    if ((cur & Q_VOWEL) == 0) {
      return false; // a tone on a consonant ("nǵhe"): parse
    }
    int n1 = 0;
    if (i + 1 < n) {
      char c = s.charAt(i + 1);
      n1 = c < QUICK_LIMIT ? q[c] : 0;
    }
    if ((n1 & Q_COMBINING) != 0) {
      return false; // decomposed input
    }
    boolean after = (n1 & Q_VOWEL) != 0;
    if ((cur & Q_MARKED) != 0) {
      // Rule 1: the tone belongs on the last marked vowel; no marked vowel may follow.
      if (!after) {
        return true;
      }
      if ((n1 & Q_MARKED) != 0) {
        return false;
      }
      int n2 = 0;
      if (i + 2 < n) {
        char c = s.charAt(i + 2);
        n2 = c < QUICK_LIMIT ? q[c] : 0;
      }
      return (n2 & (Q_COMBINING | Q_MARKED)) == 0;
    }
    int p1 = 0;
    if (i >= 1) {
      char c = s.charAt(i - 1);
      p1 = c < QUICK_LIMIT ? q[c] : 0;
    }
    boolean before = (p1 & Q_VOWEL) != 0;
    if (!before && !after) {
      return (p1 & Q_COMBINING) == 0; // the only vowel
    }
    if (((p1 | n1) & Q_MARKED) != 0) {
      return false; // a marked neighbour should carry the tone
    }
    int p2 = 0;
    if (i >= 2) {
      char c = s.charAt(i - 2);
      p2 = c < QUICK_LIMIT ? q[c] : 0;
    }
    int n2 = 0;
    if (after && i + 2 < n) {
      char c = s.charAt(i + 2);
      n2 = c < QUICK_LIMIT ? q[c] : 0;
    }
    if (((p1 | p2 | n2) & Q_COMBINING) != 0) {
      return false;
    }
    char b = (char) (cur & BASE_MASK);
    if (!after) { // the last of two or more
      if ((p2 & Q_MARKED) != 0) {
        return false;
      }
      if ((n1 & Q_LETTER) != 0) {
        return true; // the last vowel before a coda
      }
      if ((p2 & Q_VOWEL) != 0) {
        return false; // last of three, open: belongs in the middle
      }
      char a = (char) (p1 & BASE_MASK);
      char onset = (char) (p2 & BASE_MASK);
      return (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y') // new style
          || (a == 'u' && onset == 'q') || (a == 'i' && onset == 'g'); // qu-, gi- onsets
    }
    if (!before) { // the first of two or more
      char prev = (char) (p1 & BASE_MASK);
      if (prev == 'q' || (prev == 'g' && b == 'i')) {
        return false; // the u of qu-, the i of gi- belong to the onset
      }
      return (n2 & Q_LETTER) == 0; // open pair: first vowel (or old style); a coda or third vowel: parse
    }
    return (p2 & Q_VOWEL) == 0 && (n2 & Q_LETTER) == 0; // the middle of three, open
  }

  private static int neighbourClass(int q) {
    if ((q & Q_COMBINING) != 0) {
      return K_COMBINING;
    }
    if ((q & Q_MARKED) != 0) {
      return K_MARKED;
    }
    char b = (char) (q & BASE_MASK);
    if ((q & Q_VOWEL) != 0) {
      return 6 + K_VOWELS.indexOf(b);
    }
    if ((q & Q_LETTER) == 0) {
      return K_NONE;
    }
    return b == 'q' ? K_Q : b == 'g' ? K_G : K_CONSONANT;
  }

  private static int tonedClass(int q) {
    if ((q & Q_LETTER) == 0 || (q & TONE_MASK) == 0) {
      return 0;
    }
    if ((q & Q_VOWEL) == 0) {
      return 1;
    }
    if ((q & Q_MARKED) != 0) {
      return 2;
    }
    return 3 + K_VOWELS.indexOf((char) (q & BASE_MASK));
  }

  // ---------------------------------------------------------------------------------------------
  // Syllable analysis.
  // ---------------------------------------------------------------------------------------------

  /**
   * One word read as letters with their marks. Reused from word to word within one call, never
   * shared between threads.
   */
  static final class Analysis {
    final int[] codes = new int[MAX_LETTERS];
    int n;
    /** Letter index of the tone mark; -1 when there is none. */
    int toneIndex;
    int tone;
    /** Letter index where the tone belongs in the old and the new style. */
    int oldPos;
    int newPos;
    boolean evidence;

    /**
     * Reads {@code s[from, to)} as one syllable with exactly one tone mark.
     *
     * @return false when it is not a Vietnamese syllable or has no or several tone marks
     */
    boolean parse(CharSequence s, int from, int to) {
      return parse(s, from, to, true);
    }

    /**
     * Reads {@code s[from, to)} as one syllable with at most one tone mark, exactly one when
     * {@code requireTone}.
     */
    boolean parse(CharSequence s, int from, int to, boolean requireTone) {
      n = 0;
      toneIndex = -1;
      tone = 0;
      evidence = false;
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        if (c >= 0x300 && c < 0x370) {
          int mark = MARKS[c - 0x300];
          if (mark == 0 || n == 0) {
            return false;
          }
          int code = codes[n - 1];
          if ((mark & 0x10) != 0) {
            if ((code >>> QUALITY_SHIFT & 3) != 0) {
              return false;
            }
            code |= (mark & 3) << QUALITY_SHIFT;
          } else {
            if ((code & TONE_MASK) != 0) {
              return false;
            }
            code |= mark << TONE_SHIFT;
          }
          codes[n - 1] = withEvidence(code);
          continue;
        }
        int code = c < CODES.length ? CODES[c] : 0;
        if (code == 0 || n == MAX_LETTERS) {
          return false;
        }
        codes[n++] = code;
      }
      for (int k = 0; k < n; k++) {
        int code = codes[k];
        evidence |= (code & EVIDENCE) != 0;
        int t = (code & TONE_MASK) >>> TONE_SHIFT;
        if (t != 0) {
          if (toneIndex >= 0) {
            return false;
          }
          toneIndex = k;
          tone = t;
        }
        int q = code >>> QUALITY_SHIFT & 3;
        if (q != 0 && vowelId(base(k), q) < 0) {
          return false;
        }
      }
      return (toneIndex >= 0 || !requireTone) && n > 0 && syllable();
    }

    /** After a successful parse: lowercase, Capitalized or ALL CAPS. */
    boolean regularCase() {
      boolean first = (codes[0] & UPPER) != 0;
      boolean rest = n > 1 && (codes[1] & UPPER) != 0;
      for (int k = 2; k < n; k++) {
        if (((codes[k] & UPPER) != 0) != rest) {
          return false;
        }
      }
      return first || !rest;
    }

    private char base(int k) {
      return (char) (codes[k] & BASE_MASK);
    }

    private int vowel(int k) {
      return vowelId(base(k), codes[k] >>> QUALITY_SHIFT & 3);
    }

    private boolean plain(int k, char letter) {
      return k < n && base(k) == letter && (codes[k] >>> QUALITY_SHIFT & 3) == 0;
    }

    /** Splits into onset, cluster and coda and sets the tone positions; false if not a syllable. */
    private boolean syllable() {
      int onset = onsetLength();
      if (onset < 0) {
        return false;
      }
      int end = onset;
      int key = 0;
      int marked = -1;
      while (end < n) {
        int v = vowel(end);
        if (v < 0) {
          break;
        }
        if (end - onset == 3) {
          return false;
        }
        key = key * 14 + v + 1;
        if ((codes[end] >>> QUALITY_SHIFT & 3) != 0) {
          marked = end;
        }
        end++;
      }
      int length = end - onset;
      if (length == 0) {
        return false;
      }
      boolean coda = end < n;
      if (coda && !isCoda(end)) {
        return false;
      }
      int flags = CLUSTERS[key];
      if ((flags & (coda ? CODA : OPEN)) == 0) {
        return false;
      }
      if (marked >= 0) {
        oldPos = newPos = marked;
      } else if (coda) {
        oldPos = newPos = end - 1;
      } else if (length == 3) {
        oldPos = newPos = onset + 1;
      } else if ((flags & STYLED) != 0) {
        oldPos = onset;
        newPos = onset + 1;
      } else {
        oldPos = newPos = onset;
      }
      return true;
    }

    /** Length of the onset, or -1 when the word does not start like a Vietnamese syllable. */
    private int onsetLength() {
      if (vowel(0) >= 0) {
        return 0;
      }
      switch (base(0)) {
        case 'b': case 'd': case '\u0111': case 'h': case 'l': case 'm': case 'r': case 's':
        case 'v': case 'x':
          return 1;
        case 'n':
          if (plain(1, 'g')) {
            if (plain(2, 'h')) {
              return 3;
            }
            // Before i, e, ê the spelling is ngh-: "ngià" is no syllable (and no "gi-" onset).
            return plain(2, 'i') || plain(2, 'e') || (n > 2 && vowel(2) == V_E + 1) ? -1 : 2;
          }
          return plain(1, 'h') ? 2 : 1;
        case 'c': case 'k':
          return plain(1, 'h') ? 2 : 1;
        case 'g':
          if (plain(1, 'h')) {
            return 2;
          }
          // "gi" is the onset when a vowel follows ("gia", "giữ"); else the i is the vowel ("gì").
          return plain(1, 'i') && n > 2 && vowel(2) >= 0 ? 2 : 1;
        case 'p':
          return plain(1, 'h') ? 2 : -1;
        case 't':
          return plain(1, 'h') || plain(1, 'r') ? 2 : 1;
        case 'q':
          return plain(1, 'u') && n > 2 && vowel(2) >= 0 ? 2 : -1;
        default:
          return -1;
      }
    }

    private boolean isCoda(int k) {
      int left = n - k;
      char c0 = base(k);
      if (left == 1) {
        // k closes syllables of minority place names: "Đắk Lắk".
        return c0 == 'c' || c0 == 'm' || c0 == 'n' || c0 == 'p' || c0 == 't' || c0 == 'k';
      }
      return left == 2 && ((c0 == 'c' && plain(k + 1, 'h'))
          || (c0 == 'n' && (plain(k + 1, 'g') || plain(k + 1, 'h'))));
    }

    /** Appends the word with its one tone mark on letter {@code pos}, in NFC. */
    void write(int pos, StringBuilder out) {
      for (int k = 0; k < n; k++) {
        int code = codes[k];
        int upper = (code & UPPER) != 0 ? 1 : 0;
        int v = vowel(k);
        if (v >= 0) {
          out.append(COMPOSED[v][k == pos ? tone : 0][upper]);
        } else {
          char b = base(k);
          out.append(upper == 1 ? Character.toUpperCase(b) : b);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static int vowelId(char base, int quality) {
    switch (base) {
      case 'a':
        return quality == Q_NONE ? V_A : quality == Q_BREVE ? V_A + 1 : quality == Q_CIRCUMFLEX ? V_A + 2 : -1;
      case 'e':
        return quality == Q_NONE ? V_E : quality == Q_CIRCUMFLEX ? V_E + 1 : -1;
      case 'i':
        return quality == Q_NONE ? V_E + 2 : -1;
      case 'o':
        return quality == Q_NONE ? V_O : quality == Q_CIRCUMFLEX ? V_O + 1 : quality == Q_HORN ? V_O + 2 : -1;
      case 'u':
        return quality == Q_NONE ? V_U : quality == Q_HORN ? V_U + 1 : -1;
      case 'y':
        return quality == Q_NONE ? V_Y : -1;
      default:
        return -1;
    }
  }

  /** Marks letters that only Vietnamese writes; see {@link #apply}. */
  private static int withEvidence(int code) {
    char base = (char) (code & BASE_MASK);
    int q = code >>> QUALITY_SHIFT & 3;
    int t = (code & TONE_MASK) >>> TONE_SHIFT;
    boolean vietnamese = base == '\u0111' || q == Q_BREVE || q == Q_HORN || t == T_HOOK
        || (t == T_DOT && !(q == Q_NONE && (base == 'e' || base == 'o')))
        || (q == Q_CIRCUMFLEX && t != T_NONE);
    return vietnamese ? code | EVIDENCE : code;
  }

  private static void defineClusters(String clusters, int flags) {
    for (String cluster : clusters.split(" ")) {
      int key = 0;
      for (int k = 0; k < cluster.length(); k++) {
        int v = VOWEL_LETTERS.indexOf(cluster.charAt(k));
        assert v >= 0 : cluster;
        key = key * 14 + v + 1;
      }
      CLUSTERS[key] = (byte) flags;
    }
  }
}

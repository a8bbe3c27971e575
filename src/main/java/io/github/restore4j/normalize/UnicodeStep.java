// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;

/**
 * Step 1: removes invisible and control characters, then applies NFC or NFKC. Output is in the
 * chosen normal form.
 *
 * <p>Removed: C0 and C1 controls other than tab, line feed and the line-breaking ones the
 * whitespace step handles (CR, VT, FF, NEL); U+200B zero width space, U+2060 word joiner, U+FEFF
 * byte order mark; U+200C/U+200D zero width (non-)joiner unless a neighbour is in a script that
 * writes them (Arabic, Indic, ...) or is an emoji. Kept: soft hyphen, bidi controls, variation
 * selectors — they carry meaning.
 *
 * <p>With NFKC and {@link SpaceStyle#KEEP}, space separators are left out of NFKC (which would
 * turn a no-break space into a space), so that the two options do not fight.
 *
 * <h2>Mark storms: the Stream-Safe Text Format</h2>
 * Before ICU sees a line, a U+034F combining grapheme joiner (CGJ) is inserted wherever more than
 * {@value #MAX_NON_STARTERS} non-starters would follow each other — the Stream-Safe Text Process
 * of UAX #15 §13, counting the non-starters of each character's decomposition in the chosen form
 * (NFD for NFC, NFKD for NFKC; UAX #15 counts NFKD, which for NFC would count compatibility
 * characters that NFC leaves alone):
 * <pre>{@code
 * "a" + 100,000 × U+0300  ->  "à" + (29 × U+0300 + CGJ + 30 × U+0300 + CGJ + ...)
 * }</pre>
 * A CGJ is a starter that nothing composes with, so canonical reordering stops at it, and ICU's
 * reordering (an insertion sort, quadratic in the length of a run: 100,000 marks took 4 to 7 s)
 * and every later step see runs of at most 30 marks. No real text has such a run (the longest
 * meaningful sequences in Unicode's data are well under it), so real text is left byte-identical.
 * The count is the same for a text and its normalized form (they have the same decomposition),
 * so a second run inserts nothing: the step stays idempotent.
 */
final class UnicodeStep {
  static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  /** The longest run of non-starters left as it is (UAX #15 §13). */
  static final int MAX_NON_STARTERS = 30;
  /** U+034F combining grapheme joiner: a starter that blocks reordering and composition. */
  static final char CGJ = '\u034F';
  /** Fewer non-starter-led code points in a row than this cannot make a run over the maximum. */
  private static final int SHORTEST_STORM = 8;
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Normalizer2 NFKC_KEEP_SPACES =
      new FilteredNormalizer2(NFKC, new UnicodeSet("[^[:Zs:]]").freeze());

  private final Normalizer2 normalizer;
  /** The decomposition of the chosen form, whose non-starters the stream-safe pass counts. */
  private final Normalizer2 decomposition;
  private final String formName;
  /** Every char below this is normalization-inert in the chosen form (quick check YES). */
  private final char inertBelow;
  /** The {@link Prescan} flag that says the chosen form must look. */
  private final int checkFlag;

  UnicodeStep(UnicodeForm form, SpaceStyle spaces) {
    if (form == UnicodeForm.NFC) {
      normalizer = NFC;
      decomposition = Normalizer2.getNFDInstance();
      inertBelow = '\u0300';
    } else {
      normalizer = spaces == SpaceStyle.KEEP ? NFKC_KEEP_SPACES : NFKC;
      decomposition = Normalizer2.getNFKDInstance();
      inertBelow = '\u00A0';
    }
    formName = form.name();
    checkFlag = form == UnicodeForm.NFC ? Prescan.NFC_CHECK : Prescan.NFKC_CHECK;
  }

  /** True for characters this step removes wherever they are (joiners are decided in context). */
  static boolean isRemovable(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r' && c != '\u000B' && c != '\u000C';
    }
    if (c < 0x7F) {
      return false;
    }
    if (c <= 0x9F) {
      return c != '\u0085';
    }
    return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u200C' || c == '\u200D';
  }

  String apply(String s, ChangeLog log) {
    return apply(s, Prescan.scan(s), log);
  }

  /** With the flags of {@link Prescan#scan} for {@code s}: skips what they rule out. */
  String apply(String s, int flags, ChangeLog log) {
    String t = (flags & Prescan.REMOVABLE) != 0 ? removeInvisible(s, log) : s;
    if (t == s && (flags & checkFlag) == 0) {
      return s; // every char is inert in the chosen form: nothing to compose or reorder
    }
    return normalize(streamSafe(t, log), log);
  }

  /**
   * {@link #apply} on the lines of {@code s} that {@link Prescan#scanLines} recorded with {@link
   * Prescan#REMOVABLE} or the chosen form's check flag, each as a text of its own; the same text,
   * since a line feed is inert in both forms (nothing composes or reorders across it) and the
   * other lines are made of inert chars. ICU's quick check stops at the first char it is not sure
   * of and the whole rest of the text would be normalized; here only the lines with such chars
   * are. With a log, the whole-text path runs: it names the segments from where the quick check
   * on the whole text stopped, and reports all removals before any normalization.
   *
   * @param lines {@link Prescan#lines()}: start, end, flags per line
   */
  String applyToLines(String s, int flags, int[] lines, int lineCount, ChangeLog log) {
    if (log != null) {
      return apply(s, flags, log);
    }
    final int mask = Prescan.REMOVABLE | checkFlag;
    Edits edits = null;
    for (int k = 0; k < lineCount; k++) {
      int f = lines[3 * k + 2];
      if ((f & mask) == 0) {
        continue;
      }
      int from = lines[3 * k];
      int to = lines[3 * k + 1];
      String line = s.substring(from, to);
      String t = (f & Prescan.REMOVABLE) != 0 ? removeInvisible(line, null) : line;
      if ((f & checkFlag) != 0) {
        t = streamSafe(t, null);
        if (!normalizer.isNormalized(t)) {
          t = normalizer.normalize(t);
        }
      }
      if (!t.equals(line)) {
        if (edits == null) {
          edits = new Edits(s);
        }
        edits.replace(from, to, t);
      }
    }
    return edits == null ? s : edits.result();
  }

  private static String removeInvisible(String s, ChangeLog log) {
    final int n = s.length();
    Edits edits = null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x200B && c <= 0x200D) || c == 0x2060
          || c == 0xFEFF) {
        if (!isRemovable(c) || ((c == 0x200C || c == 0x200D) && joinerMatters(s, i))) {
          continue;
        }
        if (edits == null) {
          edits = new Edits(s);
        }
        edits.replace(i, i + 1, "");
        if (log != null) {
          String what = c < 0xA0 ? "control characters removed" : "invisible characters removed";
          log.record(Step.UNICODE, what, String.valueOf(c), "");
        }
      }
    }
    return edits == null ? s : edits.result();
  }

  /**
   * {@code s} with a CGJ inserted before each char that would make a run of more than {@link
   * #MAX_NON_STARTERS} non-starters (see the class comment); {@code s} itself when none is needed.
   * One trie lookup per char for the chars whose decomposition starts and ends with a starter (all
   * of most text); the decomposition of the others is read.
   */
  String streamSafe(String s, ChangeLog log) {
    return mayHaveLongRun(s) ? insertJoiners(s, log) : s;
  }

  /**
   * False when no {@value #SHORTEST_STORM} code points in a row have a decomposition that starts
   * with a non-starter: then no run of non-starters can pass {@link #MAX_NON_STARTERS}, since such
   * a code point adds at most 3 to a run (U+0344, U+0F73: 2) and a starter begins one with at most
   * 4 (ᾊ: 3). One trie lookup per char from U+0300 up; the run counting of {@link #insertJoiners},
   * which reads decompositions, cost 0.8 ms on the 219 lines of the benchmark text that ICU checks.
   */
  private boolean mayHaveLongRun(String s) {
    final Normalizer2 d = decomposition;
    final int n = s.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x300) {
        run = 0;
      } else if (Character.isSurrogate(c)) {
        // A pair counts twice: still a bound on the code points.
        run = Character.isHighSurrogate(c) && !d.hasBoundaryBefore(s.codePointAt(i)) ? run + 1
            : Character.isLowSurrogate(c) && run > 0 ? run + 1 : 0;
      } else {
        run = d.hasBoundaryBefore(c) ? 0 : run + 1;
      }
      if (run >= SHORTEST_STORM) {
        return true;
      }
    }
    return false;
  }

  /** {@link #streamSafe} once {@link #mayHaveLongRun} said it must look. */
  String insertJoiners(String s, ChangeLog log) {
    final Normalizer2 d = decomposition;
    final int n = s.length();
    Edits edits = null;
    int run = 0; // non-starters since the last starter
    for (int i = 0; i < n; ) {
      int c = s.codePointAt(i);
      int next = i + Character.charCount(c);
      if (c < 0xA0 || d.hasBoundaryBefore(c) && d.hasBoundaryAfter(c)) {
        run = 0;
        i = next;
        continue;
      }
      String dec = d.getDecomposition(c);
      int len = dec == null ? 1 : dec.codePointCount(0, dec.length());
      int lead = 0;
      int trail = 0;
      for (int k = 0, p = 0; k < len; k++) {
        int m = dec == null ? c : dec.codePointAt(p);
        p += Character.charCount(m);
        if (d.getCombiningClass(m) == 0) {
          trail = 0;
        } else {
          trail++;
          if (lead == k) {
            lead++;
          }
        }
      }
      if (lead > 0 && run + lead > MAX_NON_STARTERS) {
        if (edits == null) {
          edits = new Edits(s);
        }
        edits.replace(i, i, CGJ);
        run = 0;
      }
      run = lead == len ? run + len : trail;
      i = next;
    }
    if (edits == null) {
      return s;
    }
    String t = edits.result();
    if (log != null) {
      log.record(Step.UNICODE, "combining grapheme joiner inserted in a run of over "
          + MAX_NON_STARTERS + " combining marks", "", "");
    }
    return t;
  }

  /** A joiner matters next to letters of scripts that write it and inside emoji sequences. */
  private static boolean joinerMatters(String s, int i) {
    return i > 0 && needsJoiner(s.codePointBefore(i))
        || i + 1 < s.length() && needsJoiner(s.codePointAt(i + 1));
  }

  private static boolean needsJoiner(int cp) {
    if (UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
        || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_COMPONENT)
        || UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR)) {
      return true;
    }
    int script = UScript.getScript(cp);
    return script != UScript.COMMON && script != UScript.INHERITED && script != UScript.LATIN
        && script != UScript.CYRILLIC && script != UScript.GREEK;
  }

  private String normalize(String s, ChangeLog log) {
    final int n = s.length();
    final char inert = inertBelow;
    int i = 0;
    while (i < n && s.charAt(i) < inert) {
      i++;
    }
    if (i == n) {
      return s;
    }
    int span = normalizer.spanQuickCheckYes(s);
    if (span == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n + 16).append(s, 0, span);
    normalizer.normalizeSecondAndAppend(out, s.subSequence(span, n));
    String result = out.toString();
    if (log != null && !result.equals(s)) {
      explain(s, span, log);
    }
    return result.equals(s) ? s : result;
  }

  /**
   * Records each changed segment. Segments start at characters that have a normalization boundary
   * before them, so normalizing them one by one gives the same text as normalizing the whole.
   */
  private void explain(String s, int from, ChangeLog log) {
    final int n = s.length();
    int start = from;
    int i = from;
    while (i < n) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (next == n || normalizer.hasBoundaryBefore(s.codePointAt(next))) {
        String segment = s.substring(start, next);
        String normalized = normalizer.normalize(segment);
        if (!normalized.equals(segment)) {
          log.record(Step.UNICODE, formName, segment, normalized);
        }
        start = next;
      }
      i = next;
    }
  }
}

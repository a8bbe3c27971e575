// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import java.util.function.UnaryOperator;

/**
 * Maps offsets in a sibling's repaired text (what restoration reads) back to the text the caller
 * gave, so that provenance spans index the caller's string and file.
 *
 * <pre>{@code
 * source   = "Vie\u0323\u0302t Nam"       // NFD, 9 chars
 * repaired = "Việt Nam"                   // NFC, 8 chars
 * map.start(5) == 6, map.end(8) == 9      // "Nam"
 * map.start(2) == 2, map.end(3) == 5      // "ệ" came from "e\u0323\u0302"
 * }</pre>
 *
 * <h2>How it is built: anchors, then one region per changed word</h2>
 * The pool's repairs ({@code SiblingPool}: mojibake, legacy Vietnamese encodings, NFC and
 * invisible characters, look-alike letters) never add, remove or move an <em>anchor</em>: an ASCII
 * char that is not a letter or a control, other than {@code < = > ; `} — or a tab, line feed or
 * carriage return. Mojibake decoding passes ASCII through and makes non-ASCII chars only; the
 * legacy tables read non-ASCII chars and ASCII letters; NFC composes ASCII letters and
 * {@code < = >} (with U+0338) and makes {@code ;} and {@code `} of U+037E and U+1FEF, and nothing
 * else of ASCII; the removed invisible characters are controls and format characters; look-alikes
 * are letters. So the k-th anchor of the source is the k-th of the repaired text, and each run
 * between two anchors (a word, or part of one) is compared on its own: equal runs map one to one.
 * A changed run is first split at its non-ASCII spaces and punctuation when both texts have the
 * same ones; each changed piece is one region, less the chars it starts and ends with in both
 * texts. Equal ASCII chars do correspond (no repair makes them of their neighbours), and so do
 * equal non-ASCII ones unless a decoder may have read them with their neighbours: mojibake reads
 * the no-break space U+00A0 as "Â" + U+00A0, and a region edge must not fall between the two. When
 * the source run holds a char a decoder reads (see {@code mayBeDecoded}), each piece of a split and
 * each non-ASCII trim is checked by repairing the piece on its own, and dropped if the repair does
 * not give its twin; NFD text, invisible characters and look-alikes in Latin text need no check. A
 * region edge never falls inside a surrogate pair or before a combining mark. This needs no record
 * of what each step did — some rewrite whole lines through ICU — and is linear, plus those checks.
 * Measured on the 193,502 chars of testdata's Vietnamese sentences in NFD (27,402 regions, no check
 * needed): the map took about half the time of the repair itself, on a loaded machine (70-80 ms
 * against 130-150 ms). Should the anchors disagree (a repair that breaks the rule above), line feeds
 * alone are tried as anchors, then the whole text is one region: coarser, never wrong.
 *
 * <h2>Contract</h2>
 * A repaired span {@code [a, b)} maps to {@code [start(a), end(b))}, a source span that holds every
 * char the repaired chars of {@code [a, b)} were made from: an edge outside regions or on a region's
 * edge maps exactly (so a span between words, or between a word and punctuation, repairs to
 * exactly the repaired span), an edge inside a region maps to the region's edge on the side that
 * widens the span, and characters the repair removed at an edge are included. Outside regions
 * offsets shift by what the regions before them added or removed.
 *
 * <p>Regions are kept as one primitive array, four ints each, so a map costs 16 bytes per changed
 * word and nothing for a clean sibling ({@link #IDENTITY}). Immutable and thread-safe.
 */
final class SourceMap {
  /** The map of a text the repair left as it was. */
  static final SourceMap IDENTITY = new SourceMap(new int[0], 0);

  /** Per region, by repaired start: repaired start, repaired end, source start, source end. */
  private final int[] regions;
  private final int count;

  private SourceMap(int[] regions, int count) {
    this.regions = regions;
    this.count = count;
  }

  /**
   * The map from {@code repaired}, the repair of {@code source}, back to {@code source}.
   *
   * @param repair the repair that made {@code repaired}, to check finer splits with
   */
  static SourceMap between(String source, String repaired, UnaryOperator<String> repair) {
    if (source.equals(repaired)) {
      return IDENTITY;
    }
    Builder b = anchored(source, repaired, false, repair);
    if (b == null) {
      b = anchored(source, repaired, true, repair);
    }
    if (b == null) {
      b = new Builder(repair);
      b.run(source, 0, source.length(), repaired, 0, repaired.length());
    }
    return b.count == 0 ? IDENTITY : new SourceMap(b.regions, b.count);
  }

  /** The regions between anchors (line feeds only if {@code lines}); null when the anchors disagree. */
  private static Builder anchored(String source, String repaired, boolean lines,
      UnaryOperator<String> repair) {
    Builder b = new Builder(repair);
    final int n = source.length();
    final int m = repaired.length();
    int i = 0;
    int j = 0;
    while (true) {
      int ai = nextAnchor(source, i, lines);
      int aj = nextAnchor(repaired, j, lines);
      boolean ends = ai == n && aj == m;
      if (!ends && (ai == n || aj == m || source.charAt(ai) != repaired.charAt(aj))) {
        return null;
      }
      b.run(source, i, ai, repaired, j, aj);
      if (ends) {
        return b;
      }
      i = ai + 1;
      j = aj + 1;
    }
  }

  private static int nextAnchor(String s, int from, boolean lines) {
    final int n = s.length();
    int i = from;
    while (i < n && !(lines ? s.charAt(i) == '\n' : isAnchor(s.charAt(i)))) {
      i++;
    }
    return i;
  }

  /** See the class comment: ASCII chars no repair adds, removes or moves. */
  static boolean isAnchor(char c) {
    if (c >= 0x7F) {
      return false;
    }
    if (c < 0x20) {
      return c == '\n' || c == '\t' || c == '\r';
    }
    return !isAsciiLetter(c) && c != '<' && c != '=' && c != '>' && c != ';' && c != '`';
  }

  private static boolean isAsciiLetter(char c) {
    return (char) ((c | 0x20) - 'a') < 26;
  }

  /** How many changed regions the map has (0 for a text the repair left alone). */
  int regions() {
    return count;
  }

  /** The source offset where a span that starts at repaired offset {@code offset} starts. */
  int start(int offset) {
    int k = regionAtOrAfter(offset);
    if (k == count || regions[4 * k] > offset) {
      return offset + shiftBefore(k);
    }
    return offset == regions[4 * k + 1] && offset > regions[4 * k] ? regions[4 * k + 3] : regions[4 * k + 2];
  }

  /** The source offset where a span that ends at repaired offset {@code offset} ends. */
  int end(int offset) {
    int k = regionAtOrAfter(offset);
    if (k == count || regions[4 * k] > offset) {
      return offset + shiftBefore(k);
    }
    return offset == regions[4 * k] && offset < regions[4 * k + 1] ? regions[4 * k + 2] : regions[4 * k + 3];
  }

  /** The first region whose repaired end is at or after {@code offset}; {@link #count} if none. */
  private int regionAtOrAfter(int offset) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (regions[4 * mid + 1] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Source minus repaired length of the regions before region {@code k}. */
  private int shiftBefore(int k) {
    return k == 0 ? 0 : regions[4 * k - 1] - regions[4 * k - 3];
  }

  @Override
  public String toString() {
    return "SourceMap{" + count + " regions}";
  }

  /** Collects regions in repaired order. */
  private static final class Builder {
    /** The repair the texts went through, to check a finer split before it is trusted. */
    private final UnaryOperator<String> repair;
    int[] regions = new int[64];
    int count;

    Builder(UnaryOperator<String> repair) {
      this.repair = repair;
    }

    /**
     * Compares the runs {@code source[i, ie)} and {@code repaired[j, je)} between two anchors: none,
     * one region or (split at non-ASCII spaces and punctuation) several if they differ.
     */
    void run(String source, int i, int ie, String repaired, int j, int je) {
      final int sl = ie - i;
      final int rl = je - j;
      if (sl == rl && source.regionMatches(i, repaired, j, sl)) {
        return;
      }
      boolean check = mayBeDecoded(source, i, ie);
      if (!splitAtSeparators(source, i, ie, repaired, j, je, check)) {
        piece(source, i, ie, repaired, j, je, check);
      }
    }

    /**
     * Whether a decoder (mojibake, legacy Vietnamese) or NFC's Greek singletons may have read chars
     * of {@code s[from, to)} together with their neighbours: it holds a char of a code page's upper
     * half (Latin-1, the windows-1252 extras, Cyrillic), a Greek one, or a char of U+2000..U+25FF
     * (windows-1252 punctuation, KOI8-R signs) right after another non-ASCII char that is not a
     * combining mark — as a continuation byte of mojibake is. When not, no equal char of the two
     * runs can be half of such a reading, and the finer splits need no check by repair: the case
     * of NFD text, invisible characters and look-alikes in Latin text, where checks would double
     * the cost of mapping.
     */
    private static boolean mayBeDecoded(String s, int from, int to) {
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        if (c < 0x80) {
          continue;
        }
        if (c < 0x100 || (c >= 0x152 && c <= 0x192) || c == 0x2C6 || c == 0x2DC
            || (c >= 0x370 && c < 0x530) || (c >= 0x1F00 && c < 0x2000)) {
          return true;
        }
        if (c >= 0x2000 && c < 0x2600 && k > from) {
          char b = s.charAt(k - 1);
          if (b >= 0x80 && Character.getType(b) != Character.NON_SPACING_MARK) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Splits both runs at their non-ASCII spaces and punctuation (no-break spaces, dashes, curly
     * quotes: no anchors, since mojibake can make them) when both have the same ones in the same
     * order and (if {@code check}) every changed piece repairs on its own to its twin; false, and
     * nothing added, otherwise.
     */
    private boolean splitAtSeparators(String source, int i, int ie, String repaired, int j, int je,
        boolean check) {
      int[] sp = separators(source, i, ie);
      int[] rp = separators(repaired, j, je);
      if (sp.length == 0 || sp.length != rp.length) {
        return false;
      }
      for (int k = 0; k < sp.length; k++) {
        if (source.charAt(sp[k]) != repaired.charAt(rp[k])) {
          return false;
        }
      }
      for (int k = 0, a = i, b = j; check && k <= sp.length; k++) {
        int ae = k < sp.length ? sp[k] : ie;
        int be = k < sp.length ? rp[k] : je;
        if (!(ae - a == be - b && source.regionMatches(a, repaired, b, ae - a))
            && !repair.apply(source.substring(a, ae)).equals(repaired.substring(b, be))) {
          return false;
        }
        a = ae + 1;
        b = be + 1;
      }
      for (int k = 0, a = i, b = j; k <= sp.length; k++) {
        int ae = k < sp.length ? sp[k] : ie;
        int be = k < sp.length ? rp[k] : je;
        if (!(ae - a == be - b && source.regionMatches(a, repaired, b, ae - a))) {
          piece(source, a, ae, repaired, b, be, check);
        }
        a = ae + 1;
        b = be + 1;
      }
      return true;
    }

    private static int[] separators(String s, int from, int to) {
      int[] out = null;
      int n = 0;
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        if (c >= 0x80 && isSeparator(c)) {
          if (out == null) {
            out = new int[8];
          } else if (n == out.length) {
            out = java.util.Arrays.copyOf(out, n * 2);
          }
          out[n++] = k;
        }
      }
      return out == null ? new int[0] : java.util.Arrays.copyOf(out, n);
    }

    private static boolean isSeparator(char c) {
      switch (Character.getType(c)) {
        case Character.SPACE_SEPARATOR:
        case Character.DASH_PUNCTUATION:
        case Character.START_PUNCTUATION:
        case Character.END_PUNCTUATION:
        case Character.INITIAL_QUOTE_PUNCTUATION:
        case Character.FINAL_QUOTE_PUNCTUATION:
        case Character.OTHER_PUNCTUATION:
          return true;
        default:
          return false;
      }
    }

    /**
     * One changed piece: a region less the chars both texts start and end with — any such chars
     * if no check is needed or the middle repairs on its own to its twin (which rules out a
     * no-break space that mojibake made of "Â" and a no-break space, matched to the no-break space
     * alone), else ASCII ones only, which no repair makes of their neighbours.
     */
    private void piece(String source, int i, int ie, String repaired, int j, int je, boolean check) {
      final int max = Math.min(ie - i, je - j);
      int p = 0;
      while (p < max && source.charAt(i + p) == repaired.charAt(j + p)) {
        p++;
      }
      p = backOffPrefix(source, i, ie, repaired, j, je, p);
      int q = 0;
      while (q < max - p && source.charAt(ie - 1 - q) == repaired.charAt(je - 1 - q)) {
        q++;
      }
      q = backOffSuffix(source, ie, repaired, je, q);
      boolean ascii = isAscii(source, i, i + p) && isAscii(source, ie - q, ie);
      if (check && !ascii
          && !repair.apply(source.substring(i + p, ie - q)).equals(repaired.substring(j + p, je - q))) {
        p = 0;
        while (p < max && source.charAt(i + p) < 0x80 && source.charAt(i + p) == repaired.charAt(j + p)) {
          p++;
        }
        p = backOffPrefix(source, i, ie, repaired, j, je, p);
        q = 0;
        while (q < max - p && source.charAt(ie - 1 - q) < 0x80
            && source.charAt(ie - 1 - q) == repaired.charAt(je - 1 - q)) {
          q++;
        }
        q = backOffSuffix(source, ie, repaired, je, q);
      }
      add(j + p, je - q, i + p, ie - q);
    }

    private static int backOffPrefix(String source, int i, int ie, String repaired, int j, int je, int p) {
      while (p > 0 && (attaches(source, i + p, ie) || attaches(repaired, j + p, je))) {
        p--;
      }
      return p;
    }

    private static int backOffSuffix(String source, int ie, String repaired, int je, int q) {
      while (q > 0 && (attaches(source, ie - q, ie) || attaches(repaired, je - q, je))) {
        q--;
      }
      return q;
    }

    private static boolean isAscii(String s, int from, int to) {
      for (int k = from; k < to; k++) {
        if (s.charAt(k) >= 0x80) {
          return false;
        }
      }
      return true;
    }

    private void add(int rs, int re, int ss, int se) {
      if (4 * count + 4 > regions.length) {
        regions = java.util.Arrays.copyOf(regions, regions.length * 2);
      }
      regions[4 * count] = rs;
      regions[4 * count + 1] = re;
      regions[4 * count + 2] = ss;
      regions[4 * count + 3] = se;
      count++;
    }

    /** True when the char at {@code k} (before {@code end}) belongs with the one before it. */
    private static boolean attaches(String s, int k, int end) {
      if (k >= end) {
        return false;
      }
      char c = s.charAt(k);
      if (Character.isLowSurrogate(c)) {
        return true;
      }
      if (c < 0x300) {
        return false;
      }
      int type = Character.getType(s.codePointAt(k));
      return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK;
    }
  }
}

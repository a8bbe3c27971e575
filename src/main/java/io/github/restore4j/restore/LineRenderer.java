package io.github.restore4j.restore;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Pieces;
import io.github.restore4j.text.ToneArtifact;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a line's alignments into its restored form.
 *
 * <p>Each degraded piece takes the form of its clean counterpart (case, marks, inner joiners); the
 * text between two pieces is the sibling's when they are neighbours there (punctuation, deleted
 * numbers), else the degraded copy's own. At the line's edges the sibling's text is taken up to the
 * sentence boundary (ICU sentence break) or, inside a sentence, up to the whitespace that attaches
 * it to the next word. Candidates that tie and disagree keep only what they agree on. A guard
 * checks every piece: output whose key differs from the degraded piece's is never emitted.
 * Thread-safe (stateless apart from the immutable pool).
 */
final class LineRenderer {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private final SiblingPool pool;
  private final PoolIndex index;
  private final Folding folding;
  private final Locale caseLocale;
  private final ToneEvidence tones;
  private final boolean turkic;

  /**
   * @param tones which lines follow the tone artifact
   */
  LineRenderer(SiblingPool pool, PoolIndex index, Folding folding, ToneEvidence tones, Locale caseLocale) {
    this.pool = pool;
    this.index = index;
    this.folding = folding;
    this.tones = tones;
    String language = caseLocale.getLanguage();
    this.turkic = language.equals("tr") || language.equals("az");
    this.caseLocale = caseLocale;
  }

  /** The rendered line, or {@code null} pieces mapping when nothing was aligned. */
  RestoredLine render(LinePlan line, List<PieceMap> choices, boolean ambiguous, Counts counts) {
    int m = line.size;
    if (line.text.isBlank()) {
      return new RestoredLine(line.index, line.text, line.text, LineStatus.EMPTY, null, Span.UNTRACKED,
          Set.of(), 0, 0, 1.0);
    }
    if (choices.isEmpty() || m == 0) {
      return unchanged(line);
    }
    Draft draft = draft(line, choices.get(0));
    boolean disagreed = false;
    for (int c = 1; c < choices.size(); c++) {
      disagreed |= reconcile(line, draft, draft(line, choices.get(c)));
    }
    PieceMap map = choices.get(0);
    keepToneEvidence(line, map, draft);
    int guard = guard(line, map, draft);
    String output = draft.assemble();
    if (!folding.key(output).equals(line.key())) {
      counts.guardFallbacks += m;
      return unchanged(line);
    }
    counts.guardFallbacks += guard;
    int aligned = 0;
    int exact = 0;
    int fuzzy = 0;
    for (int i = 0; i < m; i++) {
      byte k = map.kind[i];
      if (k == Alignment.EXACT || k == Alignment.MERGE || k == Alignment.PREFIX || k == Alignment.SPLIT) {
        aligned++;
        exact++;
      } else if (k == Alignment.FUZZY) {
        aligned++;
        fuzzy++;
      }
    }
    aligned = Math.max(0, aligned - guard);
    Set<ChangeKind> changes = EnumSet.noneOf(ChangeKind.class);
    count(line, map, draft, changes, counts);
    LineStatus status = aligned == 0 ? LineStatus.UNCHANGED
        : aligned == m ? LineStatus.RESTORED : LineStatus.PARTIAL;
    if (status == LineStatus.UNCHANGED) {
      return unchanged(line);
    }
    double confidence = (exact + 0.5 * fuzzy) / m;
    if (ambiguous && disagreed) {
      confidence *= 0.5;
      counts.ambiguous = true;
    }
    Span span = draft.spanStart >= 0 ? Span.of(draft.spanStart, draft.spanEnd) : Span.UNTRACKED;
    String id = draft.doc >= 0 ? pool.id(draft.doc) : null;
    return new RestoredLine(line.index, line.text, output, status, id, span, changes, m, aligned,
        Math.min(1.0, Math.max(0.0, confidence)));
  }

  private static RestoredLine unchanged(LinePlan line) {
    return new RestoredLine(line.index, line.text, line.text, LineStatus.UNCHANGED, null, Span.UNTRACKED,
        Set.of(), line.size, 0, 0.0);
  }

  private Draft draft(LinePlan line, PieceMap map) {
    int m = line.size;
    Draft d = new Draft(m);
    for (int i = 0; i <= m; i++) {
      d.sep[i] = line.separator(i);
    }
    // Votes per document among the few a line maps to (not an array over the pool: at 10^7 pieces
    // the pool has 32,754 documents, and clearing and scanning such an array per line cost more
    // than the rest of the draft).
    int[] voteDocs = new int[m];
    int[] docVotes = new int[m];
    int voted = 0;
    int lastSlot = -1;
    for (int i = 0; i < m; i++) {
      byte k = map.kind[i];
      String deg = line.piece(i);
      if (k == Alignment.NONE || k == Alignment.SUBSTITUTE) {
        d.piece[i] = deg;
        continue;
      }
      int doc = map.doc[i];
      if (lastSlot < 0 || voteDocs[lastSlot] != doc) {
        lastSlot = 0;
        while (lastSlot < voted && voteDocs[lastSlot] != doc) {
          lastSlot++;
        }
        if (lastSlot == voted) {
          voteDocs[voted++] = doc;
        }
      }
      docVotes[lastSlot]++;
      String text = pool.text(doc);
      if (k == Alignment.SPLIT) {
        // the first piece of a split group takes the whole clean word, the others nothing
        boolean head = i == 0 || map.kind[i - 1] != Alignment.SPLIT || map.from[i - 1] != map.from[i];
        d.piece[i] = head ? text.substring(index.pieceStart(map.from[i]), index.pieceEnd(map.to[i])) : "";
        if (!head) {
          d.sep[i] = "";
          d.sepFromSibling[i] = true;
        }
        continue;
      }
      int s = index.pieceStart(map.from[i]);
      int e = k == Alignment.PREFIX ? map.cutEnd[i] : index.pieceEnd(map.to[i]);
      d.piece[i] = k == Alignment.FUZZY ? caseLike(deg, text.substring(s, e)) : text.substring(s, e);
    }
    // the most voted document; of equally voted ones the first in the pool
    int best = -1;
    int bestVotes = 0;
    for (int j = 0; j < voted; j++) {
      if (docVotes[j] > bestVotes || (docVotes[j] == bestVotes && voteDocs[j] < best)) {
        best = voteDocs[j];
        bestVotes = docVotes[j];
      }
    }
    d.doc = best;
    for (int i = 1; i < m; i++) {
      if (map.mapped(i - 1) && map.mapped(i) && map.doc[i] == map.doc[i - 1]
          && map.from[i] == map.to[i - 1] + 1 && map.kind[i - 1] != Alignment.PREFIX) {
        if (map.kind[i] == Alignment.SPLIT && map.kind[i - 1] == Alignment.SPLIT && map.from[i] == map.from[i - 1]) {
          continue;
        }
        String text = pool.text(map.doc[i]);
        String gap = collapse(text.substring(index.pieceEnd(map.to[i - 1]), index.pieceStart(map.from[i])));
        // Two words become one ("nagorno karabakh" → "Nagorno-Karabakh") only where both are the
        // clean words themselves: never around another edition's word.
        if (!hasSpace(gap) && hasSpace(d.sep[i]) && !(sameWord(map.kind[i - 1]) && sameWord(map.kind[i]))) {
          continue;
        }
        d.sep[i] = gap;
        d.sepFromSibling[i] = true;
      }
    }
    if (map.mapped(0)) {
      d.sep[0] = leadingEdge(map.doc[0], map.from[0]);
      d.sepFromSibling[0] = true;
    }
    if (map.mapped(m - 1) && map.kind[m - 1] != Alignment.PREFIX) {
      d.sep[m] = trailingEdge(map.doc[m - 1], map.to[m - 1]);
      d.sepFromSibling[m] = true;
    }
    if (best >= 0) {
      int lo = Integer.MAX_VALUE;
      int hi = -1;
      for (int i = 0; i < m; i++) {
        if (map.mapped(i) && map.doc[i] == best) {
          lo = Math.min(lo, index.pieceStart(map.from[i]) - (i == 0 ? d.sep[0].length() : 0));
          int end = map.kind[i] == Alignment.PREFIX ? map.cutEnd[i] : index.pieceEnd(map.to[i]);
          hi = Math.max(hi, end + (i == m - 1 ? d.sep[m].length() : 0));
        }
      }
      d.spanStart = Math.max(0, lo);
      d.spanEnd = Math.min(pool.text(best).length(), hi);
    }
    return d;
  }

  private static boolean sameWord(byte kind) {
    return kind == Alignment.EXACT || kind == Alignment.MERGE || kind == Alignment.SPLIT;
  }

  private static boolean hasSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Keeps the words exactly what degrading the output gives where tone placement is evidence. The
   * seed copies' tone artifact ("nói." → "noí") shows that punctuation followed a word: "noí"
   * becomes "nói" only where the output has that punctuation (else the degraded placement stays),
   * and in a copy that shows the artifact, a word like "này" without it had no punctuation after
   * it, so none is attached there. In a line that does not follow the artifact the copy's
   * placement is its own ("problemý" stays, whatever follows it).
   */
  private void keepToneEvidence(LinePlan line, PieceMap map, Draft d) {
    if (folding.stripsMarks()) {
      return; // no marks in the copy, no evidence
    }
    boolean follows = tones.follows(line.index);
    for (int i = 0; i < line.size; i++) {
      if (map.kind[i] == Alignment.SPLIT) {
        continue;
      }
      String deg = line.piece(i);
      String out = d.piece[i];
      // case-only differences are the common case: no NFD needed for them
      boolean changed = !out.equalsIgnoreCase(deg) && !markSignature(out).equals(line.markSignature(i));
      if (!changed && out.indexOf('İ') < 0 && (!follows || !endsInGlide(out))) {
        continue;
      }
      String after = d.sep[i + 1];
      String next = after.isEmpty() || isSpace(after.charAt(0)) ? "" : after.substring(0, after.offsetByCodePoints(0, 1));
      if (out.indexOf('İ') >= 0 && !turkic && NFD.normalize(deg).indexOf('\u0307') < 0) {
        // without a Turkic language "İ" lowercases to "i̇": the copy's dotless "i" stays a letter i
        d.piece[i] = withCaseOf(deg, out);
        continue;
      }
      if (markSignature(follows ? degradeTone(out, next) : out).equals(line.markSignature(i))) {
        continue;
      }
      if (follows && !next.isEmpty() && markSignature(degradeTone(out, "")).equals(line.markSignature(i))) {
        d.sep[i + 1] = line.separator(i + 1); // the copy says no punctuation followed here
        d.sepFromSibling[i + 1] = false;
      } else {
        d.piece[i] = withCaseOf(deg, out); // the placement the copy has, in the clean case
      }
    }
  }

  /** Whether a word ends in i or y (any marks, either case): the only words the tone artifact touches. */
  private static boolean endsInGlide(String word) {
    if (word.isEmpty()) {
      return false;
    }
    String d = NFD.normalize(word.substring(word.offsetByCodePoints(word.length(), -1)));
    char c = Character.toLowerCase(d.charAt(0));
    return c == 'i' || c == 'y';
  }

  /** The word as the tone artifact leaves it when {@code next} (maybe empty) follows it. */
  static String degradeTone(String word, String next) {
    return ToneArtifact.apply(word, next);
  }

  private static boolean hasToneMark(String s) {
    String n = NFD.normalize(s);
    for (int i = 0; i < n.length(); i++) {
      if (Folding.isToneMark(n.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The degraded letters with the case of the clean form, letter by letter (same key, so same length in NFD letters). */
  private String withCaseOf(String deg, String clean) {
    String d = NFD.normalize(deg);
    String c = NFD.normalize(clean);
    StringBuilder sb = new StringBuilder(d.length());
    int ci = 0;
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.isLetter(cp)) {
        while (ci < c.length() && !UCharacter.isLetter(c.codePointAt(ci))) {
          ci += Character.charCount(c.codePointAt(ci));
        }
        if (ci < c.length()) {
          int cc = c.codePointAt(ci);
          ci += Character.charCount(cc);
          if (UCharacter.isUUppercase(cc) || UCharacter.isTitleCase(cc)) {
            cp = UCharacter.toUpperCase(cp);
          }
        }
      }
      sb.appendCodePoint(cp);
    }
    return Normalizer2.getNFCInstance().normalize(sb);
  }

  /** Keeps in {@code into} only what it shares with {@code other}; true if they disagreed. */
  private boolean reconcile(LinePlan line, Draft into, Draft other) {
    boolean disagreed = false;
    for (int i = 0; i < into.piece.length; i++) {
      if (!into.piece[i].equals(other.piece[i])) {
        disagreed = true;
        String deg = line.piece(i);
        String a = caseLike(deg, into.piece[i]);
        into.piece[i] = a.equals(caseLike(deg, other.piece[i])) ? a : deg;
      }
    }
    for (int i = 0; i < into.sep.length; i++) {
      if (!into.sep[i].equals(other.sep[i])) {
        disagreed = true;
        String shared = sharedMarks(into.sep[i], other.sep[i], i == 0);
        if (shared.isEmpty()) {
          into.sep[i] = line.separator(i);
          into.sepFromSibling[i] = false;
        } else {
          into.sep[i] = i == 0 ? line.separator(i) + shared : shared + line.separator(i);
        }
      }
    }
    return disagreed;
  }

  /**
   * The marks two separators share where they touch the piece before them (their common start, for
   * {@code ": \"Con"} and {@code ": 'Con"} the colon), or for the text before a line's first piece
   * the piece after it (their common end), white space trimmed; empty when they share none.
   */
  static String sharedMarks(String a, String b, boolean beforeFirst) {
    int n = Math.min(a.length(), b.length());
    int k = 0;
    if (beforeFirst) {
      while (k < n && a.charAt(a.length() - 1 - k) == b.charAt(b.length() - 1 - k)) {
        k++;
      }
      String common = a.substring(a.length() - k);
      return isMarks(common.stripLeading()) ? common.stripLeading() : "";
    }
    while (k < n && a.charAt(k) == b.charAt(k)) {
      k++;
    }
    String common = a.substring(0, k).stripTrailing();
    return isMarks(common) ? common : "";
  }

  /** Whether {@code s} holds only punctuation and symbols (no letter, digit or space). */
  private static boolean isMarks(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Pieces.isWordChar(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns pieces whose output does not fold to the degraded key to their degraded form. A piece
   * copied from a clean piece with the same key id (or reconciled to the degraded letters) needs no
   * check; the whole line is checked once more after assembly.
   */
  private int guard(LinePlan line, PieceMap map, Draft d) {
    int fallbacks = 0;
    for (int i = 0; i < line.size; i++) {
      if (map.kind[i] == Alignment.EXACT || map.kind[i] == Alignment.SPLIT) {
        continue; // same key id; a split group's letters are checked with the whole line
      }
      if (!folding.key(d.piece[i]).equals(line.keys[i])) {
        d.piece[i] = line.piece(i);
        d.sep[i] = line.separator(i);
        d.sep[i + 1] = line.separator(i + 1);
        fallbacks++;
      }
    }
    return fallbacks;
  }

  private String leadingEdge(int doc, int p) {
    String text = pool.text(doc);
    int s = index.pieceStart(p);
    int prevEnd = p > index.docStart(doc) ? index.pieceEnd(p - 1) : 0;
    int b = pool.sentenceStartAtOrBefore(doc, s);
    String edge;
    if (b >= prevEnd) {
      edge = text.substring(b, s);
    } else {
      // inside a sentence only what is glued to the first word: "(", an opening quote
      String gap = text.substring(prevEnd, s);
      int w = lastSpace(gap);
      edge = w < 0 ? "" : gap.substring(w);
    }
    return collapse(edge).stripLeading();
  }

  private String trailingEdge(int doc, int p) {
    String text = pool.text(doc);
    int e = index.pieceEnd(p);
    int nextStart = p + 1 < index.docStart(doc + 1) ? index.pieceStart(p + 1) : text.length();
    int b = pool.sentenceEndAtOrAfter(doc, e);
    String edge;
    if (b <= nextStart) {
      edge = text.substring(e, b);
    } else {
      String gap = text.substring(e, nextStart);
      int w = lastSpace(gap);
      edge = w < 0 ? "" : gap.substring(0, w);
    }
    return collapse(edge).stripTrailing();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static int lastSpace(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (isSpace(s.charAt(i))) {
        // back to the start of the whitespace run
        while (i > 0 && isSpace(s.charAt(i - 1))) {
          i--;
        }
        return i;
      }
    }
    return -1;
  }

  /**
   * One output line: runs of whitespace that hold a line break or more than one character become
   * one space; a single space or no-break space stays as it is.
   */
  static String collapse(String s) {
    int n = s.length();
    StringBuilder sb = null;
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        if (sb != null) {
          sb.append(c);
        }
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && isSpace(s.charAt(j))) {
        j++;
      }
      boolean keep = j - i == 1 && (c == ' ' || c == '\u00A0' || c == '\u202F');
      if (!keep && sb == null) {
        sb = new StringBuilder(n).append(s, 0, i);
      }
      if (sb != null) {
        if (keep) {
          sb.append(c);
        } else {
          sb.append(' ');
        }
      }
      i = j;
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * The degraded letters in the case of the clean form: all capitals, a capital first letter, or
   * letter by letter when both have the same letters. Used where the words differ (typos).
   */
  String caseLike(String deg, String clean) {
    String lower = UCharacter.toLowerCase(caseLocale, deg);
    int letters = 0;
    int upper = 0;
    boolean firstUpper = false;
    boolean seenLetter = false;
    for (int i = 0; i < clean.length(); ) {
      int cp = clean.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.isLetter(cp)) {
        letters++;
        boolean up = UCharacter.isUUppercase(cp) || UCharacter.isTitleCase(cp);
        if (up) {
          upper++;
        }
        if (!seenLetter) {
          firstUpper = up;
          seenLetter = true;
        }
      }
    }
    if (letters >= 2 && upper == letters) {
      return UCharacter.toUpperCase(caseLocale, deg);
    }
    if (firstUpper) {
      int cp = lower.codePointAt(0);
      int len = Character.charCount(cp);
      return UCharacter.toTitleCase(caseLocale, lower.substring(0, len), null,
          UCharacter.TITLECASE_NO_LOWERCASE | UCharacter.TITLECASE_NO_BREAK_ADJUSTMENT)
          + lower.substring(len);
    }
    boolean degMixed = !deg.equals(lower) && !deg.equals(UCharacter.toUpperCase(caseLocale, deg));
    return degMixed ? deg : lower;
  }

  private void count(LinePlan line, PieceMap map, Draft d, Set<ChangeKind> changes, Counts counts) {
    for (int i = 0; i < line.size; i++) {
      String deg = line.piece(i);
      String out = d.piece[i];
      if (out.equals(deg)) {
        continue;
      }
      if (map.kind[i] == Alignment.SPLIT) {
        if (!out.isEmpty()) {
          counts.numbers++;
          changes.add(ChangeKind.NUMBER); // the digits that split the word come back inside it
        }
        continue;
      }
      if (!caseSignature(out).equals(caseSignature(deg))) {
        counts.caseChanges++;
        changes.add(ChangeKind.CASE);
      }
      if (!markSignature(out).equals(line.markSignature(i))) {
        counts.markChanges++;
        changes.add(ChangeKind.MARKS);
      }
      if (punctuation(out) > 0) {
        counts.punctuation += punctuation(out);
        changes.add(ChangeKind.JOINER);
      }
    }
    for (int i = 0; i <= line.size; i++) {
      if (!d.sepFromSibling[i]) {
        continue;
      }
      String deg = line.separator(i);
      int p = punctuation(d.sep[i]) - punctuation(deg);
      if (p > 0) {
        counts.punctuation += p;
        changes.add(ChangeKind.PUNCTUATION);
      }
      int nums = numbers(d.sep[i]) - numbers(deg);
      if (nums > 0) {
        counts.numbers += nums;
        changes.add(ChangeKind.NUMBER);
      }
    }
  }

  private static String caseSignature(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.isLetter(cp)) {
        sb.append(UCharacter.isUUppercase(cp) || UCharacter.isTitleCase(cp) ? 'U' : 'l');
      }
    }
    return sb.toString();
  }

  /**
   * The letters and marks of a word in NFD, case-folded: equal when only case differs (the dot of
   * a capital "İ" is case, as in the folding keys).
   */
  static String markSignature(String s) {
    if (isAscii(s)) {
      // ASCII: folding is lowercasing, NFD changes nothing, the letters are a-z
      return asciiLetters(s);
    }
    String d = NFD.normalize(UCharacter.foldCase(s, true));
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK && c != '\u0307') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The ASCII letters of an ASCII string, lowercased ({@code s} itself when it is nothing else). */
  private static String asciiLetters(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        sb.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        sb.append((char) (c + 32));
      }
    }
    return sb.toString();
  }

  private static int punctuation(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c) && !Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        n++;
      }
    }
    return n;
  }

  /** Number tokens: maximal runs of digits and the separators inside them ("17/9", "100.000"). */
  private static int numbers(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        if (!in) {
          n++;
          in = true;
        }
      } else if (isSpace(c) || Character.isLetter(c)) {
        in = false;
      }
    }
    return n;
  }

  /** Mutable per-line counters. */
  static final class Counts {
    int caseChanges;
    int markChanges;
    int punctuation;
    int numbers;
    int guardFallbacks;
    boolean ambiguous;

    RestoreStats.LineCounts freeze() {
      return new RestoreStats.LineCounts(caseChanges, markChanges, punctuation, numbers, guardFallbacks);
    }
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.PunctuationMode;
import io.github.restore4j.restore.LineStatus;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.text.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The baseline: the script a user would write with a diff library instead of restore4j.
 *
 * <pre>{@code
 * DiffBaseline b = DiffBaseline.index(List.of(Sibling.of("004", clean)), DegradeOptions.seed());
 * b.restore("mỹ nga có thể từng bí mật").output()   // "Mỹ, Nga có thể từng bí mật"
 * }</pre>
 *
 * <ol>
 *   <li>Fold every sibling's words as the degradation does: lowercase (root locale), punctuation
 *       removed (or, for {@link PunctuationMode#SPACE}, a word boundary), digits removed unless the
 *       profile keeps them, diacritics stripped (fully) when the profile strips diacritics or marks. The degraded line's
 *       words are folded the same way. (The script does not know the tone artifact.)
 *   <li>The best sibling is the one holding the most of the line's distinct words (ties: first in
 *       the pool).
 *   <li>In it, every occurrence of a line word votes for the offset at which the line would start;
 *       the window is the line's length around the winning offset plus a slack of
 *       {@code max(5, length / 2)} words on each side.
 *   <li>java-diff-utils (Myers) diffs the line's words against the window's; each run of line words
 *       that matches a run of consecutive sibling words is replaced by the sibling's text from the
 *       first word's token to the last word's token, punctuation and numbers between them included.
 *       Unmatched words stay as they are.
 * </ol>
 *
 * <p>Building folds and indexes every sibling once; {@link #restore} is thread-safe.
 */
final class DiffBaseline {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /**
   * What the baseline made of a line.
   *
   * @param output the line with the matched runs replaced
   * @param status {@link LineStatus#RESTORED} when every word matched, else partial or unchanged
   */
  record Line(String output, LineStatus status) {}

  private record Doc(String text, WordSpans spans, String[] keys, Map<String, int[]> positions) {}

  private final PunctuationMode mode;
  private final boolean keepDigits;
  private final boolean strip;
  private final List<Doc> docs = new ArrayList<>();
  private final Map<String, int[]> postings = new HashMap<>();

  private DiffBaseline(DegradeOptions options) {
    this.mode = options.punctuation();
    this.keepDigits = options.keepDigits();
    this.strip = options.stripDiacritics() || options.stripMarks(); // both fold to the fully stripped key
  }

  /** Folds and indexes the siblings for lines degraded with {@code options}. */
  static DiffBaseline index(List<Sibling> siblings, DegradeOptions options) {
    DiffBaseline b = new DiffBaseline(options);
    Map<String, List<Integer>> docsOf = new HashMap<>();
    for (Sibling s : siblings) {
      String text = NFC.normalize(s.text());
      WordSpans spans = WordSpans.of(text, b.mode, b.keepDigits);
      String[] keys = new String[spans.size()];
      Map<String, List<Integer>> where = new HashMap<>();
      for (int i = 0; i < keys.length; i++) {
        keys[i] = b.fold(spans.word(i));
        where.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
      }
      Map<String, int[]> positions = new HashMap<>(where.size() * 2);
      int doc = b.docs.size();
      for (Map.Entry<String, List<Integer>> e : where.entrySet()) {
        positions.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        docsOf.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(doc);
      }
      b.docs.add(new Doc(text, spans, keys, positions));
    }
    for (Map.Entry<String, List<Integer>> e : docsOf.entrySet()) {
      b.postings.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
    }
    return b;
  }

  /** The folded form of a sibling word: letters (and kept digits) lowercased, marks as the profile has them. */
  private String fold(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      i += Character.charCount(cp);
      if (WordSpans.isLetter(cp) || WordSpans.isMark(cp) || keepDigits && WordSpans.isNumber(cp)) {
        sb.appendCodePoint(cp);
      }
    }
    String s = NFC.normalize(UCharacter.toLowerCase(Locale.ROOT, sb.toString()));
    return strip ? Folding.stripDiacritics(s) : s;
  }

  /** Restores one degraded line (words separated by single spaces). */
  Line restore(String line) {
    if (line.isBlank()) {
      return new Line(line, LineStatus.EMPTY);
    }
    String[] words = line.strip().split(" +");
    List<String> keys = new ArrayList<>(words.length);
    for (String w : words) {
      keys.add(fold(w));
    }
    int best = bestDoc(keys);
    if (best < 0) {
      return new Line(line, LineStatus.UNCHANGED);
    }
    Doc doc = docs.get(best);
    int n = keys.size();
    int offset = bestOffset(doc, keys);
    int slack = Math.max(5, n / 2);
    int from = Math.max(0, offset - slack);
    int to = Math.min(doc.keys.length, offset + n + slack);
    List<String> window = Arrays.asList(doc.keys).subList(from, to);
    int[] match = new int[n];
    Arrays.fill(match, -1);
    int matched = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(keys, window, true).getDeltas()) {
      if (d.getType() == DeltaType.EQUAL) {
        int s = d.getSource().getPosition();
        int t = d.getTarget().getPosition();
        for (int k = 0; k < d.getSource().size(); k++) {
          match[s + k] = from + t + k;
          matched++;
        }
      }
    }
    if (matched == 0) {
      return new Line(line, LineStatus.UNCHANGED);
    }
    StringBuilder out = new StringBuilder(line.length() + 16);
    int i = 0;
    while (i < n) {
      if (out.length() > 0) {
        out.append(' ');
      }
      if (match[i] < 0) {
        out.append(words[i]);
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < n && match[j + 1] == match[j] + 1) {
        j++;
      }
      WordSpans sp = doc.spans;
      int a = match[i];
      int b = match[j];
      int start = sp.firstInToken(a) ? sp.tokenStart(a) : sp.start(a);
      int end = sp.lastInToken(b) ? sp.tokenEnd(b) : sp.end(b);
      out.append(Scorer.collapseSpace(doc.text.substring(start, end)));
      i = j + 1;
    }
    return new Line(out.toString(), matched == n ? LineStatus.RESTORED : LineStatus.PARTIAL);
  }

  /** The sibling holding the most distinct words of the line, or -1. */
  private int bestDoc(List<String> keys) {
    int[] count = new int[docs.size()];
    int best = -1;
    for (String k : new java.util.LinkedHashSet<>(keys)) {
      int[] ds = postings.get(k);
      if (ds == null) {
        continue;
      }
      for (int d : ds) {
        count[d]++;
      }
    }
    for (int d = 0; d < count.length; d++) {
      if (count[d] > 0 && (best < 0 || count[d] > count[best])) {
        best = d;
      }
    }
    return best;
  }

  /** The sibling position where the line most likely starts: the offset most word occurrences agree on. */
  private static int bestOffset(Doc doc, List<String> keys) {
    Map<Integer, Integer> votes = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      int[] ps = doc.positions.get(keys.get(i));
      if (ps == null) {
        continue;
      }
      for (int p : ps) {
        votes.merge(p - i, 1, Integer::sum);
      }
    }
    int best = 0;
    int bestVotes = -1;
    for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
      int o = e.getKey();
      int v = e.getValue();
      if (v > bestVotes || v == bestVotes && o < best) {
        best = o;
        bestVotes = v;
      }
    }
    return best;
  }
}

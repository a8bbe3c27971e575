// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.model;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import io.github.restore4j.text.Chars;
import io.github.restore4j.text.Pieces;
import java.util.Arrays;
import java.util.Locale;

/**
 * Counts forms and form bigrams in clean text, in two passes over a token stream it keeps as
 * {@code int}s:
 *
 * <ol>
 *   <li>each line is cut into pieces ({@link Pieces}); a piece of letters is a form (NFC, as written),
 *       a piece with a digit or of more than {@link #MAX_FORM_LENGTH} characters breaks the context
 *       (numbers are never guessed, so they are never a form); a piece that starts a sentence (the
 *       line's first, or after {@code . ! ? …} and a space) is marked;
 *   <li>the case of a sentence-initial form is normalized as Lita et al. (2003) truecase their
 *       training text: a capitalized first word ({@code "Trong"}) counts as its lowercase form when
 *       that form is at least as frequent inside sentences, so sentence starts do not teach the model
 *       capitals that only position explains; names ({@code "Hà"}) stay as they are.
 * </ol>
 *
 * Lines in capitals only (headlines in caps) are skipped: they would teach {@code "HÀ"} for every
 * word. Not thread-safe; one learner builds one model.
 */
final class FormLearner {
  /** Pieces longer than this are not words (URLs, hashes, runs of letters) and break the context. */
  static final int MAX_FORM_LENGTH = 40;

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  /** Token marking a context break (a number, a skipped line); forms are {@code ±id}, id ≥ 1. */
  private static final int BREAK = 0;

  private final StringIds forms = new StringIds(1 << 14);
  private int[] tokens = new int[1 << 16];
  private int size;

  FormLearner() {
    forms.intern(""); // id 0: the sentence start
  }

  /** Adds the forms of a clean text (any line separators). */
  void add(CharSequence text) {
    String t = text.toString();
    if (!NFC.isNormalized(t)) {
      t = NFC.normalize(t);
    }
    int from = 0;
    int n = t.length();
    while (from <= n) {
      int to = from;
      while (to < n && t.charAt(to) != '\n' && t.charAt(to) != '\r') {
        to++;
      }
      addLine(t, from, to);
      from = to + 1;
    }
  }

  private void addLine(String text, int from, int to) {
    Pieces pieces = Pieces.of(text, from, to);
    if (pieces.size() == 0 || allCapitals(text, from, to, pieces)) {
      return;
    }
    int prevEnd = from;
    for (int i = 0; i < pieces.size(); i++) {
      int s = pieces.start(i);
      int e = pieces.end(i);
      boolean start = i == 0 || Chars.endsSentence(text, prevEnd, s);
      prevEnd = e;
      if (e - s > MAX_FORM_LENGTH || hasDigit(text, s, e)) {
        push(BREAK);
        continue;
      }
      int id = forms.intern(text.substring(s, e));
      push(start ? -id : id);
    }
    push(BREAK);
  }

  private void push(int token) {
    if (size == tokens.length) {
      tokens = Arrays.copyOf(tokens, size * 2);
    }
    tokens[size++] = token;
  }

  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (UCharacter.isDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** A line with two or more pieces of letters and not one small letter: a headline in capitals. */
  private static boolean allCapitals(String text, int from, int to, Pieces pieces) {
    if (pieces.size() < 2) {
      return false;
    }
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (UCharacter.isLowerCase(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** The model of everything added. */
  FormModel build() {
    int v = forms.size();
    // pass 1: counts inside sentences decide how a sentence-initial capital is read
    long[] inside = new long[v + 1024];
    for (int k = 0; k < size; k++) {
      if (tokens[k] > 0) {
        inside[tokens[k]]++;
      }
    }
    for (int k = 0; k < size; k++) {
      int t = tokens[k];
      if (t < 0) {
        int id = -t;
        String form = forms.get(id);
        if (isCapitalized(form)) {
          String lower = UCharacter.toLowerCase(Locale.ROOT, form);
          int lid = forms.intern(lower);
          if (lid >= inside.length) {
            inside = Arrays.copyOf(inside, inside.length * 2);
          }
          if (inside[lid] >= inside[id]) {
            tokens[k] = -lid;
          }
        }
      }
    }
    // pass 2: unigram and bigram counts (0 = sentence start as the context of a sentence's first form)
    v = forms.size();
    long[] counts = new long[v];
    PairCounts pairs = new PairCounts(Math.max(16, size / 2));
    int prev = -1;
    for (int k = 0; k < size; k++) {
      int t = tokens[k];
      if (t == BREAK) {
        prev = -1;
        continue;
      }
      int id = Math.abs(t);
      counts[id]++;
      int context = t < 0 ? 0 : prev;
      if (context >= 0) {
        pairs.add(context, id, 1);
      }
      prev = id;
    }
    return compact(counts, pairs);
  }

  /** Drops forms no token kept (capitals read as lowercase), renumbering the rest. */
  private FormModel compact(long[] counts, PairCounts pairs) {
    int v = counts.length;
    int[] newId = new int[v];
    int n = 1;
    for (int id = 1; id < v; id++) {
      newId[id] = counts[id] > 0 ? n++ : -1;
    }
    String[] keptForms = new String[n];
    long[] keptCounts = new long[n];
    keptForms[0] = "";
    for (int id = 1; id < v; id++) {
      if (newId[id] > 0) {
        keptForms[newId[id]] = forms.get(id);
        keptCounts[newId[id]] = counts[id];
      }
    }
    long[] keys = pairs.keys();
    long[] keptKeys = new long[keys.length];
    int[] keptPairCounts = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      int p = PairCounts.prev(keys[i]);
      int q = PairCounts.next(keys[i]);
      keptPairCounts[i] = pairs.get(p, q);
      keptKeys[i] = PairCounts.key(p == 0 ? 0 : newId[p], newId[q]);
    }
    return new FormModel(keptForms, keptCounts, keptKeys, keptPairCounts);
  }

  /** A first letter in capitals and no other capital: {@code "Trong"}, not {@code "EU"} or {@code "McDonald"}. */
  private static boolean isCapitalized(String form) {
    int cp = form.codePointAt(0);
    if (!UCharacter.isUUppercase(cp) && !UCharacter.isTitleCase(cp)) {
      return false;
    }
    for (int i = Character.charCount(cp); i < form.length(); ) {
      int c = form.codePointAt(i);
      if (UCharacter.isUUppercase(c) || UCharacter.isTitleCase(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}

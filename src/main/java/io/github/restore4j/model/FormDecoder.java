// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.model;

import com.ibm.icu.lang.UCharacter;
import io.github.restore4j.text.Chars;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Pieces;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Chooses the form of each word of a line with a {@link FormModel}: diacritics and tone marks, and
 * case where the copy lost it.
 *
 * <pre>{@code
 * FormDecoder d = model.decoder();
 * d.restore("ha noi la thu do cua viet nam", Folding.LOOSE, false)   // "Hà Nội là thủ đô của Việt Nam"
 * }</pre>
 *
 * <p>The algorithm (per line, words {@code 0 .. n-1}):
 *
 * <ol>
 *   <li>Candidates: the forms under the word's {@link Folding#LOOSE} key (the copy's word, case and
 *       marks ignored), and when the line's folding keeps marks only those with the copy's letters
 *       and marks exactly, case aside (a copy's tone placement, {@code "hoà"} or {@code "hòa"}, is
 *       its own and stays: degrading the output again must give the copy). Every candidate
 *       therefore folds to the copy's word under the line's folding: the fidelity guard holds by
 *       construction. A word with a digit, or never seen, has none; it stays as it
 *       is and breaks the context. A word a sibling already restored ({@code fixed}) is its own
 *       single candidate, context only.
 *   <li>Viterbi over the bigram model ({@link DecodeMode#CONTEXT}): {@code alpha} (best prefix
 *       score ending in a candidate) forward and {@code beta} (best suffix score starting from it)
 *       backward, with transition log-probabilities computed once into a per-line cache; a sentence
 *       start is the context of a sentence's first word. {@code alpha + beta} is each candidate's
 *       max-marginal: the score of the best path through it; the best path takes each word's
 *       argmax.
 *   <li>Confidence: the max-marginals' softmax share of the best candidate's output (candidates
 *       that render alike — {@code "trong"} and {@code "Trong"} at a sentence start — pool their
 *       share). A word changes only when its confidence reaches the decoder's threshold
 *       ({@link FormModel#DEFAULT_MIN_CONFIDENCE} by default).
 *   <li>Case: a sentence's first word gets a capital first letter; where the copy kept its case
 *       ({@code keepCase}), only the marks are taken from the model and each letter keeps the
 *       copy's case.
 * </ol>
 *
 * Work is linear in the words and quadratic in the forms per key (at most
 * {@link FormModel#MAX_FORMS_PER_KEY}, typically 2–6); all state lives in primitive arrays reused
 * from line to line. Not thread-safe: one decoder per thread.
 */
public final class FormDecoder {
  private static final int NO_CONTEXT = 0;
  private static final int SENTENCE = 1;
  private static final int CHAINED = 2;

  private final FormModel model;
  private final DecodeMode mode;
  private final double minConfidence;
  private final StringBuilder key = new StringBuilder(32);
  private int[] candStart = new int[65];
  private int[] context = new int[64];
  private int[] transStart = new int[64];
  private int[] cand = new int[256];
  private double[] alpha = new double[256];
  private double[] beta = new double[256];
  private double[] trans = new double[1024];

  FormDecoder(FormModel model, DecodeMode mode, double minConfidence) {
    this.model = model;
    this.mode = mode;
    this.minConfidence = minConfidence;
  }

  /**
   * The mode this decoder decodes in.
   *
   * @return context or unigram
   */
  public DecodeMode mode() {
    return mode;
  }

  /**
   * Restores the words of one line of text on its own: sentence starts are the line's start and
   * any {@code . ! ? …} followed by a space; everything between words stays as it is.
   *
   * @param line     a degraded line
   * @param folding  the folding the copy's words are keyed under ({@link Folding#LOOSE} when its
   *                 diacritics were stripped, {@link Folding#STRICT} when they were kept)
   * @param keepCase whether the copy kept its letter case (then only marks change)
   * @return the line with the model's forms, or {@code line} itself when nothing changed
   */
  public String restore(String line, Folding folding, boolean keepCase) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(folding, "folding");
    Pieces p = Pieces.of(line);
    int n = p.size();
    String[] words = new String[n];
    boolean[] starts = new boolean[n];
    int prevEnd = 0;
    for (int i = 0; i < n; i++) {
      words[i] = line.substring(p.start(i), p.end(i));
      starts[i] = i == 0 || Chars.endsSentence(line, prevEnd, p.start(i));
      prevEnd = p.end(i);
    }
    String[] out = new String[n];
    if (decode(words, n, new boolean[n], starts, folding, keepCase, out, new double[n]) == 0) {
      return line;
    }
    StringBuilder sb = new StringBuilder(line.length() + 8);
    int from = 0;
    for (int i = 0; i < n; i++) {
      sb.append(line, from, p.start(i)).append(out[i] != null ? out[i] : words[i]);
      from = p.end(i);
    }
    return sb.append(line, from, line.length()).toString();
  }

  /**
   * Decodes the words of one line.
   *
   * @param words         the line's words (pieces: runs of letters, marks and digits), in order
   * @param n             how many of {@code words} to decode
   * @param fixed         words whose form is already decided (restored from a sibling): context only
   * @param sentenceStart words that start a sentence (a capital first letter unless {@code keepCase})
   * @param folding       the folding the copy's words are keyed under
   * @param keepCase      whether the copy's letter case is kept (then only marks change)
   * @param out           receives, per word, the model's form where it changes the word with at
   *                      least the decoder's confidence, else {@code null}
   * @param confidence    receives, per word, the confidence of the model's best output (0 when the
   *                      model has no candidate, or the word is fixed)
   * @return how many words changed (non-null entries of {@code out})
   */
  public int decode(String[] words, int n, boolean[] fixed, boolean[] sentenceStart, Folding folding,
      boolean keepCase, String[] out, double[] confidence) {
    Objects.requireNonNull(folding, "folding");
    if (n < 0 || n > words.length || n > fixed.length || n > sentenceStart.length || n > out.length
        || n > confidence.length) {
      throw new IllegalArgumentException("n = " + n + " exceeds an array's length");
    }
    Arrays.fill(out, 0, n, null);
    Arrays.fill(confidence, 0, n, 0.0);
    ensurePositions(n);
    int total = candidates(words, n, fixed, folding);
    if (total == 0) {
      return 0;
    }
    ensureCandidates(total);
    for (int i = 0; i < n; i++) {
      boolean has = candStart[i + 1] > candStart[i];
      context[i] = !has ? NO_CONTEXT : sentenceStart[i] ? SENTENCE
          : i > 0 && candStart[i] > candStart[i - 1] ? CHAINED : NO_CONTEXT;
    }
    if (mode == DecodeMode.CONTEXT) {
      viterbi(n);
    } else {
      for (int c = 0; c < total; c++) {
        alpha[c] = Math.log(model.counts[cand[c]]);
        beta[c] = 0;
      }
    }
    int changed = 0;
    for (int i = 0; i < n; i++) {
      int from = candStart[i];
      int to = candStart[i + 1];
      if (from == to || fixed[i]) {
        continue;
      }
      int best = from;
      for (int c = from + 1; c < to; c++) {
        if (alpha[c] + beta[c] > alpha[best] + beta[best]) {
          best = c;
        }
      }
      double top = alpha[best] + beta[best];
      int[] cls = keepCase ? model.lowerClass : sentenceStart[i] ? model.startClass : null;
      double same = 0;
      double all = 0;
      for (int c = from; c < to; c++) {
        double w = Math.exp(alpha[c] + beta[c] - top);
        all += w;
        if (c == best || cls != null && cls[cand[c]] == cls[cand[best]]) {
          same += w;
        }
      }
      double conf = same / all;
      confidence[i] = conf;
      String form = render(words[i], model.forms[cand[best]], keepCase, sentenceStart[i]);
      if (form != null && conf >= minConfidence && !form.equals(words[i])) {
        out[i] = form;
        changed++;
      }
    }
    return changed;
  }

  /** Fills {@code cand}/{@code candStart}; returns the total number of candidates. */
  private int candidates(String[] words, int n, boolean[] fixed, Folding folding) {
    FormModel m = model;
    int total = 0;
    boolean strict = !folding.stripsMarks();
    for (int i = 0; i < n; i++) {
      candStart[i] = total;
      String w = words[i];
      if (fixed[i]) {
        int id = m.formIds.id(w);
        if (id > 0) {
          total = push(total, id);
        }
        continue;
      }
      if (hasDigit(w)) {
        continue;
      }
      key.setLength(0);
      Folding.LOOSE.appendKey(w, 0, w.length(), key);
      int k = key.length() == 0 ? -1 : m.keyIds.id(key);
      if (k < 0) {
        continue;
      }
      // a copy that kept its marks keeps its letters exactly (tone placement too): only case is chosen
      int lower = strict ? m.lowerForms.id(UCharacter.toLowerCase(Locale.ROOT, w)) : -1;
      if (strict && lower < 0) {
        continue;
      }
      for (int j = m.keyStart[k], end = m.keyStart[k + 1]; j < end; j++) {
        int f = m.keyForms[j];
        if (!strict || m.lowerClass[f] == lower) {
          total = push(total, f);
        }
      }
    }
    candStart[n] = total;
    return total;
  }

  private int push(int total, int form) {
    if (total == cand.length) {
      cand = Arrays.copyOf(cand, total * 2);
    }
    cand[total] = form;
    return total + 1;
  }

  /** Forward and backward max-product passes; transitions are computed once, in the forward pass. */
  private void viterbi(int n) {
    FormModel m = model;
    int t = 0;
    for (int i = 0; i < n; i++) {
      int from = candStart[i];
      int to = candStart[i + 1];
      if (context[i] != CHAINED) {
        int prev = context[i] == SENTENCE ? 0 : -1;
        for (int c = from; c < to; c++) {
          alpha[c] = Math.log(m.probability(prev, cand[c]));
        }
        continue;
      }
      int pFrom = candStart[i - 1];
      int pTo = candStart[i];
      int need = t + (pTo - pFrom) * (to - from);
      if (need > trans.length) {
        trans = Arrays.copyOf(trans, Math.max(need, trans.length * 2));
      }
      transStart[i] = t;
      for (int c = from; c < to; c++) {
        int next = cand[c];
        double best = Double.NEGATIVE_INFINITY;
        for (int p = pFrom; p < pTo; p++) {
          double s = Math.log(m.probability(cand[p], next));
          trans[t++] = s;
          best = Math.max(best, alpha[p] + s);
        }
        alpha[c] = best;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      int from = candStart[i];
      int to = candStart[i + 1];
      if (i + 1 >= n || context[i + 1] != CHAINED) {
        for (int c = from; c < to; c++) {
          beta[c] = 0;
        }
        continue;
      }
      int nFrom = candStart[i + 1];
      int nTo = candStart[i + 2];
      int width = to - from;
      int base = transStart[i + 1];
      for (int c = from; c < to; c++) {
        double best = Double.NEGATIVE_INFINITY;
        for (int q = nFrom; q < nTo; q++) {
          // trans is laid out [next][prev]: row (q - nFrom), column (c - from)
          best = Math.max(best, trans[base + (q - nFrom) * width + (c - from)] + beta[q]);
        }
        beta[c] = best;
      }
    }
  }

  /** The output for a chosen form: the copy's case kept, or a sentence's capital, or the form. */
  private static String render(String word, String form, boolean keepCase, boolean sentenceStart) {
    if (keepCase) {
      return caseOf(word, form);
    }
    if (sentenceStart) {
      int cp = form.codePointAt(0);
      int up = UCharacter.toTitleCase(cp);
      return up == cp ? form : new StringBuilder(form.length()).appendCodePoint(up)
          .append(form, Character.charCount(cp), form.length()).toString();
    }
    return form;
  }

  /** {@code form} with each letter in the case of the copy's letter at the same place, or null. */
  private static String caseOf(String word, String form) {
    if (word.codePointCount(0, word.length()) != form.codePointCount(0, form.length())) {
      return null;
    }
    StringBuilder sb = new StringBuilder(form.length());
    for (int i = 0, j = 0; i < form.length(); ) {
      int w = word.codePointAt(j);
      int f = form.codePointAt(i);
      boolean upper = UCharacter.isUUppercase(w) || UCharacter.isTitleCase(w);
      sb.appendCodePoint(upper ? UCharacter.toUpperCase(f) : UCharacter.toLowerCase(f));
      i += Character.charCount(f);
      j += Character.charCount(w);
    }
    return sb.toString();
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }

  private void ensurePositions(int n) {
    if (candStart.length < n + 1) {
      int cap = Math.max(n + 1, candStart.length * 2);
      candStart = new int[cap];
      context = new int[cap];
      transStart = new int[cap];
    }
  }

  private void ensureCandidates(int total) {
    if (alpha.length < total) {
      int cap = Math.max(total, alpha.length * 2);
      alpha = new double[cap];
      beta = new double[cap];
    }
  }
}

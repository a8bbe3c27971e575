// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.model;

import com.ibm.icu.lang.UCharacter;
import io.github.restore4j.InvalidInputException;
import io.github.restore4j.io.TextFiles;
import io.github.restore4j.text.Folding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A model of the form of words — diacritics, tone marks and letter case — learned from clean text,
 * for the lines and words no sibling covers.
 *
 * <pre>{@code
 * FormModel model = FormModel.learn(List.of(cleanText));      // or FormModel.learn(Path.of("corpus/"))
 * model.formsOf("tieng")                                      // {tiếng=41, tiêng=1}: every form, with counts
 * model.decoder().restore("tieng viet co dau", Folding.LOOSE, false)  // "Tiếng Việt có dấu"
 * model.save(Path.of("vi.r4jm"));                             // FormModel.load(...) reads it back
 * }</pre>
 *
 * <p>What it holds: for every word key — the word case-folded and without marks, exactly
 * {@link Folding#LOOSE}'s key, so the fidelity guard sees every candidate as the copy's word — the
 * forms seen under it with their counts ({@code "viet"} → {@code "Việt"}, {@code "viết"},
 * {@code "viet"}), and the counts of form bigrams, with a sentence start as the context of a
 * sentence's first form. A Vietnamese syllable and a word of any Latin-script language are handled
 * alike: the key is whatever the folding leaves. Case is learned per form in context, as Lita et al.
 * (2003) truecase: {@code "EU"}, {@code "TP"} {@code "HCM"} and {@code "McDonald"} are forms of
 * their own, and a sentence's first word counts as its lowercase form unless it is capitalized
 * inside sentences too ({@link FormLearner}). Numbers are never forms and punctuation is never a
 * word: the model neither guesses nor inserts them.
 *
 * <p>Smoothing: interpolated Kneser-Ney (Chen and Goodman 1998) with one absolute discount
 * {@code D = n1 / (n1 + 2 n2)} from the bigram count-of-counts. It suits this job better than stupid
 * back-off: the decoder compares forms by probability (Viterbi needs a normalized distribution for
 * paths of equal length to compare fairly), and a form's continuation count — in how many contexts
 * it occurs — is the better guess for a context never seen with it than its raw count, which
 * frequent fixed phrases inflate. Bigrams only: trigram states would multiply the decoder's
 * work by the number of forms per key (up to ten per Vietnamese syllable) for pools of a few
 * megabytes whose trigrams are mostly seen once.
 *
 * <p>Expensive to learn (seconds for 20 MB of text), cheap to use: immutable and thread-safe; each
 * thread takes its own {@link #decoder()}. Learned once, it is {@link #save saved} to a compact
 * versioned file and {@link #load loaded} again.
 */
public final class FormModel {
  /**
   * The confidence a decoder's best form must reach for a word to change: its max-marginal share
   * among the word's distinct outputs must be at least this, i.e. the best reading must be more
   * likely than all others together. Below it the word keeps the copy's form.
   */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

  /** Forms kept per key, most frequent first; rarer ones (misspellings, mostly) are not candidates. */
  static final int MAX_FORMS_PER_KEY = 16;

  final String[] forms;
  final long[] counts;
  final StringIds formIds;
  final StringIds keyIds;
  /** Forms of key {@code k}: {@code keyForms[keyStart[k] .. keyStart[k + 1])}, most frequent first. */
  final int[] keyStart;
  final int[] keyForms;
  /** Same value ⇔ same lowercase form (same output when the copy's case is kept). */
  final int[] lowerClass;
  /** The lowercase forms, by {@link #lowerClass} id. */
  final StringIds lowerForms;
  /** Same value ⇔ same form up to the case of its first letter (same output at a sentence start). */
  final int[] startClass;
  final PairCounts pairs;
  final long[] pairKeys;
  final int[] contextCount;
  final int[] followers;
  final double[] continuation;
  final double discount;
  private final long tokens;

  FormModel(String[] forms, long[] counts, long[] pairKeys, int[] pairCounts) {
    int v = forms.length;
    this.forms = forms;
    this.counts = counts;
    this.pairKeys = pairKeys;
    long total = 0;
    formIds = new StringIds(v);
    for (String f : forms) {
      formIds.intern(f);
    }
    if (formIds.size() != v) {
      throw new InvalidInputException("form model: repeated forms");
    }
    // keys: the LOOSE key of each form, forms grouped under it by falling count
    keyIds = new StringIds(Math.max(16, v / 2));
    int[] keyOf = new int[v];
    lowerClass = new int[v];
    startClass = new int[v];
    StringIds lowers = new StringIds(v);
    lowerForms = lowers;
    StringIds starts = new StringIds(v);
    keyOf[0] = -1;
    for (int f = 1; f < v; f++) {
      total += counts[f];
      String form = forms[f];
      String key = Folding.LOOSE.key(form);
      keyOf[f] = key.isEmpty() ? -1 : keyIds.intern(key);
      lowerClass[f] = lowers.intern(UCharacter.toLowerCase(Locale.ROOT, form));
      int first = Character.charCount(form.codePointAt(0));
      startClass[f] = starts.intern(UCharacter.toLowerCase(Locale.ROOT, form.substring(0, first))
          + form.substring(first));
    }
    tokens = total;
    int k = keyIds.size();
    int[] perKey = new int[k + 1];
    for (int f = 1; f < v; f++) {
      if (keyOf[f] >= 0) {
        perKey[keyOf[f] + 1]++;
      }
    }
    for (int i = 0; i < k; i++) {
      perKey[i + 1] += perKey[i];
    }
    Integer[] order = new Integer[v - 1];
    for (int f = 1; f < v; f++) {
      order[f - 1] = f;
    }
    // building only: boxed sort by (key, falling count, form) once, never while decoding
    Arrays.sort(order, (a, b) -> keyOf[a] != keyOf[b] ? Integer.compare(keyOf[a], keyOf[b])
        : counts[a] != counts[b] ? Long.compare(counts[b], counts[a]) : forms[a].compareTo(forms[b]));
    int[] start = new int[k + 1];
    int[] list = new int[v];
    int n = 0;
    int o = 0;
    for (int key = 0; key < k; key++) {
      start[key] = n;
      while (o < order.length && keyOf[order[o]] < key) {
        o++;
      }
      int taken = 0;
      while (o < order.length && keyOf[order[o]] == key) {
        if (taken++ < MAX_FORMS_PER_KEY) {
          list[n++] = order[o];
        }
        o++;
      }
    }
    start[k] = n;
    keyStart = start;
    keyForms = Arrays.copyOf(list, n);
    // bigrams: context counts, followers and continuation counts for Kneser-Ney
    pairs = new PairCounts(pairKeys.length);
    contextCount = new int[v];
    followers = new int[v];
    int[] preceders = new int[v];
    long n1 = 0;
    long n2 = 0;
    for (int i = 0; i < pairKeys.length; i++) {
      int p = PairCounts.prev(pairKeys[i]);
      int q = PairCounts.next(pairKeys[i]);
      int c = pairCounts[i];
      if (p < 0 || p >= v || q <= 0 || q >= v || c <= 0) {
        throw new InvalidInputException("form model: bigram out of range");
      }
      pairs.add(p, q, c);
      contextCount[p] += c;
      followers[p]++;
      preceders[q]++;
      if (c == 1) {
        n1++;
      } else if (c == 2) {
        n2++;
      }
    }
    double d = n1 + 2 * n2 == 0 ? 0.5 : (double) n1 / (n1 + 2 * n2);
    discount = Math.min(0.95, Math.max(0.05, d));
    double types = Math.max(1, pairKeys.length);
    int seen = 0;
    for (int f = 1; f < v; f++) {
      seen += preceders[f] > 0 ? 1 : 0;
    }
    continuation = new double[v];
    double floor = discount * Math.max(1, seen) / types / Math.max(1, v - 1);
    for (int f = 1; f < v; f++) {
      continuation[f] = Math.max(preceders[f] - discount, 0) / types + floor;
    }
  }

  /**
   * Learns a model from clean texts (a pool's siblings, the documents of a corpus).
   *
   * @param texts clean texts; line breaks end sentences' contexts, as in a copy
   * @return the model
   * @throws NullPointerException if {@code texts} or one of them is null
   */
  public static FormModel learn(Iterable<? extends CharSequence> texts) {
    Objects.requireNonNull(texts, "texts");
    FormLearner learner = new FormLearner();
    for (CharSequence t : texts) {
      learner.add(Objects.requireNonNull(t, "text"));
    }
    return learner.build();
  }

  /**
   * Learns a model from a folder of clean {@code .txt} files (UTF-8, searched recursively), or one
   * file.
   *
   * @param corpus a folder or a {@code .txt} file
   * @return the model
   * @throws InvalidInputException if the folder holds no {@code .txt} file or a file is not UTF-8 text
   */
  public static FormModel learn(Path corpus) {
    Objects.requireNonNull(corpus, "corpus");
    FormLearner learner = new FormLearner();
    for (Path file : TextFiles.expandTextFiles(corpus)) {
      learner.add(TextFiles.readText(file));
    }
    return learner.build();
  }

  /**
   * Writes the model to {@code out} in the versioned binary format {@link #load} reads (the stream
   * is not closed).
   *
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      ModelFile.write(this, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Saves the model to a file, replacing it.
   *
   * @param file where to save
   * @throws UncheckedIOException if writing fails
   */
  public void save(Path file) {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file))) {
      ModelFile.write(this, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a model written by {@link #write} (the stream is not closed).
   *
   * @param in the model's bytes
   * @param name what to call the input in an error message (a file name)
   * @return the model
   * @throws InvalidInputException if the bytes are not a form model of this version, or are damaged
   */
  public static FormModel read(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    return ModelFile.read(in, Objects.requireNonNull(name, "name"));
  }

  /**
   * Loads a model saved with {@link #save}.
   *
   * @param file the model file
   * @return the model
   * @throws InvalidInputException if the file cannot be read, is not a form model of this version,
   *                               or is damaged
   */
  public static FormModel load(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
      return ModelFile.read(in, file.toString());
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read the form model: " + e.getMessage(), e);
    }
  }

  /**
   * A decoder with the default mode ({@link DecodeMode#CONTEXT}) and threshold
   * ({@link #DEFAULT_MIN_CONFIDENCE}).
   *
   * @return a new decoder (not thread-safe: one per thread)
   */
  public FormDecoder decoder() {
    return new FormDecoder(this, DecodeMode.CONTEXT, DEFAULT_MIN_CONFIDENCE);
  }

  /**
   * A decoder.
   *
   * @param mode          context (the model) or unigram (the baseline)
   * @param minConfidence the confidence below which a word keeps the copy's form, in [0, 1]
   * @return a new decoder (not thread-safe: one per thread)
   */
  public FormDecoder decoder(DecodeMode mode, double minConfidence) {
    Objects.requireNonNull(mode, "mode");
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence out of [0, 1]: " + minConfidence);
    }
    return new FormDecoder(this, mode, minConfidence);
  }

  /**
   * The forms seen for a word, most frequent first, with their counts (a sentence's first word
   * counted as its lowercase form, see the class comment).
   *
   * @param word any form of the word ({@code "tieng"}, {@code "Tiếng"})
   * @return form → count, empty when the word was never seen
   */
  public Map<String, Long> formsOf(String word) {
    Map<String, Long> out = new LinkedHashMap<>();
    int k = keyIds.id(Folding.LOOSE.key(word));
    if (k >= 0) {
      for (int i = keyStart[k]; i < keyStart[k + 1]; i++) {
        out.put(forms[keyForms[i]], counts[keyForms[i]]);
      }
    }
    return out;
  }

  /**
   * How many distinct forms the model knows.
   *
   * @return the number of forms
   */
  public int formCount() {
    return forms.length - 1;
  }

  /**
   * How many distinct word keys (mark-free, case-folded words) the model knows.
   *
   * @return the number of keys
   */
  public int keyCount() {
    return keyIds.size();
  }

  /**
   * How many bigram types the model holds.
   *
   * @return the number of distinct form pairs (a sentence start counts as a form)
   */
  public int bigramCount() {
    return pairKeys.length;
  }

  /**
   * How many words the model learned from.
   *
   * @return the number of word tokens counted
   */
  public long tokenCount() {
    return tokens;
  }

  /** {@code P(next | prev)}, interpolated Kneser-Ney; {@code prev} -1 for no context. */
  double probability(int prev, int next) {
    if (prev < 0) {
      return continuation[next];
    }
    int c = contextCount[prev];
    if (c == 0) {
      return continuation[next];
    }
    int pair = pairs.get(prev, next);
    double d = discount;
    return (Math.max(pair - d, 0) + d * followers[prev] * continuation[next]) / c;
  }
}

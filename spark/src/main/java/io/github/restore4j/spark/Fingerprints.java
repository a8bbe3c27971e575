// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Lines;
import io.github.restore4j.text.Pieces;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The keys a degraded copy and a clean sibling share when one holds the other's text: winnowed
 * hashes of letter k-grams of the text folded as {@link Folding#LOOSE}.
 *
 * <pre>{@code
 * Fingerprints f = new Fingerprints(16, 12);
 * f.document("Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh")
 *   // the same keys as f.lines("my nga co the tung bi mat dam phan ve nagornokarabakh")[0]
 * }</pre>
 *
 * <p>Why letters of the loosest folding, concatenated: a degradation may lower case, strip
 * diacritics, delete digits and punctuation, and join words at the hyphens it deletes
 * ({@code "Nagorno-Karabakh"} becomes one piece {@code "nagornokarabakh"}) or split them where a
 * tokenizer or a punctuation-to-space rule cut. {@link Folding#LOOSE} keys of the pieces
 * ({@link Pieces}) keep only letters without marks, case-folded, and concatenating them drops the
 * piece boundaries, so every degradation of a passage leaves the same letter stream — the one
 * thing every profile keeps. Word k-grams would not survive the joins.
 *
 * <p>Winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003): of every {@code window}
 * consecutive k-gram hashes the smallest is kept (the rightmost on ties). Two texts that share a
 * run of at least {@code gram + window - 1} letters share at least one kept hash, and a text keeps
 * about {@code 2 / (window + 1)} of its positions: with 16 and 12, a shared run of 27 letters
 * (four or five words) is always seen, at about 0.15 keys per letter. A stream too short for one
 * window (a short line) keeps all its k-grams, so that it still meets whichever of them the
 * sibling kept.
 *
 * <p>Degraded copies are keyed line by line ({@link #lines(String)}, lines as {@link Lines} cuts
 * them, which is how the restorer reads them); siblings whole ({@link #document(String)}), since
 * their line breaks need not be the copy's. Hashes are 64-bit: at 10^10 distinct k-grams a
 * collision is about as likely as not somewhere, and it costs one spurious candidate at most.
 * Immutable and thread-safe.
 */
final class Fingerprints implements Serializable {
  private static final long serialVersionUID = 1L;
  /** An odd multiplier for the polynomial rolling hash over UTF-16 units. */
  private static final long BASE = 0x100000001B3L;

  private final int gram;
  private final int window;
  private final long basePower; // BASE^(gram - 1)

  Fingerprints(int gram, int window) {
    if (gram < 1 || window < 1) {
      throw new IllegalArgumentException("gram and window must be positive: " + gram + ", " + window);
    }
    this.gram = gram;
    this.window = window;
    long p = 1;
    for (int i = 1; i < gram; i++) {
      p *= BASE;
    }
    this.basePower = p;
  }

  /** The distinct keys of a whole text, across its line breaks (a sibling), in ascending order. */
  long[] document(String text) {
    return keys(stream(text, 0, text.length()));
  }

  /** The distinct keys of each line of {@code text} as {@link Lines#of(String)} cuts it. */
  long[][] lines(String text) {
    List<Lines.Line> lines = Lines.of(text);
    long[][] out = new long[lines.size()][];
    for (int i = 0; i < out.length; i++) {
      String line = lines.get(i).text();
      out[i] = keys(stream(line, 0, line.length()));
    }
    return out;
  }

  /** The letters of {@code text[from, to)}: the {@link Folding#LOOSE} keys of its pieces, joined. */
  static String stream(String text, int from, int to) {
    Pieces pieces = Pieces.of(text, from, to);
    StringBuilder out = new StringBuilder(to - from);
    for (int i = 0; i < pieces.size(); i++) {
      Folding.LOOSE.appendKey(text, pieces.start(i), pieces.end(i), out);
    }
    return out.toString();
  }

  /** Winnowed k-gram hashes of a letter stream, distinct and sorted. */
  long[] keys(CharSequence s) {
    int n = s.length() - gram + 1;
    if (n <= 0) {
      return new long[0];
    }
    long[] h = new long[n];
    long rolling = 0;
    for (int i = 0; i < gram; i++) {
      rolling = rolling * BASE + s.charAt(i);
    }
    h[0] = mix(rolling);
    for (int i = 1; i < n; i++) {
      rolling = (rolling - s.charAt(i - 1) * basePower) * BASE + s.charAt(i + gram - 1);
      h[i] = mix(rolling);
    }
    if (n <= window) {
      return distinct(h, n);
    }
    long[] kept = new long[n];
    int count = 0;
    int last = -1;
    for (int start = 0; start + window <= n; start++) {
      int min = start;
      for (int i = start + 1; i < start + window; i++) {
        if (h[i] <= h[min]) {
          min = i;
        }
      }
      if (min != last) {
        kept[count++] = h[min];
        last = min;
      }
    }
    return distinct(kept, count);
  }

  private static long[] distinct(long[] a, int n) {
    long[] sorted = Arrays.copyOf(a, n);
    Arrays.sort(sorted);
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (k == 0 || sorted[i] != sorted[k - 1]) {
        sorted[k++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, k);
  }

  /** The finalizer of SplitMix64 (Steele, Lea and Flood 2014): spreads a polynomial hash's bits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.index.Vocabulary;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Pieces;

/** One degraded line cut into pieces, with their folding keys and pool key ids. */
final class LinePlan {
  final int index;
  final String text;
  final int[] start;
  final int[] end;
  final String[] keys;
  final int[] ids;
  final int size;
  private final String[] pieces;
  private final Folding folding;
  private String[] signatures;
  private String nonLetters;
  /** Whether everything between the pieces is ASCII, so that {@link #key()} is the pieces' keys. */
  private final boolean keyFromPieces;

  LinePlan(int index, String text, Folding folding, Vocabulary vocabulary) {
    this.index = index;
    this.text = text;
    Pieces pieces = Pieces.of(text);
    int n = pieces.size();
    int[] s = new int[n];
    int[] e = new int[n];
    String[] k = new String[n];
    int[] id = new int[n];
    int m = 0;
    // Keys are folded into one builder and looked up by content: a known key takes the
    // vocabulary's own String, so only unknown keys cost one.
    StringBuilder buf = new StringBuilder(32);
    boolean asciiGaps = true;
    int gapFrom = 0;
    for (int i = 0; i < n; i++) {
      asciiGaps = asciiGaps && isAscii(text, gapFrom, pieces.start(i));
      gapFrom = pieces.end(i);
      buf.setLength(0);
      folding.appendKey(text, pieces.start(i), pieces.end(i), buf);
      if (buf.length() == 0) {
        continue; // e.g. digits in a copy that otherwise has none: treated as punctuation
      }
      int known = vocabulary.id(buf);
      s[m] = pieces.start(i);
      e[m] = pieces.end(i);
      k[m] = known >= 0 ? vocabulary.key(known) : buf.toString();
      id[m] = known;
      m++;
    }
    this.start = java.util.Arrays.copyOf(s, m);
    this.end = java.util.Arrays.copyOf(e, m);
    this.keys = java.util.Arrays.copyOf(k, m);
    this.ids = java.util.Arrays.copyOf(id, m);
    this.size = m;
    this.pieces = new String[m];
    this.folding = folding;
    this.keyFromPieces = asciiGaps && isAscii(text, gapFrom, text.length());
  }

  /** The folding this line's keys are made under (decided per line, {@link DegradedProfile}). */
  Folding folding() {
    return folding;
  }

  private static boolean isAscii(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code folding.key(text)}, the key of the whole line. When everything between the pieces is
   * ASCII it is put together from the piece keys: ASCII characters are NFD starters that neither
   * decompose nor take part in reordering, and no ASCII character outside a piece adds to a key, so
   * the line's key is the pieces' keys without their tone marks, then all their tone marks in
   * order (tone marks are only ever the tail of a key). This saved one of the two whole-line keys
   * each rendered line computed.
   */
  String key() {
    if (!keyFromPieces) {
      return folding.key(text);
    }
    StringBuilder sb = new StringBuilder(text.length());
    int[] toneStart = new int[size];
    for (int i = 0; i < size; i++) {
      String k = keys[i];
      int t = k.length();
      while (t > 0 && Folding.isToneMark(k.charAt(t - 1))) {
        t--;
      }
      toneStart[i] = t;
      sb.append(k, 0, t);
    }
    for (int i = 0; i < size; i++) {
      sb.append(keys[i], toneStart[i], keys[i].length());
    }
    return sb.toString();
  }

  /** The text of piece {@code i} (cut once, then reused). */
  String piece(int i) {
    String p = pieces[i];
    if (p == null) {
      p = text.substring(start[i], end[i]);
      pieces[i] = p;
    }
    return p;
  }

  /**
   * {@link CopyContent#nonLetters} of the whole line (its numbers, symbols and emoji; computed once,
   * then reused): empty for most lines, which then need no content check piece by piece.
   */
  String nonLetters() {
    String n = nonLetters;
    if (n == null) {
      n = CopyContent.nonLetters(text);
      nonLetters = n;
    }
    return n;
  }

  /** {@link WordForms#markSignature(String)} of piece {@code i} (computed once, then reused). */
  String markSignature(int i) {
    if (signatures == null) {
      signatures = new String[size];
    }
    String sig = signatures[i];
    if (sig == null) {
      sig = WordForms.markSignature(piece(i));
      signatures[i] = sig;
    }
    return sig;
  }

  /** The degraded text between piece {@code i - 1} and piece {@code i} (edges for 0 and size). */
  String separator(int i) {
    int from = i == 0 ? 0 : end[i - 1];
    int to = i == size ? text.length() : start[i];
    return text.substring(from, to);
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;
import java.util.Map;

/**
 * A text cut into words for word-level scoring of long copies (transcripts), the way Earnings-21
 * and fstalign see them: each word with its folded key, its letters, and the punctuation marks that
 * follow it.
 *
 * <pre>{@code
 * WordSequence s = WordSequence.of("\"Thanks,\" he said – U.S. sales", keys);
 * s.size()        // 5: Thanks, he, said, U.S, sales
 * s.letters(3)    // "US"         letters and digits as written
 * s.marksAfter(0) // [",", "\""]  as MarkClass ordinals: COMMA, QUOTE
 * s.marksAfter(2) // ["–"]        DASH (a token of marks only belongs to the word before it)
 * }</pre>
 *
 * <p>The text is NFC-normalized and cut at white space into tokens. A token's word runs from its
 * first to its last letter or digit (combining marks included); marks before it (an opening quote)
 * and after it, and tokens without a letter or digit, belong to the gap after the previous word
 * (before the first word: {@link #leadingMarks()}). Marks inside a word ({@code don't},
 * {@code U.S.}, {@code twenty-one}) are part of the word and not scored. The key of a word is its
 * letters and digits (combining marks kept), ICU-case-folded, interned to an {@code int} through
 * the caller's map so that two sequences keyed with one map compare by {@code int}. Immutable.
 */
final class WordSequence {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final String text;
  private final int[] keys;
  private final int[] start;
  private final int[] end;
  private final String[] letters;
  /** Mark classes of gap {@code g} (0: before the first word; w + 1: after word w). */
  private final byte[][] gaps;

  private WordSequence(String text, int[] keys, int[] start, int[] end, String[] letters, byte[][] gaps) {
    this.text = text;
    this.keys = keys;
    this.start = start;
    this.end = end;
    this.letters = letters;
    this.gaps = gaps;
  }

  /** The words of {@code text}, keys interned through {@code ids} (a new key gets the next id). */
  static WordSequence of(String text, Map<String, Integer> ids) {
    String s = NFC.normalize(text);
    int cap = 16;
    int[] keys = new int[cap];
    int[] starts = new int[cap];
    int[] ends = new int[cap];
    String[] letters = new String[cap];
    byte[][] gaps = new byte[cap + 1][];
    int n = 0;
    Marks gap = new Marks();
    StringBuilder word = new StringBuilder();
    int i = 0;
    final int len = s.length();
    while (i < len) {
      int cp = s.codePointAt(i);
      if (UCharacter.isUWhiteSpace(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int tokenEnd = i;
      int first = -1;
      int last = -1;
      while (tokenEnd < len && !UCharacter.isUWhiteSpace(cp = s.codePointAt(tokenEnd))) {
        int next = tokenEnd + Character.charCount(cp);
        if (UCharacter.isLetterOrDigit(cp) || first >= 0 && WordSpans.isMark(cp)) {
          if (first < 0) {
            first = tokenEnd;
          }
          last = next;
        }
        tokenEnd = next;
      }
      int wordFrom = first < 0 ? tokenEnd : first;
      gap.add(s, i, wordFrom);
      if (first >= 0) {
        if (n == keys.length) {
          keys = Arrays.copyOf(keys, n * 2);
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
          letters = Arrays.copyOf(letters, n * 2);
          gaps = Arrays.copyOf(gaps, n * 2 + 1);
        }
        gaps[n] = gap.take();
        starts[n] = first;
        ends[n] = last;
        word.setLength(0);
        for (int k = first; k < last; ) {
          int c = s.codePointAt(k);
          k += Character.charCount(c);
          if (UCharacter.isLetterOrDigit(c) || WordSpans.isMark(c)) {
            word.appendCodePoint(c);
          }
        }
        letters[n] = word.toString();
        keys[n] = ids.computeIfAbsent(NFC.normalize(UCharacter.foldCase(letters[n], true)), x -> ids.size());
        n++;
        gap.add(s, last, tokenEnd);
      }
      i = tokenEnd;
    }
    gaps[n] = gap.take();
    return new WordSequence(s, Arrays.copyOf(keys, n), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n),
        Arrays.copyOf(letters, n), Arrays.copyOf(gaps, n + 1));
  }

  /** The mark classes of one gap as they are collected. */
  private static final class Marks {
    private byte[] classes = new byte[8];
    private int size;

    /** Adds the classes of the punctuation marks of {@code s[from, to)}. */
    void add(String s, int from, int to) {
      for (int k = from; k < to; ) {
        int c = s.codePointAt(k);
        k += Character.charCount(c);
        if (WordSpans.isPunctuation(c)) {
          if (size == classes.length) {
            classes = Arrays.copyOf(classes, size * 2);
          }
          classes[size++] = (byte) MarkClass.of(c, false).ordinal();
        }
      }
    }

    /** The classes collected so far; starts a new gap. */
    byte[] take() {
      byte[] out = Arrays.copyOf(classes, size);
      size = 0;
      return out;
    }
  }

  int size() {
    return keys.length;
  }

  /** The interned keys, one per word (the array itself: do not change it). */
  int[] keys() {
    return keys;
  }

  /** The letters and digits of word {@code w} as written (inner marks left out). */
  String letters(int w) {
    return letters[w];
  }

  /** The mark classes (ordinals of {@link MarkClass}) after word {@code w}, up to the next word. */
  byte[] marksAfter(int w) {
    return gaps[w + 1];
  }

  /** The text (NFC) the words were cut from. */
  String text() {
    return text;
  }

  /** Where word {@code w} starts in {@link #text()} (its first letter or digit). */
  int start(int w) {
    return start[w];
  }

  /** Where word {@code w} ends in {@link #text()} (after its last letter, digit or mark). */
  int end(int w) {
    return end[w];
  }

  /** The mark classes before the first word. */
  byte[] leadingMarks() {
    return gaps[0];
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import java.util.Arrays;

/**
 * Splits text into pieces: maximal runs of letters, combining marks and decimal digits. Everything
 * else (spaces, punctuation, underscores, symbols) lies between pieces.
 *
 * <pre>{@code
 * Pieces.of("Nagorno-Karabakh, 4/10")   // [0,7) "Nagorno", [8,16) "Karabakh", [18,19) "4", [20,22) "10"
 * }</pre>
 *
 * <p>A piece is the unit both sides are compared in: a word the degradation joined
 * ({@code "nagornokarabakh"}) meets the clean pieces it came from through concatenation, and a
 * tokenizer's {@code "Cơ_quan"} splits into the clean {@code "Cơ"} and {@code "quan"}. Instances are
 * immutable and thread-safe.
 */
public final class Pieces {
  private final int[] bounds; // start0, end0, start1, end1, ...
  private final int count;

  private Pieces(int[] bounds, int count) {
    this.bounds = bounds;
    this.count = count;
  }

  /** The pieces of {@code text}, offsets into it. */
  public static Pieces of(CharSequence text) {
    return of(text, 0, text.length());
  }

  /** The pieces of {@code text[from, to)}, offsets into {@code text}. */
  public static Pieces of(CharSequence text, int from, int to) {
    int[] b = new int[16];
    int n = 0;
    int i = from;
    while (i < to) {
      int cp = Character.codePointAt(text, i);
      int len = Character.charCount(cp);
      if (!isWordChar(cp)) {
        i += len;
        continue;
      }
      int start = i;
      i += len;
      while (i < to) {
        int c = Character.codePointAt(text, i);
        if (!isWordChar(c)) {
          break;
        }
        i += Character.charCount(c);
      }
      if (2 * n + 2 > b.length) {
        b = Arrays.copyOf(b, b.length * 2);
      }
      b[2 * n] = start;
      b[2 * n + 1] = i;
      n++;
    }
    return new Pieces(b, n);
  }

  /**
   * Whether a code point belongs to a piece: a letter, a combining mark or a decimal digit — but
   * not a variation selector, which belongs to the emoji or symbol before it ("⚡️Енергетики").
   */
  public static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
      return false;
    }
    int type = UCharacter.getType(cp);
    switch (type) {
      case ECharacterCategory.UPPERCASE_LETTER:
      case ECharacterCategory.LOWERCASE_LETTER:
      case ECharacterCategory.TITLECASE_LETTER:
      case ECharacterCategory.MODIFIER_LETTER:
      case ECharacterCategory.OTHER_LETTER:
      case ECharacterCategory.NON_SPACING_MARK:
      case ECharacterCategory.COMBINING_SPACING_MARK:
      case ECharacterCategory.ENCLOSING_MARK:
      case ECharacterCategory.DECIMAL_DIGIT_NUMBER:
        return true;
      default:
        return false;
    }
  }

  public int size() {
    return count;
  }

  public int start(int i) {
    return bounds[2 * checkIndex(i)];
  }

  public int end(int i) {
    return bounds[2 * checkIndex(i) + 1];
  }

  private int checkIndex(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException("piece " + i + " of " + count);
    }
    return i;
  }
}

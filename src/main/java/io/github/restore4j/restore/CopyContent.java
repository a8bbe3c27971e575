// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;

/**
 * The content of a degraded copy that a restoration must keep, beyond its letters: what no
 * degradation produces, so that when the copy has it, the degradation kept it.
 *
 * <p>A code point is content when it is
 *
 * <ul>
 *   <li>a letter, a mark or a number (general categories L*, M*, N*; variation selectors and the
 *       emoji keycap are marks);
 *   <li>a math, currency or other symbol (Sm, Sc, So: {@code "©"}, {@code "→"}, {@code "★"},
 *       {@code "€"}, {@code "+"}, emoji), and the signs Unicode files as punctuation (Po) that stand
 *       for words rather than mark a sentence: {@code % # & @ § ¶ † ‡ ‰ ‱};
 *   <li>an emoji modifier (U+1F3FB..U+1F3FF, category Sk) or an emoji tag (U+E0020..U+E007F);
 *   <li>a zero width joiner right after an emoji part (a symbol, modifier or variation selector), so
 *       that a ZWJ sequence is kept whole.
 * </ul>
 *
 * Everything else is not: white space and punctuation (P*), which a degradation deletes, turns into
 * spaces or splits off, and so a sibling may put back differently; other modifier symbols
 * ({@code "`"}, {@code "´"}, {@code "^"}), which stand in for apostrophes and accents; and format
 * and control characters other than the above. The fidelity guard ({@link FormGuard}) checks that
 * the content of the copy's text between and around its pieces is in the output, in order;
 * letters inside pieces are checked by their folding key.
 *
 * <pre>{@code
 * CopyContent.of(" 👍")                 // "👍"
 * CopyContent.of(", (© 2020) ")         // "©2020"
 * CopyContent.isSubsequence("©", ". © ")  // true
 * }</pre>
 *
 * Stateless and thread-safe.
 */
final class CopyContent {
  private static final int ZWJ = 0x200D;

  private CopyContent() {}

  private static final int NONE = 0;
  private static final int LETTER = 1;
  private static final int OTHER = 2;

  /** The content code points of {@code s}, in order, as a string. */
  static String of(CharSequence s) {
    return collect(s, LETTER);
  }

  /** The content of {@code s} that is not a letter or a mark: numbers, symbols, emoji. */
  static String nonLetters(CharSequence s) {
    return collect(s, OTHER);
  }

  private static String collect(CharSequence s, int least) {
    StringBuilder sb = null;
    int prev = -1;
    for (int i = 0, n = s.length(); i < n; ) {
      int cp = Character.codePointAt(s, i);
      if (classify(cp, prev) >= least) {
        if (sb == null) {
          sb = new StringBuilder();
        }
        sb.appendCodePoint(cp);
      }
      prev = cp;
      i += Character.charCount(cp);
    }
    return sb == null ? "" : sb.toString();
  }

  /** Whether {@code cp}, preceded by {@code prev} (-1 at the start), is content. */
  static boolean isContent(int cp, int prev) {
    return classify(cp, prev) != NONE;
  }

  /** {@link #NONE}, {@link #LETTER} (a letter or a mark) or {@link #OTHER} content; one category look-up. */
  private static int classify(int cp, int prev) {
    if (cp < 0x80) {
      if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
        return LETTER;
      }
      return (cp >= '0' && cp <= '9') || cp == '+' || cp == '<' || cp == '=' || cp == '>' || cp == '|'
          || cp == '~' || cp == '$' || cp == '%' || cp == '#' || cp == '&' || cp == '@' ? OTHER : NONE;
    }
    if (cp == ZWJ) {
      return prev >= 0 && isEmojiPart(prev) ? OTHER : NONE;
    }
    if (cp == 0xA7 || cp == 0xB6 || cp == 0x2020 || cp == 0x2021 || cp == 0x2030 || cp == 0x2031
        || (cp >= 0xE0020 && cp <= 0xE007F)) {
      return OTHER;
    }
    switch (UCharacter.getType(cp)) {
      case ECharacterCategory.UPPERCASE_LETTER:
      case ECharacterCategory.LOWERCASE_LETTER:
      case ECharacterCategory.TITLECASE_LETTER:
      case ECharacterCategory.MODIFIER_LETTER:
      case ECharacterCategory.OTHER_LETTER:
      case ECharacterCategory.COMBINING_SPACING_MARK:
      case ECharacterCategory.ENCLOSING_MARK:
        return LETTER;
      case ECharacterCategory.NON_SPACING_MARK:
        // a variation selector belongs to the emoji before it, not to a word
        return cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF ? OTHER : LETTER;
      case ECharacterCategory.DECIMAL_DIGIT_NUMBER:
      case ECharacterCategory.LETTER_NUMBER:
      case ECharacterCategory.OTHER_NUMBER:
      case ECharacterCategory.MATH_SYMBOL:
      case ECharacterCategory.CURRENCY_SYMBOL:
      case ECharacterCategory.OTHER_SYMBOL:
        return OTHER;
      case ECharacterCategory.MODIFIER_SYMBOL:
        return cp >= 0x1F3FB && cp <= 0x1F3FF ? OTHER : NONE;
      default:
        return NONE;
    }
  }

  private static boolean isEmojiPart(int cp) {
    if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
      return true;
    }
    return UCharacter.getType(cp) == ECharacterCategory.OTHER_SYMBOL;
  }

  /** Whether {@code sub} is {@code s} with zero or more chars left out. */
  static boolean isSubsequence(String sub, String s) {
    int j = 0;
    for (int i = 0, n = s.length(); i < n && j < sub.length(); ) {
      int cp = s.codePointAt(i);
      if (cp == sub.codePointAt(j)) {
        j += Character.charCount(cp);
      }
      i += Character.charCount(cp);
    }
    return j == sub.length();
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Folding#key} and {@link Folding#appendKey} against the plain definition (NFD, then every
 * code point through the ICU properties, tone marks moved to the end), which the fast paths for
 * ASCII, combining marks and basic Cyrillic must reproduce exactly.
 */
final class FoldingTest {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  @Test
  void key_examples() {
    assertThat(Folding.STRICT.key("Nói")).isEqualTo(Folding.STRICT.key("noí"));
    assertThat(Folding.STRICT.key("nói")).isNotEqualTo(Folding.STRICT.key("nòi"));
    assertThat(Folding.STRICT.key("G20")).isEqualTo("g");
    assertThat(Folding.STRICT_DIGITS.key("G20")).isEqualTo("g20");
    assertThat(Folding.LOOSE.key("Mỹ")).isEqualTo("my");
    assertThat(Folding.STRICT.key("ĐẠI Học")).isEqualTo("đaihoc\u0323\u0323");
    assertThat(Folding.STRICT.key("Ёлка Й")).isEqualTo("е\u0308лкаи\u0306");
    assertThat(Folding.LOOSE.key("Ёлка Й")).isEqualTo("елкаи");
  }

  @ParameterizedTest
  @EnumSource(Folding.class)
  void key_everyCodePointAloneAndWithNeighbours_matchesDefinition(Folding folding) {
    for (int cp = 0; cp <= 0x10FFFF; cp++) {
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        continue;
      }
      if (cp > 0x3000 && cp < 0xF900 && cp % 7 != 0) {
        continue; // CJK and Hangul: every seventh is enough, their properties are uniform
      }
      if (cp > 0x20000 && cp % 97 != 0) {
        continue;
      }
      String c = new String(Character.toChars(cp));
      check(folding, c);
      check(folding, "Ab" + c + "\u0301z");
      check(folding, c + "\u0323e\u0303");
    }
  }

  @ParameterizedTest
  @EnumSource(Folding.class)
  void key_randomText_matchesDefinition(Folding folding) {
    String alphabet = "aAzZ09 -İıIiĐđŁłøØßẞ\u0300\u0301\u0303\u0309\u0323\u0307\u0306\u0308\uFE0F"
        + "ЁЙйёАЯаяЀЏѐџҐґЇї" + "ÀÁẠẢÃàáạảãĂăÂâƠơƯưỆệỵỹ" + "٣४" + "ΣσςΆ" + "ﬁ" + "\uD835\uDC00\uD801\uDC00";
    int[] cps = alphabet.codePoints().toArray();
    SplittableRandom random = new SplittableRandom(2026);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(12);
      for (int k = 0; k < len; k++) {
        sb.appendCodePoint(cps[random.nextInt(cps.length)]);
      }
      check(folding, sb.toString());
    }
  }

  @Test
  void appendKey_appendsToWhatTheBuilderHolds() {
    StringBuilder sb = new StringBuilder("x");
    Folding.STRICT.appendKey("Nói G20", 0, 3, sb);
    assertThat(sb.toString()).isEqualTo("x" + Folding.STRICT.key("Nói"));
    Folding.STRICT_DIGITS.appendKey("Nói G20", 4, 7, sb);
    assertThat(sb.toString()).isEqualTo("x" + Folding.STRICT.key("Nói") + "g20");
  }

  private static void check(Folding folding, String s) {
    String expected = definition(folding, s);
    assertThat(folding.key(s)).as("key of %s", escape(s)).isEqualTo(expected);
    String padded = "«" + s + "»";
    assertThat(folding.key(padded, 1, padded.length() - 1)).as("key of %s in context", escape(s)).isEqualTo(expected);
    StringBuilder sb = new StringBuilder();
    folding.appendKey(padded, 1, padded.length() - 1, sb);
    assertThat(sb.toString()).as("appendKey of %s", escape(s)).isEqualTo(expected);
  }

  /** The key as {@link Folding} defines it, with no fast path. */
  private static String definition(Folding folding, String text) {
    boolean loose = folding.stripsMarks();
    boolean digits = folding.keepsDigits();
    String d = NFD.normalize(text);
    StringBuilder out = new StringBuilder();
    StringBuilder tones = new StringBuilder();
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      int type = UCharacter.getType(cp);
      if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK
          || type == UCharacter.COMBINING_SPACING_MARK) {
        if (loose || cp == 0x0307 || !Pieces.isWordChar(cp)) {
          continue;
        }
        (Folding.isToneMark(cp) ? tones : out).appendCodePoint(cp);
        continue;
      }
      if (UCharacter.isDigit(cp)) {
        if (digits) {
          out.append((char) ('0' + UCharacter.digit(cp, 10)));
        }
        continue;
      }
      if (!UCharacter.isLetter(cp)) {
        continue;
      }
      int folded = UCharacter.foldCase(cp, true);
      if (folded == 'ı') {
        folded = 'i';
      }
      out.appendCodePoint(loose ? Folding.foldLetter(folded) : folded);
    }
    return out.append(tones).toString();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> sb.append(String.format("U+%04X ", cp)));
    return sb.toString().trim();
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.index.Vocabulary;
import io.github.restore4j.text.Folding;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class LinePlanTest {

  /** The line key put together from piece keys is the key of the whole line, known keys or not. */
  @ParameterizedTest
  @EnumSource(Folding.class)
  void key_randomLines_equalsKeyOfWholeLine(Folding folding) {
    String alphabet = "aAzZ09  -.,_İıIiĐđøß\u0300\u0301\u0303\u0309\u0323\u0307\u0306\uFE0F"
        + "ЁЙйёАя" + "ÀÁẠẢÃàạảãĂâƠưỆệỵỹ" + "٣" + "ΣςΆ" + "ﬁ" + "\uD835\uDC00"
        + "«»—…\u00A0" + "≠῭\u0344"; // non-ASCII punctuation, and non-word characters that decompose into marks
    int[] cps = alphabet.codePoints().toArray();
    Vocabulary vocabulary = PoolIndex.build(new String[] {"a noi е\u0308лка đai\u0323"}, folding).vocabulary();
    SplittableRandom random = new SplittableRandom(2026);
    for (int t = 0; t < 30_000; t++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(16);
      boolean asciiOnlyGaps = t % 2 == 0;
      for (int k = 0; k < len; k++) {
        int cp = cps[random.nextInt(cps.length)];
        if (asciiOnlyGaps && cp >= 0x80 && !Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
          cp = ' ';
        }
        sb.appendCodePoint(cp);
      }
      String text = sb.toString();
      LinePlan line = new LinePlan(0, text, folding, vocabulary);
      assertThat(line.key()).as("%s", text).isEqualTo(folding.key(text));
    }
  }
}

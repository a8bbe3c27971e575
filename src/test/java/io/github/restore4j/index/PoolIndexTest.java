// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.text.Folding;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class PoolIndexTest {

  /**
   * Bigram postings against a scan of the stream, on small pools of few words: a table of few
   * slots holds colliding bigrams, so both kinds of slot (one bigram only, several) are looked up,
   * as are bigrams that never occur.
   */
  @Test
  void addBigramHits_pureAndCollidingSlots_matchScanOfStream() {
    SplittableRandom random = new SplittableRandom(2026);
    String[] words = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "k", "l", "m"};
    for (int trial = 0; trial < 300; trial++) {
      String[] texts = new String[1 + random.nextInt(3)];
      for (int d = 0; d < texts.length; d++) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(60);
        int alphabet = 2 + random.nextInt(words.length - 1);
        for (int k = 0; k < n; k++) {
          sb.append(words[random.nextInt(alphabet)]).append(random.nextInt(6) == 0 ? ". " : " ");
        }
        texts[d] = sb.toString();
      }
      PoolIndex index = PoolIndex.build(texts, Folding.STRICT);
      int[] ids = index.ids();
      int vocab = index.vocabulary().size();
      for (int a = 0; a < vocab; a++) {
        for (int b = 0; b < vocab; b++) {
          PoolIndex.Scratch scratch = new PoolIndex.Scratch();
          index.addBigramHits(a, b, 3, scratch);
          int[] expected = new int[ids.length];
          int m = 0;
          for (int p = 0; p + 1 < ids.length; p++) {
            if (ids[p] == a && ids[p + 1] == b) {
              expected[m++] = p - 3;
            }
          }
          assertThat(Arrays.copyOf(scratch.diagonals, scratch.hits))
              .as("bigram (%d, %d) in trial %d", a, b, trial)
              .containsExactly(Arrays.copyOf(expected, m));
        }
      }
    }
  }
}

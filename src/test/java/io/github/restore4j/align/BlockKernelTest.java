// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.align;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The block kernel of {@link MyersAligner} on short patterns too (one padded block, Ukkonen's
 * cut-off with every k), which {@link AlignerType#MYERS} would route to the one-word kernel.
 */
final class BlockKernelTest {
  private static InfixAligner blocksOnly(boolean hash) {
    return hash
        ? new HashMyersAligner(AlignerType.MYERS_HASH, true)
        : new DenseMyersAligner(AlignerType.MYERS_DENSE, true);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void blocks_allTinyInputs_matchBruteForce(boolean hash) {
    final InfixAligner aligner = blocksOnly(hash);
    for (int[] p : TinyStrings.all(1, 5)) {
      for (int[] t : TinyStrings.all(0, 6)) {
        InfixAlignerTest.checkAgainstBruteForce(aligner, p, t);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void blocks_randomPatterns_matchOracle(boolean hash) {
    final InfixAligner aligner = blocksOnly(hash);
    final InfixAligner oracle = AlignerType.NAIVE_DP.create();
    final SplittableRandom random = new SplittableRandom(99L);
    for (int m : new int[] {1, 3, 40, 63, 64, 65, 130, 257}) {
      for (int vocabulary : new int[] {2, 4, 50_000}) {
        InfixAlignerTest.compareWithOracle(
            aligner, oracle, random.nextLong(), m, 1_000 + random.nextInt(2_000), vocabulary);
      }
    }
  }
}

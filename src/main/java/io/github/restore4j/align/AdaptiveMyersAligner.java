// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.align;

/**
 * {@link AlignerType#MYERS}: Myers' search with the Peq strategy that is faster for the pattern at
 * hand, chosen per search from the pattern's largest token id.
 *
 * <p>The dense table is one load per text token, but it spans 8 bytes per id up to the pattern's
 * largest: while that fits in cache it wins, beyond it text tokens miss the cache and the hash table
 * of the pattern's few ids wins. JMH findBest of a 40-token line in Zipf text (benchmarks/README.md,
 * medians, M tokens/s dense vs hash, 100k tokens): 50k ids, largest line id 47k: 333 vs 245; 1M ids,
 * largest 937k: 159 vs 235; 10M ids: 90 vs 251. The cut-off {@link
 * #DENSE_MAX_ID} lies between those points and keeps the dense table within 2 MiB, this machine's L2
 * per core, which also bounds its memory; it is not calibrated more finely than that.
 *
 * <p>Not thread-safe.
 */
final class AdaptiveMyersAligner extends AbstractInfixAligner {
  /** Patterns whose ids are all below this use the dense Peq; others the hash table. */
  static final int DENSE_MAX_ID = 1 << 18;

  private final DenseMyersAligner dense = new DenseMyersAligner(AlignerType.MYERS_DENSE);
  private final HashMyersAligner hash = new HashMyersAligner(AlignerType.MYERS_HASH);

  AdaptiveMyersAligner() {
    super(AlignerType.MYERS);
  }

  private MyersAligner choose(int[] pattern, int pFrom, int m) {
    int max = 0;
    for (int i = pFrom; i < pFrom + m; i++) {
      max = Math.max(max, pattern[i]);
    }
    return max < DENSE_MAX_ID ? dense : hash;
  }

  @Override
  long best(int[] pattern, int pFrom, int m, int[] text, int tFrom, int tLen, int k) {
    return choose(pattern, pFrom, m).best(pattern, pFrom, m, text, tFrom, tLen, k);
  }

  @Override
  int all(
      int[] pattern,
      int pFrom,
      int m,
      int[] text,
      int tFrom,
      int tLen,
      int k,
      int[] ends,
      int[] costs) {
    return choose(pattern, pFrom, m).all(pattern, pFrom, m, text, tFrom, tLen, k, ends, costs);
  }
}

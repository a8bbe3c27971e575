// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.align;

/**
 * The infix-search algorithms; each constant creates fresh, independent {@link InfixAligner}s.
 *
 * <pre>{@code
 * InfixAligner aligner = AlignerType.MYERS.create(); // one per thread, reused across searches
 * }</pre>
 *
 * <p>All constants compute the same costs and ends; they differ in speed and memory.
 */
public enum AlignerType {
  /**
   * Sellers' O(m·n) column DP: the oracle, 24-34× slower than {@link #MYERS} on 40-token lines.
   */
  NAIVE_DP {
    @Override
    public InfixAligner create() {
      return new NaiveDpAligner();
    }
  },
  /**
   * Myers' bit-parallel search (Hyyrö's formulation; blocks with Ukkonen's cut-off beyond 64
   * tokens): 340-390 M text tokens/s for 40-token lines on one core (benchmarks/README.md). Per
   * search it takes the faster Peq: {@link #MYERS_DENSE} while the pattern's ids are below
   * 2<sup>18</sup>, else {@link #MYERS_HASH}; memory stays below 3 MiB plus O(m).
   */
  MYERS {
    @Override
    public InfixAligner create() {
      return new AdaptiveMyersAligner();
    }
  },
  /**
   * {@link #MYERS} with Peq in arrays indexed by token id: one load per text token, the fastest
   * while the table fits in cache; memory 12 bytes per id up to the largest pattern id seen, ids
   * up to {@code Integer.MAX_VALUE - 10}.
   */
  MYERS_DENSE {
    @Override
    public InfixAligner create() {
      return new DenseMyersAligner(this);
    }
  },
  /**
   * {@link #MYERS} with Peq in a hash table of the pattern's ids: memory O(m) whatever the
   * vocabulary; 0.6-0.7× the dense speed while the dense table is cached, 1.5-2.8× it when not.
   */
  MYERS_HASH {
    @Override
    public InfixAligner create() {
      return new HashMyersAligner(this);
    }
  };

  /** Creates a new aligner; it is not thread-safe, so create one per thread. */
  public abstract InfixAligner create();
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

/**
 * Alignment kernels on interned token ids: where does a degraded line sit, approximately, inside a
 * long token stream, and how do its tokens correspond to the stream's.
 *
 * <ol>
 *   <li>{@link io.github.restore4j.align.InfixAligner} — approximate infix search: for every end
 *       position of the text, the least edit distance between the pattern and a substring ending
 *       there; the best end or all ends under a cost bound. {@link
 *       io.github.restore4j.align.AlignerType} creates implementations: Myers' bit-parallel kernel
 *       for production, a plain DP as oracle.
 *   <li>{@link io.github.restore4j.align.AnchorChain} — for sequences too long for any matrix (a
 *       15,000-word transcript against its sibling): the k-grams unique in both, chained in order,
 *       in linear time and memory; the gaps between them are small enough for a DP.
 * </ol>
 *
 * <p>Kernels take {@code (int[] a, int from, int len, ...)} ranges, own reusable scratch and are not
 * thread-safe: one instance per thread. They neither box nor allocate per token.
 */
package io.github.restore4j.align;

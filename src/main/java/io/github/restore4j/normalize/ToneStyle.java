// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

/**
 * Where a Vietnamese tone mark sits on the vowel clusters {@code oa}, {@code oe} and {@code uy} of an
 * open syllable, the only places where the two accepted conventions differ.
 *
 * <pre>{@code
 * VietnameseTones.place("hoà thuỷ", ToneStyle.OLD)  // "hòa thủy"
 * VietnameseTones.place("hòa thủy", ToneStyle.NEW)  // "hoà thuỷ"
 * VietnameseTones.place("hòa thuỷ", ToneStyle.KEEP) // "hòa thuỷ": both placements are valid
 * }</pre>
 *
 * <p>Every other syllable has one correct place in both styles ({@code "hoàn"}, {@code "người"},
 * {@code "quý"}). Enum constants are immutable and thread-safe.
 */
public enum ToneStyle {
  /** Leave a valid placement as it is; only placements that no style allows are moved. */
  KEEP,
  /** The traditional placement on the first vowel of {@code oa, oe, uy}: "hòa", "khỏe", "thủy". */
  OLD,
  /** The placement on the main vowel of {@code oa, oe, uy}: "hoà", "khoẻ", "thuỷ". */
  NEW
}

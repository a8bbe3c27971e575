// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

/**
 * What a {@link TextNormalizer} does with no-break and other non-ASCII spaces.
 *
 * <pre>{@code
 * "100\u00A0000"  KEEP  -> "100\u00A0000"
 * "100\u00A0000"  PLAIN -> "100 000"
 * }</pre>
 *
 * <p>Either way, trailing spaces are removed and runs of spaces inside a line become one.
 * Enum constants are immutable and thread-safe.
 */
public enum SpaceStyle {
  /** No-break spaces and other space separators stay as they are (a style choice, off by default). */
  KEEP,
  /** Every space separator (U+00A0, U+2000..U+200A, U+202F, U+205F, U+3000, U+1680) becomes U+0020. */
  PLAIN
}

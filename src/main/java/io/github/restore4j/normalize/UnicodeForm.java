// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

/**
 * The Unicode normalization form a {@link TextNormalizer} produces.
 *
 * <pre>{@code
 * "cafe\u0301"  NFC  -> "café"
 * "ﬁle ½"       NFKC -> "file 1⁄2"   (NFC leaves it)
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum UnicodeForm {
  /** Canonical composition: the same text, every character in its composed form. */
  NFC,
  /** Compatibility composition: also folds ligatures, full-width forms, superscripts. */
  NFKC
}

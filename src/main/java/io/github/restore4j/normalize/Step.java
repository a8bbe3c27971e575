// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

/**
 * The steps of a {@link TextNormalizer}, in the order they run.
 *
 * <pre>{@code
 * TextNormalizer.builder().disable(Step.MIXED_SCRIPT).build()
 * normalized.steps().get(0).step()  // Step.MOJIBAKE for "cafÃ©"
 * }</pre>
 *
 * <p>Repairs run first because they need the text as it was damaged: mojibake and legacy
 * Vietnamese encodings are read back from the characters a wrong decoder produced, before
 * normalization or space handling could alter them. Enum constants are immutable and thread-safe.
 */
public enum Step {
  /** UTF-8 that was decoded as windows-1252, latin-1, windows-1251 or KOI8-R, one or two times. */
  MOJIBAKE,
  /** Vietnamese written in VNI, TCVN3 (ABC) or windows-1258 and read as windows-1252. */
  LEGACY_VIETNAMESE,
  /** NFC or NFKC; zero-width characters, byte order marks and control characters removed. */
  UNICODE,
  /** Latin look-alike letters inside Cyrillic words, and Cyrillic ones inside Latin words. */
  MIXED_SCRIPT,
  /** Vietnamese tone marks: invalid placements repaired, and optionally restyled. */
  TONES,
  /** Quotation marks, apostrophes and dashes: to ASCII or to the language's canonical marks. */
  QUOTES,
  /** Line breaks to {@code \n}, trailing spaces, runs of spaces, optionally no-break spaces. */
  WHITESPACE
}

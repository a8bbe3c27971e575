// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

/**
 * What a {@link TextNormalizer} does with quotation marks, apostrophes and dashes.
 *
 * <pre>{@code
 * "«Так», — сказав він. Trump’s"   ASCII               -> "\"Так\", - сказав він. Trump's"
 * "\"Так\" - сказав він, зв'язку"  CANONICAL, uk       -> "«Так» — сказав він, зв’язку"
 * }</pre>
 *
 * <p>An apostrophe between two letters is part of the word ("зв'язку", "Editor's") and never taken
 * for a quotation mark. Enum constants are immutable and thread-safe.
 */
public enum QuoteStyle {
  /** Leave every mark as it is (the default). */
  KEEP,
  /** Quotes to {@code "} and {@code '}, apostrophes to {@code '}, dashes and the minus sign to {@code -}. */
  ASCII,
  /**
   * The marks of the language given to {@link TextNormalizer.Builder#language}: its primary and
   * nested quotation marks (chosen by nesting, opening or closing by context), its apostrophe
   * inside words, and its dash where a dash stands between spaces.
   */
  CANONICAL
}

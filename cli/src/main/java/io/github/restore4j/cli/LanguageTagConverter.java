// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import java.util.IllformedLocaleException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns {@code --lang} into a {@link Locale}, refusing what is not a well-formed BCP 47 tag
 * ({@link Locale#forLanguageTag} alone would silently turn {@code tr_TR} into the root locale).
 *
 * <pre>{@code
 * convert("tr")     // Locale "tr"
 * convert("tr_TR")  // TypeConversionException "'tr_TR' is not a BCP 47 language tag such as tr, vi or pt-BR"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class LanguageTagConverter implements ITypeConverter<Locale> {
  @Override
  public Locale convert(String tag) {
    try {
      if (!tag.isBlank()) {
        new Locale.Builder().setLanguageTag(tag); // validates only
        return Locale.forLanguageTag(tag);
      }
    } catch (IllformedLocaleException e) {
      // reported below
    }
    throw new TypeConversionException("'" + tag + "' is not a BCP 47 language tag such as tr, vi or pt-BR");
  }
}

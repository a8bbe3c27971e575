// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

/**
 * What a {@link Degrader} does to letter case. Mapping uses ICU full case mapping in
 * {@code Locale.ROOT} unless {@link DegradeOptions.Builder#language} was set.
 *
 * <pre>{@code
 * LOWER: "Báo Mỹ Politico"  ->  "báo mỹ politico"
 * UPPER: "Báo Mỹ Politico"  ->  "BÁO MỸ POLITICO"
 * KEEP:  "Báo Mỹ Politico"  ->  "Báo Mỹ Politico"
 * }</pre>
 */
public enum CaseMode {
  /** Lowercase every letter (the seed pair's degradation). */
  LOWER,
  /** Uppercase every letter, as some speech recognizers print. */
  UPPER,
  /** Leave case alone. */
  KEEP
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

/** What restoration changed on a line: only form, never the words themselves. */
public enum ChangeKind {
  /** Letter case, e.g. {@code "politico"} → {@code "POLITICO"}. */
  CASE,
  /** Diacritics and tone marks, including misplaced ones: {@code "noí"} → {@code "nói"}. */
  MARKS,
  /** Punctuation between or around words: {@code "mỹ nga"} → {@code "Mỹ, Nga"}. */
  PUNCTUATION,
  /** Number tokens the degradation deleted: {@code "hội nghị g"} → {@code "hội nghị G20"}. */
  NUMBER,
  /** Marks inside a word: {@code "nagornokarabakh"} → {@code "Nagorno-Karabakh"}. */
  JOINER
}

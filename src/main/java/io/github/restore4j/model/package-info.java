// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

/**
 * A model of word form — diacritics, tone marks and case — learned from clean text, used where no
 * sibling covers a line or a word: {@link io.github.restore4j.model.FormModel} (learn, save, load)
 * and its {@link io.github.restore4j.model.FormDecoder} (per-line Viterbi over form bigrams).
 */
package io.github.restore4j.model;

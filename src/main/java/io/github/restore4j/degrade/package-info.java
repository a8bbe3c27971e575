// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

/**
 * Degrades clean text the way real pipelines do (lowercasing, deleting punctuation and digits,
 * stripping diacritics, one sentence per line, word limits, truncation, tokenizer compounds, typos),
 * to make data for tests, benchmarks and evaluation of the restorer.
 *
 * <pre>{@code
 * Degrader.create(DegradeOptions.seed()).degradeLine("Nagorno-Karabakh, nhà ngoại giao nói.")
 *   -> "nagornokarabakh nhà ngoại giao noí"
 * }</pre>
 *
 * <p>{@link io.github.restore4j.degrade.DegradeOptions#seed()} reproduces the seed pair in
 * {@code testdata/seeds} exactly. {@link io.github.restore4j.degrade.Degrader#stripDiacritics(String)}
 * and {@link io.github.restore4j.degrade.Degrader#toneArtifact(String)} expose the letter folding and
 * the tone artifact; both rules live in {@code io.github.restore4j.text} ({@code Folding},
 * {@code ToneArtifact}), which the restorer applies too, so the engine never depends on this
 * package. All types are immutable and thread-safe.
 */
package io.github.restore4j.degrade;

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

/**
 * The restorer: gives a degraded copy its case, marks, punctuation and numbers back from clean
 * sibling documents, never changing its words.
 *
 * <pre>{@code
 * Restorer restorer = Restorer.create(RestoreOptions.defaults());
 * SiblingPool pool = SiblingPool.of(List.of(Sibling.of("004", clean)));   // index once, reuse
 * Restoration r = restorer.restore("eu và nga cũng chưa phản hồi thông tin naỳ", pool);
 * r.text();  // "EU và Nga cũng chưa phản hồi thông tin này."
 * }</pre>
 *
 * <ul>
 *   <li>{@link io.github.restore4j.restore.Restorer} — the facade; thread-safe and cheap.
 *   <li>{@link io.github.restore4j.restore.RestoreOptions} — an immutable configuration built by a
 *       fail-fast builder.
 *   <li>{@link io.github.restore4j.restore.Sibling} and
 *       {@link io.github.restore4j.restore.SiblingPool} — the clean documents, and their index (the
 *       expensive object, built once per kind of degradation and reused).
 *   <li>{@link io.github.restore4j.restore.Restoration},
 *       {@link io.github.restore4j.restore.RestoredLine}, {@link io.github.restore4j.restore.Span},
 *       {@link io.github.restore4j.restore.RestoreStats} — the result as values: the text, each
 *       line's provenance (sibling, span, kinds of change, confidence) and counts.
 * </ul>
 *
 * <p>Every type here is immutable or stateless, and thread-safe.
 */
package io.github.restore4j.restore;

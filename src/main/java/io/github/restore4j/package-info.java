// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

/**
 * restore4j's root package: what every part of the library shares, the exception for input it
 * cannot take.
 *
 * <pre>{@code
 * try {
 *   restorer.restore(text, pool);
 * } catch (InvalidInputException e) {
 *   System.err.println("restore4j: " + e.getMessage());  // one line, as the command line prints it
 * }
 * }</pre>
 *
 * <p>The restorer is in {@link io.github.restore4j.restore}, text repair in
 * {@link io.github.restore4j.normalize}, degraded copies for tests and evaluation in
 * {@link io.github.restore4j.degrade}.
 */
package io.github.restore4j;

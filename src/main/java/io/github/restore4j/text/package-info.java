// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

/**
 * Words as restore4j sees them: pieces (runs of letters, marks and digits) and the folding keys
 * under which a degraded piece and a clean piece count as the same word.
 */
package io.github.restore4j.text;

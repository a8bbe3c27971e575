// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

/**
 * Sibling retrieval: the pool of clean documents as one stream of interned piece keys, with
 * postings that find where a degraded line may sit without scanning the pool.
 */
package io.github.restore4j.index;

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import java.util.List;

/**
 * A run of pieces of one line that sits in one place, with the equally good places found for it
 * (none when no sibling covers it).
 */
record Part(int line, int from, int len, List<Alignment> candidates) {}

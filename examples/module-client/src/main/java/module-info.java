// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

/** A user's module: restore4j through its exported API only. */
module io.github.restore4j.example {
  requires io.github.restore4j;
}

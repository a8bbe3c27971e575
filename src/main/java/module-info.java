// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

/**
 * restore4j: gives a degraded copy of a document (lowercased, stripped of punctuation, digits or
 * diacritics, one sentence per line, truncated) its lost form back from clean sibling documents,
 * without changing its words.
 *
 * <pre>{@code
 * module my.app {
 *   requires io.github.restore4j;
 * }
 * }</pre>
 *
 * <p>Exported: {@link io.github.restore4j.restore} (the restorer, its options, pools and results),
 * {@link io.github.restore4j.normalize} (text repair), {@link io.github.restore4j.model} (the form
 * model used where no sibling covers a line), {@link io.github.restore4j.degrade} (degraded copies
 * for tests and evaluation) and the root package's
 * {@link io.github.restore4j.InvalidInputException}. The engine's internals (text, align, index,
 * io) stay unexported, free to change between versions. ICU4J is the one dependency; no ICU type
 * appears in the exported API, so it is required, not re-exported.
 */
module io.github.restore4j {
  requires com.ibm.icu;

  exports io.github.restore4j;
  exports io.github.restore4j.degrade;
  exports io.github.restore4j.model;
  exports io.github.restore4j.normalize;
  exports io.github.restore4j.restore;
}

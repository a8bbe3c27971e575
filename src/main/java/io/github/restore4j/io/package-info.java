// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

/**
 * Reading and writing text files strictly: UTF-8 only, binary and empty input refused, output
 * written atomically.
 *
 * <pre>{@code
 * String degraded = TextFiles.readText(Path.of("001.txt"));        // BOM dropped, strict UTF-8
 * List<Path> siblings = TextFiles.expandTextFiles(Path.of("seeds")); // every *.txt, sorted
 * TextFiles.writeAtomically(Path.of("out/001.txt"), restored);      // all or nothing
 * try (OutputFiles files = new OutputFiles()) {                      // several files, all or none
 *   files.add(Path.of("out/001.txt"), restored);
 *   files.add(Path.of("out/001.tsv"), provenance);
 *   files.commit();
 * }
 * }</pre>
 *
 * <p>Every failure is one line that starts with the path as the caller gave it, ready to show to a
 * person: an {@link io.github.restore4j.InvalidInputException} for bad input, an
 * {@link java.io.UncheckedIOException} when the system fails to write.
 */
package io.github.restore4j.io;

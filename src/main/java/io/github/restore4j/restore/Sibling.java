// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import java.util.Objects;

/**
 * A clean document that may hold the lines of a degraded copy, named so that results can say where
 * each restored line came from.
 *
 * <pre>{@code
 * Sibling s = Sibling.of("004", Files.readString(path));
 * }</pre>
 *
 * @param id   a caller-chosen name reported in provenance (a file name, a URL); unique within a
 *             {@link SiblingPool}
 * @param text the clean text, as read (it may need repair: mojibake, a legacy Vietnamese
 *             encoding, NFD — the pool repairs a copy); provenance spans are UTF-16 offsets into
 *             this very string
 */
public record Sibling(String id, String text) {
  /**
   * Checks the arguments.
   *
   * @param id   a caller-chosen name reported in provenance
   * @param text the clean text
   * @throws NullPointerException if an argument is null
   */
  public Sibling {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /**
   * A sibling named {@code id}.
   *
   * @param id   a caller-chosen name reported in provenance (a file name, a URL)
   * @param text the clean text
   * @return the sibling
   * @throws NullPointerException if an argument is null
   */
  public static Sibling of(String id, String text) {
    return new Sibling(id, text);
  }
}

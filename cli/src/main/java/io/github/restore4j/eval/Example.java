// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import java.util.Objects;

/**
 * A line restore4j did not get right, kept in a report so that shortfalls can be read.
 *
 * <pre>{@code
 * Example[copy=book_100.txt, input="в понедельник июня …", output="В понедельник 28 июня …",
 *         reference="В понедельник 28 июня …", covered=true, ambiguous=false]
 * }</pre>
 *
 * @param copy      the degraded copy it is in (a document id, or a compilation's)
 * @param input     the degraded line
 * @param output    restore4j's output
 * @param reference the clean text it came from
 * @param covered   whether its document is in the pool (if not, any change is an invention)
 * @param ambiguous whether no restorer could decide it (see {@link EvalRow#decidableOnly()})
 */
public record Example(String copy, String input, String output, String reference, boolean covered,
    boolean ambiguous) {
  public Example {
    Objects.requireNonNull(copy, "copy");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(reference, "reference");
  }
}

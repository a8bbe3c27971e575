// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One degraded line, its restored form and where that form came from.
 *
 * <pre>{@code
 * line.input()      // "hội nghị g ở ấn độ"
 * line.output()     // "hội nghị G20 ở Ấn Độ"
 * line.siblingId()  // Optional[004]
 * line.span()       // offsets of "hội nghị G20 ở Ấn Độ" in the sibling's text as given
 * }</pre>
 *
 * <p>The span indexes {@link Sibling#text()} of the sibling named by {@link #siblingId()} exactly
 * as the caller passed it — UTF-16 offsets into that string, and so into the file it was decoded
 * from — also when the pool repaired the sibling (mojibake, a legacy Vietnamese encoding, NFD...)
 * before reading it; see {@link SiblingPool}. A value that is absent is an empty {@link Optional}
 * or {@link Span#UNTRACKED}, never null.
 *
 * @param index        0-based line number in the degraded text
 * @param input        the degraded line as given
 * @param output       the restored line; equal to {@code input} when nothing was restored
 * @param status       how the line fared
 * @param siblingId    the id of the sibling the line was restored from; empty when none
 * @param span         the span of that sibling's text it was restored from, or {@link Span#UNTRACKED}
 * @param changes      what kinds of form were changed
 * @param words        how many words the line has
 * @param wordsAligned how many of them were aligned to a sibling word
 * @param confidence   from 0 (nothing aligned) to 1 (every word matched exactly, no ambiguity)
 * @param modeled      the words whose form the fallback model chose (no sibling covered them), in
 *                     order; empty without a fallback model
 */
public record RestoredLine(
    int index,
    String input,
    String output,
    LineStatus status,
    Optional<String> siblingId,
    Span span,
    Set<ChangeKind> changes,
    int words,
    int wordsAligned,
    double confidence,
    List<ModeledWord> modeled) {

  /**
   * Checks the components and copies {@code changes}.
   *
   * @param index        0-based line number in the degraded text
   * @param input        the degraded line as given
   * @param output       the restored line
   * @param status       how the line fared
   * @param siblingId    the sibling the line was restored from, or empty
   * @param span         the clean span it was restored from, or {@link Span#UNTRACKED}
   * @param changes      what kinds of form were changed
   * @param words        how many words the line has
   * @param wordsAligned how many of them were aligned to a sibling word
   * @param confidence   from 0 to 1
   * @param modeled      the words whose form the fallback model chose, in order
   * @throws IllegalArgumentException if {@code index < 0}, {@code wordsAligned} is not in
   *     {@code [0, words]} or {@code confidence} not in {@code [0, 1]}
   * @throws NullPointerException if {@code input}, {@code output}, {@code status}, {@code span},
   *     {@code changes} or {@code modeled} is null (absent is empty, not null)
   */
  public RestoredLine {
    if (index < 0) {
      throw new IllegalArgumentException("index < 0: " + index);
    }
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(siblingId, "siblingId");
    Objects.requireNonNull(span, "span");
    changes = Set.copyOf(changes);
    if (wordsAligned < 0 || wordsAligned > words) {
      throw new IllegalArgumentException("wordsAligned " + wordsAligned + " of " + words);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
    modeled = List.copyOf(modeled);
  }

  /**
   * A line without words from the fallback model.
   *
   * @param index        0-based line number in the degraded text
   * @param input        the degraded line as given
   * @param output       the restored line
   * @param status       how the line fared
   * @param siblingId    the sibling the line was restored from, or empty
   * @param span         the clean span it was restored from, or {@link Span#UNTRACKED}
   * @param changes      what kinds of form were changed
   * @param words        how many words the line has
   * @param wordsAligned how many of them were aligned to a sibling word
   * @param confidence   from 0 (nothing aligned) to 1
   */
  public RestoredLine(int index, String input, String output, LineStatus status, Optional<String> siblingId, Span span,
      Set<ChangeKind> changes, int words, int wordsAligned, double confidence) {
    this(index, input, output, status, siblingId, span, changes, words, wordsAligned, confidence, List.of());
  }

  /**
   * This line with another confidence.
   *
   * @param confidence from 0 to 1
   * @return a copy with {@code confidence}
   * @throws IllegalArgumentException if {@code confidence} is not in {@code [0, 1]}
   */
  public RestoredLine withConfidence(double confidence) {
    return new RestoredLine(index, input, output, status, siblingId, span, changes, words, wordsAligned,
        confidence, modeled);
  }

  /**
   * Whether the output differs from the input.
   *
   * @return {@code true} if restoration changed the line
   */
  public boolean changed() {
    return !input.equals(output);
  }
}

package io.github.restore4j.restore;

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
    double confidence) {

  /**
   * Checks the values and copies {@code changes}.
   *
   * @throws NullPointerException     if a reference component is null (absent is empty, not null)
   * @throws IllegalArgumentException if {@code index} is negative, {@code wordsAligned} is not in
   *                                  {@code [0, words]} or {@code confidence} not in {@code [0, 1]}
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
  }

  /** This line with another confidence (in [0, 1]). */
  public RestoredLine withConfidence(double confidence) {
    return new RestoredLine(index, input, output, status, siblingId, span, changes, words, wordsAligned,
        confidence);
  }

  /** Whether the output differs from the input. */
  public boolean changed() {
    return !input.equals(output);
  }
}

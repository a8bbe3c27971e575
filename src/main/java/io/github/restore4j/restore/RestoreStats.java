// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import java.util.List;

/**
 * Counts over one restoration.
 *
 * <pre>{@code
 * stats.lines()       // 22
 * stats.restored()    // 22
 * stats.numbers()     // number tokens inserted, e.g. "17/9", "G20"'s "20"
 * }</pre>
 *
 * @param lines          all lines, empty ones included
 * @param emptyLines     empty lines
 * @param restored       lines whose every word was aligned
 * @param partial        lines with some words aligned
 * @param unchanged      non-empty lines no sibling covers
 * @param words          words in the degraded text
 * @param wordsAligned   words aligned to a sibling word
 * @param caseChanges    words whose letter case changed
 * @param markChanges    words whose diacritics or tone marks changed
 * @param punctuation    punctuation marks inserted (between, around or inside words)
 * @param numbers        number tokens inserted
 * @param ambiguousLines lines with several equally good places that disagreed
 * @param guardFallbacks words the fidelity guard returned to their degraded form
 * @param modeled        lines no sibling covers whose words the fallback model changed
 *                       ({@link LineStatus#MODELED})
 * @param modelWords     words whose form the fallback model chose, on those lines and on partial ones
 */
public record RestoreStats(
    int lines,
    int emptyLines,
    int restored,
    int partial,
    int unchanged,
    long words,
    long wordsAligned,
    long caseChanges,
    long markChanges,
    long punctuation,
    long numbers,
    int ambiguousLines,
    long guardFallbacks,
    int modeled,
    long modelWords) {

  /**
   * Counts without a fallback model (no line {@link LineStatus#MODELED}, no model word).
   *
   * @param lines          all lines
   * @param emptyLines     empty lines
   * @param restored       lines whose every word was aligned
   * @param partial        lines with some words aligned
   * @param unchanged      non-empty lines no sibling covers
   * @param words          words in the degraded text
   * @param wordsAligned   words aligned to a sibling word
   * @param caseChanges    words whose letter case changed
   * @param markChanges    words whose diacritics or tone marks changed
   * @param punctuation    punctuation marks inserted
   * @param numbers        number tokens inserted
   * @param ambiguousLines lines with several equally good places that disagreed
   * @param guardFallbacks words the fidelity guard returned to their degraded form
   */
  public RestoreStats(int lines, int emptyLines, int restored, int partial, int unchanged, long words,
      long wordsAligned, long caseChanges, long markChanges, long punctuation, long numbers, int ambiguousLines,
      long guardFallbacks) {
    this(lines, emptyLines, restored, partial, unchanged, words, wordsAligned, caseChanges, markChanges,
        punctuation, numbers, ambiguousLines, guardFallbacks, 0, 0);
  }

  /**
   * The counts of a restoration of nothing.
   *
   * @return every count zero
   */
  public static RestoreStats empty() {
    return new RestoreStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * A one-line summary such as the command line prints.
   *
   * @return for example {@code "22 lines: 22 restored, 0 partial, 0 unchanged, 0 empty; 641/641
   *     words aligned; …"}
   */
  public String summary() {
    return String.format(java.util.Locale.ROOT,
        "%d lines: %d restored, %d partial, %d unchanged, %d empty; %d/%d words aligned;"
            + " %d case, %d marks, %d punctuation, %d numbers restored; %d ambiguous, %d guard fallbacks",
        lines, restored, partial, unchanged, emptyLines, wordsAligned, words,
        caseChanges, markChanges, punctuation, numbers, ambiguousLines, guardFallbacks)
        + (modeled == 0 && modelWords == 0 ? ""
            : String.format(java.util.Locale.ROOT, "; %d words from the model (%d lines no sibling covers)",
                modelWords, modeled));
  }

  static RestoreStats sum(List<RestoredLine> lines, List<LineCounts> counts, int ambiguous) {
    int empty = 0, restored = 0, partial = 0, unchanged = 0, modeled = 0;
    long words = 0, aligned = 0, cases = 0, marks = 0, punct = 0, nums = 0, guard = 0, modelWords = 0;
    for (RestoredLine l : lines) {
      switch (l.status()) {
        case EMPTY -> empty++;
        case RESTORED -> restored++;
        case PARTIAL -> partial++;
        case UNCHANGED -> unchanged++;
        case MODELED -> modeled++;
      }
      modelWords += l.modeled().size();
      words += l.words();
      aligned += l.wordsAligned();
    }
    for (LineCounts c : counts) {
      cases += c.caseChanges();
      marks += c.markChanges();
      punct += c.punctuation();
      nums += c.numbers();
      guard += c.guardFallbacks();
    }
    return new RestoreStats(lines.size(), empty, restored, partial, unchanged, words, aligned,
        cases, marks, punct, nums, ambiguous, guard, modeled, modelWords);
  }

  /** Per-line counters gathered while rendering. */
  record LineCounts(int caseChanges, int markChanges, int punctuation, int numbers, int guardFallbacks) {
  }
}

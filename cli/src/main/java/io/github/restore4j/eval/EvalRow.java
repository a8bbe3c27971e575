// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import java.util.List;
import java.util.Objects;

/**
 * One corpus under one profile: restore4j and the baseline on the same degraded copies.
 *
 * <pre>{@code
 * row.corpus()                      // "uk-uagec"
 * row.profile()                     // Profile.SEED
 * row.restore4j().exactRate()       // 0.97
 * row.baseline().exactRate()        // 0.61
 * }</pre>
 *
 * @param corpus    the corpus name
 * @param language  its language tag
 * @param profile   the profile
 * @param decidableOnly whether the row counts only the lines some restorer could decide: for
 *                  profiles whose copies lose the line order ({@link Profile#SHUFFLED},
 *                  {@link Profile#MIXED}), a second row leaves out the lines that pool lines of
 *                  different clean forms degrade to ("Madde 3", "Madde 4"), which nothing but the
 *                  lost line order could tell apart; for {@link Profile#RELATED}, the lines that pool
 *                  lines degrade to only from another clean form (the related article's sentence
 *                  with the same words and other numbers or commas)
 * @param strippedOnly whether the row counts only lines whose diacritics were stripped (profile
 *                  {@link Profile#MIXED}; always with {@code decidableOnly})
 * @param copies    degraded copies restored
 * @param restore4j what restore4j achieved
 * @param baseline  what the diff baseline achieved
 * @param restore4jWords word-level scores of restore4j (profiles {@link Profile#ASR} and
 *                  {@link Profile#RELATED}; empty for the others)
 * @param baselineWords  the same for the baseline
 * @param artifactWords words the tone artifact changed in the copies (profile {@link Profile#ARTIFACT};
 *                  0 for the others)
 * @param examples  the first lines restore4j got wrong, up to {@link EvalOptions#examples()}
 */
public record EvalRow(String corpus, String language, Profile profile, boolean decidableOnly, boolean strippedOnly,
    int copies, Scores restore4j, Scores baseline, WordScores restore4jWords, WordScores baselineWords,
    long artifactWords, List<Example> examples) {
  /** A row of a line-scored profile, over all its lines or its decidable ones. */
  public EvalRow(String corpus, String language, Profile profile, boolean decidableOnly, int copies,
      Scores restore4j, Scores baseline, List<Example> examples) {
    this(corpus, language, profile, decidableOnly, false, copies, restore4j, baseline, WordScores.empty(),
        WordScores.empty(), 0, examples);
  }

  /**
   * The profile's name in tables: its id, and ", decidable lines" for a decidable-only row
   * (", decidable lines without diacritics" when stripped only too).
   */
  public String label() {
    if (strippedOnly) {
      return profile.id() + ", decidable lines without diacritics";
    }
    return decidableOnly ? profile.id() + ", decidable lines" : profile.id();
  }

  public EvalRow {
    examples = List.copyOf(examples);
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(restore4j, "restore4j");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(restore4jWords, "restore4jWords");
    Objects.requireNonNull(baselineWords, "baselineWords");
    if (copies < 0) {
      throw new IllegalArgumentException("copies < 0: " + copies);
    }
    if (strippedOnly && !decidableOnly) {
      throw new IllegalArgumentException("a stripped-only row counts decidable lines only");
    }
    if (artifactWords < 0) {
      throw new IllegalArgumentException("artifactWords < 0: " + artifactWords);
    }
  }
}

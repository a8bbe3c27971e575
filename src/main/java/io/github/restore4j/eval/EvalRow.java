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
 *                  {@link Profile#SHUFFLED}, a second row leaves out the lines that pool lines of
 *                  different clean forms degrade to ("Madde 3", "Madde 4"), which nothing but the
 *                  lost line order could tell apart
 * @param copies    degraded copies restored
 * @param restore4j what restore4j achieved
 * @param baseline  what the diff baseline achieved
 * @param examples  the first lines restore4j got wrong, up to {@link EvalOptions#examples()}
 */
public record EvalRow(String corpus, String language, Profile profile, boolean decidableOnly, int copies,
    Scores restore4j, Scores baseline, List<Example> examples) {
  /** The profile's name in tables: its id, and ", decidable lines" for a decidable-only row. */
  public String label() {
    return decidableOnly ? profile.id() + ", decidable lines" : profile.id();
  }

  public EvalRow {
    examples = List.copyOf(examples);
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(restore4j, "restore4j");
    Objects.requireNonNull(baseline, "baseline");
    if (copies < 0) {
      throw new IllegalArgumentException("copies < 0: " + copies);
    }
  }
}

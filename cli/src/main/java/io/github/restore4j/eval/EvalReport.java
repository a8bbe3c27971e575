// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import java.util.List;
import java.util.Objects;

/**
 * The result of an {@link Evaluation}: one row per corpus and profile, restore4j beside the
 * baseline. Holds no timings or dates, so two runs with the same options give equal reports and
 * byte-identical {@link #toJson()}.
 *
 * <pre>{@code
 * EvalReport r = Evaluation.run(options);
 * r.rows().get(0).restore4j().exactRate()
 * Files.writeString(Path.of("eval.md"), r.toMarkdown());
 * TextFiles.writeAtomically(Path.of("eval.json"), r.toJson());
 * }</pre>
 *
 * @param seed         the seed of the run
 * @param maxDocuments the most documents degraded per corpus
 * @param profiles     the profiles run, in order
 * @param corpora      the corpora, in order
 * @param rows         corpus by corpus, profile by profile
 */
public record EvalReport(long seed, int maxDocuments, List<Profile> profiles, List<CorpusSummary> corpora,
    List<EvalRow> rows) {
  public EvalReport {
    profiles = List.copyOf(profiles);
    corpora = List.copyOf(corpora);
    rows = List.copyOf(rows);
  }

  /** The row of this corpus and profile, over all its lines. */
  public EvalRow row(String corpus, Profile profile) {
    return row(corpus, profile, false);
  }

  /**
   * The row of this corpus and profile, over the lines some restorer could decide if
   * {@code decidableOnly} (only profiles whose copies lose the line order, and {@link Profile#RELATED},
   * have one).
   */
  public EvalRow row(String corpus, Profile profile, boolean decidableOnly) {
    Objects.requireNonNull(corpus, "corpus");
    for (EvalRow r : rows) {
      if (r.corpus().equals(corpus) && r.profile() == profile && r.decidableOnly() == decidableOnly
          && !r.strippedOnly()) {
        return r;
      }
    }
    throw new IllegalArgumentException("no row for " + corpus + " " + profile.id()
        + (decidableOnly ? ", decidable lines" : ""));
  }

  /** The row of this corpus and profile over its decidable lines whose diacritics were stripped. */
  public EvalRow strippedRow(String corpus, Profile profile) {
    for (EvalRow r : rows) {
      if (r.corpus().equals(corpus) && r.profile() == profile && r.strippedOnly()) {
        return r;
      }
    }
    throw new IllegalArgumentException("no row for " + corpus + " " + profile.id() + ", lines without diacritics");
  }

  /**
   * The report as Markdown: corpora, a summary per profile (the mean over corpora of each corpus's
   * micro-averaged rate), every row, punctuation F1 per mark class, and the profiles' definitions.
   * Cells read {@code restore4j / baseline} in percent.
   */
  public String toMarkdown() {
    return Report.markdown(this);
  }

  /** The report as JSON (UTF-8 text, keys in a fixed order, rates with six decimals, NaN as null). */
  public String toJson() {
    return Report.json(this);
  }
}

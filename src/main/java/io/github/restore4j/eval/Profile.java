package io.github.restore4j.eval;

import io.github.restore4j.degrade.DegradeOptions;
import java.util.Locale;

/**
 * A named way of making degraded copies (and, for some, of changing the pool) that the evaluation
 * restores and scores. Each profile says what the degraded copy is and what the pool holds.
 *
 * <pre>{@code
 * Profile.of("seed").degradeOptions() == DegradeOptions.seed()   // true
 * Profile.TYPOS.id()                                          // "typos"
 * }</pre>
 *
 * <p>Unless a profile says otherwise, a degraded copy is one clean document degraded with
 * {@link #degradeOptions()} (one sentence per line), and the pool is every clean document of the
 * corpus plus the distractors. Random choices (shuffles, typos, editions, held-out documents) come
 * from the run's seed, so a run is reproducible.
 */
public enum Profile {
  /**
   * Exactly the seed pair's degradation ({@link DegradeOptions#seed()}): lowercase, punctuation and
   * digits deleted, the tone artifact ({@code "nói."} → {@code "noí"}), at most 40 words per line.
   */
  SEED("exactly the seed pair's degradation: lowercase, punctuation and digits deleted, tone artifact,"
      + " at most 40 words per line (DegradeOptions.seed())"),
  /** {@link DegradeOptions#ascii()}: as seed without the artifact and word limit, and diacritics stripped. */
  ASCII("lowercase, punctuation and digits deleted, diacritics stripped (DegradeOptions.ascii())"),
  /** {@link DegradeOptions#split()}: punctuation and digits become spaces. */
  SPLIT("lowercase, punctuation and digits turned into spaces (DegradeOptions.split())"),
  /** {@link DegradeOptions#digits()}: punctuation deleted, digits kept ({@code "4/10"} → {@code "410"}). */
  DIGITS("lowercase, punctuation deleted, digits kept (DegradeOptions.digits())"),
  /** The seed degradation with the lines of each copy in a seeded random order. */
  SHUFFLED("the seed degradation, lines of each copy in a seeded random order"),
  /**
   * The seed degradation plus character noise: 3% of letters get a typo (substitution, deletion,
   * insertion or transposition inside the word; {@link DegradeOptions#typoRate()}).
   */
  TYPOS("the seed degradation plus typos in 3% of letters (DegradeOptions typoRate 0.03)"),
  /**
   * The seed degradation, restored from another edition: in the pool, every sampled document is
   * replaced by an edition that differs in about 4% of its words (replaced, dropped or added) and
   * carries boilerplate (a header, a "read also" line quoting another document's title, a footer).
   */
  EDITION("the seed degradation; in the pool each source is replaced by an edition with ~4% of words"
      + " changed and boilerplate added"),
  /**
   * The seed degradation of up to three documents, cut in runs of 1 to 6 lines and interleaved into
   * one copy, as an article quoting several sources.
   */
  COMPILATION("the seed degradation; each copy interleaves runs of 1-6 lines of up to 3 documents"),
  /**
   * The seed degradation with about a fifth of the lines coming from documents held out of the pool
   * (and whose words occur nowhere in it): those lines have no sibling and must stay unchanged.
   */
  UNCOVERED("the seed degradation; ~1 line in 5 comes from a document held out of the pool and"
      + " must be left unchanged");

  private static final DegradeOptions TYPO_OPTIONS =
      DegradeOptions.seed().toBuilder().typoRate(0.03).seed(4).build();

  private final String description;

  Profile(String description) {
    this.description = description;
  }

  /** The profile named {@code id} (case-insensitive), e.g. {@code "seed"}. */
  public static Profile of(String id) {
    for (Profile p : values()) {
      if (p.id().equalsIgnoreCase(id.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown profile '" + id + "'; known: " + ids());
  }

  /** Every profile's id, comma-separated, in declaration order. */
  public static String ids() {
    StringBuilder sb = new StringBuilder();
    for (Profile p : values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(p.id());
    }
    return sb.toString();
  }

  /** The lowercase name used on the command line and in reports, e.g. {@code "seed"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** One line saying what the profile does. */
  public String description() {
    return description;
  }

  /** How each line of a copy is degraded. */
  public DegradeOptions degradeOptions() {
    switch (this) {
      case ASCII:
        return DegradeOptions.ascii();
      case SPLIT:
        return DegradeOptions.split();
      case DIGITS:
        return DegradeOptions.digits();
      case TYPOS:
        return TYPO_OPTIONS;
      default:
        return DegradeOptions.seed();
    }
  }
}

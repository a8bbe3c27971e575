// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

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
      + " must be left unchanged"),
  /**
   * What a speech recognizer makes of a document ({@link DegradeOptions#transcript()} in the
   * corpus's language): the whole document on one line, all capitals, punctuation deleted, numbers
   * spelled by ICU ({@code 2020} → {@code "TWENTY TWENTY"}), and one word in four replaced (by another
   * word of the document, or a look/sound-alike edit), dropped, or followed by an inserted short
   * word. Scored by word alignment ({@link WordScorer}): case and punctuation of the words that match
   * the clean document, as Earnings-21 scores them; the line-based exact rate is 0 by construction.
   */
  ASR("speech-recognizer copy: one line per document, all capitals, no punctuation, numbers as words (ICU"
      + " spell-out), 1 word in 4 replaced, dropped or inserted (DegradeOptions.transcript()); scored by word"
      + " alignment"),
  /**
   * Each copy mixes degradations line by line (chosen per line from the seed): the seed
   * degradation; diacritics stripped as other tools strip them ({@link DegradeOptions#stripMarks()}:
   * {@code ł ı ø đ ß æ œ} stay); the project's own {@link DegradeOptions#ascii()}; punctuation turned
   * into spaces ({@link DegradeOptions#split()}); the seed degradation with 3% typos. The line order
   * is kept in some stretches (3 to 8 lines) and shuffled inside others. Besides all lines and the
   * decidable ones, a row counts the decidable lines whose diacritics were stripped.
   */
  MIXED("each line degraded one of five ways (seed; marks stripped as other tools do, leaving ł ı ø đ ß;"
      + " ascii; punctuation to spaces; typos), order kept in some stretches of 3-8 lines and shuffled in"
      + " others"),
  /**
   * The seed degradation (whose tone-mark artifact is on: a word's last tone-type mark moves onto a
   * word-final i/y where punctuation followed, {@code "nói."} → {@code "noí"}, Czech
   * {@code "problémy,"} → {@code "problemý"} where the artifact rule applies), counted only over
   * copies in which the artifact changed at least one word; the row says how many words it changed.
   * It measures the artifact in every language the Degrader applies it to.
   */
  ARTIFACT("the seed degradation (tone artifact on), only copies where the artifact changed at least"
      + " one word"),
  /**
   * The sibling is another article on the same story, not the document itself (synthetic): in the
   * pool, each sampled document is replaced by a related article built from it: about half its
   * sentences kept (a third verbatim, a third with words dropped or two neighbours swapped, a third
   * with numbers changed and commas moved), the others left out, interleaved with sentences of
   * documents that are not sampled. Copies are the seed degradation of the document; lines whose
   * sentence was left out count as uncovered (they must stay unchanged). The figure is the share of
   * changed words (words whose form, or the marks and numbers after them, the system changed) that
   * are right for this article.
   */
  RELATED("the seed degradation; the pool holds, instead of the document, a synthetic related article"
      + " (half its sentences, some edited, interleaved with other documents' sentences); scored by the"
      + " share of changed words that are right");

  static final DegradeOptions TYPO_OPTIONS =
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

  /**
   * How each line of a copy is degraded; for {@link #ASR} the language is the corpus's, and for
   * {@link #MIXED} this is the first of several degradations.
   */
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
      case ASR:
        return DegradeOptions.transcript();
      default:
        return DegradeOptions.seed();
    }
  }
}

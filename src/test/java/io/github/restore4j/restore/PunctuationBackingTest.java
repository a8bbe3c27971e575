// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sibling that only tells the same story: its punctuation and numbers are copied only where its
 * sentence is the line's and the words around them are neighbours in both.
 */
final class PunctuationBackingTest {
  private static final Restorer RESTORER = Restorer.create(RestoreOptions.defaults());

  @Test
  void restore_phraseThatAnotherSentenceShares_takesTheCaseButNotItsNumber() {
    List<Sibling> pool = List.of(Sibling.of("news", "Trade figures came out on Tuesday.\n"
        + "Prices rose 4% in March, the statistics office said.\nThe central bank kept its rate.\n"));

    Restoration r = RESTORER.restore("imports rose in march while exports of grain and steel to the neighbouring "
        + "countries fell sharply", pool);

    assertThat(r.text()).isEqualTo("imports rose in March while exports of grain and steel to the neighbouring "
        + "countries fell sharply");
  }

  @Test
  void restore_twoWordsSwappedInTheSibling_keepsOnlyTheMarksGluedToTheWordThatStayed() {
    List<Sibling> pool = List.of(Sibling.of("news", "Talks resumed.\n"
        + "The ministers met in Geneva (twice last year) week, this officials said.\nNo deal was reached.\n"));

    Restoration r = RESTORER.restore("talks resumed\nthe ministers met in geneva twice last year this week officials "
        + "said\nno deal was reached", pool);

    assertThat(r.text().lines().toList()).element(1)
        .isEqualTo("The ministers met in Geneva (twice last year) this week officials said.");
  }

  @Test
  void restore_wholeSentenceWithAWordChanged_keepsItsPunctuationAndNumbers() {
    List<Sibling> pool = List.of(Sibling.of("edition", "Prices rose 4% in March, the statistics office said.\n"));

    Restoration r = RESTORER.restore("prices rose in march the statistics bureau said", pool);

    assertThat(r.text()).isEqualTo("Prices rose 4% in March, the statistics bureau said.");
  }

  @Test
  void glued_movedWordOnOneSide_keepsTheMarksGluedToTheOther() {
    assertThat(PunctuationBacking.glued(") ", " ", true, false)).isEqualTo(") ");
    assertThat(PunctuationBacking.glued(", (", " ", false, true)).isEqualTo(" (");
    assertThat(PunctuationBacking.glued(", ", " ", false, true)).isNull();
    assertThat(PunctuationBacking.glued("-", " ", true, false)).isNull();
    assertThat(PunctuationBacking.glued(" 4% ", " ", true, true)).isEqualTo(" 4% ");
  }
}

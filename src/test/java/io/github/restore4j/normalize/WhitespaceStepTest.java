// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class WhitespaceStepTest {
  private static final WhitespaceStep KEEP = new WhitespaceStep(SpaceStyle.KEEP);
  private static final WhitespaceStep PLAIN = new WhitespaceStep(SpaceStyle.PLAIN);

  @Test
  void apply_seed000_trimsTheTrailingNoBreakSpaces() {
    String seed = Testdata.seed(Testdata.UK_POLITICO);
    String out = KEEP.apply(seed, null);
    assertThat(seed).contains("йдеться на сторінках видання.\u00A0 \u00A0\n");
    assertThat(out).contains("йдеться на сторінках видання.\n")
        .contains("100 000 жителів") // the no-break space inside the number stays
        .doesNotContain(" \n").doesNotContain("\u00A0\n");
  }

  @Test
  void apply_lineBreaks_becomeLineFeeds() {
    assertThat(KEEP.apply("Mỹ, Nga\r\nQuan chức\rBáo Mỹ\u2028Politico\u2029end\u0085x\u000By", null))
        .isEqualTo("Mỹ, Nga\nQuan chức\nBáo Mỹ\nPolitico\nend\nx\ny");
  }

  @Test
  void apply_runsOfSpaces_collapseButIndentationAndTabsStay() {
    assertThat(KEEP.apply("an option.  We are   clear\n    indented\ncol1\t\tcol2", null))
        .isEqualTo("an option. We are clear\n    indented\ncol1\t\tcol2");
  }

  @Test
  void apply_runWithANoBreakSpace_keepsTheNoBreakSpace() {
    assertThat(KEEP.apply("100 \u00A0000", null)).isEqualTo("100\u00A0000");
    assertThat(PLAIN.apply("100 \u00A0000", null)).isEqualTo("100 000");
  }

  @Test
  void apply_plain_makesEverySpaceSeparatorPlain() {
    assertThat(PLAIN.apply("для 100\u00A0000 жителів\u2009—\u202Fx\u3000y", null))
        .isEqualTo("для 100 000 жителів — x y");
  }

  @Test
  void apply_cleanText_returnsTheSameInstance() {
    String text = Testdata.viSentences();
    assertThat(KEEP.apply(text, null)).isSameAs(text);
  }
}

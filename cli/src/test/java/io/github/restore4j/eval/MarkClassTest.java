// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class MarkClassTest {
  @Test
  void of_marksOfTheCorpora_haveTheirClasses() {
    assertThat(MarkClass.of('.', false)).isEqualTo(MarkClass.PERIOD);
    assertThat(MarkClass.of('…', false)).isEqualTo(MarkClass.PERIOD);
    assertThat(MarkClass.of(',', false)).isEqualTo(MarkClass.COMMA);
    assertThat(MarkClass.of('?', false)).isEqualTo(MarkClass.QUESTION_EXCLAMATION);
    assertThat(MarkClass.of('!', false)).isEqualTo(MarkClass.QUESTION_EXCLAMATION);
    assertThat(MarkClass.of('«', false)).isEqualTo(MarkClass.QUOTE);
    assertThat(MarkClass.of('„', false)).isEqualTo(MarkClass.QUOTE);
    assertThat(MarkClass.of('"', false)).isEqualTo(MarkClass.QUOTE);
    assertThat(MarkClass.of('’', false)).isEqualTo(MarkClass.QUOTE);
    assertThat(MarkClass.of('’', true)).isEqualTo(MarkClass.OTHER);
    assertThat(MarkClass.of('(', false)).isEqualTo(MarkClass.BRACKET);
    assertThat(MarkClass.of(']', false)).isEqualTo(MarkClass.BRACKET);
    assertThat(MarkClass.of('–', false)).isEqualTo(MarkClass.DASH);
    assertThat(MarkClass.of('-', true)).isEqualTo(MarkClass.DASH);
    assertThat(MarkClass.of(':', false)).isEqualTo(MarkClass.OTHER);
    assertThat(MarkClass.of('%', false)).isEqualTo(MarkClass.OTHER);
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class LinesTest {

  @Test
  void split_everySeparatorEndsALine() {
    assertThat(Lines.split("a\nb\r\nc\rd\u0085e\u2028f\u2029g")).containsExactly("a", "b", "c", "d", "e", "f", "g");
  }

  @Test
  void split_crlfIsOneBreak_lfCrIsTwo() {
    assertThat(Lines.split("a\r\nb")).containsExactly("a", "b");
    assertThat(Lines.split("a\n\rb")).containsExactly("a", "", "b");
  }

  @Test
  void split_finalBreakMakesNoEmptyLine_emptyTextNoLine() {
    assertThat(Lines.split("a\r\n")).containsExactly("a");
    assertThat(Lines.split("a\n\n")).containsExactly("a", "");
    assertThat(Lines.split("")).isEmpty();
    assertThat(Lines.split("\n")).containsExactly("");
  }

  @Test
  void of_keepsEachSeparator_concatenationGivesTheTextBack() {
    String text = "một\r\nhai\rba\u2028bốn\nnăm";

    List<Lines.Line> lines = Lines.of(text);

    assertThat(lines).containsExactly(new Lines.Line("một", "\r\n"), new Lines.Line("hai", "\r"),
        new Lines.Line("ba", "\u2028"), new Lines.Line("bốn", "\n"), new Lines.Line("năm", ""));
    StringBuilder sb = new StringBuilder();
    lines.forEach(l -> sb.append(l.text()).append(l.separator()));
    assertThat(sb.toString()).isEqualTo(text);
  }

  @Test
  void endsWithBreak_anySeparator() {
    assertThat(Lines.endsWithBreak("a\r")).isTrue();
    assertThat(Lines.endsWithBreak("a\u2029")).isTrue();
    assertThat(Lines.endsWithBreak("a")).isFalse();
    assertThat(Lines.endsWithBreak("")).isFalse();
  }
}

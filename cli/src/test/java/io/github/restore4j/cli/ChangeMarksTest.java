// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the report marks: the output's runs by how they differ from the copy. */
final class ChangeMarksTest {
  @Test
  void of_caseNumbersAndPunctuation_markedRunByRun() {
    assertThat(show("hội nghị g ở ấn độ", "Hội nghị G20 ở Ấn Độ,")).isEqualTo(
        "[CASE \"H\"] [SAME \"ội nghị \"] [CASE \"G\"] [NUMBER \"20\"] [SAME \" ở \"] [CASE \"Ấ\"] [SAME \"n \"]"
            + " [CASE \"Đ\"] [SAME \"ộ\"] [PUNCTUATION \",\"]");
  }

  @Test
  void of_strippedAndMisplacedMarks_markedAsMarks() {
    assertThat(show("my nga co the", "Mỹ, Nga có thể")).isEqualTo(
        "[CASE \"M\"] [MARKS \"ỹ\"] [PUNCTUATION \",\"] [SAME \" \"] [CASE \"N\"] [SAME \"ga c\"] [MARKS \"ó\"]"
            + " [SAME \" th\"] [MARKS \"ể\"]");
    assertThat(show("noí", "nói")).isEqualTo("[SAME \"n\"] [MARKS \"ói\"]");
  }

  @Test
  void of_joinedAndSplitWords_hyphenInsertedSpaceKept() {
    assertThat(show("nagornokarabakh", "Nagorno-Karabakh")).isEqualTo(
        "[CASE \"N\"] [SAME \"agorno\"] [PUNCTUATION \"-\"] [CASE \"K\"] [SAME \"arabakh\"]");
    assertThat(show("nagorno karabakh", "Nagorno-Karabakh")).isEqualTo(
        "[CASE \"N\"] [SAME \"agorno\"] [PUNCTUATION \"-\"] [CASE \"K\"] [SAME \"arabakh\"]");
    assertThat(show("Hà_Nam", "Hà Nam")).isEqualTo("[SAME \"Hà Nam\"]");
  }

  @Test
  void of_keptDigitsGetTheirPunctuation() {
    assertThat(show("khoảng 100000 cư dân", "khoảng 100.000 cư dân")).isEqualTo(
        "[SAME \"khoảng 100\"] [PUNCTUATION \".\"] [SAME \"000 cư dân\"]");
  }

  @Test
  void of_anyLine_runsGiveTheOutputBack() {
    for (String[] pair : new String[][] {{"", ""}, {"a", "a"}, {"abc", "A-B, C!"}, {"x", "xyz"},
        {"😀 ok", "😀 OK."}, {"", "inserted only"}}) {
      List<ChangeMarks.Run> runs = ChangeMarks.of(pair[0], pair[1]);
      assertThat(String.join("", runs.stream().map(ChangeMarks.Run::text).toList())).isEqualTo(pair[1]);
    }
  }

  private static String show(String input, String output) {
    return ChangeMarks.show(ChangeMarks.of(input, output));
  }
}

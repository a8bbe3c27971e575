// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class CopyContentTest {
  @Test
  void of_punctuationSpacesAndSpacingAccents_areNotContent() {
    assertThat(CopyContent.of(" , . - – « » \" ' ` ´ ^ ( ) ! ? … \u00A0")).isEmpty();
  }

  @Test
  void of_symbolsNumbersAndWordSigns_areContent() {
    assertThat(CopyContent.of(", (© 2020) ")).isEqualTo("©2020");
    assertThat(CopyContent.of(" § ¶ % # & @ € $ + → ★ ½ ")).isEqualTo("§¶%#&@€$+→★½");
  }

  @Test
  void of_emojiSequence_keepsJoinersModifiersAndSelectors() {
    assertThat(CopyContent.of(" 👨\u200D👩\u200D👧 👋🏽 ⚡\uFE0F ")).isEqualTo("👨\u200D👩\u200D👧👋🏽⚡\uFE0F");
  }

  @Test
  void of_joinerBetweenLetters_isNotContent() {
    assertThat(CopyContent.of("a\u200Db")).isEqualTo("ab");
  }

  @Test
  void nonLetters_dropsLettersAndMarks_keepsNumbersAndSymbols() {
    assertThat(CopyContent.nonLetters("Covid-19 tháng 3 © ⚡\uFE0F")).isEqualTo("193©⚡\uFE0F");
  }

  @Test
  void isSubsequence_comparesCodePoints() {
    assertThat(CopyContent.isSubsequence("©", ". © ")).isTrue();
    assertThat(CopyContent.isSubsequence("😀", "😁\uD83C\uDE00")).isFalse();
    assertThat(CopyContent.isSubsequence("★★", "★")).isFalse();
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.degrade.PunctuationMode;
import org.junit.jupiter.api.Test;

final class ChangedWordsTest {
  @Test
  void count_numberFromAnotherSentence_isAWrongChange() {
    long[] c = new long[3];

    ChangedWords.count("sales rose in", "Sales rose 7% in.", "Sales rose 4% in.", PunctuationMode.DELETE, false, c);

    assertThat(c).containsExactly(3, 3, 2); // "Sales" right, "rose 7%" wrong, "in." right
  }

  @Test
  void count_unchangedWords_areNotCounted() {
    long[] c = new long[3];

    ChangedWords.count("sales rose", "sales rose", "Sales rose.", PunctuationMode.DELETE, false, c);

    assertThat(c).containsExactly(2, 0, 0);
  }
}

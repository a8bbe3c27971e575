// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.degrade.PunctuationMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class WordSpansTest {
  private static List<String> words(WordSpans w) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      out.add(w.word(i));
    }
    return out;
  }

  @Test
  void of_delete_oneWordPerTokenWithInnerMarks() {
    WordSpans w = WordSpans.of("(Mỹ, Nagorno-Karabakh) ngày 4/10.", PunctuationMode.DELETE, false);

    assertThat(words(w)).containsExactly("Mỹ", "Nagorno-Karabakh", "ngày");
    assertThat(w.gap(0)).isEqualTo("(");
    assertThat(w.gap(1)).isEqualTo(", ");
    assertThat(w.gap(2)).isEqualTo(") ");
    assertThat(w.gap(3)).isEqualTo(" 4/10.");
  }

  @Test
  void of_space_punctuationSplitsWords() {
    WordSpans w = WordSpans.of("з’явилося Nagorno-Karabakh,", PunctuationMode.SPACE, false);

    assertThat(words(w)).containsExactly("з", "явилося", "Nagorno", "Karabakh");
    assertThat(w.firstInToken(2)).isTrue();
    assertThat(w.lastInToken(2)).isFalse();
    assertThat(w.gap(3)).isEqualTo("-");
  }

  @Test
  void of_digitsKept_numbersAreWords() {
    WordSpans w = WordSpans.of("hội nghị G20, ngày 4/10", PunctuationMode.DELETE, true);

    assertThat(words(w)).containsExactly("hội", "nghị", "G20", "ngày", "4/10");
  }

  @Test
  void of_realSeedText_hasAsManyWordsAsItsDegradation() {
    String clean = "Báo Mỹ Politico ngày 4/10 dẫn lời một nhà ngoại giao (cấp cao) am hiểu vấn đề cho biết, cuộc họp…";
    for (DegradeOptions o : List.of(DegradeOptions.seed(), DegradeOptions.split(), DegradeOptions.digits())) {
      String degraded = Degrader.create(o.toBuilder().maxWordsPerLine(0).build()).degradeLine(clean);

      assertThat(WordSpans.of(clean, o.punctuation(), o.keepDigits()).size())
          .as("%s", o).isEqualTo(degraded.split(" ").length);
    }
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.restore.Sibling;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ReferencesTest {
  @Test
  void lines_seedDocuments_joinToTheDegradersOutput() {
    for (Sibling doc : TestCorpora.seeds().documents()) {
      for (DegradeOptions o : List.of(DegradeOptions.seed(), DegradeOptions.ascii(), DegradeOptions.split())) {
        List<References.Line> lines = new References(o).lines(doc);

        String joined = String.join("\n", lines.stream().map(References.Line::degraded).toList());
        String whole = Degrader.create(o).degrade(doc.text());
        assertThat(joined).as("%s %s", doc.id(), o).isEqualTo(whole.endsWith("\n") ? whole.substring(0, whole.length() - 1) : whole);
      }
    }
  }

  @Test
  void lines_firstSeedLine_referenceIsTheCleanSentence() {
    Sibling vi = TestCorpora.seeds().documents().stream().filter(d -> d.id().startsWith("004")).findFirst().orElseThrow();

    References.Line first = new References(DegradeOptions.seed()).lines(vi).get(0);

    assertThat(first.degraded()).isEqualTo("mỹ nga có thể từng bí mật đàm phán về nagornokarabakh");
    assertThat(first.reference()).isEqualTo("Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh");
  }

  @Test
  void lines_cutByTheWordLimit_referenceEndsWithTheMarksBeforeTheNextWord() {
    StringBuilder sentence = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      sentence.append("từ").append(i % 10 == 0 ? "," : "").append(' ');
    }
    sentence.append("– 2023 (thêm) nữa.");
    DegradeOptions o = DegradeOptions.seed();

    References.Line line = new References(o).lines(Sibling.of("x", sentence.toString())).get(0);

    assertThat(line.degraded().split(" ")).hasSize(40);
    assertThat(line.reference()).endsWith("từ, – 2023").startsWith("từ từ");
    assertThat(Degrader.create(o).degradeLine(line.reference())).isEqualTo(line.degraded());
  }
}

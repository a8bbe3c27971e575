// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SiblingPoolTest {
  @Test
  void of_duplicateId_isRejectedNamingIt() {
    List<Sibling> siblings = List.of(Sibling.of("a.txt", "one"), Sibling.of("b.txt", "two"),
        Sibling.of("a.txt", "three"));

    assertThatThrownBy(() -> SiblingPool.of(siblings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("duplicate sibling id \"a.txt\" (siblings 0 and 2)");
    assertThatThrownBy(() -> Restorer.create(RestoreOptions.defaults()).restore("one", siblings))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sibling_byId_givesTheSiblingAsPassed() {
    Sibling nfd = Sibling.of("nfd", "Vie\u0323\u0302t Nam\n");
    SiblingPool pool = SiblingPool.of(List.of(Sibling.of("other", "x"), nfd));

    assertThat(pool.sibling("nfd")).containsSame(nfd);
    assertThat(pool.sibling("missing")).isEmpty();
    assertThat(pool.siblings()).containsExactly(Sibling.of("other", "x"), nfd);
    assertThat(pool.size()).isEqualTo(2);
  }

  @Test
  void restore_spanOfARepairedSibling_looksUpInTheTextAsPassed() {
    String text = "Vie\u0323\u0302t Nam la\u0300 mo\u0323\u0302t quo\u0302\u0301c gia.\n";
    SiblingPool pool = SiblingPool.of(List.of(Sibling.of("nfd", text)));

    RestoredLine line = Restorer.create(RestoreOptions.defaults()).restore("viet nam la mot quoc gia", pool)
        .lines().get(0);

    assertThat(line.output()).isEqualTo("Việt Nam là một quốc gia.");
    assertThat(line.siblingId().flatMap(pool::sibling).orElseThrow().text()
        .substring(line.span().start(), line.span().end())).isEqualTo(text.substring(0, text.length() - 1));
  }

  @Test
  void toString_givesCountsNotTexts() {
    SiblingPool pool = SiblingPool.of(List.of(Sibling.of("a", "clean text"), Sibling.of("b", "caf\u00C3\u00A9 x")));

    assertThat(pool).hasToString("SiblingPool{2 siblings, 17 chars, 1 repaired}");
  }
}

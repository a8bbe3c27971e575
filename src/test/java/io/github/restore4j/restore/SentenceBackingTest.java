// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sibling that only tells the same story (another outlet's article, made here from the seed
 * article's sentences with its sentences broken elsewhere): its form is copied only where it is
 * backed.
 */
final class SentenceBackingTest {
  private static final Restorer RESTORER = Restorer.create(RestoreOptions.defaults());
  /** Four lines of the seed copy 001 whose sentences the other outlet keeps as they are. */
  private static final String KEPT_LINES = String.join("\n", Seeds.read(Seeds.VI_DEGRADED).lines()
      .filter(l -> l.startsWith("igor khovaev") || l.startsWith("tuy nhiên một quan chức")
          || l.startsWith("mỹ nga có thể") || l.startsWith("đại diện phía mỹ"))
      .toList());

  /** Other news in the pool: where words are seen in lowercase (a common word) or not (a name). */
  private static final Sibling NEWS = news();

  private static Sibling news() {
    try {
      return Sibling.of("news", Files.readString(Path.of("testdata", "corpora", "vi-binhvq-sentences.txt"),
          StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sibling outlet(String changedSentences) {
    return Sibling.of("outlet", "Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh\n"
        + changedSentences + "\n"
        + Seeds.lineWith(Seeds.VI_CLEAN, "Đại diện phía Mỹ là Louis Bono") + "\n"
        + Seeds.lineWith(Seeds.VI_CLEAN, "Tuy nhiên, một quan chức Mỹ giấu tên") + "\n");
  }

  @Test
  void restore_siblingBreaksTheSentenceBetweenNeighbours_copyKeepsItsOneSentence() {
    // "Vài" starts a sentence only in the outlet's article; the other news write "vài"
    List<Sibling> pool = List.of(NEWS, outlet("Quan chức Mỹ, EU đã bí mật gặp phía Nga để đối thoại khẩn cấp. "
        + "Vài ngày trước khi Azerbaijan tiến hành chiến dịch quân sự ở Nagorno-Karabakh, theo Politico."));

    Restoration r = RESTORER.restore(KEPT_LINES + "\nquan chức mỹ eu đã bí mật gặp phía nga để đối thoại khẩn cấp vài "
        + "ngày trước khi azerbaijan tiến hành chiến dịch quân sự ở nagornokarabakh theo politico", pool);

    assertThat(r.text().lines().toList()).last().isEqualTo("Quan chức Mỹ, EU đã bí mật gặp phía Nga để đối thoại khẩn "
        + "cấp vài ngày trước khi Azerbaijan tiến hành chiến dịch quân sự ở Nagorno-Karabakh, theo Politico.");
  }

  @Test
  void restore_wordStartingASiblingSentenceAfterAWordItLacks_keepsTheCopysCase() {
    List<Sibling> pool = List.of(NEWS, outlet("Tuy nhiên, hai ngày sau cuộc họp, quân đội Azerbaijan mở cuộc "
        + "tấn công chớp nhoáng vào Nagorno-Karabakh, buộc chính quyền ly khai thân Armenia ở đây đầu hàng sau 24 giờ giao tranh ác liệt. "
        + "Hàng trăm người của cả hai bên thiệt mạng."));

    Restoration r = RESTORER.restore(KEPT_LINES + "\ntuy nhiên hai ngày sau cuộc họp quân đội azerbaijan mở cuộc tấn công "
        + "chớp nhoáng vào nagornokarabakh buộc chính quyền ly khai thân armenia ở đây đầu hàng sau giờ giao tranh ác "
        + "liệt khiến hàng trăm người của cả hai bên thiệt mạng", pool);

    assertThat(r.text().lines().toList()).last().asString()
        .contains("giao tranh ác liệt khiến hàng trăm người")
        .endsWith("thiệt mạng.");
  }

  @Test
  void restore_partialMatch_carriesNoNumberOrPunctuationAcrossWordsThatAreNoNeighboursThere() {
    List<Sibling> pool = List.of(outlet("Ngoại trưởng Mỹ Antony Blinken và Ngoại trưởng Nga Sergey Lavrov đã gặp "
        + "mặt trực tiếp hồi tháng 3, bên lề hội nghị G20 ở Ấn Độ."));

    Restoration r = RESTORER.restore(KEPT_LINES + "\nhồi tháng ngoại trưởng mỹ antony blinken và ngoại trưởng nga sergey "
        + "lavrov đã gặp mặt trực tiếp bên lề hội nghị g ở ấn độ", pool);

    String last = r.text().lines().toList().get(4);
    assertThat(last).doesNotContain("3").doesNotContain(",")
        .contains("Ngoại trưởng Mỹ Antony Blinken và Ngoại trưởng Nga Sergey Lavrov đã gặp mặt trực tiếp");
  }
}

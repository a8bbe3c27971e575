// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

final class FingerprintsTest {
  private final Fingerprints fingerprints = new Fingerprints(16, 12);

  @Test
  void stream_everyDegradation_leavesTheSameLetters() {
    String clean = "Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh ngày 17/9.";
    String stream = Fingerprints.stream(clean, 0, clean.length());
    for (DegradeOptions o : new DegradeOptions[] {DegradeOptions.seed(), DegradeOptions.ascii(),
        DegradeOptions.split(), DegradeOptions.digits(), DegradeOptions.tokenizer()}) {
      String degraded = Degrader.create(o).degrade(clean).replace("\n", " ");
      assertThat(Fingerprints.stream(degraded, 0, degraded.length())).as(o.toString()).isEqualTo(stream);
    }
    assertThat(stream).isEqualTo("myngacothetungbimatdamphanvenagornokarabakhngay");
  }

  @Test
  void lines_degradedLine_sharesEveryKeyWithItsCleanPassage() {
    String clean = "Високопосадовці Сполучених Штатів і ЄС зустрілися з російськими посадовцями "
        + "для нерозголошених екстрених переговорів у Туреччині, спрямованих на те, щоб запобігти війні.";
    String degraded = Degrader.create(DegradeOptions.seed()).degrade(clean);
    long[] whole = fingerprints.document("Передмова.\n" + clean + "\nКінець.");
    long[] line = fingerprints.lines(degraded)[0];
    assertThat(line).isNotEmpty();
    long shared = Arrays.stream(line).filter(k -> Arrays.binarySearch(whole, k) >= 0).count();
    // winnowing keeps the same minimum in every window inside the shared run
    assertThat(shared).isGreaterThanOrEqualTo(line.length - 2);
  }

  @Test
  void keys_shortStream_keepsEveryGram() {
    long[] keys = fingerprints.keys("abcdefghijklmnopqrs"); // 19 letters: 4 grams of 16
    assertThat(keys).hasSize(4);
    assertThat(fingerprints.keys("abc")).isEmpty();
  }

  @Test
  void keys_longStream_keepsAboutTwoInWindowPlusOne() {
    StringBuilder s = new StringBuilder();
    java.util.Random r = new java.util.Random(1);
    for (int i = 0; i < 20_000; i++) {
      s.append((char) ('a' + r.nextInt(26)));
    }
    double density = fingerprints.keys(s).length / 20_000.0;
    assertThat(density).isBetween(0.12, 0.19); // 2 / 13 = 0.154
  }
}

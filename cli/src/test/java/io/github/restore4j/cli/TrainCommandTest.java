// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train}, then {@code restore --model} and {@code restore --fallback}. */
final class TrainCommandTest {
  private static final Path SEEDS = Path.of("testdata", "seeds");

  private static final String UNCOVERED = "hang chuc ngan phuong tien bi ghi hinh vi pham luat giao thong\n";

  @Test
  void train_thenRestoreWithModel_uncoveredLineGetsMarks(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("vi.r4jm");
    Cli.Result train = Cli.run("train", "--corpus", "testdata/corpora/vi-binhvq-sentences.txt", "--out", model.toString());
    assertThat(train.status()).isZero();
    assertThat(train.err()).contains("forms of").contains(model.toString());
    Path degraded = dir.resolve("copy.txt");
    Files.writeString(degraded, UNCOVERED);
    Cli.Result r = Cli.run("restore", "--degraded", degraded.toString(), "--sibling", SEEDS.toString(),
        "--model", model.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("Hàng chục ngàn phương tiện bị ghi hình vi phạm luật giao thông\n");
    assertThat(r.err()).contains("words from the model");
    Cli.Result plain = Cli.run("restore", "--degraded", degraded.toString(), "--sibling", SEEDS.toString());
    assertThat(plain.out()).isEqualTo(UNCOVERED);
  }

  @Test
  void restore_fallback_learnsFromTheSiblingsAndLeavesCoveredLinesAlone(@TempDir Path dir) {
    Cli.Result plain = Cli.run("restore", "--degraded", SEEDS.resolve("001_112bc054fcd8705d.txt").toString(),
        "--sibling", SEEDS.toString());
    Cli.Result fallback = Cli.run("restore", "--degraded", SEEDS.resolve("001_112bc054fcd8705d.txt").toString(),
        "--sibling", SEEDS.toString(), "--fallback");
    assertThat(fallback.status()).isZero();
    assertThat(fallback.out()).isEqualTo(plain.out()); // every line of the seed copy has its sibling
  }

  @Test
  void restore_fallbackAndModel_isAUsageError() {
    Cli.Result r = Cli.run("restore", "--degraded", "x", "--sibling", "y", "--fallback", "--model", "m");
    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("--fallback and --model exclude each other");
  }

  @Test
  void restore_damagedModel_saysSo(@TempDir Path dir) throws IOException {
    Path model = Files.writeString(dir.resolve("bad.r4jm"), "not a model");
    Path degraded = Files.writeString(dir.resolve("copy.txt"), UNCOVERED);
    Cli.Result r = Cli.run("restore", "--degraded", degraded.toString(), "--sibling", SEEDS.toString(),
        "--model", model.toString());
    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("not a restore4j form model");
  }
}

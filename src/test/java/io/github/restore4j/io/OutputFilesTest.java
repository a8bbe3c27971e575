// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class OutputFilesTest {
  @TempDir
  Path dir;

  @Test
  void commit_twoFiles_bothInPlaceAndNoTempFileLeft() throws IOException {
    Path a = dir.resolve("a.txt");
    Path b = Files.writeString(dir.resolve("b.tsv"), "old b\n");

    try (OutputFiles files = new OutputFiles()) {
      files.add(a, "new a\n");
      files.add(b, "new b\n");
      assertThat(a).doesNotExist();
      assertThat(b).hasContent("old b\n");
      files.commit();
    }

    assertThat(a).hasContent("new a\n");
    assertThat(b).hasContent("new b\n");
    assertThat(list(dir)).containsExactly("a.txt", "b.tsv");
  }

  @Test
  void close_withoutCommit_leavesNothingAndOldTargetsAsTheyWere() throws IOException {
    // The reproducer: --provenance p.tsv --out full-disk/out.txt left p.tsv behind.
    Path tsv = dir.resolve("p.tsv");
    Path old = Files.writeString(dir.resolve("old.txt"), "old\n");
    Path vanished = Files.createDirectories(dir.resolve("full"));

    assertThatThrownBy(() -> {
      try (OutputFiles files = new OutputFiles()) {
        files.add(tsv, "line\tstatus\n");
        files.add(old, "new\n");
        Files.delete(vanished); // the second file's folder fails as a full disk would
        files.add(vanished.resolve("out.txt"), "text\n");
        files.commit();
      }
    }).isInstanceOf(RuntimeException.class).hasMessageStartingWith(vanished.resolve("out.txt") + ":");

    assertThat(list(dir)).containsExactly("old.txt");
    assertThat(old).hasContent("old\n");
  }

  @Test
  void commit_renameFailsMidway_putsBackTheTargetsAlreadyRenamed() throws IOException {
    Path replaced = Files.writeString(dir.resolve("a.txt"), "old a\n");
    Path created = dir.resolve("b.txt");
    Path blocked = dir.resolve("c.txt");

    try (OutputFiles files = new OutputFiles()) {
      files.add(replaced, "new a\n");
      files.add(created, "new b\n");
      files.add(blocked, "new c\n");
      // A folder that is not empty appears where c.txt goes: its rename fails, a.txt and b.txt are done.
      Files.writeString(Files.createDirectories(blocked).resolve("keep"), "x");

      assertThatThrownBy(files::commit)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageStartingWith(blocked + ": cannot write (");
    }

    assertThat(replaced).hasContent("old a\n");
    assertThat(created).doesNotExist();
    assertThat(list(dir)).containsExactly("a.txt", "c.txt");
  }

  @Test
  void add_sameTargetTwice_illegalArgument() {
    Path a = dir.resolve("a.txt");
    try (OutputFiles files = new OutputFiles()) {
      files.add(a, "1");

      assertThatThrownBy(() -> files.add(dir.resolve("./a.txt"), "2"))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(list(dir)).isEmpty();
  }

  @Test
  void add_afterCommit_illegalState() {
    try (OutputFiles files = new OutputFiles()) {
      files.add(dir.resolve("a.txt"), "1");
      files.commit();

      assertThatThrownBy(() -> files.add(dir.resolve("b.txt"), "2")).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(files::commit).isInstanceOf(IllegalStateException.class);
    }
    assertThat(dir.resolve("a.txt")).hasContent("1");
  }

  private static List<String> list(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}

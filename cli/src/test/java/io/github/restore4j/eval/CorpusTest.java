// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restore4j.InvalidInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CorpusTest {
  @TempDir
  Path dir;

  @Test
  void read_folder_oneDocumentPerFileAndLanguageFromName() {
    Corpus c = Corpus.read(TestCorpora.RU);

    assertThat(c.name()).isEqualTo("ru-factrueval");
    assertThat(c.language()).isEqualTo("ru");
    assertThat(c.documents()).hasSize(255); // 254 texts and list.txt, which the evaluation leaves out
  }

  @Test
  void read_sentenceFile_blocksOfLinesAreDocuments() {
    Corpus c = Corpus.read(TestCorpora.VI, 20);

    assertThat(c.name()).isEqualTo("vi-binhvq-sentences");
    assertThat(c.language()).isEqualTo("vi");
    assertThat(c.documents()).hasSize(50);
    assertThat(c.documents().get(0).id()).isEqualTo("vi-binhvq-sentences#1");
    assertThat(c.documents().get(0).text().lines()).hasSize(20).first().isEqualTo("Chây ì nộp phạt nguội.");
  }

  @Test
  void read_seeds_languageUnknown() {
    assertThat(Corpus.read(TestCorpora.SEEDS).language()).isEqualTo("und");
  }

  @Test
  void read_missingOrEmptyFolder_failsWithOneLine() {
    assertThatThrownBy(() -> Corpus.read(dir.resolve("nope"))).isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("nope: no such file");
    assertThatThrownBy(() -> Corpus.read(dir)).isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith(": no .txt files");
  }
}

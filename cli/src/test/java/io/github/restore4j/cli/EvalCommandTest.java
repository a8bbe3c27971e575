// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EvalCommandTest {
  static final Path SEEDS = Path.of("testdata/seeds");

  @TempDir
  Path dir;

  @Test
  void eval_seeds_printsTableAndWritesJson() throws IOException {
    Path json = dir.resolve("eval.json");

    Cli.Result r = Cli.run("eval", "--corpus", SEEDS.toString(), "--profile", "seed,shuffled",
        "--json", json.toString(), "--threads", "2");

    assertThat(r.status()).as(r.err()).isEqualTo(Main.EXIT_OK);
    assertThat(r.out()).startsWith("# restore4j evaluation")
        .contains("| seeds | seed | 130 | 100.00 / ", "| seeds | shuffled | 130 |");
    assertThat(r.err()).contains("eval: corpus seeds (und): 4 documents, 4 sampled");
    String written = Files.readString(json, StandardCharsets.UTF_8);
    assertThat(written).startsWith("{\n  \"seed\": 1,").contains("\"profile\": \"shuffled\"");
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void eval_missingCorpus_exits2WithOneLine() {
    Path missing = dir.resolve("missing");
    Path json = dir.resolve("eval.json");

    Cli.Result r = Cli.run("eval", "--corpus", missing.toString(), "--json", json.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).containsExactly("restore4j: " + missing + ": no such file");
    assertThat(r.out()).isEmpty();
    assertThat(json).doesNotExist();
  }

  @Test
  void eval_emptyCorpusFolder_exits2WithOneLine() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    Cli.Result r = Cli.run("eval", "--corpus", empty.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).containsExactly("restore4j: " + empty + ": no .txt files");
  }

  @Test
  void eval_unknownProfile_exits2WithOneLine() {
    Cli.Result r = Cli.run("eval", "--corpus", SEEDS.toString(), "--profile", "seed,bogus");

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).hasSize(1).first().asString()
        .startsWith("restore4j: --profile: unknown profile 'bogus'; known: seed, ascii,");
  }

  @Test
  void eval_transcripts_syntheticPair_printsTableAndWritesJson() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("asr"));
    Files.writeString(folder.resolve("c1.asr.txt"), "WELL THE UH RESULTS ARE IN SO THANK YOU\n");
    Files.writeString(folder.resolve("c1.ref.txt"), "Well, the results, I think, are in. So thank you.\n");
    Path json = dir.resolve("asr.json");

    Cli.Result r = Cli.run("eval", "--transcripts", folder.toString(), "--json", json.toString());

    assertThat(r.status()).as(r.err()).isEqualTo(Main.EXIT_OK);
    assertThat(r.out()).startsWith("# restore4j on real transcripts").contains("| c1 | 9 | ", "| total | 9 | ");
    assertThat(r.err()).contains("eval: c1: 9 words");
    assertThat(Files.readString(json, StandardCharsets.UTF_8)).contains("\"id\": \"c1\"");
  }

  @Test
  void eval_neitherCorpusNorTranscripts_exits2() {
    Cli.Result r = Cli.run("eval");

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("give either --corpus or --transcripts");
  }
}

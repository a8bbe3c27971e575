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
}

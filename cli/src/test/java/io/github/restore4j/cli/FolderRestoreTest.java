// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code restore --degraded FOLDER --out FOLDER}: every file, one index, one bad file alone. */
final class FolderRestoreTest {
  private static final Path SEEDS = RestoreCommandTest.SEEDS;
  private static final Path CLEAN = RestoreCommandTest.CLEAN;
  private static final Path DISTRACTOR = SEEDS.resolve("000_a068adbe6219557e.txt");

  @TempDir
  Path dir;
  Path in;
  Path out;

  @BeforeEach
  void copies() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    out = dir.resolve("out");
    List<String> lines = Files.readAllLines(RestoreCommandTest.DEGRADED);
    Files.writeString(in.resolve("a.txt"), String.join("\n", lines.subList(0, 11)) + "\n");
    Files.writeString(in.resolve("b.txt"), String.join("\n", lines.subList(11, lines.size())) + "\n");
    Files.writeString(in.resolve("notes.md"), "not a copy\n");
  }

  @Test
  void restore_folder_eachTxtRestoredUnderItsNameAsAlone() throws IOException {
    Cli.Result r = Cli.run("restore", "--degraded", in.toString(), "--sibling", CLEAN.toString(),
        "--sibling", DISTRACTOR.toString(), "--out", out.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    assertThat(list(out)).containsExactly("a.txt", "b.txt");
    for (String name : List.of("a.txt", "b.txt")) {
      Cli.Result alone = Cli.run("restore", "--degraded", in.resolve(name).toString(),
          "--sibling", CLEAN.toString(), "--sibling", DISTRACTOR.toString());
      assertThat(Files.readString(out.resolve(name))).isEqualTo(alone.out());
    }
    assertThat(Files.readAllLines(out.resolve("a.txt")).get(0)).isEqualTo(RestoreCommandTest.CLEAN_LINE);
    assertThat(r.errLines()).singleElement().asString()
        .startsWith("2 of 2 files restored into " + out + ": 22 lines: ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void restore_folderWithABadFile_othersWrittenOneLineForItAndExit2() throws IOException {
    byte[] prefix = "mỹ nga\n".getBytes(UTF_8);
    Path bad = Files.write(in.resolve("a2.txt"), concat(prefix, new byte[] {(byte) 0xC3, 0x28}));

    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", in.toString(),
        "--sibling", CLEAN.toString(), "--out", out.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(list(out)).containsExactly("a.txt", "b.txt");
    assertThat(Files.readString(out.resolve("b.txt"))).isEqualTo(Files.readString(in.resolve("b.txt")).toUpperCase(java.util.Locale.ROOT));
    assertThat(r.errLines()).hasSize(3);
    assertThat(r.errLines().get(0)).isEqualTo("restore4j: " + bad + ": not valid UTF-8 at byte " + prefix.length);
    assertThat(r.errLines().get(1)).startsWith("2 of 3 files restored into " + out + ": ");
    assertThat(r.errLines().get(2)).isEqualTo("restore4j: 1 of 3 files failed");
  }

  @Test
  void restore_folderWhereTheEngineRefusesOne_namesTheFileAndGoesOn() throws IOException {
    Files.writeString(in.resolve("c.txt"), "REFUSE me\n");
    RestoreEngine refusing = (o, d, s) -> {
      if (d.startsWith("REFUSE")) {
        throw new InvalidInputException("degraded text: line 1 is longer than 3 characters");
      }
      return Cli.upperCase(d, s);
    };

    Cli.Result r = Cli.run(Cli.with(refusing), "restore", "--degraded", in.toString(),
        "--sibling", CLEAN.toString(), "--out", out.toString(), "--json", out.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(list(out)).containsExactly("a.jsonl", "a.txt", "b.jsonl", "b.txt");
    assertThat(r.errLines()).contains(
        "restore4j: " + in.resolve("c.txt") + ": degraded text: line 1 is longer than 3 characters",
        "restore4j: 1 of 3 files failed");
  }

  @Test
  void restore_folderWhereOneOutputCannotBeWritten_keepsTheOthersAndNoHalfOfThatFile() throws IOException {
    Files.createDirectories(out.resolve("a.txt")); // a folder where a.txt should go
    Path reports = dir.resolve("reports");

    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", in.toString(),
        "--sibling", CLEAN.toString(), "--out", out.toString(), "--report", reports.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).contains("restore4j: " + out.resolve("a.txt") + ": is a folder",
        "restore4j: 1 of 2 files failed");
    assertThat(list(out)).containsExactly("a.txt", "b.txt");
    assertThat(list(reports)).containsExactly("b.html"); // a.html is not left without its text
  }

  @Test
  void restore_folderWithProvenanceJsonAndReport_oneOfEachPerFile() throws IOException {
    Path tsv = dir.resolve("tsv");
    Path json = dir.resolve("json");
    Path html = dir.resolve("html");

    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", in.toString(),
        "--sibling", CLEAN.toString(), "--out", out.toString(), "--provenance", tsv.toString(),
        "--json", json.toString(), "--report", html.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    assertThat(list(tsv)).containsExactly("a.tsv", "b.tsv");
    assertThat(list(json)).containsExactly("a.jsonl", "b.jsonl");
    assertThat(list(html)).containsExactly("a.html", "b.html");
    assertThat(Files.readAllLines(json.resolve("a.jsonl"))).hasSize(11);
    assertThat(Files.readString(html.resolve("b.html"))).contains("<title>restore4j: b.txt</title>");
  }

  @Test
  void restore_folderOutIsTheDegradedFolder_exits2BeforeWriting() throws IOException {
    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", in.toString(),
        "--sibling", CLEAN.toString(), "--out", in.resolve(".").toString());

    assertBadInput(r, in.resolve(".") + ": is also the --degraded folder; write the restored files elsewhere");
    assertThat(list(in)).containsExactly("a.txt", "b.txt", "notes.md");
  }

  @Test
  void restore_folderOutIsAFile_exits2() throws IOException {
    Path file = Files.writeString(dir.resolve("file.txt"), "x");

    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", in.toString(),
        "--sibling", CLEAN.toString(), "--out", file.toString());

    assertBadInput(r, file + ": is a file; with a --degraded folder, --out names a folder");
  }

  @Test
  void restore_folderIntoASiblingFolder_exits2AndReplacesNoSibling() throws IOException {
    Path clean = Files.createDirectories(dir.resolve("clean"));
    Files.copy(CLEAN, clean.resolve("a.txt"));

    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", in.toString(),
        "--sibling", clean.toString(), "--out", clean.toString());

    assertBadInput(r, clean.resolve("a.txt") + ": is also an input file; write the output elsewhere");
    assertThat(clean.resolve("a.txt")).hasSameTextualContentAs(CLEAN);
  }

  @Test
  void restore_folderAsItsOwnSibling_exits2() {
    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", in.toString(),
        "--sibling", in.toString(), "--out", out.toString());

    assertBadInput(r, in + ": its files are the only siblings given; give --sibling files other than the degraded ones");
    assertThat(out).doesNotExist();
  }

  @Test
  void restore_folderWithoutTxt_exits2() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", empty.toString(),
        "--sibling", CLEAN.toString(), "--out", out.toString());

    assertBadInput(r, empty + ": no .txt files");
    assertThat(out).doesNotExist();
  }

  private static void assertBadInput(Cli.Result r, String message) {
    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).containsExactly("restore4j: " + message);
    assertThat(r.out()).isEmpty();
  }

  static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}

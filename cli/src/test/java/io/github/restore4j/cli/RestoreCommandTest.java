// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import io.github.restore4j.InvalidInputException;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.Sibling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

final class RestoreCommandTest {
  static final Path SEEDS = Path.of("testdata/seeds");
  static final Path DEGRADED = SEEDS.resolve("001_112bc054fcd8705d.txt");
  static final Path CLEAN = SEEDS.resolve("004_122364f8869732ab.txt");
  static final String DEGRADED_LINE = "mỹ nga có thể từng bí mật đàm phán về nagornokarabakh";
  static final String CLEAN_LINE = "Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh";
  static final byte[] PNG_HEADER = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

  @TempDir
  Path dir;

  // ---- bad input: exit 2, one line on stderr, nothing written

  @Test
  void restore_missingDegradedFile_exits2WithOneLine() {
    Path missing = dir.resolve("missing.txt");
    Path out = dir.resolve("restored.txt");

    Cli.Result r = Cli.run("restore", "--degraded", missing.toString(), "--sibling", SEEDS.toString(),
        "--out", out.toString());

    assertBadInput(r, missing + ": no such file");
    assertThat(out).doesNotExist();
  }

  @Test
  void restore_missingSibling_exits2WithOneLine() {
    Path missing = dir.resolve("sibling.txt");
    Path out = dir.resolve("restored.txt");

    Cli.Result r = Cli.run("restore", "--degraded", DEGRADED.toString(), "--sibling", CLEAN.toString(),
        "--sibling", missing.toString(), "--out", out.toString());

    assertBadInput(r, missing + ": no such file");
    assertThat(out).doesNotExist();
  }

  @Test
  void restore_invalidUtf8Degraded_exits2WithByteOffset() throws IOException {
    byte[] prefix = (DEGRADED_LINE + "\n").getBytes(UTF_8);
    Path bad = write("bad.txt", concat(prefix, new byte[] {(byte) 0xC3, 0x28}));
    Path out = dir.resolve("restored.txt");

    Cli.Result r = Cli.run("restore", "--degraded", bad.toString(), "--sibling", CLEAN.toString(),
        "--out", out.toString());

    assertBadInput(r, bad + ": not valid UTF-8 at byte " + prefix.length);
    assertThat(out).doesNotExist();
  }

  @Test
  void restore_binarySibling_exits2WithOneLine() throws IOException {
    Path png = write("image.png", PNG_HEADER);
    Path out = dir.resolve("restored.txt");

    Cli.Result r = Cli.run("restore", "--degraded", DEGRADED.toString(), "--sibling", png.toString(),
        "--out", out.toString());

    assertBadInput(r, png + ": binary data, not text");
    assertThat(out).doesNotExist();
  }

  @Test
  void restore_binaryTxtInSiblingFolder_exits2NamingTheFile() throws IOException {
    Files.copy(CLEAN, dir.resolve("004.txt"));
    Path png = write("photo.txt", PNG_HEADER);

    Cli.Result r = Cli.run("restore", "--degraded", DEGRADED.toString(), "--sibling", dir.toString());

    assertBadInput(r, png + ": binary data, not text");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void restore_emptyDegraded_exits2WithOneLine() throws IOException {
    Path empty = write("empty.txt", new byte[0]);
    Path out = dir.resolve("restored.txt");

    Cli.Result r = Cli.run("restore", "--degraded", empty.toString(), "--sibling", CLEAN.toString(),
        "--out", out.toString());

    assertBadInput(r, empty + ": empty");
    assertThat(out).doesNotExist();
  }

  @Test
  void restore_zeroWidthSpacesOnlyDegraded_exits2NoTextAndNoOutput() throws IOException {
    Path zwsp = write("zw.txt", "\u200B\u200B\n".getBytes(UTF_8));
    Path out = dir.resolve("restored.txt");

    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", zwsp.toString(),
        "--sibling", CLEAN.toString(), "--out", out.toString());

    assertBadInput(r, zwsp + ": no text (only white space or invisible characters)");
    assertThat(out).doesNotExist();
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang fails, not blocks the build
  void restore_namedPipeAsDegradedOrSibling_exits2WithoutWaitingForAWriter() throws Exception {
    Path fifo = Cli.mkfifo(dir.resolve("fifo"));

    Cli.Result degraded = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", fifo.toString(),
        "--sibling", CLEAN.toString());
    Cli.Result sibling = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", DEGRADED.toString(),
        "--sibling", fifo.toString());

    assertBadInput(degraded, fifo + ": not a regular file (a named pipe)");
    assertBadInput(sibling, fifo + ": not a regular file (a named pipe)");
  }

  @Test
  void restore_degradedDashOrDevStdin_readsStandardInput() throws IOException {
    for (String arg : List.of("-", "/dev/stdin")) {
      AtomicReference<String> seen = new AtomicReference<>();
      Cli.Result r = withStdin(DEGRADED_LINE + "\n", () -> Cli.run(Cli.with((o, d, s) -> {
        seen.set(d);
        return Cli.upperCase(d, s);
      }), "restore", "--degraded", arg, "--sibling", SEEDS.toString()));

      assertThat(r.status()).isEqualTo(Main.EXIT_OK);
      assertThat(seen.get()).isEqualTo(DEGRADED_LINE + "\n");
      assertThat(r.out()).isEqualTo(DEGRADED_LINE.toUpperCase(Locale.ROOT) + "\n");
    }
  }

  @Test
  void restore_degradedFromStandardInputWithNoText_exits2NamingStandardInput() {
    Cli.Result r = withStdin("\u00A0\n", () -> Cli.run(Cli.with(Cli.UPPER_CASE),
        "restore", "--degraded", "-", "--sibling", SEEDS.toString()));

    assertBadInput(r, "standard input: no text (only white space or invisible characters)");
  }

  @Test
  void restore_siblingDash_exits2() {
    Cli.Result r = withStdin(DEGRADED_LINE, () -> Cli.run(Cli.with(Cli.UPPER_CASE),
        "restore", "--degraded", DEGRADED.toString(), "--sibling", "-"));

    assertBadInput(r, "-: standard input can be the degraded text only; give siblings as files or folders");
  }

  @Test
  void restore_siblingFolderWithoutTxt_exits2WithOneLine() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("siblings"));
    Files.write(folder.resolve("image.png"), PNG_HEADER);
    Path out = dir.resolve("restored.txt");

    Cli.Result r = Cli.run("restore", "--degraded", DEGRADED.toString(), "--sibling", folder.toString(),
        "--out", out.toString());

    assertBadInput(r, folder + ": no .txt files");
    assertThat(out).doesNotExist();
  }

  @Test
  void restore_degradedIsAFolderWithoutOut_exits2AskingForAnOutFolder() {
    Cli.Result r = Cli.run("restore", "--degraded", SEEDS.toString(), "--sibling", CLEAN.toString());

    assertBadInput(r, "testdata/seeds: is a folder; give --out FOLDER to restore every *.txt in it");
  }

  @Test
  void restore_outInMissingFolder_exits2BeforeReadingAnything() {
    Path out = dir.resolve("missing/restored.txt");

    Cli.Result r = Cli.run(Cli.with(RestoreCommandTest::failIfCalled),
        "restore", "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString(), "--out", out.toString());

    assertBadInput(r, out + ": folder " + dir.resolve("missing") + " does not exist");
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  @Test
  void restore_provenanceInMissingFolder_exits2AndWritesNoOutput() {
    Path out = dir.resolve("restored.txt");
    Path tsv = dir.resolve("missing/provenance.tsv");

    Cli.Result r = Cli.run(Cli.with(RestoreCommandTest::failIfCalled), "restore",
        "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString(),
        "--out", out.toString(), "--provenance", tsv.toString());

    assertBadInput(r, tsv + ": folder " + dir.resolve("missing") + " does not exist");
    assertThat(out).doesNotExist();
  }

  @Test
  void restore_outIsAFolder_exits2WithOneLine() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));

    Cli.Result r = Cli.run("restore", "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString(),
        "--out", out.toString());

    assertBadInput(r, out + ": is a folder");
  }

  @Test
  void restore_outIsANamedPipe_exits2BeforeReadingAndLeavesIt() throws Exception {
    Path fifo = Cli.mkfifo(dir.resolve("out.txt"));

    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", DEGRADED.toString(),
        "--sibling", CLEAN.toString(), "--out", fifo.toString());

    assertBadInput(r, fifo + ": not a regular file (a named pipe)");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(list(dir)).containsExactly("out.txt");
  }

  @Test
  void restore_badInput_leavesExistingOutUntouched() throws IOException {
    Path out = write("restored.txt", "an older restoration\n".getBytes(UTF_8));
    Path tsv = write("provenance.tsv", "older provenance\n".getBytes(UTF_8));
    Path png = write("image.png", PNG_HEADER);

    Cli.Result r = Cli.run("restore", "--degraded", DEGRADED.toString(), "--sibling", png.toString(),
        "--out", out.toString(), "--provenance", tsv.toString());

    assertBadInput(r, png + ": binary data, not text");
    assertThat(out).hasContent("an older restoration");
    assertThat(tsv).hasContent("older provenance");
    assertThat(list(dir)).containsExactly("image.png", "provenance.tsv", "restored.txt");
  }

  @Test
  void restore_outIsTheDegradedFile_exits2AndLeavesItAlone() throws IOException {
    Path degraded = Files.copy(DEGRADED, dir.resolve("001.txt"));

    Cli.Result r = Cli.run(Cli.with(RestoreCommandTest::failIfCalled), "restore",
        "--degraded", degraded.toString(), "--sibling", CLEAN.toString(), "--out", degraded.toString());

    assertBadInput(r, degraded + ": is also an input file; write the output elsewhere");
    assertThat(degraded).hasSameTextualContentAs(DEGRADED);
  }

  @Test
  void restore_provenanceIsTheOutFile_exits2() {
    Path out = dir.resolve("restored.txt");

    Cli.Result r = Cli.run(Cli.with(RestoreCommandTest::failIfCalled), "restore",
        "--degraded", DEGRADED.toString(), "--sibling", CLEAN.toString(),
        "--out", out.toString(), "--provenance", dir.resolve(".").resolve("restored.txt").toString());

    assertBadInput(r, dir.resolve(".").resolve("restored.txt") + ": is also the --out file; write it elsewhere");
    assertThat(out).doesNotExist();
  }

  @Test
  void restore_onlySiblingIsTheDegradedFile_exits2() {
    Cli.Result r = Cli.run(Cli.with(RestoreCommandTest::failIfCalled), "restore",
        "--degraded", DEGRADED.toString(), "--sibling", "./" + DEGRADED);

    assertBadInput(r, DEGRADED + ": is the only sibling given; give --sibling files other than the degraded one");
  }

  // ---- usage errors: exit 2, one line

  @Test
  void restore_unknownOption_exits2WithOneLine() {
    Path out = dir.resolve("restored.txt");

    Cli.Result r = Cli.run("restore", "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString(),
        "--out", out.toString(), "--bogus");

    assertBadInput(r, "Unknown option: '--bogus' (see 'restore4j restore --help')");
    assertThat(out).doesNotExist();
  }

  @Test
  void restore_helpOrVersionWithUnknownOption_exits2NotUsage() {
    for (List<String> args : List.of(List.of("restore", "--help", "--bogus"), List.of("restore", "--bogus", "--help"),
        List.of("restore", "--version", "--bogus"))) {
      Cli.Result r = Cli.run(args.toArray(String[]::new));

      assertBadInput(r, "Unknown option: '--bogus' (see 'restore4j restore --help')");
    }
  }

  @Test
  void restore_missingRequiredOptions_exits2WithOneLine() {
    Cli.Result r = Cli.run("restore");

    assertBadInput(r, "Missing required options: '--degraded=FILE', '--sibling=FILE|FOLDER'"
        + " (see 'restore4j restore --help')");
  }

  @Test
  void restore_threadsZero_exits2WithOneLine() {
    Cli.Result r = Cli.run(Cli.with(RestoreCommandTest::failIfCalled), "restore",
        "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString(), "--threads", "0");

    assertBadInput(r, "--threads must be from 1 to 1024: 0 (see 'restore4j restore --help')");
  }

  @Test
  void restore_threadsNotANumber_exits2WithOneLine() {
    Cli.Result r = Cli.run("restore", "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString(),
        "--threads", "many");

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).singleElement().asString()
        .startsWith("restore4j: Invalid value for option '--threads': 'many' is not an int");
  }

  @Test
  void restore_malformedLanguageTag_exits2WithOneLine() {
    Cli.Result r = Cli.run(Cli.with(RestoreCommandTest::failIfCalled), "restore",
        "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString(), "--lang", "tr_TR");

    assertBadInput(r, "Invalid value for option '--lang': 'tr_TR' is not a BCP 47 language tag"
        + " such as tr, vi or pt-BR (see 'restore4j restore --help')");
  }

  // ---- unexpected failures: exit 1, one line, stack trace only when debugging

  @Test
  void restore_engineBug_exits1WithOneLineAndNoStackTrace() {
    Cli.Result r = Cli.run(Cli.with(RestoreCommandTest::bug),
        "restore", "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_BUG);
    assertThat(r.errLines()).containsExactly(
        "restore4j: unexpected IllegalStateException: aligner lost its place"
            + " (rerun with --debug for the stack trace)");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void restore_engineBugWithDebug_printsStackTrace() {
    Cli.Result r = Cli.run(Cli.with(RestoreCommandTest::bug),
        "restore", "--debug", "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_BUG);
    assertThat(r.errLines().get(0)).isEqualTo("restore4j: unexpected IllegalStateException: aligner lost its place");
    assertThat(r.err()).contains("\tat io.github.restore4j.cli.RestoreCommandTest.bug");
  }

  @Test
  void restore_engineBugWithDebugEnvironment_printsStackTrace() {
    Context debugging = new Context(Path.of(""), true, RestoreCommandTest::bug);

    Cli.Result r = Cli.run(debugging, "restore", "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_BUG);
    assertThat(r.err()).contains("\tat io.github.restore4j.cli.RestoreCommandTest.bug");
  }

  @Test
  void restore_engineRejectsInput_exits2WithItsLine() {
    Cli.Result r = Cli.run(Cli.with((o, d, s) -> {
      throw new InvalidInputException("line 3 is longer than 1000000 characters");
    }), "restore", "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString());

    assertBadInput(r, "line 3 is longer than 1000000 characters");
  }

  @Test
  void restore_engineOutOfMemory_exits1WithOneLine() {
    Cli.Result r = Cli.run(Cli.with((o, d, s) -> {
      throw new OutOfMemoryError("Java heap space");
    }), "restore", "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_BUG);
    assertThat(r.errLines()).containsExactly(
        "restore4j: out of memory; give Java more, e.g. java -Xmx8g -jar restore4j-cli.jar …");
  }

  // ---- the file layer end to end, with a stand-in engine

  @Test
  void restore_withOut_writesTextAtomicallyAndSummaryOnStderr() throws IOException {
    Path out = dir.resolve("restored.txt");

    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore",
        "--degraded", DEGRADED.toString(), "--sibling", CLEAN.toString(), "--out", out.toString());

    String expected = Cli.upperCase(Files.readString(DEGRADED), List.of(Sibling.of("x", "x"))).text();
    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    assertThat(out).hasContent(expected);
    assertThat(Files.readString(out)).startsWith(DEGRADED_LINE.toUpperCase(Locale.ROOT) + "\n");
    assertThat(r.out()).isEmpty();
    int lines = Files.readAllLines(DEGRADED).size();
    assertThat(r.errLines()).singleElement().asString()
        .startsWith(lines + " lines: " + lines + " restored, 0 partial");
    assertThat(list(dir)).containsExactly("restored.txt");
  }

  @Test
  void restore_withoutOut_printsTextOnStdoutAsIs() throws IOException {
    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore",
        "--degraded", DEGRADED.toString(), "--sibling", CLEAN.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    assertThat(r.out()).isEqualTo(Files.readString(DEGRADED).toUpperCase(Locale.ROOT));
    assertThat(r.errLines()).hasSize(1);
  }

  @Test
  void restore_existingOut_isReplaced() throws IOException {
    Path out = write("restored.txt", "an older restoration\n".getBytes(UTF_8));

    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore",
        "--degraded", DEGRADED.toString(), "--sibling", CLEAN.toString(), "--out", out.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    assertThat(Files.readString(out)).startsWith(DEGRADED_LINE.toUpperCase(Locale.ROOT));
  }

  @Test
  void restore_withProvenance_writesOneRowPerLine() throws IOException {
    Path out = dir.resolve("restored.txt");
    Path tsv = dir.resolve("provenance.tsv");

    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", DEGRADED.toString(),
        "--sibling", CLEAN.toString(), "--out", out.toString(), "--provenance", tsv.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    List<String> rows = Files.readAllLines(tsv);
    assertThat(rows).hasSize(Files.readAllLines(DEGRADED).size() + 1);
    assertThat(rows.get(0)).isEqualTo(ProvenanceTsv.HEADER);
    assertThat(rows.get(1)).isEqualTo("1\tRESTORED\t004_122364f8869732ab.txt\t0\t"
        + DEGRADED_LINE.length() + "\tCASE\t1.000");
    assertThat(list(dir)).containsExactly("provenance.tsv", "restored.txt");
  }

  @Test
  void restore_provenanceOfAnNfdSibling_offsetsIndexTheFileAsGiven() throws IOException {
    String nfd = Normalizer2.getNFDInstance().normalize(Files.readString(CLEAN));
    Path sibling = write("004.txt", nfd.getBytes(UTF_8));
    Path out = dir.resolve("restored.txt");
    Path tsv = dir.resolve("provenance.tsv");

    Cli.Result r = Cli.run("restore", "--degraded", DEGRADED.toString(), "--sibling", sibling.toString(),
        "--out", out.toString(), "--provenance", tsv.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    List<String> restored = Files.readAllLines(out);
    List<String> rows = Files.readAllLines(tsv).subList(1, restored.size() + 1);
    for (int i = 0; i < rows.size(); i++) {
      String[] f = rows.get(i).split("\t", -1);
      assertThat(f[2]).isEqualTo("004.txt");
      String span = nfd.substring(Integer.parseInt(f[3]), Integer.parseInt(f[4]));
      assertThat(span).isNotEqualTo(restored.get(i));   // the file's own NFD, not the pool's NFC
      assertThat(Normalizer2.getNFCInstance().normalize(span)).isEqualTo(restored.get(i));
    }
  }

  @Test
  void restore_seedFolderAndDuplicates_eachSiblingOnceAndNeverTheDegradedFile() {
    AtomicReference<List<Sibling>> seen = new AtomicReference<>();
    Cli.Result r = Cli.run(Cli.with((o, d, s) -> {
      seen.set(s);
      return Cli.upperCase(d, s);
    }), "restore", "--degraded", DEGRADED.toString(), "--sibling", CLEAN.toString(),
        "--sibling", SEEDS.toString(), "--sibling", "testdata/../testdata/seeds/004_122364f8869732ab.txt");

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    assertThat(seen.get()).extracting(Sibling::id).containsExactly(
        "004_122364f8869732ab.txt", "000_a068adbe6219557e.txt",
        "002_4cd0308355cadbed.txt", "003_0397d66fb00abc33.txt");
    assertThat(seen.get().get(0).text()).startsWith(CLEAN_LINE);
  }

  @Test
  void restore_hardLinkOfTheDegradedFileAsSibling_isNotItsOwnSibling() throws IOException {
    Path hardLink = dir.resolve("hard.txt");
    Files.createLink(hardLink, Files.copy(DEGRADED, dir.resolve("degraded.txt")));
    Path degraded = dir.resolve("degraded.txt");
    AtomicReference<List<Sibling>> seen = new AtomicReference<>();

    Cli.Result alone = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", degraded.toString(),
        "--sibling", hardLink.toString());
    Cli.Result withClean = Cli.run(Cli.with((o, d, s) -> {
      seen.set(s);
      return Cli.upperCase(d, s);
    }), "restore", "--degraded", degraded.toString(), "--sibling", hardLink.toString(), "--sibling", CLEAN.toString());

    assertBadInput(alone, degraded + ": is the only sibling given; give --sibling files other than the degraded one");
    assertThat(withClean.status()).isEqualTo(Main.EXIT_OK);
    assertThat(seen.get()).extracting(Sibling::id).containsExactly("004_122364f8869732ab.txt");
  }

  @Test
  void restore_outAndProvenanceOneNewFileThroughALinkedFolder_exits2() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path linked = Files.createSymbolicLink(dir.resolve("linked"), real);

    Cli.Result r = Cli.run(Cli.with(Cli.UPPER_CASE), "restore", "--degraded", DEGRADED.toString(),
        "--sibling", CLEAN.toString(), "--out", real.resolve("x.txt").toString(),
        "--provenance", linked.resolve("x.txt").toString());

    assertBadInput(r, linked.resolve("x.txt") + ": is also the --out file; write it elsewhere");
    assertThat(list(real)).isEmpty();
  }

  @Test
  void restore_siblingsWithTheSameName_areNamedByPath() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.copy(CLEAN, a.resolve("004.txt"));
    Files.copy(SEEDS.resolve("000_a068adbe6219557e.txt"), b.resolve("004.txt"));
    AtomicReference<List<Sibling>> seen = new AtomicReference<>();

    Cli.Result r = Cli.run(Cli.with((o, d, s) -> {
      seen.set(s);
      return Cli.upperCase(d, s);
    }), "restore", "--degraded", DEGRADED.toString(), "--sibling", a.toString(), "--sibling", b.toString(),
        "--sibling", CLEAN.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    assertThat(seen.get()).extracting(Sibling::id).containsExactly(
        a.resolve("004.txt").toString(), b.resolve("004.txt").toString(), "004_122364f8869732ab.txt");
  }

  @Test
  void restore_langAndThreads_reachTheOptions() {
    AtomicReference<RestoreOptions> seen = new AtomicReference<>();

    Cli.Result r = Cli.run(Cli.with((o, d, s) -> {
      seen.set(o);
      return Cli.upperCase(d, s);
    }), "restore", "--degraded", DEGRADED.toString(), "--sibling", CLEAN.toString(),
        "--lang", "tr", "--threads", "4");

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    assertThat(seen.get().language()).contains(Locale.forLanguageTag("tr"));
    assertThat(seen.get().parallelism()).isEqualTo(4);
  }

  @Test
  void restore_noLangNoThreads_languageNeutralOnEveryCore() {
    AtomicReference<RestoreOptions> seen = new AtomicReference<>();

    Cli.run(Cli.with((o, d, s) -> {
      seen.set(o);
      return Cli.upperCase(d, s);
    }), "restore", "--degraded", DEGRADED.toString(), "--sibling", CLEAN.toString());

    assertThat(seen.get().language()).isEmpty();
    assertThat(seen.get().parallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void restore_help_exits0WithUsageOnStdout() {
    Cli.Result r = Cli.run("restore", "--help");

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    assertThat(r.out()).contains("Usage: restore4j restore", "--degraded=FILE", "--sibling=FILE|FOLDER",
        "--out=FILE", "--provenance=FILE.tsv", "--lang=TAG", "--threads=N", "--debug");
    assertThat(r.err()).isEmpty();
  }

  // ---- with the real engine (enable when it lands)

  @Test

  void restore_seedWithOut_restoresTheCleanSeedsLines() throws IOException {
    Path out = dir.resolve("restored.txt");
    Path tsv = dir.resolve("provenance.tsv");

    Cli.Result r = Cli.run("restore", "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString(),
        "--out", out.toString(), "--provenance", tsv.toString(), "--threads", "2");

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    List<String> restored = Files.readAllLines(out);
    assertThat(restored).hasSameSizeAs(Files.readAllLines(DEGRADED));
    assertThat(restored.get(0)).isEqualTo(CLEAN_LINE);
    assertThat(r.errLines()).singleElement().asString().startsWith(restored.size() + " lines: ");
    assertThat(Files.readAllLines(tsv)).hasSize(restored.size() + 1)
        .element(1).asString().startsWith("1\tRESTORED\t004_122364f8869732ab.txt\t");
    assertThat(list(dir)).containsExactly("provenance.tsv", "restored.txt");
  }

  @Test

  void restore_seedToStdout_sameTextAsWithOut() throws IOException {
    Path out = dir.resolve("restored.txt");

    Cli.Result toFile = Cli.run("restore", "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString(),
        "--out", out.toString());
    Cli.Result toStdout = Cli.run("restore", "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString());

    assertThat(toFile.status()).isEqualTo(Main.EXIT_OK);
    assertThat(toStdout.status()).isEqualTo(Main.EXIT_OK);
    assertThat(toStdout.out()).isEqualTo(Files.readString(out));
    assertThat(toStdout.err()).isEqualTo(toFile.err());
  }

  // ---- helpers

  // ---- output that cannot be written (issue 10, items 1 and 2)

  @Test
  void restore_stdoutFull_exits2WithOneLineAndNoSummary() {
    Cli.Result r = Cli.runWithStdout(Cli.full(0), Cli.with(Cli.UPPER_CASE),
        "restore", "--degraded", DEGRADED.toString(), "--sibling", SEEDS.toString());

    assertBadInput(r, "standard output: cannot write (No space left on device)");
  }

  @Test
  void restore_outFailsAfterProvenanceWasWritable_leavesNeitherFile() throws IOException {
    // The reproducer was a full disk under --out; here the --out folder vanishes after the checks.
    Path tsv = dir.resolve("p.tsv");
    Path outFolder = Files.createDirectories(dir.resolve("full"));
    Path out = outFolder.resolve("out.txt");

    Cli.Result r = Cli.run(Cli.with((o, d, s) -> {
      deleteFolder(outFolder);
      return Cli.upperCase(d, s);
    }), "restore", "--degraded", DEGRADED.toString(), "--sibling", CLEAN.toString(),
        "--provenance", tsv.toString(), "--out", out.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).singleElement().asString().startsWith("restore4j: " + out + ": ");
    assertThat(list(dir)).isEmpty();
  }

  @Test
  void restore_provenanceWithStdoutFull_leavesNoProvenance() throws IOException {
    Path tsv = dir.resolve("p.tsv");

    Cli.Result r = Cli.runWithStdout(Cli.full(0), Cli.with(Cli.UPPER_CASE), "restore",
        "--degraded", DEGRADED.toString(), "--sibling", CLEAN.toString(), "--provenance", tsv.toString());

    assertBadInput(r, "standard output: cannot write (No space left on device)");
    assertThat(list(dir)).isEmpty();
  }

  @Test
  void restore_provenanceWithStdoutFull_keepsTheOldProvenance() throws IOException {
    Path tsv = write("p.tsv", "an older provenance\n".getBytes(UTF_8));

    Cli.Result r = Cli.runWithStdout(Cli.full(0), Cli.with(Cli.UPPER_CASE), "restore",
        "--degraded", DEGRADED.toString(), "--sibling", CLEAN.toString(), "--provenance", tsv.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(tsv).hasContent("an older provenance\n");
    assertThat(list(dir)).containsExactly("p.tsv");
  }

  private static void assertBadInput(Cli.Result r, String message) {
    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).containsExactly("restore4j: " + message);
    assertThat(r.err()).doesNotContain("\tat ", "Exception");
    assertThat(r.out()).isEmpty();
  }

  private static io.github.restore4j.restore.Restoration failIfCalled(
      RestoreOptions options, String degraded, List<Sibling> siblings) {
    throw new AssertionError("the engine ran although the input was bad");
  }

  private static io.github.restore4j.restore.Restoration bug(
      RestoreOptions options, String degraded, List<Sibling> siblings) {
    throw new IllegalStateException("aligner lost its place");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Cli.Result withStdin(String stdin, java.util.function.Supplier<Cli.Result> run) {
    java.io.InputStream saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(UTF_8)));
      return run.get();
    } finally {
      System.setIn(saved);
    }
  }

  /** Deletes an empty folder from inside a stand-in engine, which may not throw IOException. */
  private static void deleteFolder(Path folder) {
    try {
      Files.delete(folder);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.restore4j.restore.Sibling;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MainTest {
  @TempDir
  Path dir;

  @Test
  void main_help_exits0ListingCommandsAndExitStatus() {
    Cli.Result r = Cli.run("--help");

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    assertThat(r.out()).contains("Usage: restore4j", "restore", "help", "--version", "--debug",
        "Exit status:", "2   Bad input or usage");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void main_helpCommand_printsSubcommandUsage() {
    Cli.Result r = Cli.run("help", "restore");

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    assertThat(r.out()).contains("Usage: restore4j restore");
  }

  @Test
  void main_version_exits0WithNameAndJava() {
    Cli.Result r = Cli.run("--version");

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    assertThat(r.outLines()).hasSize(2);
    assertThat(r.outLines().get(0)).startsWith("restore4j ");
    assertThat(r.outLines().get(1)).startsWith("Java " + System.getProperty("java.version"));
  }

  @Test
  void main_unknownCommand_exits2WithOneLine() {
    Cli.Result r = Cli.run("restor");

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).singleElement().asString()
        .startsWith("restore4j: Unmatched argument at index 0: 'restor'")
        .endsWith("(see 'restore4j --help')");
  }

  @Test
  void main_unknownTopLevelOption_exits2WithOneLine() {
    Cli.Result r = Cli.run("--bogus");

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).containsExactly("restore4j: Unknown option: '--bogus' (see 'restore4j --help')");
  }

  @Test
  void main_helpWithUnknownOption_exits2() {
    Cli.Result r = Cli.run("--help", "--bogus");

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("restore4j: Unknown option: '--bogus' (see 'restore4j --help')");
  }

  @Test
  void demo_outsideProjectRoot_exits2SayingWhereToRun() {
    Cli.Result r = Cli.run(new Context(dir, false, RestoreEngine.RESTORER));

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).containsExactly("restore4j: testdata/seeds/001_112bc054fcd8705d.txt not found:"
        + " run restore4j from the project root for the demo, or see restore4j --help");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void demo_standInEngine_restoresSeed001FromTheOtherFourThenSummaryLast() throws Exception {
    AtomicReference<List<Sibling>> seen = new AtomicReference<>();

    Cli.Result r = Cli.run(Cli.with((o, d, s) -> {
      seen.set(s);
      return Cli.upperCase(d, s);
    }));

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    assertThat(seen.get()).extracting(Sibling::id).containsExactly("000_a068adbe6219557e.txt",
        "002_4cd0308355cadbed.txt", "003_0397d66fb00abc33.txt", "004_122364f8869732ab.txt");
    List<String> degraded = Files.readAllLines(Path.of(Main.DEMO_DEGRADED));
    assertThat(r.outLines()).hasSize(degraded.size() + 1);
    assertThat(r.outLines().get(r.outLines().size() - 1)).startsWith(degraded.size() + " lines: " + degraded.size() + " restored");
    assertThat(r.err()).isEmpty();
  }

  @Test

  void demo_fromProjectRoot_printsRestoredLinesThenSummary() throws Exception {
    Cli.Result r = Cli.run();

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    List<String> lines = r.outLines();
    int degraded = Files.readAllLines(Path.of(Main.DEMO_DEGRADED)).size();
    assertThat(lines).hasSize(degraded + 1);
    assertThat(lines.get(0)).isEqualTo("Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh");
    assertThat(lines.get(lines.size() - 1)).startsWith(degraded + " lines: ");
    assertThat(r.err()).isEmpty();
  }

  // ---- standard output that cannot be written (issue 10, item 1): exit 2, one line, never 0

  @Test
  void demo_stdoutFull_exits2WithOneLineNotSuccess() {
    Cli.Result r = Cli.runWithStdout(Cli.full(0), Cli.with(Cli.UPPER_CASE));

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).containsExactly("restore4j: standard output: cannot write (No space left on device)");
  }

  @Test
  void demo_stdoutPrintStreamFails_exits2EvenThoughPrintStreamSwallowsTheError() {
    // System.out is a PrintStream: it keeps the IOException to itself and only sets a flag.
    PrintStream swallowing = new PrintStream(Cli.full(100), true);

    Cli.Result r = Cli.runWithStdout(swallowing, Cli.with(Cli.UPPER_CASE));

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).containsExactly("restore4j: standard output: cannot write (write error)");
  }

  @Test
  void main_helpToFullStdout_exits2() {
    Cli.Result r = Cli.runWithStdout(Cli.full(0), Cli.with(Cli.UPPER_CASE), "--help");

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).containsExactly("restore4j: standard output: cannot write (No space left on device)");
  }

  @Test
  void normalize_stdoutFull_exits2() {
    Cli.Result r = Cli.runWithStdout(Cli.full(10), Cli.with(Cli.UPPER_CASE),
        "normalize", "--in", RestoreCommandTest.CLEAN.toString());

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).containsExactly("restore4j: standard output: cannot write (No space left on device)");
  }

  // ---- file names Java cannot use (issue 10, item 11)

  @Test
  void restore_nonAsciiFileNameUnderLangC_exits2SayingToUseAUtf8Locale() throws Exception {
    // The reproducer itself: a JVM started under LANG=C reads file names as ASCII.
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String classpath = System.getProperty("java.class.path");
    ProcessBuilder settings = new ProcessBuilder(java.toString(), "-XshowSettings:properties", "-version");
    settings.environment().put("LANG", "C");
    settings.environment().put("LC_ALL", "C");
    String properties = new String(settings.redirectErrorStream(true).start().getInputStream().readAllBytes(), UTF_8);
    assumeTrue(properties.contains("sun.jnu.encoding = ANSI_X3.4-1968"), "LANG=C does not make file names ASCII here");

    ProcessBuilder run = new ProcessBuilder(java.toString(), "-cp", classpath, Main.class.getName(),
        "restore", "--degraded", dir.resolve("dégradé.txt").toString(), "--sibling", "testdata/seeds");
    run.environment().put("LANG", "C");
    run.environment().put("LC_ALL", "C");
    Process process = run.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), UTF_8);

    assertThat(process.waitFor()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.lines()).singleElement().asString()
        .startsWith("restore4j: Invalid value for option '--degraded': '")
        .contains("d??grad??.txt' cannot be a file name here: Java reads file names as ANSI_X3.4-1968"
            + " under this locale; run it under a UTF-8 locale, e.g. LANG=C.UTF-8")
        .doesNotContain("InvalidPathException");
  }

  @Test
  void restore_fileNameWithNulCharacter_exits2WithOneLine() {
    Cli.Result r = Cli.run("restore", "--degraded", "a\0b.txt", "--sibling", "testdata/seeds");

    assertThat(r.status()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).containsExactly("restore4j: Invalid value for option '--degraded':"
        + " 'a\\0b.txt' cannot be a file name (Nul character not allowed) (see 'restore4j restore --help')");
  }

  @Test
  void pathConverter_asciiFileNames_messageNamesTheCharsetAndTheFix() {
    PathConverter ascii = new PathConverter("ANSI_X3.4-1968");

    assertThat(ascii.message("d\uFFFD\uFFFDgrad\uFFFD\uFFFD.txt", new InvalidPathException("x", "Malformed input")))
        .isEqualTo("'d??grad??.txt' cannot be a file name here: Java reads file names as ANSI_X3.4-1968"
            + " under this locale; run it under a UTF-8 locale, e.g. LANG=C.UTF-8");
  }
}

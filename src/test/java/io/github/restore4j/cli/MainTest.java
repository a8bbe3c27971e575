package io.github.restore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.restore.Sibling;
import java.io.PrintStream;
import java.nio.file.Files;
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
}

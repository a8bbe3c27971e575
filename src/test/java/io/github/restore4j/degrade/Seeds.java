package io.github.restore4j.degrade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The articles in testdata/seeds (Maven runs tests from the module root). */
final class Seeds {
  static final Path DIR = Path.of("testdata", "seeds");
  /** Ukrainian (ZN.ua): boilerplate, ’ apostrophes, guillemets, dashes, no-break spaces. */
  static final String UKRAINIAN_ZN = "000_a068adbe6219557e.txt";
  /** The degraded copy of {@link #VIETNAMESE}. */
  static final String VIETNAMESE_DEGRADED = "001_112bc054fcd8705d.txt";
  /** Russian, then English web boilerplate. */
  static final String RUSSIAN = "002_4cd0308355cadbed.txt";
  /** Ukrainian with ' apostrophes and a bullet list. */
  static final String UKRAINIAN = "003_0397d66fb00abc33.txt";
  /** The clean Vietnamese article of the seed pair. */
  static final String VIETNAMESE = "004_122364f8869732ab.txt";

  static final List<String> CLEAN = List.of(UKRAINIAN_ZN, RUSSIAN, UKRAINIAN, VIETNAMESE);

  private Seeds() {}

  static String read(String name) {
    try {
      return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first line of {@code name} that contains {@code fragment}. */
  static String lineWith(String name, String fragment) {
    return read(name).lines()
        .filter(l -> l.contains(fragment))
        .findFirst()
        .orElseThrow(() -> new AssertionError(fragment + " not in " + name));
  }
}

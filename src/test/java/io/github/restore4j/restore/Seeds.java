package io.github.restore4j.restore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The seed documents in testdata/seeds. */
final class Seeds {
  static final Path DIR = Path.of("testdata", "seeds");
  static final String UK_POLITICO = "000_a068adbe6219557e.txt";
  static final String VI_DEGRADED = "001_112bc054fcd8705d.txt";
  static final String RU_CAUCASUS = "002_4cd0308355cadbed.txt";
  static final String UK_NBC = "003_0397d66fb00abc33.txt";
  static final String VI_CLEAN = "004_122364f8869732ab.txt";

  private Seeds() {}

  static String read(String name) {
    try {
      return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Sibling sibling(String name) {
    return Sibling.of(name.substring(0, 3), read(name));
  }

  /** The four clean seeds: the Vietnamese sibling of 001 and three distractors. */
  static List<Sibling> cleanSeeds() {
    return List.of(sibling(UK_POLITICO), sibling(RU_CAUCASUS), sibling(UK_NBC), sibling(VI_CLEAN));
  }
}

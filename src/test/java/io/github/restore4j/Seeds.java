// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j;

import io.github.restore4j.restore.Sibling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The five seed documents in testdata/seeds (Maven runs tests from the module root). */
public final class Seeds {
  public static final Path DIR = Path.of("testdata", "seeds");
  /** Ukrainian (ZN.ua, after POLITICO): boilerplate, ’ apostrophes, guillemets, dashes, no-break spaces. */
  public static final String UK_POLITICO = "000_a068adbe6219557e.txt";
  /** The degraded copy of {@link #VI_CLEAN}. */
  public static final String VI_DEGRADED = "001_112bc054fcd8705d.txt";
  /** Russian, then English web boilerplate. */
  public static final String RU_CAUCASUS = "002_4cd0308355cadbed.txt";
  /** Ukrainian (NBC) with ' apostrophes, a repeated title and a bullet list. */
  public static final String UK_NBC = "003_0397d66fb00abc33.txt";
  /** The clean Vietnamese article of the seed pair. */
  public static final String VI_CLEAN = "004_122364f8869732ab.txt";

  /** The four clean seeds: the Vietnamese sibling of 001 and three distractors. */
  public static final List<String> CLEAN = List.of(UK_POLITICO, RU_CAUCASUS, UK_NBC, VI_CLEAN);

  private Seeds() {}

  public static String read(String name) {
    try {
      return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first line of {@code name} that contains {@code fragment}. */
  public static String lineWith(String name, String fragment) {
    return read(name).lines()
        .filter(l -> l.contains(fragment))
        .findFirst()
        .orElseThrow(() -> new AssertionError(fragment + " not in " + name));
  }

  /** A seed as a sibling named by its number ("004"). */
  public static Sibling sibling(String name) {
    return Sibling.of(name.substring(0, 3), read(name));
  }

  /** The four clean seeds as siblings. */
  public static List<Sibling> cleanSeeds() {
    return CLEAN.stream().map(Seeds::sibling).toList();
  }
}

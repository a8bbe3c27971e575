// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 9: {@code normalize} must be idempotent on text that went through up to three
 * wrong decodes, whatever the code pages. Generated cases, seeded: words of several scripts (the
 * seeds' Ukrainian, Russian and Vietnamese, and a few Latin, Greek and symbol words), one to three
 * layers of UTF-8 read as windows-1251, windows-1252, latin-1 or KOI8-R, alone, inside a clean
 * sentence or on two lines.
 *
 * <p>The build runs {@value #BUILD_CASES} cases; the longer run, 200,000:
 * <pre>
 * mvn -o -B test -Dtest=MojibakeLayersTest -Dmojibake.cases=200000
 * </pre>
 */
final class MojibakeLayersTest {
  private static final int BUILD_CASES = 3_000;
  private static final TextNormalizer DEFAULTS = TextNormalizer.defaults();
  private static final String[] LAYERS = {"windows-1251", "windows-1252", "latin-1", "KOI8-R"};
  private static final String[] OTHER_WORDS = ("дома café naïve Straße Łódź zażółć příliš žluťoučký "
      + "Ελλάδα αβγ “quoted” — … € № ™ 10°C ½ Ä ß ç ñ İstanbul Ærø").split(" ");

  /** The issue's reproducer: дома through UTF-8 -> windows-1251 twice, then latin-1. */
  @Test
  void normalize_threeLayersCp1251TwiceThenLatin1_decodesAllThree() {
    String damaged = layer(layer(layer("дома", 0), 0), 2);
    assertThat(damaged).startsWith("Ð\u00A0Â\u00A0Ð¢â\u0080\u0098Ð\u00A0Â\u00A0Ð¡");
    assertThat(DEFAULTS.normalize(damaged)).isEqualTo("дома");
    assertThat(DEFAULTS.normalize("Мы были " + damaged + " вчера.")).isEqualTo("Мы были дома вчера.");
  }

  /**
   * Found by TextNormalizerFuzzTest: the reproducer's layers made by Java's decoders, which put
   * U+FFFD for windows-1251's undefined 0x98; the text cannot come back whole, and three passes
   * left a look-alike that a second run repaired ("Р\u00A0TâPC…" then "PTâPC…").
   */
  @Test
  void normalize_threeLayersByALossyDecoder_isIdempotent() {
    Charset cp1251 = Charset.forName("windows-1251");
    String damaged = new String(new String(new String("дома".getBytes(StandardCharsets.UTF_8), cp1251)
        .getBytes(StandardCharsets.UTF_8), cp1251).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    String once = DEFAULTS.normalize(damaged);
    assertThat(DEFAULTS.normalize(once)).isSameAs(once);
    assertThat(DEFAULTS.normalizeEveryStep(damaged)).isEqualTo(once);
  }

  /**
   * Я is D1 8F, Ё D0 81: bytes windows-1252 leaves undefined, which its layer shows as C1 controls;
   * a windows-1251 layer above them decodes to those controls, and the next round reads them on.
   */
  @Test
  void normalize_cp1252ThenCp1251_decodesLettersWithUndefinedBytes() {
    assertThat(DEFAULTS.normalize(layer(layer("Щастя Ёлка", 1), 0))).isEqualTo("Щастя Ёлка");
    assertThat(DEFAULTS.normalize(layer(layer("Щастя", 2), 0))).isEqualTo("Щастя");
  }

  @Test
  void normalize_generatedMultiLayerMojibake_isIdempotent() {
    int cases = Integer.getInteger("mojibake.cases", BUILD_CASES);
    List<String> words = words();
    Random random = new Random(10);
    List<String> failures = new ArrayList<>();
    for (int k = 0; k < cases; k++) {
      String input = generate(words, random);
      String once = DEFAULTS.normalize(input);
      String twice = DEFAULTS.normalize(once);
      if (!twice.equals(once)) {
        failures.add(input + " -> " + once + " -> " + twice);
      }
    }
    assertThat(failures).as("of %d cases", cases).isEmpty();
  }

  /** One case: one to four words, one to three layers, placed alone, in a sentence or on two lines. */
  static String generate(List<String> words, Random random) {
    StringBuilder clean = new StringBuilder();
    int count = 1 + random.nextInt(4);
    for (int w = 0; w < count; w++) {
      clean.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
    }
    String damaged = clean.toString();
    int layers = 1 + random.nextInt(3);
    for (int l = 0; l < layers; l++) {
      damaged = layer(damaged, random.nextInt(LAYERS.length));
    }
    String other = words.get(random.nextInt(words.size()));
    return switch (random.nextInt(3)) {
      case 0 -> damaged;
      case 1 -> "Text " + other + " " + damaged + ", done.";
      default -> damaged + "\n" + other + " " + damaged;
    };
  }

  /** UTF-8 read as one of {@link #LAYERS}, each byte the char the code page shows for it. */
  static String layer(String s, int kind) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    char[] chars = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      chars[i] = switch (kind) {
        case 0 -> Codepage.WINDOWS_1251.decode(b);
        case 1 -> Codepage.WINDOWS_1252.decode(b);
        case 2 -> (char) b;
        default -> Codepage.KOI8_R.decode(b);
      };
    }
    return new String(chars);
  }

  private static List<String> words() {
    Set<String> words = new LinkedHashSet<>();
    for (String name : List.of(Testdata.UK_POLITICO, Testdata.RU_CAUCASUS, Testdata.VI_CLEAN)) {
      for (String w : Testdata.seed(name).split("\\s+")) {
        if (!w.isEmpty() && words.size() < 3_000) {
          words.add(w);
        }
      }
    }
    words.addAll(List.of(OTHER_WORDS));
    return new ArrayList<>(words);
  }
}

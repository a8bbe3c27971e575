// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Damages real lines the ways the normalizer repairs, for property tests: every kind of damage
 * from a fixed seed, alone and mixed.
 */
final class Damage {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  enum Kind {
    INVISIBLE, SPACES, LINE_BREAKS, DECOMPOSED, TONE, HOMOGLYPH, MOJIBAKE, MOJIBAKE_TWICE, QUOTES
  }

  private Damage() {}

  /** Lines of the test data, each damaged by one kind, then by two random kinds. */
  static List<String> samples(int perKind) {
    Random random = new Random(20240601);
    List<String> lines = Testdata.lines();
    List<String> out = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      for (int k = 0; k < perKind; k++) {
        out.add(apply(kind, lines.get(random.nextInt(lines.size())), random));
      }
    }
    Kind[] kinds = Kind.values();
    for (int k = 0; k < perKind * 2; k++) {
      String line = lines.get(random.nextInt(lines.size()));
      line = apply(kinds[random.nextInt(kinds.length)], line, random);
      out.add(apply(kinds[random.nextInt(kinds.length)], line, random));
    }
    return out;
  }

  static String apply(Kind kind, String line, Random random) {
    switch (kind) {
      case INVISIBLE: {
        String[] junk = {"\u200B", "\uFEFF", "\u0007", "\u200D", "\u0000", "\u0094"};
        return insert(line, junk[random.nextInt(junk.length)], random);
      }
      case SPACES: {
        String[] junk = {"  ", " \u00A0", "\u00A0", "\u2009", "\t"};
        String spaced = insertAtSpace(line, junk[random.nextInt(junk.length)], random);
        return random.nextBoolean() ? spaced + " \u00A0 " : spaced;
      }
      case LINE_BREAKS: {
        String[] breaks = {"\r\n", "\r", "\u2028", "\u2029", "\u0085"};
        return line + breaks[random.nextInt(breaks.length)] + line;
      }
      case DECOMPOSED:
        return NFD.normalize(line);
      case TONE: {
        List<String> words = List.of(line.split(" "));
        for (int attempt = 0; attempt < 10; attempt++) {
          String word = words.get(random.nextInt(words.size()));
          String core = word.replaceAll("[^\\p{L}\\p{M}]", "");
          if (core.isEmpty()) {
            continue;
          }
          VietnameseTones.Analysis a = new VietnameseTones.Analysis();
          if (a.parse(core, 0, core.length())) {
            List<String> wrong = VietnameseTonesTest.misplacements(core);
            if (!wrong.isEmpty()) {
              return line.replace(core, wrong.get(random.nextInt(wrong.size())));
            }
          }
        }
        return line;
      }
      case HOMOGLYPH: {
        StringBuilder b = new StringBuilder(line);
        for (int attempt = 0; attempt < 20; attempt++) {
          int i = random.nextInt(b.length());
          char c = b.charAt(i);
          char twin = c >= 0x400 ? MixedScript.latinTwin(c) : MixedScript.cyrillicTwin(c);
          if (twin != 0) {
            b.setCharAt(i, twin);
            return b.toString();
          }
        }
        return line;
      }
      case MOJIBAKE:
        return wrongDecode(line, random);
      case MOJIBAKE_TWICE:
        return wrongDecode(wrongDecode(line, random), random);
      case QUOTES:
        return line.replace('«', '"').replace('»', '"').replace('’', '\'').replace(" – ", " - ")
            .replace('"', random.nextBoolean() ? '“' : '"');
      default:
        throw new AssertionError(kind);
    }
  }

  /** The line as UTF-8 bytes read by a wrong decoder, as browsers do (undefined bytes as C1). */
  static String wrongDecode(String line, Random random) {
    boolean cyrillic = line.chars().anyMatch(c -> c >= 0x400 && c < 0x500);
    String[] latin = {"windows-1252", "ISO-8859-1"};
    String[] cyr = {"windows-1251", "KOI8-R", "windows-1252"};
    String[] names = cyrillic ? cyr : latin;
    return wrongDecode(line, Charset.forName(names[random.nextInt(names.length)]));
  }

  static String wrongDecode(String line, Charset charset) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      String c = new String(new byte[] {b}, charset);
      out.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
    }
    return out.toString();
  }

  private static String insert(String line, String junk, Random random) {
    int i = random.nextInt(line.length() + 1);
    if (i > 0 && i < line.length() && Character.isLowSurrogate(line.charAt(i))) {
      i--;
    }
    return line.substring(0, i) + junk + line.substring(i);
  }

  private static String insertAtSpace(String line, String junk, Random random) {
    int i = line.indexOf(' ', random.nextInt(line.length()));
    if (i < 0) {
      return line;
    }
    return line.substring(0, i) + junk + line.substring(i + 1);
  }
}

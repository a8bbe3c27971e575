// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Damages a clean sibling the ways the pool repairs, word by word, keeping only damage the repair
 * undoes word by word: so that the repair of the whole damaged text is the clean text again, and
 * provenance can be checked against the clean twin.
 */
final class SiblingDamage {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  enum Kind {
    /** The whole text in NFD, as macOS file names and some editors save it. */
    NFD,
    /** UTF-8 read as windows-1252 (undefined bytes as C1 controls, as browsers do). */
    MOJIBAKE,
    /** Zero-width spaces, byte order marks and control characters inside and between words. */
    INVISIBLE,
    /** Latin look-alikes inside Cyrillic words. */
    HOMOGLYPH,
    /** Each word one of the damages above, or none. */
    MIXED
  }

  private SiblingDamage() {}

  static String apply(Kind kind, String clean, long seed) {
    if (kind == Kind.NFD) {
      return NFD.normalize(clean);
    }
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(clean.length() * 2);
    int i = 0;
    while (i < clean.length()) {
      int j = i;
      while (j < clean.length() && !Character.isWhitespace(clean.charAt(j))) {
        j++;
      }
      String word = clean.substring(i, j);
      Kind k = kind == Kind.MIXED ? Kind.values()[random.nextInt(Kind.values().length)] : kind;
      String damaged = word.isEmpty() || k == Kind.MIXED ? word : damage(k, word, random);
      out.append(SiblingPool.REPAIR.normalize(damaged).equals(word) ? damaged : word);
      while (j < clean.length() && Character.isWhitespace(clean.charAt(j))) {
        out.append(clean.charAt(j++));
      }
      i = j;
    }
    return out.toString();
  }

  private static String damage(Kind kind, String word, Random random) {
    switch (kind) {
      case NFD:
        return NFD.normalize(word);
      case MOJIBAKE:
        return sloppyWindows1252(word.getBytes(StandardCharsets.UTF_8));
      case INVISIBLE: {
        String[] junk = {"\u200B", "\uFEFF", "\u0007", "\u0000", "\u2060"};
        int at = random.nextInt(word.length() + 1);
        if (at < word.length() && Character.isLowSurrogate(word.charAt(at))) {
          at--;
        }
        return word.substring(0, at) + junk[random.nextInt(junk.length)] + word.substring(at);
      }
      case HOMOGLYPH:
        return word.replace('а', 'a').replace('о', 'o').replace('е', 'e').replace('с', 'c');
      default:
        return word;
    }
  }

  private static String sloppyWindows1252(byte[] bytes) {
    Charset cp1252 = Charset.forName("windows-1252");
    StringBuilder s = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      String c = new String(new byte[] {b}, cp1252);
      s.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
    }
    return s.toString();
  }
}

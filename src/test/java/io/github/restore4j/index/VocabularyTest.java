// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class VocabularyTest {

  @Test
  void intern_assignsIdsInOrderOfFirstAppearance() {
    Vocabulary v = new Vocabulary();
    assertThat(v.intern("nga")).isEqualTo(0);
    assertThat(v.intern("my")).isEqualTo(1);
    assertThat(v.intern("nga")).isEqualTo(0);
    assertThat(v.intern("")).isEqualTo(2);
    assertThat(v.size()).isEqualTo(3);
    assertThat(v.key(1)).isEqualTo("my");
  }

  @Test
  void id_unknownKey_isUnknown() {
    Vocabulary v = new Vocabulary();
    assertThat(v.id("nga")).isEqualTo(Vocabulary.UNKNOWN);
    assertThat(v.id(new StringBuilder("nga"))).isEqualTo(Vocabulary.UNKNOWN);
    v.intern("nga");
    assertThat(v.id("ng")).isEqualTo(Vocabulary.UNKNOWN);
    assertThat(v.id("ngaa")).isEqualTo(Vocabulary.UNKNOWN);
    assertThat(v.id(new StringBuilder("Nga"))).isEqualTo(Vocabulary.UNKNOWN);
    assertThat(v.id(new StringBuilder())).isEqualTo(Vocabulary.UNKNOWN);
  }

  @Test
  void id_charSequence_comparesByContent() {
    Vocabulary v = new Vocabulary();
    v.intern("hòa");
    v.intern("пра\u0301вда");
    StringBuilder sb = new StringBuilder("xhòa");
    sb.deleteCharAt(0); // a builder whose content equals the key
    assertThat(v.id(sb)).isEqualTo(0);
    assertThat(v.id((CharSequence) "пра\u0301вда")).isEqualTo(1);
    assertThat(v.id(new StringBuilder("пра\u0301вда"))).isEqualTo(1);
  }

  @Test
  void collidingHashes_areKeptApart() {
    // "Aa" and "BB" have the same String.hashCode(), and so do all their concatenations
    String[] colliding = new String[64];
    for (int i = 0; i < colliding.length; i++) {
      StringBuilder sb = new StringBuilder();
      for (int b = 0; b < 6; b++) {
        sb.append((i >> b & 1) == 0 ? "Aa" : "BB");
      }
      colliding[i] = sb.toString();
    }
    assertThat(colliding[5].hashCode()).isEqualTo(colliding[42].hashCode());
    Vocabulary v = new Vocabulary();
    for (int i = 0; i < colliding.length; i++) {
      assertThat(v.intern(colliding[i])).isEqualTo(i);
    }
    for (int i = 0; i < colliding.length; i++) {
      assertThat(v.id(colliding[i])).isEqualTo(i);
      assertThat(v.id(new StringBuilder(colliding[i]))).isEqualTo(i);
    }
    assertThat(v.id("AaAaAaAaAaAa" + "Aa")).isEqualTo(Vocabulary.UNKNOWN);
    assertThat(v.id("AaAaAaAaAaBb")).isEqualTo(Vocabulary.UNKNOWN);
  }

  @Test
  void growth_keepsEveryIdAgainstAHashMap() {
    SplittableRandom random = new SplittableRandom(2026);
    Vocabulary v = new Vocabulary();
    Map<String, Integer> oracle = new HashMap<>();
    for (int k = 0; k < 200_000; k++) {
      String key = randomKey(random);
      int expected = oracle.computeIfAbsent(key, x -> oracle.size());
      assertThat(v.intern(key)).isEqualTo(expected);
    }
    assertThat(v.size()).isEqualTo(oracle.size()).isGreaterThan(5000);
    for (Map.Entry<String, Integer> e : oracle.entrySet()) {
      assertThat(v.id(e.getKey())).isEqualTo(e.getValue());
      assertThat(v.id(new StringBuilder(e.getKey()))).isEqualTo(e.getValue());
      assertThat(v.key(e.getValue())).isEqualTo(e.getKey());
    }
    for (int k = 0; k < 50_000; k++) {
      String key = randomKey(random) + "#";
      assertThat(v.id(key)).isEqualTo(Vocabulary.UNKNOWN);
    }
  }

  @Test
  void key_outOfRange_throws() {
    Vocabulary v = new Vocabulary();
    v.intern("a");
    assertThatThrownBy(() -> v.key(1)).isInstanceOf(IndexOutOfBoundsException.class).hasMessage("id 1 of 1");
    assertThatThrownBy(() -> v.key(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  private static String randomKey(SplittableRandom random) {
    int len = 1 + random.nextInt(5);
    StringBuilder sb = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      sb.append(random.nextInt(4) == 0 ? (char) ('а' + random.nextInt(32)) : (char) ('a' + random.nextInt(12)));
    }
    return sb.toString();
  }
}

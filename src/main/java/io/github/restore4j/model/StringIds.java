// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.model;

import java.util.Arrays;

/**
 * Strings interned to dense {@code int} ids (0, 1, 2, …) in an open-addressing table, looked up by
 * any {@link CharSequence} without building a {@code String}: the decoder folds a word's key into
 * one reused {@code StringBuilder} and finds its id here, so a lookup allocates nothing.
 *
 * <p>Linear probing over a power-of-two table kept at most half full; the hash is
 * {@link String#hashCode()}'s, computed over the characters, so a stored string's cached hash and a
 * builder's computed one agree. Not thread-safe while adding; read-only use after building is.
 */
final class StringIds {
  private String[] table;
  private int[] ids;
  private String[] byId;
  private int size;

  StringIds(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    table = new String[cap];
    ids = new int[cap];
    byId = new String[Math.max(16, expected)];
  }

  int size() {
    return size;
  }

  String get(int id) {
    return byId[id];
  }

  /** The id of {@code s}, or -1. */
  int id(CharSequence s) {
    int h = hash(s);
    String[] t = table;
    int mask = t.length - 1;
    for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
      String k = t[i];
      if (k == null) {
        return -1;
      }
      if (k.hashCode() == h && k.contentEquals(s)) {
        return ids[i];
      }
    }
  }

  /** The id of {@code s}, added with the next id when new. */
  int intern(String s) {
    int h = s.hashCode();
    int mask = table.length - 1;
    int i = mix(h) & mask;
    for (; table[i] != null; i = (i + 1) & mask) {
      if (table[i].hashCode() == h && table[i].equals(s)) {
        return ids[i];
      }
    }
    table[i] = s;
    ids[i] = size;
    if (size == byId.length) {
      byId = Arrays.copyOf(byId, size * 2);
    }
    byId[size] = s;
    size++;
    if (2 * size > table.length) {
      grow();
    }
    return size - 1;
  }

  private void grow() {
    String[] old = table;
    int[] oldIds = ids;
    table = new String[old.length * 2];
    ids = new int[old.length * 2];
    int mask = table.length - 1;
    for (int j = 0; j < old.length; j++) {
      if (old[j] != null) {
        int i = mix(old[j].hashCode()) & mask;
        while (table[i] != null) {
          i = (i + 1) & mask;
        }
        table[i] = old[j];
        ids[i] = oldIds[j];
      }
    }
  }

  private static int hash(CharSequence s) {
    if (s instanceof String str) {
      return str.hashCode();
    }
    int h = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  /** Spreads String's weak low bits (murmur3's finalizer step). */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }
}

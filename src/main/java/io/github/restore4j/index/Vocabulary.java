// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.index;

import java.util.Arrays;

/**
 * Interns folding keys to dense {@code int} ids so that the alignment loops compare ints.
 *
 * <pre>{@code
 * int id = vocabulary.intern("nga");  // 0, 1, 2, ... in order of first appearance
 * vocabulary.id("nga")                // the same id; -1 for a key never interned
 * vocabulary.id(builder)              // the same, for the characters a StringBuilder holds
 * }</pre>
 *
 * <p>An open-addressing table (linear probing, at most half full) of ids, beside the key and its
 * hash per id: a lookup hashes the characters, compares stored hashes and reads a key only on a
 * hash match, with no boxing and no {@code String} for the looked-up key ({@link #id(CharSequence)}
 * takes the builder a line's keys are folded into). The hash is {@link String#hashCode()}'s, so a
 * {@code String} key costs no extra pass once its hash is cached; its bits are spread by a
 * multiplicative (Fibonacci) hash before they pick a slot. It replaced a {@code HashMap<String,
 * Integer>}, whose lookups with a fresh {@code String} per degraded piece were a few percent of the
 * time per line.
 *
 * <p>Not thread-safe while interning; safe for concurrent lookups once building is done. Only
 * {@link PoolIndex#build} interns (the method is package-private): a vocabulary handed out by an
 * index is read-only to everyone else, so the index stays immutable.
 */
public final class Vocabulary {
  /** The id of a key that is not in the vocabulary. */
  public static final int UNKNOWN = -1;

  private String[] keys = new String[1024];
  private int[] hashes = new int[1024];
  /** Id + 1 per slot, 0 for an empty slot; the length is a power of two, at least twice the size. */
  private int[] slots = new int[2048];
  private int shift = Integer.numberOfLeadingZeros(2048 - 1);
  private int size;

  /** The id of {@code key}, adding it if new. Package-private: see the class comment. */
  int intern(String key) {
    int h = key.hashCode();
    int mask = slots.length - 1;
    int slot = slot(h);
    for (int s = slots[slot]; s != 0; s = slots[slot]) {
      if (hashes[s - 1] == h && keys[s - 1].equals(key)) {
        return s - 1;
      }
      slot = (slot + 1) & mask;
    }
    int id = size;
    if (id == keys.length) {
      keys = Arrays.copyOf(keys, id * 2);
      hashes = Arrays.copyOf(hashes, id * 2);
    }
    keys[id] = key;
    hashes[id] = h;
    slots[slot] = id + 1;
    size++;
    if (2 * size > slots.length) {
      grow();
    }
    return id;
  }

  /** The id of {@code key}, or {@link #UNKNOWN}. */
  public int id(String key) {
    return find(key, key.hashCode());
  }

  /** The id of the key {@code chars} holds (compared by content), or {@link #UNKNOWN}. */
  public int id(CharSequence chars) {
    if (chars instanceof String s) {
      return id(s);
    }
    int h = 0;
    for (int i = 0, n = chars.length(); i < n; i++) {
      h = 31 * h + chars.charAt(i);
    }
    return find(chars, h);
  }

  private int find(CharSequence key, int h) {
    final int[] t = slots;
    final int mask = t.length - 1;
    int slot = slot(h);
    for (int s = t[slot]; s != 0; s = t[slot]) {
      if (hashes[s - 1] == h && keys[s - 1].contentEquals(key)) {
        return s - 1;
      }
      slot = (slot + 1) & mask;
    }
    return UNKNOWN;
  }

  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  private void grow() {
    int[] bigger = new int[slots.length * 2];
    shift--;
    int mask = bigger.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = slot(hashes[id]);
      while (bigger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = id + 1;
    }
    slots = bigger;
  }

  /** The key of an id. */
  public String key(int id) {
    if (id < 0 || id >= size) {
      throw new IndexOutOfBoundsException("id " + id + " of " + size);
    }
    return keys[id];
  }

  public int size() {
    return size;
  }
}

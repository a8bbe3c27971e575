package io.github.restore4j.align;

import java.util.Arrays;

/**
 * Myers' search with Peq in a tiny hash table of the pattern's ids: memory O(m) whatever the
 * vocabulary, at the price of a multiply and two compares per text token.
 *
 * <p>The table has 2-slot buckets and at least 4m slots; the multiplier is chosen at build time so
 * that no bucket holds more than two ids (a few O(m) retries, then a doubled table), hence a lookup
 * reads exactly one bucket and never branches: {@code eq = (k0 == id ? v0 : 0) | (k1 == id ? v1 :
 * 0)}. Empty slots hold key -1 and value 0.
 *
 * <p>Not thread-safe.
 */
final class HashMyersAligner extends MyersAligner {
  private static final int EMPTY = -1;
  /** Odd multipliers for multiplicative hashing (golden ratio, then murmur3/xxhash constants). */
  private static final int[] MULTIPLIERS = {
    0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1, 0xCC9E2D51, 0x1B873593, 0xE6546B65
  };

  private int[] keys = emptyKeys(16);
  /** One-word Peq per table slot. */
  private long[] words = new long[16];
  /** Block-kernel slot number per table slot. */
  private int[] slotNumbers = new int[16];
  private int multiplier;
  /** bucket(id) = (id * multiplier) >>> shift; the table has 1 << (32 - shift) buckets. */
  private int shift;

  HashMyersAligner(AlignerType type) {
    super(type);
  }

  private static int[] emptyKeys(int length) {
    final int[] keys = new int[length];
    Arrays.fill(keys, EMPTY);
    return keys;
  }

  /**
   * Places every distinct pattern id in its bucket (key only), choosing multiplier and size so that
   * no bucket overflows.
   */
  private void place(int[] pattern, int pFrom, int m) {
    int bits = Math.max(3, 32 - Integer.numberOfLeadingZeros(2 * m - 1)); // >= 2m buckets
    for (int attempt = 0; ; attempt++) {
      if (attempt > 0 && attempt % MULTIPLIERS.length == 0) {
        bits++;
      }
      final int slotCount = 2 << bits;
      if (keys.length < slotCount) {
        keys = emptyKeys(slotCount);
        words = new long[slotCount];
        slotNumbers = new int[slotCount];
      }
      multiplier = MULTIPLIERS[attempt % MULTIPLIERS.length];
      shift = 32 - bits;
      if (tryPlace(pattern, pFrom, m)) {
        return;
      }
      unplace(pattern, pFrom, m);
    }
  }

  private boolean tryPlace(int[] pattern, int pFrom, int m) {
    final int[] keys = this.keys;
    for (int i = pFrom; i < pFrom + m; i++) {
      final int id = pattern[i];
      final int h = bucket(id);
      if (keys[h] == id || keys[h + 1] == id) {
        continue;
      }
      if (keys[h] == EMPTY) {
        keys[h] = id;
      } else if (keys[h + 1] == EMPTY) {
        keys[h + 1] = id;
      } else {
        return false;
      }
    }
    return true;
  }

  /** Clears the buckets of the pattern's ids, keys and values, in O(m). */
  private void unplace(int[] pattern, int pFrom, int m) {
    for (int i = pFrom; i < pFrom + m; i++) {
      final int h = bucket(pattern[i]);
      for (int s = h; s < h + 2; s++) {
        keys[s] = EMPTY;
        words[s] = 0L;
        slotNumbers[s] = 0;
      }
    }
  }

  /** The first slot of the bucket of {@code id}. */
  private int bucket(int id) {
    return ((id * multiplier) >>> shift) << 1;
  }

  /** The slot holding {@code id}, which must be placed. */
  private int slotOf(int id) {
    final int h = bucket(id);
    assert keys[h] == id || keys[h + 1] == id : id;
    return keys[h] == id ? h : h + 1;
  }

  @Override
  void buildWord(int[] pattern, int pFrom, int m) {
    place(pattern, pFrom, m);
    for (int i = 0; i < m; i++) {
      words[slotOf(pattern[pFrom + i])] |= 1L << i;
    }
  }

  @Override
  void clearWord(int[] pattern, int pFrom, int m) {
    unplace(pattern, pFrom, m);
  }

  /*
   * The one-word Myers/Hyyrö kernel of DenseMyersAligner.bestWord (see there), with the Peq lookup
   * of this class: one bucket, two compares, no branch.
   */
  @Override
  long bestWord(int[] text, int tFrom, int tLen, int m) {
    final int[] keys = this.keys;
    final long[] words = this.words;
    final int multiplier = this.multiplier;
    final int shift = this.shift;
    final int last = m - 1;
    long pv = -1L;
    long mv = 0L;
    int score = m;
    int best = m;
    int bestEnd = tFrom;
    for (int j = tFrom, end = tFrom + tLen; j < end; j++) {
      final int id = text[j];
      final int h = ((id * multiplier) >>> shift) << 1;
      final long eq = (keys[h] == id ? words[h] : 0L) | (keys[h + 1] == id ? words[h + 1] : 0L);
      final long xv = eq | mv;
      final long xh = (((eq & pv) + pv) ^ pv) | eq;
      final long ph = mv | ~(xh | pv);
      final long mh = pv & xh;
      score += (int) ((ph >>> last) & 1L) - (int) ((mh >>> last) & 1L);
      final long phs = ph << 1;
      pv = (mh << 1) | ~(xv | phs);
      mv = phs & xv;
      if (score < best) {
        best = score;
        bestEnd = j + 1;
      }
    }
    return pack(best, bestEnd);
  }

  @Override
  int allWord(int[] text, int tFrom, int tLen, int m, int k, int[] ends, int[] costs) {
    final int[] keys = this.keys;
    final long[] words = this.words;
    final int multiplier = this.multiplier;
    final int shift = this.shift;
    final int last = m - 1;
    final int capacity = ends.length;
    int count = 0;
    if (m <= k) {
      if (capacity > 0) {
        ends[0] = tFrom;
        costs[0] = m;
      }
      count = 1;
    }
    long pv = -1L;
    long mv = 0L;
    int score = m;
    for (int j = tFrom, end = tFrom + tLen; j < end; j++) {
      final int id = text[j];
      final int h = ((id * multiplier) >>> shift) << 1;
      final long eq = (keys[h] == id ? words[h] : 0L) | (keys[h + 1] == id ? words[h + 1] : 0L);
      final long xv = eq | mv;
      final long xh = (((eq & pv) + pv) ^ pv) | eq;
      final long ph = mv | ~(xh | pv);
      final long mh = pv & xh;
      score += (int) ((ph >>> last) & 1L) - (int) ((mh >>> last) & 1L);
      final long phs = ph << 1;
      pv = (mh << 1) | ~(xv | phs);
      mv = phs & xv;
      if (score <= k) {
        if (count < capacity) {
          ends[count] = j + 1;
          costs[count] = score;
        }
        count++;
      }
    }
    return count;
  }

  @Override
  int mapSlots(int[] pattern, int pFrom, int m, int[] slotOfPosition) {
    place(pattern, pFrom, m);
    int distinct = 0;
    for (int i = 0; i < m; i++) {
      final int s = slotOf(pattern[pFrom + i]);
      if (slotNumbers[s] == 0) {
        slotNumbers[s] = ++distinct;
      }
      slotOfPosition[i] = slotNumbers[s];
    }
    return distinct;
  }

  @Override
  void unmapSlots(int[] pattern, int pFrom, int m) {
    unplace(pattern, pFrom, m);
  }

  @Override
  void translate(int[] text, int from, int n, int[] out) {
    final int[] keys = this.keys;
    final int[] numbers = this.slotNumbers;
    final int multiplier = this.multiplier;
    final int shift = this.shift;
    for (int r = 0; r < n; r++) {
      final int id = text[from + r];
      final int h = ((id * multiplier) >>> shift) << 1;
      out[r] = (keys[h] == id ? numbers[h] : 0) | (keys[h + 1] == id ? numbers[h + 1] : 0);
    }
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.index;

import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Pieces;
import java.util.Arrays;

/**
 * The sibling pool under one {@link Folding}: every visible piece of every document, in order, as
 * one stream of key ids, with postings from key bigrams and single keys to stream positions.
 *
 * <pre>{@code
 * PoolIndex index = PoolIndex.build(new String[] {cleanText}, Folding.STRICT);
 * int n = index.candidates(lineIds, 0, lineIds.length, scratch, windows, 8);  // places to verify
 * }</pre>
 *
 * <p>A piece is visible when its key is not empty: under {@link Folding#STRICT} {@code "4/10"} has no
 * visible piece, so it lies in the gap between {@code "ngày"} and {@code "dẫn"}, where restoration
 * finds it again. Memory: about 29 bytes per pool piece at 10^7 pieces, vocabulary included
 * ({@code MemoryReport} in the benchmarks). Immutable and thread-safe once built.
 */
public final class PoolIndex {
  /**
   * Bigram postings longer than this are skipped as uninformative ("of the"); single-key postings
   * are read up to this many.
   */
  public static final int MAX_POSTINGS = 4096;
  /** Most joined pieces whose concatenated key is indexed ("/usr/share/doc/openvpn/examples/…"). */
  public static final int MAX_JOIN = 24;
  /** Bigrams voted with per line at least (the rarest); a quarter of the line's when it is longer. */
  static final int MIN_SEEDS = 8;

  private final Vocabulary vocabulary;
  private final int[] ids;
  private final int[] pieceStart;
  private final int[] pieceEnd;
  private final long[] joinedToNext;
  private final int[] docStart;
  private final int[] uniOffsets;
  private final int[] uniPositions;
  private final int biMask;
  private final int[] biOffsets;
  private final int[] biPositions;
  /**
   * Slots whose postings are all one bigram (most: the table has twice as many slots as pieces).
   * A lookup then checks the stream at the first posting only, instead of at every posting: at
   * 10^7 pieces each check is a cache miss in the 40 MB stream, and the checks were most of
   * {@link #candidates}' own time.
   */
  private final long[] pureSlots;
  private final long[] letterMasks;
  private final long[] innerDigit;
  private final int[] chunkOffsets;
  private final int[] chunkPositions;

  private PoolIndex(Vocabulary vocabulary, int[] ids, int[] pieceStart, int[] pieceEnd,
      long[] joinedToNext, int[] docStart, int[] chunkIds, int[] chunkStarts, long[] innerDigit) {
    this.innerDigit = innerDigit;
    this.vocabulary = vocabulary;
    this.ids = ids;
    this.pieceStart = pieceStart;
    this.pieceEnd = pieceEnd;
    this.joinedToNext = joinedToNext;
    this.docStart = docStart;
    int n = ids.length;
    int vocab = vocabulary.size();
    chunkOffsets = new int[vocab + 1];
    for (int id : chunkIds) {
      chunkOffsets[id + 1]++;
    }
    for (int i = 0; i < vocab; i++) {
      chunkOffsets[i + 1] += chunkOffsets[i];
    }
    chunkPositions = new int[chunkIds.length];
    int[] cfill = Arrays.copyOf(chunkOffsets, vocab);
    for (int k = 0; k < chunkIds.length; k++) {
      chunkPositions[cfill[chunkIds[k]]++] = chunkStarts[k];
    }
    letterMasks = new long[vocabulary.size()];
    for (int id = 0; id < letterMasks.length; id++) {
      letterMasks[id] = letterMask(vocabulary.key(id));
    }

    int v = vocab;
    uniOffsets = new int[v + 1];
    for (int id : ids) {
      uniOffsets[id + 1]++;
    }
    // (chunk keys were interned after every piece key, so they have no stream positions here)
    for (int i = 0; i < v; i++) {
      uniOffsets[i + 1] += uniOffsets[i];
    }
    uniPositions = new int[n];
    int[] fill = Arrays.copyOf(uniOffsets, v);
    for (int p = 0; p < n; p++) {
      uniPositions[fill[ids[p]]++] = p;
    }

    int size = Integer.highestOneBit(Math.max(16, n)) * 2;
    biMask = size - 1;
    biOffsets = new int[size + 1];
    for (int p = 0; p + 1 < n; p++) {
      biOffsets[bigramSlot(ids[p], ids[p + 1], biMask) + 1]++;
    }
    for (int i = 0; i < size; i++) {
      biOffsets[i + 1] += biOffsets[i];
    }
    biPositions = new int[Math.max(0, n - 1)];
    int[] bfill = Arrays.copyOf(biOffsets, size);
    for (int p = 0; p + 1 < n; p++) {
      biPositions[bfill[bigramSlot(ids[p], ids[p + 1], biMask)]++] = p;
    }
    pureSlots = new long[(size + 63) >>> 6];
    for (int slot = 0; slot < size; slot++) {
      int lo = biOffsets[slot];
      int hi = biOffsets[slot + 1];
      if (lo == hi) {
        continue;
      }
      int a = ids[biPositions[lo]];
      int b = ids[biPositions[lo] + 1];
      boolean pure = true;
      for (int k = lo + 1; k < hi && pure; k++) {
        int p = biPositions[k];
        pure = ids[p] == a && ids[p + 1] == b;
      }
      if (pure) {
        pureSlots[slot >>> 6] |= 1L << slot;
      }
    }
  }

  /** Indexes documents under a folding. */
  public static PoolIndex build(String[] texts, Folding folding) {
    Vocabulary vocabulary = new Vocabulary();
    IntBuffer ids = new IntBuffer();
    IntBuffer starts = new IntBuffer();
    IntBuffer ends = new IntBuffer();
    int[] docStart = new int[texts.length + 1];
    for (int d = 0; d < texts.length; d++) {
      docStart[d] = ids.size;
      String text = texts[d];
      Pieces pieces = Pieces.of(text);
      for (int i = 0; i < pieces.size(); i++) {
        String key = folding.key(text, pieces.start(i), pieces.end(i));
        if (!key.isEmpty()) {
          ids.add(vocabulary.intern(key));
          starts.add(pieces.start(i));
          ends.add(pieces.end(i));
        }
      }
    }
    docStart[texts.length] = ids.size;
    int n = ids.size;
    long[] joined = new long[(n + 63) >>> 6];
    for (int d = 0; d < texts.length; d++) {
      String text = texts[d];
      for (int p = docStart[d]; p + 1 < docStart[d + 1]; p++) {
        if (noSpace(text, ends.data[p], starts.data[p + 1])) {
          joined[p >>> 6] |= 1L << p;
        }
      }
    }
    // Keys of the first 2 to MAX_JOIN pieces of each run of joined pieces ("Nagorno-Karabakh" →
    // "nagornokarabakh"): a degradation that deletes punctuation makes the run one word, which must
    // still find its place (a start of it too: the word may be cut).
    IntBuffer chunkIds = new IntBuffer();
    IntBuffer chunkStarts = new IntBuffer();
    for (int d = 0; d < texts.length; d++) {
      String text = texts[d];
      int end = docStart[d + 1];
      for (int p = docStart[d]; p + 1 < end; p++) {
        if (p > docStart[d] && isJoined(joined, p - 1)) {
          continue; // not the start of a run
        }
        for (int k = 2; k <= MAX_JOIN && p + k - 1 < end && isJoined(joined, p + k - 2); k++) {
          chunkIds.add(vocabulary.intern(folding.key(text, starts.data[p], ends.data[p + k - 1])));
          chunkStarts.add(p);
        }
      }
    }
    long[] digit = new long[(n + 63) >>> 6];
    for (int d = 0; d < texts.length; d++) {
      String text = texts[d];
      for (int p = docStart[d]; p < docStart[d + 1]; p++) {
        for (int x = starts.data[p]; x < ends.data[p]; x++) {
          if (Character.isDigit(text.charAt(x))) {
            digit[p >>> 6] |= 1L << p;
            break;
          }
        }
      }
    }
    return new PoolIndex(vocabulary, ids.toArray(), starts.toArray(), ends.toArray(), joined, docStart,
        chunkIds.toArray(), chunkStarts.toArray(), digit);
  }

  private static boolean isJoined(long[] joined, int p) {
    return (joined[p >>> 6] & (1L << p)) != 0;
  }

  private static boolean noSpace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  static int bigramSlot(int a, int b, int mask) {
    int h = a * 0x9E3779B1 + b;
    h *= 0x85EBCA6B;
    h ^= h >>> 15;
    return h & mask;
  }

  /**
   * A 64-bit set of the characters of a key (each char hashed to one bit). Two keys within
   * {@code k} edits differ in at most {@code 2k} bits, so the mask rejects most non-typos at once.
   */
  public static long letterMask(String key) {
    long m = 0;
    for (int i = 0; i < key.length(); i++) {
      m |= 1L << ((key.charAt(i) * 0x9E37) >>> 6 & 63);
    }
    return m;
  }

  /** {@link #letterMask(String)} of key id {@code id}. */
  public long letterMask(int id) {
    return letterMasks[id];
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * The stream of key ids, all documents in order: the index's own array, not a copy, because the
   * engine's kernels ({@code align}) take {@code int[]} and read it in their inner loops, and a
   * copy per line would cost as much as aligning it. Never modify it. The index of a
   * {@code SiblingPool} is reachable only from inside the engine (this package is not exported by
   * the module); an index built with {@link #build} belongs to its caller.
   */
  public int[] ids() {
    return ids;
  }

  public int size() {
    return ids.length;
  }

  public int documents() {
    return docStart.length - 1;
  }

  /** The first stream position of document {@code d}; {@code docStart(documents())} is {@link #size()}. */
  public int docStart(int d) {
    return docStart[d];
  }

  /** The document holding stream position {@code p}. */
  public int docOf(int p) {
    int i = Arrays.binarySearch(docStart, p);
    if (i >= 0) {
      while (i + 1 < docStart.length && docStart[i + 1] == p) {
        i++;
      }
      return Math.min(i, docStart.length - 2);
    }
    return -i - 2;
  }

  /** Start offset of the piece at stream position {@code p} in its document's text. */
  public int pieceStart(int p) {
    return pieceStart[p];
  }

  /**
   * The first position in {@code [lo, hi)} whose piece starts at or after char offset
   * {@code offset}, or {@code hi} (positions of one document start in increasing order).
   */
  public int firstStartingAtOrAfter(int lo, int hi, int offset) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pieceStart[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  public int pieceEnd(int p) {
    return pieceEnd[p];
  }

  /** Whether the piece at stream position {@code p} has a digit among its letters ("P2P"). */
  public boolean hasInnerDigit(int p) {
    return (innerDigit[p >>> 6] & (1L << p)) != 0;
  }

  /** Whether pieces {@code p} and {@code p + 1} belong to one whitespace-free chunk ("Nagorno-Karabakh"). */
  public boolean joinedToNext(int p) {
    return (joinedToNext[p >>> 6] & (1L << p)) != 0;
  }

  /**
   * The stream position of the {@code k}-th occurrence of key id {@code id} (0 ≤ k &lt;
   * {@link #unigramCount}), in stream order.
   */
  public int unigramPosition(int id, int k) {
    return uniPositions[uniOffsets[id] + k];
  }

  /** How many times key id {@code id} occurs in the stream. */
  public int unigramCount(int id) {
    return id < 0 || id >= vocabulary.size() ? 0 : uniOffsets[id + 1] - uniOffsets[id];
  }

  /**
   * Finds the places a line may sit: votes of its key bigrams (single keys when a line has one
   * piece or no bigram hits) for diagonals, grouped, best first.
   *
   * @param line    key ids of the line's pieces ({@link Vocabulary#UNKNOWN} for unknown keys)
   * @param from    first piece
   * @param len     number of pieces
   * @param scratch reusable buffers of the calling thread
   * @param out     receives up to {@code max} candidate windows
   * @param max     how many windows at most
   * @return how many windows were written
   */
  public int candidates(int[] line, int from, int len, Scratch scratch, Windows out, int max) {
    scratch.hits = 0;
    scratch.seeds = 0;
    if (len >= 2) {
      // Vote with the rarest bigrams only: a line's place shows in its rare word pairs, and the
      // frequent ones ("of the") would cost a long postings list each for nothing.
      int seeds = 0;
      long[] order = scratch.order(len);
      for (int i = 0; i + 1 < len; i++) {
        int a = line[from + i];
        int b = line[from + i + 1];
        if (a < 0 || b < 0) {
          continue;
        }
        int slot = bigramSlot(a, b, biMask);
        int count = biOffsets[slot + 1] - biOffsets[slot];
        if (count > 0 && count <= MAX_POSTINGS) {
          order[seeds++] = (long) count << 32 | i;
        }
      }
      Arrays.sort(order, 0, seeds);
      int used = Math.min(seeds, Math.max(MIN_SEEDS, len / 4));
      scratch.seeds = used;
      for (int s = 0; s < used; s++) {
        int i = (int) order[s];
        int a = line[from + i];
        int b = line[from + i + 1];
        addBigramHits(a, b, i, scratch);
      }
    }
    // Bigram votes, if any, place the line; otherwise its single keys do, each as a clean piece
    // (unigrams) and as joined ones ("10" ~ "1:0"): one kind must not hide the other.
    boolean bigramHits = scratch.hits > 0;
    for (int i = 0; i < len; i++) {
      int a = line[from + i];
      if (a < 0 || a >= vocabulary.size()) {
        continue;
      }
      int lo = chunkOffsets[a];
      int hi = Math.min(chunkOffsets[a + 1], lo + MAX_POSTINGS);
      for (int k = lo; k < hi; k++) {
        scratch.add(chunkPositions[k] - i);
      }
    }
    if (!bigramHits) {
      for (int i = 0; i < len; i++) {
        int a = line[from + i];
        if (a < 0 || a >= vocabulary.size()) {
          continue;
        }
        int lo = uniOffsets[a];
        int hi = uniOffsets[a + 1];
        if (hi - lo > MAX_POSTINGS) {
          hi = lo + MAX_POSTINGS;
        }
        for (int k = lo; k < hi; k++) {
          scratch.add(uniPositions[k] - i);
        }
      }
    }
    return group(scratch, len, out, max);
  }

  /** Adds {@code p - shift} for every stream position {@code p} of bigram {@code (a, b)}, in order. */
  void addBigramHits(int a, int b, int shift, Scratch scratch) {
    int slot = bigramSlot(a, b, biMask);
    int lo = biOffsets[slot];
    int hi = biOffsets[slot + 1];
    if ((pureSlots[slot >>> 6] & (1L << slot)) != 0) {
      int p0 = biPositions[lo];
      if (ids[p0] == a && ids[p0 + 1] == b) {
        for (int k = lo; k < hi; k++) {
          scratch.add(biPositions[k] - shift);
        }
      }
      return;
    }
    for (int k = lo; k < hi; k++) {
      int p = biPositions[k];
      if (ids[p] == a && ids[p + 1] == b) {
        scratch.add(p - shift);
      }
    }
  }

  private int group(Scratch s, int len, Windows out, int max) {
    int n = s.hits;
    if (n == 0) {
      return 0;
    }
    int[] d = s.diagonals;
    sortRuns(d, n, s);
    int band = 2 + len / 4;
    out.clear();
    int i = 0;
    while (i < n) {
      int j = i + 1;
      while (j < n && d[j] - d[j - 1] <= band) {
        j++;
      }
      out.offer(d[i], d[j - 1], j - i, max);
      i = j;
    }
    return out.size;
  }

  /** Natural runs beyond this are left to {@link Arrays#sort(int[], int, int)}. */
  static final int MAX_RUNS = 256;
  /** Below this many hits a plain sort is as fast as finding runs. */
  static final int MIN_RUN_SORT = 64;

  /**
   * Sorts {@code a[0, n)} ascending. The hits of {@link #candidates} are a few ascending runs (each
   * postings list is in stream order, shifted by a constant; 5 runs of 144 hits on average at
   * 10^7 pieces), so a bottom-up merge of the natural runs takes {@code O(n log runs)}: 4-5 % less
   * time per line than {@code Arrays.sort} at 10^7 pieces. Short or run-poor input goes to
   * {@code Arrays.sort}.
   */
  static void sortRuns(int[] a, int n, Scratch s) {
    if (n < MIN_RUN_SORT) {
      Arrays.sort(a, 0, n);
      return;
    }
    int[] runs = s.runs;
    int r = 0;
    runs[r++] = 0;
    for (int i = 1; i < n; i++) {
      if (a[i] < a[i - 1]) {
        if (r == MAX_RUNS) {
          Arrays.sort(a, 0, n);
          return;
        }
        runs[r++] = i;
      }
    }
    if (r == 1) {
      return;
    }
    runs[r] = n;
    if (s.merged.length < n) {
      s.merged = new int[Math.max(n, s.merged.length * 2)];
    }
    int[] src = a;
    int[] dst = s.merged;
    while (r > 1) {
      int w = 0;
      for (int k = 0; k < r; k += 2) {
        int lo = runs[k];
        int mid = runs[Math.min(k + 1, r)];
        int hi = runs[Math.min(k + 2, r)];
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
          dst[o++] = src[j] < src[i] ? src[j++] : src[i++];
        }
        System.arraycopy(src, i, dst, o, mid - i);
        o += mid - i;
        System.arraycopy(src, j, dst, o, hi - j);
        runs[w++] = lo;
      }
      runs[w] = n;
      r = w;
      int[] t = src;
      src = dst;
      dst = t;
    }
    if (src != a) {
      System.arraycopy(src, 0, a, 0, n);
    }
    s.merged = src == a ? dst : src;
  }

  /**
   * Per-thread buffers for {@link #candidates}: owned by one caller (one per aligner, never
   * shared), holding nothing of the index, so handing them out keeps the index immutable.
   */
  public static final class Scratch {
    /** Empty buffers; they grow as {@link #candidates} needs. */
    public Scratch() {}

    int[] diagonals = new int[256];
    int hits;
    int seeds;
    long[] order = new long[64];
    final int[] runs = new int[MAX_RUNS + 1];
    int[] merged = new int[256];

    /**
     * How many bigrams the last {@link #candidates} call voted with: a copy of the line that sits
     * key for key somewhere draws at least that many votes there.
     */
    public int seeds() {
      return seeds;
    }

    long[] order(int len) {
      if (order.length < len) {
        order = new long[len * 2];
      }
      return order;
    }

    void add(int diagonal) {
      if (hits == diagonals.length) {
        diagonals = Arrays.copyOf(diagonals, hits * 2);
      }
      diagonals[hits++] = diagonal;
    }
  }

  /**
   * Candidate windows: diagonal ranges with their vote counts, best first. Owned by one caller
   * (filled by {@link #candidates}), holding nothing of the index.
   */
  public static final class Windows {
    final int[] lo;
    final int[] hi;
    final int[] votes;
    int size;

    public Windows(int capacity) {
      lo = new int[capacity];
      hi = new int[capacity];
      votes = new int[capacity];
    }

    void clear() {
      size = 0;
    }

    /** Keeps the {@code max} best by votes (insertion into a small sorted array). */
    void offer(int l, int h, int v, int max) {
      int cap = Math.min(max, lo.length);
      if (size == cap && votes[size - 1] >= v) {
        return;
      }
      int pos = size < cap ? size++ : size - 1;
      while (pos > 0 && votes[pos - 1] < v) {
        lo[pos] = lo[pos - 1];
        hi[pos] = hi[pos - 1];
        votes[pos] = votes[pos - 1];
        pos--;
      }
      lo[pos] = l;
      hi[pos] = h;
      votes[pos] = v;
    }

    public int size() {
      return size;
    }

    /** Lowest diagonal (stream position of the line's first piece if it matched there). */
    public int low(int i) {
      return lo[i];
    }

    public int high(int i) {
      return hi[i];
    }

    public int votes(int i) {
      return votes[i];
    }
  }

  private static final class IntBuffer {
    int[] data = new int[1024];
    int size;

    void add(int v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }
}

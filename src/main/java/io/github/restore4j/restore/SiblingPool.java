// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.model.FormModel;
import io.github.restore4j.normalize.Step;
import io.github.restore4j.normalize.TextNormalizer;
import io.github.restore4j.text.Folding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

/**
 * Clean sibling documents prepared for restoration. Expensive to index: build one and reuse it for
 * every degraded text restored against the same siblings.
 *
 * <pre>{@code
 * SiblingPool pool = SiblingPool.of(List.of(Sibling.of("004", clean)));
 * Restoration a = restorer.restore(degradedA, pool);
 * Restoration b = restorer.restore(degradedB, pool);  // reuses the index
 * }</pre>
 *
 * <p>Sibling texts are repaired as {@link TextNormalizer} does it by default, less its style steps:
 * mojibake, legacy Vietnamese encodings, NFC and invisible characters, look-alike letters.
 * Restoration reads the repaired text, but provenance ({@link RestoredLine#span()}) is given in the
 * caller's coordinates: UTF-16 offsets into {@link Sibling#text()} exactly as it was passed (and so
 * into the file it was decoded from), whatever the repair changed; a span edge that falls inside a
 * repaired word widens to the whole repaired stretch of that word.
 *
 * <p>Sibling ids must be unique: {@link RestoredLine#siblingId()} names the sibling a line came
 * from, and {@link #sibling(String)} looks it up. The index for each kind of degradation is built
 * on first use. Thread-safe.
 */
public final class SiblingPool {
  /**
   * The repairs a sibling from the web may need before its form is copied: mojibake, legacy
   * Vietnamese encodings, Unicode (NFC, zero-width and control characters), look-alike letters of
   * another script. Style (tone placement, quotes, spacing) is the sibling's own and stays.
   */
  static final TextNormalizer REPAIR = TextNormalizer.builder()
      .disable(Step.TONES).disable(Step.QUOTES).disable(Step.WHITESPACE).build();

  private final List<Sibling> siblings;
  private final Map<String, Integer> byId;
  private final String[] texts;
  /** Per sibling, the map from its repaired text back to its text; null when the repair changed nothing. */
  private final SourceMap[] maps;
  private final AtomicReferenceArray<PoolIndex> indexes =
      new AtomicReferenceArray<>(Folding.values().length);
  private final AtomicReferenceArray<int[]> sentences;
  private volatile FormModel formModel;
  private final Object[] locks = new Object[Folding.values().length];

  private SiblingPool(List<Sibling> siblings, Loop loop) {
    this.siblings = List.copyOf(siblings);
    this.byId = byId(this.siblings);
    this.texts = new String[this.siblings.size()];
    this.maps = new SourceMap[texts.length];
    loop.run(texts.length, i -> {
      String text = this.siblings.get(i).text();
      texts[i] = REPAIR.normalize(text);
      if (texts[i] != text) {
        SourceMap map = SourceMap.between(text, texts[i], REPAIR::normalize);
        maps[i] = map == SourceMap.IDENTITY ? null : map;
      }
    });
    this.sentences = new AtomicReferenceArray<>(texts.length);
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
    }
  }

  /**
   * A pool over these siblings (the list is copied). Repairs and maps each sibling's text, in
   * time linear in its length; indexes are built later, on first use.
   *
   * @param siblings the clean documents, with unique ids
   * @return the pool
   * @throws NullPointerException     if {@code siblings} or one of its elements is null
   * @throws IllegalArgumentException if two siblings have the same id (the message names it)
   */
  public static SiblingPool of(List<Sibling> siblings) {
    return of(siblings, (count, body) -> {
      for (int i = 0; i < count; i++) {
        body.accept(i);
      }
    });
  }

  /** As {@link #of(List)}, the siblings repaired by {@code loop} (the restorer's threads). */
  static SiblingPool of(List<Sibling> siblings, Loop loop) {
    Objects.requireNonNull(siblings, "siblings");
    for (int i = 0; i < siblings.size(); i++) {
      Objects.requireNonNull(siblings.get(i), "siblings[" + i + "]");
    }
    return new SiblingPool(siblings, loop);
  }

  /** Runs {@code body} for {@code 0 .. count - 1}, in any order, on any threads; returns when all ran. */
  interface Loop {
    void run(int count, IntConsumer body);
  }

  private static Map<String, Integer> byId(List<Sibling> siblings) {
    Map<String, Integer> ids = new HashMap<>(siblings.size() * 2);
    for (int i = 0; i < siblings.size(); i++) {
      Integer before = ids.putIfAbsent(siblings.get(i).id(), i);
      if (before != null) {
        throw new IllegalArgumentException("duplicate sibling id \"" + siblings.get(i).id()
            + "\" (siblings " + before + " and " + i + "): ids name the sibling a line came from");
      }
    }
    return ids;
  }

  /**
   * The siblings as given, in order.
   *
   * @return an unmodifiable list
   */
  public List<Sibling> siblings() {
    return siblings;
  }

  /**
   * The sibling with this id, as given: the text that {@link RestoredLine#span()} indexes.
   *
   * <pre>{@code
   * line.siblingId().flatMap(pool::sibling)
   *     .map(s -> s.text().substring(line.span().start(), line.span().end()))
   * }</pre>
   *
   * @param id a sibling id, as {@link RestoredLine#siblingId()} reports it
   * @return the sibling, or empty when no sibling of the pool has this id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Sibling> sibling(String id) {
    Integer doc = byId.get(Objects.requireNonNull(id, "id"));
    return doc == null ? Optional.empty() : Optional.of(siblings.get(doc));
  }

  /**
   * The number of siblings.
   *
   * @return how many siblings the pool holds
   */
  public int size() {
    return texts.length;
  }

  /**
   * A short description for logs: counts, not texts.
   *
   * @return e.g. {@code "SiblingPool{3 siblings, 48,214 chars, 1 repaired}"}
   */
  @Override
  public String toString() {
    long chars = 0;
    int repaired = 0;
    for (int i = 0; i < texts.length; i++) {
      chars += siblings.get(i).text().length();
      if (texts[i] != siblings.get(i).text()) {
        repaired++;
      }
    }
    return String.format(java.util.Locale.ROOT, "SiblingPool{%d siblings, %,d chars, %d repaired}",
        texts.length, chars, repaired);
  }

  /** The text of sibling {@code doc} as restoration reads it, repaired; the engine's offsets point into it. */
  String text(int doc) {
    return texts[doc];
  }

  /**
   * The span of the caller's text of sibling {@code doc} that repaired offsets {@code [start, end)}
   * were made from (see {@link SourceMap}).
   */
  Span sourceSpan(int doc, int start, int end) {
    SourceMap map = maps[doc];
    return map == null ? Span.of(start, end) : Span.of(map.start(start), map.end(end));
  }

  String id(int doc) {
    return siblings.get(doc).id();
  }

  /**
   * The form model learned from this pool's texts (as restoration reads them, repaired): the
   * fallback of {@link RestoreOptions.Builder#fallbackFromPool()}. Learned on the first call (about
   * a second per 5 MB of text), then kept with the pool.
   *
   * @return the pool's form model
   */
  public FormModel formModel() {
    FormModel m = formModel;
    if (m == null) {
      synchronized (this) {
        m = formModel;
        if (m == null) {
          m = FormModel.learn(java.util.Arrays.asList(texts));
          formModel = m;
        }
      }
    }
    return m;
  }

  /**
   * A sibling's text as every pool reads it: repaired ({@link #REPAIR}: mojibake, legacy
   * Vietnamese encodings, NFC, invisible characters, look-alike letters), its style kept. For
   * callers that find candidate siblings themselves (a distributed job keying a corpus) and must key
   * them exactly as the pool will align them.
   *
   * <pre>{@code
   * SiblingPool.repair("Ti\u00ea\u0301ng Vi\u00ea\u0323t")   // "Tiếng Việt" (NFC)
   * }</pre>
   *
   * @param text a sibling's text as given
   * @return the repaired text ({@code text} itself when nothing needed repair)
   * @throws NullPointerException if {@code text} is null
   */
  public static String repair(String text) {
    return REPAIR.normalize(Objects.requireNonNull(text, "text"));
  }

  /** Whether the index under {@code folding} is built. */
  boolean hasIndex(Folding folding) {
    return indexes.get(folding.ordinal()) != null;
  }

  PoolIndex index(Folding folding) {
    PoolIndex index = indexes.get(folding.ordinal());
    if (index == null) {
      // one lock per folding: indexes under different foldings are built at the same time
      synchronized (locks[folding.ordinal()]) {
        index = indexes.get(folding.ordinal());
        if (index == null) {
          index = PoolIndex.build(texts, folding);
          indexes.set(folding.ordinal(), index);
        }
      }
    }
    return index;
  }

  /** The last sentence boundary at or before {@code offset} in document {@code doc} (0 if none). */
  int sentenceStartAtOrBefore(int doc, int offset) {
    int[] bounds = sentenceBoundaries(doc);
    int i = java.util.Arrays.binarySearch(bounds, offset);
    return i >= 0 ? bounds[i] : (-i - 2 >= 0 ? bounds[-i - 2] : 0);
  }

  /** The first sentence boundary at or after {@code offset} ({@link Integer#MAX_VALUE} if none). */
  int sentenceEndAtOrAfter(int doc, int offset) {
    int[] bounds = sentenceBoundaries(doc);
    int i = java.util.Arrays.binarySearch(bounds, offset);
    return i >= 0 ? bounds[i] : (-i - 1 < bounds.length ? bounds[-i - 1] : Integer.MAX_VALUE);
  }

  /** Sentence starts of a document (ICU sentence boundaries, including 0 and the text length). */
  private int[] sentenceBoundaries(int doc) {
    int[] b = sentences.get(doc);
    if (b == null) {
      b = computeBoundaries(texts[doc]);
      sentences.set(doc, b);
    }
    return b;
  }

  private static int[] computeBoundaries(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(ULocale.ROOT);
    it.setText(text);
    int[] b = new int[64];
    int n = 0;
    for (int p = it.first(); p != BreakIterator.DONE; p = it.next()) {
      if (n == b.length) {
        b = java.util.Arrays.copyOf(b, n * 2);
      }
      b[n++] = p;
    }
    return java.util.Arrays.copyOf(b, n);
  }
}

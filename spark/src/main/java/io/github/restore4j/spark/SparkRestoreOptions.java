// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.spark;

import io.github.restore4j.restore.RestoreOptions;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link SparkRestorer} finds candidate siblings and spreads the work. Immutable and
 * serializable (executors receive it); build with {@link #builder()} or take {@link #defaults()}.
 *
 * <pre>{@code
 * SparkRestoreOptions o = SparkRestoreOptions.builder().maxDf(50).maxCandidates(8).build();
 * }</pre>
 *
 * <p>The defaults: keys are winnowed 16-letter k-grams in windows of 12 (a shared run of 27 letters,
 * four or five words, is always seen); a key found in more than 100 siblings is boilerplate and
 * dropped (passim's {@code maxDF}); each degraded document is restored against its 16 siblings
 * that share the most keys with it, plus the 2 best of each of its lines; a sibling that is a
 * candidate of more than 64 documents is salted over 16 buckets; a pool of at most 50,000,000
 * characters is broadcast instead of joined.
 */
public final class SparkRestoreOptions implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final SparkRestoreOptions DEFAULTS = builder().build();

  private final int gramLength;
  private final int window;
  private final int maxDf;
  private final int maxCandidates;
  private final int lineCandidates;
  private final int hotSibling;
  private final int saltBuckets;
  private final long broadcastChars;
  private final int partitions;
  private final Locale language;
  private final int maxLineLength;

  private SparkRestoreOptions(Builder b) {
    gramLength = b.gramLength;
    window = b.window;
    maxDf = b.maxDf;
    maxCandidates = b.maxCandidates;
    lineCandidates = b.lineCandidates;
    hotSibling = b.hotSibling;
    saltBuckets = b.saltBuckets;
    broadcastChars = b.broadcastChars;
    partitions = b.partitions;
    language = b.language;
    maxLineLength = b.maxLineLength;
  }

  /**
   * The defaults listed in the class comment.
   *
   * @return the default options
   */
  public static SparkRestoreOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder with every setting at its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Letters in one k-gram key.
   *
   * @return the k-gram length in letters
   */
  public int gramLength() {
    return gramLength;
  }

  /**
   * Consecutive k-grams of which winnowing keeps the smallest hash.
   *
   * @return the winnowing window in k-grams
   */
  public int window() {
    return window;
  }

  /**
   * Siblings a key may occur in and still count; commoner keys are dropped.
   *
   * @return the document-frequency cut-off
   */
  public int maxDf() {
    return maxDf;
  }

  /**
   * Siblings, by keys shared with the whole document, a document is restored against.
   *
   * @return the candidates per document
   */
  public int maxCandidates() {
    return maxCandidates;
  }

  /**
   * Siblings, by keys shared with one line, added for each line of a document.
   *
   * @return the candidates added per line
   */
  public int lineCandidates() {
    return lineCandidates;
  }

  /**
   * Documents a sibling may be a candidate of before its text is salted over several buckets.
   *
   * @return the count above which a sibling is hot
   */
  public int hotSibling() {
    return hotSibling;
  }

  /**
   * Buckets a hot sibling's text is copied to, so that its documents spread over that many tasks.
   *
   * @return the number of salt buckets
   */
  public int saltBuckets() {
    return saltBuckets;
  }

  /**
   * Largest pool, in characters, that is broadcast to every executor instead of joined.
   *
   * @return the broadcast limit in characters; 0 never broadcasts
   */
  public long broadcastChars() {
    return broadcastChars;
  }

  /**
   * Partitions the restore stage runs in; 0 chooses four per core of the cluster, at most one per
   * document.
   *
   * @return the number of restore partitions, or 0
   */
  public int partitions() {
    return partitions;
  }

  /**
   * The language for locale-sensitive case mapping, as {@link RestoreOptions#language()}.
   *
   * @return the language, or empty for neutral case mapping
   */
  public Optional<Locale> language() {
    return Optional.ofNullable(language);
  }

  /**
   * The options each executor restores with: one thread per task (Spark runs the tasks in
   * parallel), this language and line length limit.
   *
   * @return the core restore options
   */
  public RestoreOptions restoreOptions() {
    RestoreOptions.Builder b = RestoreOptions.builder().maxLineLength(maxLineLength);
    if (language != null) {
      b.language(language);
    }
    return b.build();
  }

  /** Builds {@link SparkRestoreOptions}; every setter may be called once. */
  public static final class Builder {
    private int gramLength = 16;
    private int window = 12;
    private int maxDf = 100;
    private int maxCandidates = 16;
    private int lineCandidates = 2;
    private int hotSibling = 64;
    private int saltBuckets = 16;
    private long broadcastChars = 50_000_000L;
    private int partitions;
    private Locale language;
    private int maxLineLength = 1_000_000;
    private final java.util.Set<String> set = new java.util.HashSet<>();

    private Builder() {}

    /**
     * Sets the letters in one k-gram key (at least 4).
     *
     * @param gramLength the k-gram length
     * @return this builder
     * @throws IllegalArgumentException if it is below 4
     * @throws IllegalStateException    if it was already set
     */
    public Builder gramLength(int gramLength) {
      once("gramLength");
      this.gramLength = atLeast(gramLength, 4, "gramLength");
      return this;
    }

    /**
     * Sets the winnowing window in k-grams (at least 1).
     *
     * @param window the window
     * @return this builder
     * @throws IllegalArgumentException if it is below 1
     * @throws IllegalStateException    if it was already set
     */
    public Builder window(int window) {
      once("window");
      this.window = atLeast(window, 1, "window");
      return this;
    }

    /**
     * Sets the document-frequency cut-off (at least 1).
     *
     * @param maxDf the most siblings a kept key occurs in
     * @return this builder
     * @throws IllegalArgumentException if it is below 1
     * @throws IllegalStateException    if it was already set
     */
    public Builder maxDf(int maxDf) {
      once("maxDf");
      this.maxDf = atLeast(maxDf, 1, "maxDf");
      return this;
    }

    /**
     * Sets the candidates per document (at least 1).
     *
     * @param maxCandidates the siblings kept per document
     * @return this builder
     * @throws IllegalArgumentException if it is below 1
     * @throws IllegalStateException    if it was already set
     */
    public Builder maxCandidates(int maxCandidates) {
      once("maxCandidates");
      this.maxCandidates = atLeast(maxCandidates, 1, "maxCandidates");
      return this;
    }

    /**
     * Sets the candidates added per line (0 adds none).
     *
     * @param lineCandidates the siblings added per line
     * @return this builder
     * @throws IllegalArgumentException if it is negative
     * @throws IllegalStateException    if it was already set
     */
    public Builder lineCandidates(int lineCandidates) {
      once("lineCandidates");
      this.lineCandidates = atLeast(lineCandidates, 0, "lineCandidates");
      return this;
    }

    /**
     * Sets how many documents make a sibling hot (at least 1).
     *
     * @param hotSibling the count above which a sibling's text is salted
     * @return this builder
     * @throws IllegalArgumentException if it is below 1
     * @throws IllegalStateException    if it was already set
     */
    public Builder hotSibling(int hotSibling) {
      once("hotSibling");
      this.hotSibling = atLeast(hotSibling, 1, "hotSibling");
      return this;
    }

    /**
     * Sets the buckets a hot sibling is spread over (at least 1).
     *
     * @param saltBuckets the number of buckets
     * @return this builder
     * @throws IllegalArgumentException if it is below 1
     * @throws IllegalStateException    if it was already set
     */
    public Builder saltBuckets(int saltBuckets) {
      once("saltBuckets");
      this.saltBuckets = atLeast(saltBuckets, 1, "saltBuckets");
      return this;
    }

    /**
     * Sets the largest pool, in characters, that is broadcast (0 never broadcasts).
     *
     * @param broadcastChars the limit
     * @return this builder
     * @throws IllegalArgumentException if it is negative
     * @throws IllegalStateException    if it was already set
     */
    public Builder broadcastChars(long broadcastChars) {
      once("broadcastChars");
      if (broadcastChars < 0) {
        throw new IllegalArgumentException("broadcastChars must not be negative: " + broadcastChars);
      }
      this.broadcastChars = broadcastChars;
      return this;
    }

    /**
     * Sets the partitions of the restore stage (0 chooses).
     *
     * @param partitions the number of partitions, or 0
     * @return this builder
     * @throws IllegalArgumentException if it is negative
     * @throws IllegalStateException    if it was already set
     */
    public Builder partitions(int partitions) {
      once("partitions");
      this.partitions = atLeast(partitions, 0, "partitions");
      return this;
    }

    /**
     * Sets the language for locale-sensitive case mapping.
     *
     * @param language the language
     * @return this builder
     * @throws NullPointerException  if it is null
     * @throws IllegalStateException if it was already set
     */
    public Builder language(Locale language) {
      once("language");
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Sets the longest line accepted, as {@link RestoreOptions#maxLineLength()}.
     *
     * @param maxLineLength the limit in characters (at least 1)
     * @return this builder
     * @throws IllegalArgumentException if it is below 1
     * @throws IllegalStateException    if it was already set
     */
    public Builder maxLineLength(int maxLineLength) {
      once("maxLineLength");
      this.maxLineLength = atLeast(maxLineLength, 1, "maxLineLength");
      return this;
    }

    /**
     * The options.
     *
     * @return the options built
     */
    public SparkRestoreOptions build() {
      return new SparkRestoreOptions(this);
    }

    private void once(String name) {
      if (!set.add(name)) {
        throw new IllegalStateException(name + " was already set");
      }
    }

    private static int atLeast(int value, int min, String name) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
      }
      return value;
    }
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.model.FormModel;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * How a {@link Restorer} works. Immutable; build with {@link #builder()} or take {@link #defaults()}.
 *
 * <pre>{@code
 * RestoreOptions o = RestoreOptions.builder().language(Locale.forLanguageTag("tr")).parallelism(4).build();
 * RestoreOptions p = o.toBuilder().maxLineLength(10_000).build();   // the same, lines up to 10,000 chars
 * }</pre>
 *
 * <p>The kind of degradation (lowercase, stripped diacritics, punctuation deleted or turned into
 * spaces, digits kept, tokenizer output, capitals) is detected from the degraded text and needs no
 * option.
 *
 * <p>Where no sibling covers a line or a word, a fallback {@link FormModel} may choose its
 * diacritics and case: one given ({@link Builder#fallback(FormModel)}), or one learned from the pool
 * restored against ({@link Builder#fallbackFromPool()}, learned once per pool and kept with it).
 * Sibling evidence always wins; lines siblings cover come out exactly as without a fallback.
 *
 * <pre>{@code
 * RestoreOptions.builder().fallbackFromPool().build();                 // restore --fallback
 * RestoreOptions.builder().fallback(FormModel.load(file)).build();     // restore --model FILE
 * }</pre>
 */
public final class RestoreOptions {
  private static final RestoreOptions DEFAULTS = builder().build();

  private final Locale language;
  private final int parallelism;
  private final Executor executor;
  private final int maxLineLength;
  private final FormModel fallback;
  private final boolean fallbackFromPool;
  private final double fallbackMinConfidence;

  private RestoreOptions(Builder b) {
    this.fallback = b.fallback;
    this.fallbackFromPool = b.fallbackFromPool;
    this.fallbackMinConfidence = b.fallbackMinConfidence;
    this.language = b.language;
    this.parallelism = b.parallelism;
    this.executor = b.executor;
    this.maxLineLength = b.maxLineLength;
  }

  /**
   * Neutral case mapping, one thread, lines up to 1,000,000 characters.
   *
   * @return the default options (a shared immutable instance)
   */
  public static RestoreOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder with the defaults of {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from these options; each setter may still be called once, and replaces
   * the value taken from here.
   *
   * <pre>{@code
   * RestoreOptions.defaults().toBuilder().parallelism(4).build()
   * }</pre>
   *
   * @return a new builder with these options' values
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.language = language;
    b.parallelism = parallelism;
    b.executor = executor;
    b.maxLineLength = maxLineLength;
    b.fallback = fallback;
    b.fallbackFromPool = fallbackFromPool;
    b.fallbackMinConfidence = fallbackMinConfidence;
    return b;
  }

  /**
   * The language for locale-sensitive case mapping (Turkish dotted i).
   *
   * @return the language, or empty for neutral case mapping
   */
  public Optional<Locale> language() {
    return Optional.ofNullable(language);
  }

  /**
   * How many lines are aligned at once; the output does not depend on it.
   *
   * @return at least 1
   */
  public int parallelism() {
    return parallelism;
  }

  /**
   * The executor lines are aligned on when {@link #parallelism()} is above 1.
   *
   * @return the caller's executor, or empty when the restorer makes its own threads
   */
  public Optional<Executor> executor() {
    return Optional.ofNullable(executor);
  }

  /**
   * Lines longer than this many characters are rejected with
   * {@link io.github.restore4j.InvalidInputException}.
   *
   * @return the longest line accepted, in UTF-16 units
   */
  public int maxLineLength() {
    return maxLineLength;
  }

  /**
   * The model that chooses the form of words no sibling covers, when one was given.
   *
   * @return the fallback model, or empty (none given; see also {@link #fallbackFromPool()})
   */
  public Optional<FormModel> fallback() {
    return Optional.ofNullable(fallback);
  }

  /**
   * Whether a fallback model is learned from the pool restored against ({@link SiblingPool#formModel()}).
   *
   * @return true when the pool's own model is the fallback
   */
  public boolean fallbackFromPool() {
    return fallbackFromPool;
  }

  /**
   * The confidence a fallback model's form must reach to change a word
   * ({@link FormModel#DEFAULT_MIN_CONFIDENCE} unless set).
   *
   * @return the threshold, in [0, 1]
   */
  public double fallbackMinConfidence() {
    return fallbackMinConfidence;
  }

  /**
   * A short description for logs.
   *
   * @return e.g. {@code "RestoreOptions{language=tr, parallelism=4, maxLineLength=1000000}"}
   */
  @Override
  public String toString() {
    return "RestoreOptions{language=" + (language == null ? "neutral" : language.toLanguageTag())
        + ", parallelism=" + parallelism + (executor == null ? "" : ", executor=" + executor)
        + ", maxLineLength=" + maxLineLength
        + (fallback != null ? ", fallback=model" : fallbackFromPool ? ", fallback=pool" : "")
        + (fallback != null || fallbackFromPool ? ", fallbackMinConfidence=" + fallbackMinConfidence : "")
        + '}';
  }

  /**
   * Builds {@link RestoreOptions}; every setter may be called once (values taken over by
   * {@link RestoreOptions#toBuilder()} do not count as calls).
   */
  public static final class Builder {
    private Locale language;
    private int parallelism = 1;
    private Executor executor;
    private int maxLineLength = 1_000_000;
    private boolean languageSet;
    private boolean parallelismSet;
    private boolean executorSet;
    private boolean maxLineLengthSet;
    private FormModel fallback;
    private boolean fallbackFromPool;
    private double fallbackMinConfidence = FormModel.DEFAULT_MIN_CONFIDENCE;
    private boolean fallbackMinConfidenceSet;
    private boolean fallbackSet;

    private Builder() {}

    /**
     * Uses {@code model} for the lines and words no sibling covers (a model trained once on a large
     * corpus and {@link FormModel#load loaded}).
     *
     * @param model the fallback model
     * @return this builder
     * @throws IllegalStateException if a fallback was already chosen
     */
    public Builder fallback(FormModel model) {
      requireNoFallback();
      this.fallback = Objects.requireNonNull(model, "model");
      this.fallbackFromPool = false;
      fallbackSet = true;
      return this;
    }

    /**
     * Uses a model learned from the pool restored against for the lines and words no sibling covers
     * (learned on first use and kept with the pool: {@link SiblingPool#formModel()}).
     *
     * @return this builder
     * @throws IllegalStateException if a fallback was already chosen
     */
    public Builder fallbackFromPool() {
      requireNoFallback();
      this.fallbackFromPool = true;
      this.fallback = null;
      fallbackSet = true;
      return this;
    }

    /**
     * The confidence the fallback's best form must reach for a word to change; below it the word
     * keeps the copy's form.
     *
     * @param minConfidence in [0, 1]; {@link FormModel#DEFAULT_MIN_CONFIDENCE} by default
     * @return this builder
     * @throws IllegalArgumentException if out of [0, 1]
     * @throws IllegalStateException    if already set
     */
    public Builder fallbackMinConfidence(double minConfidence) {
      requireUnset(fallbackMinConfidenceSet, "fallbackMinConfidence", this.fallbackMinConfidence);
      if (!(minConfidence >= 0 && minConfidence <= 1)) {
        throw new IllegalArgumentException("fallbackMinConfidence out of [0, 1]: " + minConfidence);
      }
      this.fallbackMinConfidence = minConfidence;
      fallbackMinConfidenceSet = true;
      return this;
    }

    private void requireNoFallback() {
      if (fallbackSet) {
        throw new IllegalStateException("the fallback was already set to "
            + (fallback != null ? "a model" : "the pool's model"));
      }
    }

    /**
     * Case-maps by the rules of {@code language} (Turkish and Azerbaijani dotted i, Lithuanian).
     *
     * @param language the copy's language
     * @return this builder
     * @throws IllegalStateException if the language was already set
     * @throws NullPointerException if {@code language} is null
     */
    public Builder language(Locale language) {
      requireUnset(languageSet, "language", this.language);
      this.language = Objects.requireNonNull(language, "language");
      languageSet = true;
      return this;
    }

    /**
     * Aligns up to {@code parallelism} lines at once (default 1); the output does not depend on it.
     *
     * @param parallelism at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code parallelism < 1}
     * @throws IllegalStateException if the parallelism was already set
     */
    public Builder parallelism(int parallelism) {
      requireUnset(parallelismSet, "parallelism", this.parallelism);
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
      }
      this.parallelism = parallelism;
      parallelismSet = true;
      return this;
    }

    /**
     * Runs line alignment on this executor (the caller owns and shuts it down); needs a
     * parallelism above 1.
     *
     * @param executor the executor
     * @return this builder
     * @throws IllegalStateException if the executor was already set
     * @throws NullPointerException if {@code executor} is null
     */
    public Builder executor(Executor executor) {
      requireUnset(executorSet, "executor", this.executor);
      this.executor = Objects.requireNonNull(executor, "executor");
      executorSet = true;
      return this;
    }

    /**
     * Rejects lines longer than this many UTF-16 units (default 1,000,000) with
     * {@link io.github.restore4j.InvalidInputException}.
     *
     * @param maxLineLength at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxLineLength < 1}
     * @throws IllegalStateException if the limit was already set
     */
    public Builder maxLineLength(int maxLineLength) {
      requireUnset(maxLineLengthSet, "maxLineLength", this.maxLineLength);
      if (maxLineLength < 1) {
        throw new IllegalArgumentException("maxLineLength must be positive: " + maxLineLength);
      }
      this.maxLineLength = maxLineLength;
      maxLineLengthSet = true;
      return this;
    }

    /**
     * The options set so far, the defaults for the rest.
     *
     * @return the options
     * @throws IllegalStateException if an executor was given with a parallelism of 1
     */
    public RestoreOptions build() {
      if (executor != null && parallelism == 1) {
        throw new IllegalStateException("an executor was given but parallelism is 1");
      }
      if (fallbackMinConfidenceSet && fallback == null && !fallbackFromPool) {
        throw new IllegalStateException("fallbackMinConfidence was set but no fallback model");
      }
      return new RestoreOptions(this);
    }

    private static void requireUnset(boolean set, String name, Object value) {
      if (set) {
        throw new IllegalStateException(name + " was already set to " + value);
      }
    }
  }
}

package io.github.restore4j.restore;

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
 */
public final class RestoreOptions {
  private static final RestoreOptions DEFAULTS = builder().build();

  private final Locale language;
  private final int parallelism;
  private final Executor executor;
  private final int maxLineLength;

  private RestoreOptions(Builder b) {
    this.language = b.language;
    this.parallelism = b.parallelism;
    this.executor = b.executor;
    this.maxLineLength = b.maxLineLength;
  }

  /** Neutral case mapping, one thread, lines up to 1,000,000 characters. */
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
    return b;
  }

  /** The language for locale-sensitive case mapping (Turkish dotted i); empty means neutral. */
  public Optional<Locale> language() {
    return Optional.ofNullable(language);
  }

  /** How many lines are aligned at once; the output does not depend on it. */
  public int parallelism() {
    return parallelism;
  }

  /** The executor lines are aligned on when {@link #parallelism()} is above 1, if the caller gave one. */
  public Optional<Executor> executor() {
    return Optional.ofNullable(executor);
  }

  /** Lines longer than this many characters are rejected with {@link io.github.restore4j.InvalidInputException}. */
  public int maxLineLength() {
    return maxLineLength;
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
        + ", maxLineLength=" + maxLineLength + '}';
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

    private Builder() {}

    public Builder language(Locale language) {
      requireUnset(languageSet, "language", this.language);
      this.language = Objects.requireNonNull(language, "language");
      languageSet = true;
      return this;
    }

    public Builder parallelism(int parallelism) {
      requireUnset(parallelismSet, "parallelism", this.parallelism);
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
      }
      this.parallelism = parallelism;
      parallelismSet = true;
      return this;
    }

    /** Runs line alignment on this executor (the caller owns and shuts it down). */
    public Builder executor(Executor executor) {
      requireUnset(executorSet, "executor", this.executor);
      this.executor = Objects.requireNonNull(executor, "executor");
      executorSet = true;
      return this;
    }

    public Builder maxLineLength(int maxLineLength) {
      requireUnset(maxLineLengthSet, "maxLineLength", this.maxLineLength);
      if (maxLineLength < 1) {
        throw new IllegalArgumentException("maxLineLength must be positive: " + maxLineLength);
      }
      this.maxLineLength = maxLineLength;
      maxLineLengthSet = true;
      return this;
    }

    public RestoreOptions build() {
      if (executor != null && parallelism == 1) {
        throw new IllegalStateException("an executor was given but parallelism is 1");
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

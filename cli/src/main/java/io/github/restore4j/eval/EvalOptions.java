// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import io.github.restore4j.restore.Sibling;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link Evaluation} runs. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * EvalOptions o = EvalOptions.builder()
 *     .corpora(List.of(Corpus.read(Path.of("testdata/corpora/uk-uagec"))))
 *     .profiles(List.of(Profile.SEED, Profile.SHUFFLED))
 *     .maxDocuments(10)
 *     .threads(2)
 *     .build();
 * }</pre>
 */
public final class EvalOptions {
  private final List<Corpus> corpora;
  private final List<Profile> profiles;
  private final List<Sibling> distractors;
  private final int maxDocuments;
  private final long seed;
  private final int threads;
  private final int examples;

  private EvalOptions(Builder b) {
    this.corpora = List.copyOf(b.corpora);
    this.profiles = List.copyOf(b.profiles);
    this.distractors = List.copyOf(b.distractors);
    this.maxDocuments = b.maxDocuments;
    this.seed = b.seed;
    this.threads = b.threads;
    this.examples = b.examples;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The corpora, in report order. */
  public List<Corpus> corpora() {
    return corpora;
  }

  /** The profiles, in report order; every profile unless set. */
  public List<Profile> profiles() {
    return profiles;
  }

  /** Clean documents added to every pool and never degraded; none unless set. */
  public List<Sibling> distractors() {
    return distractors;
  }

  /** The most documents per corpus that are degraded and restored (all of them serve as siblings); 50 unless set. */
  public int maxDocuments() {
    return maxDocuments;
  }

  /** The seed of every random choice (sample, shuffles, typos' seed mix, editions); 1 unless set. */
  public long seed() {
    return seed;
  }

  /** Threads for restoring and scoring; the report does not depend on it. 1 unless set. */
  public int threads() {
    return threads;
  }

  /** How many lines restore4j got wrong each row keeps as {@link Example}s; 0 unless set. */
  public int examples() {
    return examples;
  }

  /** Builds {@link EvalOptions}; every setter may be called once, and corpora must be set. */
  public static final class Builder {
    private List<Corpus> corpora;
    private List<Profile> profiles = List.of(Profile.values());
    private List<Sibling> distractors = List.of();
    private int maxDocuments = 50;
    private long seed = 1;
    private int threads = 1;
    private int examples;
    private int calls;

    private Builder() {}

    /** The corpora to evaluate on, at least one, names unique. */
    public Builder corpora(List<Corpus> corpora) {
      requireFirstCall(0, "corpora");
      List<Corpus> c = List.copyOf(corpora);
      if (c.isEmpty()) {
        throw new IllegalArgumentException("corpora must not be empty");
      }
      if (c.stream().map(Corpus::name).distinct().count() != c.size()) {
        throw new IllegalArgumentException("two corpora have one name");
      }
      this.corpora = c;
      return this;
    }

    /** The profiles to run, at least one; repeats count once. */
    public Builder profiles(Collection<Profile> profiles) {
      requireFirstCall(1, "profiles");
      List<Profile> p = new ArrayList<>(new LinkedHashSet<>(profiles));
      p.forEach(x -> Objects.requireNonNull(x, "profile"));
      if (p.isEmpty()) {
        throw new IllegalArgumentException("profiles must not be empty");
      }
      this.profiles = p;
      return this;
    }

    public Builder distractors(List<Sibling> distractors) {
      requireFirstCall(2, "distractors");
      this.distractors = List.copyOf(distractors);
      return this;
    }

    public Builder maxDocuments(int maxDocuments) {
      requireFirstCall(3, "maxDocuments");
      if (maxDocuments < 1) {
        throw new IllegalArgumentException("maxDocuments must be positive: " + maxDocuments);
      }
      this.maxDocuments = maxDocuments;
      return this;
    }

    public Builder seed(long seed) {
      requireFirstCall(4, "seed");
      this.seed = seed;
      return this;
    }

    public Builder threads(int threads) {
      requireFirstCall(5, "threads");
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be positive: " + threads);
      }
      this.threads = threads;
      return this;
    }

    public Builder examples(int examples) {
      requireFirstCall(6, "examples");
      if (examples < 0) {
        throw new IllegalArgumentException("examples must not be negative: " + examples);
      }
      this.examples = examples;
      return this;
    }

    /** @throws IllegalStateException if no corpora were set */
    public EvalOptions build() {
      if (corpora == null) {
        throw new IllegalStateException("corpora were not set");
      }
      return new EvalOptions(this);
    }

    private void requireFirstCall(int bit, String name) {
      if ((calls & (1 << bit)) != 0) {
        throw new IllegalStateException(name + " was already set");
      }
      calls |= 1 << bit;
    }
  }
}

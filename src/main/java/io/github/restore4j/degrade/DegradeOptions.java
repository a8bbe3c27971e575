// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Degrader} does to clean text: one option per kind of degradation. Immutable and
 * thread-safe; build with {@link #builder()}, start from a preset ({@link #seed()}, {@link #ascii()},
 * {@link #split()}, {@link #digits()}, {@link #tokenizer()}, {@link #asr()}, {@link #transcript()}), or adjust a preset with
 * {@link #toBuilder()}.
 *
 * <pre>{@code
 * DegradeOptions o = DegradeOptions.seed().toBuilder().truncateChars(3057).build();
 * Degrader.create(o).degrade(readString(Path.of("testdata/seeds/004_122364f8869732ab.txt")))
 *     .equals(readString(Path.of("testdata/seeds/001_112bc054fcd8705d.txt")))   // true
 * }</pre>
 *
 * <p>Per line, the stages run in this order: NFC; {@linkplain #spellNumbers() numbers as words};
 * case mapping; {@linkplain #toneArtifact() tone artifact} (it needs the punctuation);
 * {@linkplain #stripDiacritics() diacritics} (or {@linkplain #stripMarks() marks}); punctuation and digits; {@linkplain #wordErrorRate()
 * word errors}; {@linkplain #compoundJoinRate() compound joining}; the {@linkplain #maxWordsPerLine()
 * word limit}; {@linkplain #typoRate() typos}; NFC. Then lines are joined and the document is
 * {@linkplain #truncateChars() truncated}.
 *
 * <p>Every builder setter may be called once (a preset's values do not count as calls) and rejects
 * {@code null} with a {@link NullPointerException} naming the argument and out-of-range numbers with an
 * {@link IllegalArgumentException}; {@link Builder#build()} rejects settings that contradict each other
 * with an {@link IllegalStateException}.
 */
public final class DegradeOptions {
  private static final DegradeOptions SEED =
      builder()
          .sentencePerLine(true)
          .caseMode(CaseMode.LOWER)
          .punctuation(PunctuationMode.DELETE)
          .keepDigits(false)
          .toneArtifact(true)
          .maxWordsPerLine(40)
          .build();
  private static final DegradeOptions ASCII =
      builder().sentencePerLine(true).stripDiacritics(true).build();
  private static final DegradeOptions SPLIT =
      builder().sentencePerLine(true).punctuation(PunctuationMode.SPACE).build();
  private static final DegradeOptions DIGITS =
      builder().sentencePerLine(true).keepDigits(true).build();
  private static final DegradeOptions TOKENIZER =
      builder()
          .sentencePerLine(true)
          .caseMode(CaseMode.KEEP)
          .punctuation(PunctuationMode.TOKENIZE)
          .keepDigits(true)
          .compoundJoinRate(0.3)
          .build();
  private static final DegradeOptions ASR =
      builder().singleLine(true).caseMode(CaseMode.UPPER).typoRate(0.02).build();
  private static final DegradeOptions TRANSCRIPT =
      builder().singleLine(true).caseMode(CaseMode.UPPER).spellNumbers(true).wordErrorRate(0.25).build();

  private final CaseMode caseMode;
  private final Locale language;
  private final PunctuationMode punctuation;
  private final double compoundJoinRate;
  private final boolean keepDigits;
  private final boolean stripDiacritics;
  private final boolean toneArtifact;
  private final boolean sentencePerLine;
  private final boolean singleLine;
  private final int maxWordsPerLine;
  private final int truncateChars;
  private final double typoRate;
  private final double wordErrorRate;
  private final boolean spellNumbers;
  private final boolean stripMarks;
  private final long seed;

  private DegradeOptions(Builder b) {
    this.caseMode = b.caseMode;
    this.language = b.language;
    this.punctuation = b.punctuation;
    this.compoundJoinRate = b.compoundJoinRate;
    this.keepDigits = b.keepDigits;
    this.stripDiacritics = b.stripDiacritics;
    this.toneArtifact = b.toneArtifact;
    this.sentencePerLine = b.sentencePerLine;
    this.singleLine = b.singleLine;
    this.maxWordsPerLine = b.maxWordsPerLine;
    this.truncateChars = b.truncateChars;
    this.typoRate = b.typoRate;
    this.wordErrorRate = b.wordErrorRate;
    this.spellNumbers = b.spellNumbers;
    this.stripMarks = b.stripMarks;
    this.seed = b.seed;
  }

  /**
   * A builder with the defaults: {@link CaseMode#LOWER}, {@link PunctuationMode#DELETE}, digits
   * deleted, line structure kept 1:1, everything else off.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Exactly the degradation of the seed pair (testdata/seeds 004 → 001): one sentence per line,
   * lowercase, punctuation and digits deleted, the tone artifact, at most 40 words per line. To
   * reproduce the seed copy byte for byte, add {@code truncateChars(n)} with n the copy's length in
   * code points (3057): {@code seed().toBuilder().truncateChars(3057).build()}.
   *
   * @return the preset
   */
  public static DegradeOptions seed() {
    return SEED;
  }

  /**
   * One sentence per line, lowercase, no punctuation, no digits, no diacritics ({@code "đã"} → {@code "da"}).
   *
   * @return the preset
   */
  public static DegradeOptions ascii() {
    return ASCII;
  }

  /**
   * One sentence per line, lowercase, punctuation and digits turned into spaces.
   *
   * @return the preset
   */
  public static DegradeOptions split() {
    return SPLIT;
  }

  /**
   * One sentence per line, lowercase, punctuation deleted, digits kept ({@code "4/10"} → {@code "410"}).
   *
   * @return the preset
   */
  public static DegradeOptions digits() {
    return DIGITS;
  }

  /**
   * Word-segmenter output: one sentence per line, case and digits kept, punctuation split off, about
   * 30% of adjacent word pairs joined with {@code "_"} (seed 0).
   *
   * @return the preset
   */
  public static DegradeOptions tokenizer() {
    return TOKENIZER;
  }

  /**
   * Speech-recognizer style: the whole document on one line, all caps, no punctuation, no digits, 2%
   * typos per letter (seed 0).
   *
   * @return the preset
   */
  public static DegradeOptions asr() {
    return ASR;
  }

  /**
   * What a speech recognizer makes of a text, its errors included: the whole document on one line,
   * all capitals, punctuation deleted, numbers spoken as words ({@code 2020} → {@code "TWENTY
   * TWENTY"} or {@code "TWO THOUSAND TWENTY"}; set {@link Builder#language} for other languages than
   * English), and one word in four replaced, dropped or followed by an inserted word
   * ({@link #wordErrorRate()} 0.25, seed 0). Unlike {@link #asr()}, whose copy keeps every word
   * (typos aside), this copy's words are not the text's: score it by word alignment.
   *
   * @return the preset
   */
  public static DegradeOptions transcript() {
    return TRANSCRIPT;
  }

  /**
   * A builder holding these options' values, each of whose setters may still be called once.
   *
   * <pre>{@code
   * DegradeOptions.ascii().toBuilder().keepDigits(true).build()
   * }</pre>
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.caseMode = caseMode;
    b.language = language;
    b.punctuation = punctuation;
    b.compoundJoinRate = compoundJoinRate;
    b.keepDigits = keepDigits;
    b.stripDiacritics = stripDiacritics;
    b.toneArtifact = toneArtifact;
    b.sentencePerLine = sentencePerLine;
    b.singleLine = singleLine;
    b.maxWordsPerLine = maxWordsPerLine;
    b.truncateChars = truncateChars;
    b.typoRate = typoRate;
    b.wordErrorRate = wordErrorRate;
    b.spellNumbers = spellNumbers;
    b.stripMarks = stripMarks;
    b.seed = seed;
    return b;
  }

  /**
   * What happens to letter case.
   *
   * @return the case mode
   */
  public CaseMode caseMode() {
    return caseMode;
  }

  /**
   * The language for case mapping (Turkish dotted and dotless i) and for the ICU sentence splitter;
   * empty means {@code Locale.ROOT}. The JVM default locale is never used.
   *
   * @return the language, or empty for {@code Locale.ROOT}
   */
  public Optional<Locale> language() {
    return Optional.ofNullable(language);
  }

  /**
   * What happens to punctuation.
   *
   * @return the punctuation mode
   */
  public PunctuationMode punctuation() {
    return punctuation;
  }

  /**
   * The share of adjacent word pairs joined with {@code "_"} ({@code "Cơ quan"} → {@code "Cơ_quan"}).
   * Whether a pair is joined depends only on the two words (lowercased, after diacritics and digits
   * were handled) and {@link #randomSeed()}, never on their position, so the same text always gets the same
   * joins, and so does an already degraded text (its underscores are decided anew). Chains form
   * ({@code "Thổ_Nhĩ_Kỳ"}). Only words that start and end with a letter or number are joined, never
   * punctuation tokens or words with punctuation attached.
   *
   * @return a rate from 0 to 1
   */
  public double compoundJoinRate() {
    return compoundJoinRate;
  }

  /**
   * Whether numbers (general category N) survive. When false they go the way of punctuation: deleted
   * with {@link PunctuationMode#DELETE}, spaces with {@link PunctuationMode#SPACE}; with
   * {@link PunctuationMode#TOKENIZE} and {@link PunctuationMode#KEEP} a whole number, including the
   * {@code . , / : -} between its digits, is deleted ({@code "ngày 4/10 dẫn"} → {@code "ngày dẫn"}).
   *
   * @return {@code true} if numbers are kept
   */
  public boolean keepDigits() {
    return keepDigits;
  }

  /**
   * Whether letters lose their diacritics, as {@link Degrader#stripDiacritics(String)} does.
   *
   * @return {@code true} if diacritics are stripped
   */
  public boolean stripDiacritics() {
    return stripDiacritics;
  }

  /**
   * Whether letters lose their combining marks the way most tools strip diacritics: the ICU
   * transliterator {@code NFD; [:Nonspacing Mark:] Remove; NFC}. Unlike {@link #stripDiacritics()},
   * letters that do not decompose stay: {@code "Zażółć gęślą jaźń"} → {@code "zazołc gesla jazn"},
   * {@code "Işık"} → {@code "isık"}, and {@code ł ı ø đ ß æ œ} in general.
   *
   * @return {@code true} if combining marks are removed
   */
  public boolean stripMarks() {
    return stripMarks;
  }

  /**
   * Whether the seed pair's tone-mark artifact is applied ({@code "nói."} → {@code "noí"}), as
   * {@link Degrader#toneArtifact(String)} describes.
   *
   * @return {@code true} if the artifact is applied
   */
  public boolean toneArtifact() {
    return toneArtifact;
  }

  /**
   * Whether the output has one sentence per line (ICU sentence instance; every source line break is a
   * boundary too; sentences that degrade to nothing are dropped). When false, and {@link #singleLine()}
   * is false, line structure is kept 1:1 and an empty line stays empty.
   *
   * @return {@code true} for one sentence per line
   */
  public boolean sentencePerLine() {
    return sentencePerLine;
  }

  /**
   * Whether the whole document becomes one line (lines that degrade to nothing are dropped).
   *
   * @return {@code true} for one line
   */
  public boolean singleLine() {
    return singleLine;
  }

  /**
   * The most space-delimited tokens an output line keeps (punctuation tokens and joined compounds count
   * as one each); later tokens are dropped, not wrapped. 0 means unlimited.
   *
   * @return the limit, or 0 for none
   */
  public int maxWordsPerLine() {
    return maxWordsPerLine;
  }

  /**
   * The most code points the degraded document keeps, cut anywhere (mid-word too); white space left at
   * the end of a cut document, a final line break included, is removed. 0 means no cut.
   *
   * @return the limit in code points, or 0 for none
   */
  public int truncateChars() {
    return truncateChars;
  }

  /**
   * The chance per letter of a typo: substitute (by another letter of the same word), delete (never the
   * last letter), insert (a copy of a letter of the same word) or transpose with the next letter.
   * Typos never touch digits or punctuation and never create or remove a word boundary. They depend
   * only on {@link #randomSeed()}, the word and its position in its line.
   *
   * @return a rate from 0 to 1
   */
  public double typoRate() {
    return typoRate;
  }

  /**
   * The chance per word of a recognition error: the word is replaced (by another word of its line,
   * or by a look-alike or sound-alike edit of itself), dropped, or followed by an inserted short word
   * of its line, in equal shares. Applied after the punctuation and digits stages, before compound
   * joining; decided from {@link #randomSeed()}, the word and its position. A copy with word errors
   * is not a fixed point of the degradation.
   *
   * @return a rate from 0 to 1
   */
  public double wordErrorRate() {
    return wordErrorRate;
  }

  /**
   * Whether numbers are written as words in {@link #language()} (English when none is set) by ICU's
   * {@code RuleBasedNumberFormat} spell-out rules, before case mapping: {@code "4.5"} →
   * {@code "four point five"}, {@code "2020"} → {@code "twenty twenty"} or
   * {@code "two thousand twenty"} (chosen from the seed and the number), {@code "10:30"} →
   * {@code "ten thirty"}.
   *
   * @return {@code true} if numbers are spelled out
   */
  public boolean spellNumbers() {
    return spellNumbers;
  }

  /**
   * The seed for typos and compound joining, set with {@link Builder#seed(long)} (the accessor has
   * another name because {@link #seed()} is the seed-pair preset).
   *
   * @return the seed
   */
  public long randomSeed() {
    return seed;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DegradeOptions)) {
      return false;
    }
    DegradeOptions that = (DegradeOptions) o;
    return caseMode == that.caseMode
        && Objects.equals(language, that.language)
        && punctuation == that.punctuation
        && Double.compare(compoundJoinRate, that.compoundJoinRate) == 0
        && keepDigits == that.keepDigits
        && stripDiacritics == that.stripDiacritics
        && toneArtifact == that.toneArtifact
        && sentencePerLine == that.sentencePerLine
        && singleLine == that.singleLine
        && maxWordsPerLine == that.maxWordsPerLine
        && truncateChars == that.truncateChars
        && Double.compare(typoRate, that.typoRate) == 0
        && Double.compare(wordErrorRate, that.wordErrorRate) == 0
        && spellNumbers == that.spellNumbers
        && stripMarks == that.stripMarks
        && seed == that.seed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        caseMode, language, punctuation, compoundJoinRate, keepDigits, stripDiacritics, toneArtifact,
        sentencePerLine, singleLine, maxWordsPerLine, truncateChars, typoRate, wordErrorRate, spellNumbers, stripMarks, seed);
  }

  @Override
  public String toString() {
    return "DegradeOptions{case=" + caseMode
        + ", language=" + (language == null ? "root" : language.toLanguageTag())
        + ", punctuation=" + punctuation
        + ", compoundJoinRate=" + compoundJoinRate
        + ", keepDigits=" + keepDigits
        + ", stripDiacritics=" + stripDiacritics
        + ", toneArtifact=" + toneArtifact
        + ", sentencePerLine=" + sentencePerLine
        + ", singleLine=" + singleLine
        + ", maxWordsPerLine=" + maxWordsPerLine
        + ", truncateChars=" + truncateChars
        + ", typoRate=" + typoRate
        + (wordErrorRate > 0 ? ", wordErrorRate=" + wordErrorRate : "")
        + (spellNumbers ? ", spellNumbers=true" : "")
        + (stripMarks ? ", stripMarks=true" : "")
        + ", seed=" + seed + '}';
  }

  /** Builds {@link DegradeOptions}; every setter may be called once. Not thread-safe. */
  public static final class Builder {
    private CaseMode caseMode = CaseMode.LOWER;
    private Locale language;
    private PunctuationMode punctuation = PunctuationMode.DELETE;
    private double compoundJoinRate;
    private boolean keepDigits;
    private boolean stripDiacritics;
    private boolean toneArtifact;
    private boolean sentencePerLine;
    private boolean singleLine;
    private int maxWordsPerLine;
    private int truncateChars;
    private double typoRate;
    private double wordErrorRate;
    private boolean spellNumbers;
    private boolean stripMarks;
    private long seed;

    /** One bit per setter, set when it was called. */
    private int calls;

    private Builder() {}

    /**
     * See {@link DegradeOptions#caseMode()}; default {@link CaseMode#LOWER}.
     *
     * @param caseMode the value
     * @return this builder
     * @throws IllegalStateException if it was already set
     * @throws NullPointerException if {@code caseMode} is null
     */
    public Builder caseMode(CaseMode caseMode) {
      Objects.requireNonNull(caseMode, "caseMode");
      requireFirstCall(0, "caseMode", this.caseMode);
      this.caseMode = caseMode;
      return this;
    }

    /**
     * See {@link DegradeOptions#language()}; default none ({@code Locale.ROOT}).
     *
     * @param language the value
     * @return this builder
     * @throws IllegalStateException if it was already set
     * @throws NullPointerException if {@code language} is null
     */
    public Builder language(Locale language) {
      Objects.requireNonNull(language, "language");
      requireFirstCall(1, "language", this.language);
      this.language = language;
      return this;
    }

    /**
     * See {@link DegradeOptions#punctuation()}; default {@link PunctuationMode#DELETE}.
     *
     * @param punctuation the value
     * @return this builder
     * @throws IllegalStateException if it was already set
     * @throws NullPointerException if {@code punctuation} is null
     */
    public Builder punctuation(PunctuationMode punctuation) {
      Objects.requireNonNull(punctuation, "punctuation");
      requireFirstCall(2, "punctuation", this.punctuation);
      this.punctuation = punctuation;
      return this;
    }

    /**
     * See {@link DegradeOptions#compoundJoinRate()}; between 0 and 1, default 0.
     *
     * @param compoundJoinRate the value
     * @return this builder
     * @throws IllegalArgumentException if {@code compoundJoinRate} is not between 0 and 1
     * @throws IllegalStateException if it was already set
     */
    public Builder compoundJoinRate(double compoundJoinRate) {
      requireRate(compoundJoinRate, "compoundJoinRate");
      requireFirstCall(3, "compoundJoinRate", this.compoundJoinRate);
      this.compoundJoinRate = compoundJoinRate;
      return this;
    }

    /**
     * See {@link DegradeOptions#keepDigits()}; default false.
     *
     * @param keepDigits the value
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder keepDigits(boolean keepDigits) {
      requireFirstCall(4, "keepDigits", this.keepDigits);
      this.keepDigits = keepDigits;
      return this;
    }

    /**
     * See {@link DegradeOptions#stripDiacritics()}; default false.
     *
     * @param stripDiacritics the value
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder stripDiacritics(boolean stripDiacritics) {
      requireFirstCall(5, "stripDiacritics", this.stripDiacritics);
      this.stripDiacritics = stripDiacritics;
      return this;
    }

    /**
     * See {@link DegradeOptions#toneArtifact()}; default false.
     *
     * @param toneArtifact the value
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder toneArtifact(boolean toneArtifact) {
      requireFirstCall(6, "toneArtifact", this.toneArtifact);
      this.toneArtifact = toneArtifact;
      return this;
    }

    /**
     * See {@link DegradeOptions#sentencePerLine()}; default false.
     *
     * @param sentencePerLine the value
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder sentencePerLine(boolean sentencePerLine) {
      requireFirstCall(7, "sentencePerLine", this.sentencePerLine);
      this.sentencePerLine = sentencePerLine;
      return this;
    }

    /**
     * See {@link DegradeOptions#singleLine()}; default false.
     *
     * @param singleLine the value
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder singleLine(boolean singleLine) {
      requireFirstCall(8, "singleLine", this.singleLine);
      this.singleLine = singleLine;
      return this;
    }

    /**
     * See {@link DegradeOptions#maxWordsPerLine()}; 0 (the default) means unlimited.
     *
     * @param maxWordsPerLine the value
     * @return this builder
     * @throws IllegalArgumentException if {@code maxWordsPerLine} is negative
     * @throws IllegalStateException if it was already set
     */
    public Builder maxWordsPerLine(int maxWordsPerLine) {
      if (maxWordsPerLine < 0) {
        throw new IllegalArgumentException("maxWordsPerLine must not be negative: " + maxWordsPerLine);
      }
      requireFirstCall(9, "maxWordsPerLine", this.maxWordsPerLine);
      this.maxWordsPerLine = maxWordsPerLine;
      return this;
    }

    /**
     * See {@link DegradeOptions#truncateChars()}; 0 (the default) means no cut.
     *
     * @param truncateChars the value
     * @return this builder
     * @throws IllegalArgumentException if {@code truncateChars} is negative
     * @throws IllegalStateException if it was already set
     */
    public Builder truncateChars(int truncateChars) {
      if (truncateChars < 0) {
        throw new IllegalArgumentException("truncateChars must not be negative: " + truncateChars);
      }
      requireFirstCall(10, "truncateChars", this.truncateChars);
      this.truncateChars = truncateChars;
      return this;
    }

    /**
     * See {@link DegradeOptions#typoRate()}; between 0 and 1, default 0.
     *
     * @param typoRate the value
     * @return this builder
     * @throws IllegalArgumentException if {@code typoRate} is not between 0 and 1
     * @throws IllegalStateException if it was already set
     */
    public Builder typoRate(double typoRate) {
      requireRate(typoRate, "typoRate");
      requireFirstCall(11, "typoRate", this.typoRate);
      this.typoRate = typoRate;
      return this;
    }

    /**
     * See {@link DegradeOptions#wordErrorRate()}; between 0 and 1, default 0.
     *
     * @param wordErrorRate the value
     * @return this builder
     * @throws IllegalArgumentException if {@code wordErrorRate} is not between 0 and 1
     * @throws IllegalStateException if it was already set
     */
    public Builder wordErrorRate(double wordErrorRate) {
      requireRate(wordErrorRate, "wordErrorRate");
      requireFirstCall(13, "wordErrorRate", this.wordErrorRate);
      this.wordErrorRate = wordErrorRate;
      return this;
    }

    /**
     * See {@link DegradeOptions#spellNumbers()}; default false.
     *
     * @param spellNumbers the value
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder spellNumbers(boolean spellNumbers) {
      requireFirstCall(14, "spellNumbers", this.spellNumbers);
      this.spellNumbers = spellNumbers;
      return this;
    }

    /**
     * See {@link DegradeOptions#stripMarks()}; default false.
     *
     * @param stripMarks the value
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder stripMarks(boolean stripMarks) {
      requireFirstCall(15, "stripMarks", this.stripMarks);
      this.stripMarks = stripMarks;
      return this;
    }

    /**
     * See {@link DegradeOptions#randomSeed()}; default 0.
     *
     * @param seed the value
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder seed(long seed) {
      requireFirstCall(12, "seed", this.seed);
      this.seed = seed;
      return this;
    }

    /**
     * The options.
     *
     * @return the options
     * @throws IllegalStateException if compound joining is on without {@link PunctuationMode#TOKENIZE}
     *     or {@link PunctuationMode#KEEP} (the other modes remove the underscore), if both
     *     {@code sentencePerLine} and {@code singleLine} are on, if the tone artifact is on together
     *     with diacritics stripping (which removes the tone), or if a language was set that neither
     *     case mapping nor sentence splitting uses
     */
    public DegradeOptions build() {
      if (compoundJoinRate > 0
          && punctuation != PunctuationMode.TOKENIZE
          && punctuation != PunctuationMode.KEEP) {
        throw new IllegalStateException(
            "compoundJoinRate " + compoundJoinRate + " needs punctuation TOKENIZE or KEEP, but punctuation is "
                + punctuation);
      }
      if (sentencePerLine && singleLine) {
        throw new IllegalStateException("sentencePerLine and singleLine are both on");
      }
      if (toneArtifact && (stripDiacritics || stripMarks)) {
        throw new IllegalStateException("toneArtifact has no effect when stripDiacritics or stripMarks removes the tones");
      }
      if (stripDiacritics && stripMarks) {
        throw new IllegalStateException("stripMarks has no effect when stripDiacritics is on");
      }
      if (language != null && caseMode == CaseMode.KEEP && !sentencePerLine) {
        throw new IllegalStateException(
            "language was set to " + language.toLanguageTag()
                + " but neither case mapping (KEEP) nor sentence splitting (off) uses it");
      }
      return new DegradeOptions(this);
    }

    private void requireFirstCall(int bit, String name, Object value) {
      if ((calls & (1 << bit)) != 0) {
        throw new IllegalStateException(name + " was already set to " + value);
      }
      calls |= 1 << bit;
    }

    private static void requireRate(double rate, String name) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException(name + " must be between 0 and 1: " + rate);
      }
    }
  }
}

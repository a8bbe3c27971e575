// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs damaged text and, on request, changes its typographic style, in named steps.
 *
 * <pre>{@code
 * TextNormalizer.defaults().normalize("nhà ngoại giao noí  \r\n")   // "nhà ngoại giao nói\n"
 * TextNormalizer.defaults().normalize("cafÃ© Kиїв")                // "café Київ"
 * TextNormalizer.defaults().normalize("Xin chaøo caùc baïn")       // "Xin chào các bạn"
 * TextNormalizer.builder().tone(ToneStyle.OLD).quotes(QuoteStyle.ASCII).build()
 *     .normalize("“Hoà bình”")                                     // "\"Hòa bình\""
 * }</pre>
 *
 * <h2>Defaults</h2>
 * Every repair step ({@link Step}) is on and every style change is off: NFC, no-break spaces kept,
 * tone marks kept where either style allows them, quotation marks kept. Clean text comes out as it
 * went in — the very same {@code String} instance. A repair is made only where it is unambiguous;
 * see each step.
 *
 * <h2>Speed</h2>
 * One scan of the text decides which steps could change it, and on which lines; every step but
 * the legacy one and the quotes then runs on those lines only, with the same result as on the
 * whole text. On clean text the whole pipeline costs that scan plus ICU's NFC check of the few
 * lines with characters it must look at — less than ICU's NFC of the whole text. Steps allocate
 * only when they change something.
 *
 * <p>Instances are immutable and thread-safe; build one and reuse it.
 */
public final class TextNormalizer {
  private static final TextNormalizer DEFAULTS = builder().build();
  /**
   * Flags that send the text through every step, each on the whole text (the legacy step looks
   * for itself).
   */
  private static final int EVERY_STEP = ~Prescan.VIETNAMESE_LETTER;
  /**
   * Damaged text reaches its fixed point in one or two passes. Mojibake whose undefined bytes a
   * decoder replaced by U+FFFD, up to three layers deep, can take more (a repair there leaves a
   * look-alike or a pair that another step repairs next): with three passes, 5 of 20,000 generated
   * cases still changed on a second run (found by TextNormalizerFuzzTest); with eight, none did.
   * Clean text still takes one pass, and each pass only runs when the one before changed the text.
   */
  private static final int MAX_PASSES = 8;

  private final UnicodeForm form;
  private final SpaceStyle spaces;
  private final ToneStyle tone;
  private final QuoteStyle quotes;
  private final Locale language;
  private final Set<Step> enabled;

  private final boolean mojibake;
  private final boolean legacy;
  private final boolean unicode;
  private final boolean mixedScript;
  private final boolean tones;
  private final boolean vietnamese;
  private final boolean whitespace;
  private final UnicodeStep unicodeStep;
  private final WhitespaceStep whitespaceStep;
  private final QuoteStep quoteStep;
  private final int quoteFlags;

  private TextNormalizer(Builder b) {
    this.form = b.form;
    this.spaces = b.spaces;
    this.tone = b.tone;
    this.quotes = b.quotes;
    this.language = b.language;
    this.enabled = Set.copyOf(b.enabled);
    this.mojibake = enabled.contains(Step.MOJIBAKE);
    this.legacy = enabled.contains(Step.LEGACY_VIETNAMESE);
    this.unicode = enabled.contains(Step.UNICODE);
    this.mixedScript = enabled.contains(Step.MIXED_SCRIPT);
    this.tones = enabled.contains(Step.TONES);
    this.whitespace = enabled.contains(Step.WHITESPACE);
    this.vietnamese = language != null && "vi".equals(language.getLanguage());
    this.unicodeStep = new UnicodeStep(form, spaces);
    this.whitespaceStep = new WhitespaceStep(spaces);
    this.quoteStep = quotes == QuoteStyle.KEEP || !enabled.contains(Step.QUOTES)
        ? null : new QuoteStep(quotes, language);
    this.quoteFlags = quotes == QuoteStyle.ASCII ? Prescan.FANCY_QUOTE
        : Prescan.FANCY_QUOTE | Prescan.ASCII_QUOTE;
  }

  /**
   * Every repair on, every style change off; see the class comment.
   *
   * @return the default normalizer (a shared immutable instance)
   */
  public static TextNormalizer defaults() {
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
   * A builder that starts from this normalizer's settings; each setter may still be called once
   * and replaces the value taken from here, and a step disabled here stays disabled.
   *
   * <pre>{@code
   * TextNormalizer.defaults().toBuilder().tone(ToneStyle.NEW).build()
   * }</pre>
   *
   * @return a new builder with these settings
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.form = form;
    b.spaces = spaces;
    b.tone = tone;
    b.quotes = quotes;
    b.language = language;
    b.enabled.retainAll(enabled);
    return b;
  }

  /**
   * Normalizes {@code text}.
   *
   * @param text any text
   * @return the normalized text, or {@code text} itself when no step changed anything
   */
  public String normalize(String text) {
    Objects.requireNonNull(text, "text");
    return run(text, null);
  }

  /**
   * Normalizes {@code text} and lists what each step changed, like ftfy's {@code fix_and_explain}.
   *
   * <pre>{@code
   * TextNormalizer.defaults().normalizeAndExplain("Đà Nẵng naỳ  ").steps()
   * // [AppliedStep[TONES, "invalid tone placement repaired", 1, [naỳ -> này]],
   * //  AppliedStep[WHITESPACE, "trailing whitespace removed", 1, [à Nẵng này   -> à Nẵng này]]]
   * }</pre>
   *
   * @param text any text
   * @return the normalized text and the steps that changed it
   */
  public Normalized normalizeAndExplain(String text) {
    Objects.requireNonNull(text, "text");
    ChangeLog log = new ChangeLog();
    String out = run(text, log);
    return new Normalized(out, log.steps());
  }

  /**
   * Runs every enabled step on the whole text whatever the {@link Prescan} says: the oracle tests
   * compare {@link #normalize} with, so that a flag left clear by mistake, or a line-gated step
   * that differs from its whole-text self, shows.
   */
  String normalizeEveryStep(String text) {
    return run(text, null, true);
  }

  private String run(String s, ChangeLog log) {
    return run(s, log, false);
  }

  /**
   * Runs the pipeline until its output is a fixed point, at most {@link #MAX_PASSES} times: a
   * repair can make another one possible (a control character removed from inside mojibake lets
   * the next pass decode it). Clean text takes one pass, and the one {@link Prescan#scanLines} in it.
   */
  private String run(String s, ChangeLog log, boolean everyStep) {
    Prescan scan = everyStep ? null : new Prescan(tones);
    String t = s;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      String u = pass(t, log, scan);
      if (u == t) {
        break;
      }
      t = u.equals(t) ? t : u;
    }
    return t;
  }

  /**
   * One pass of every step that the flags of {@code s} call for; with {@code scan} null, every
   * step on the whole text. After a step that changed the text, it is scanned again. The
   * mojibake, mixed-script and tone steps run on the lines that raised their flags only (see each
   * step's {@code applyToLines}), with the same result as on the whole text; the legacy step
   * decides on the share of syllables in the whole text (in the lines without a Unicode-only
   * Vietnamese letter, when some have one), and the others are cheap or one ICU call, so they
   * take the whole text.
   */
  private String pass(String s, ChangeLog log, Prescan scan) {
    final boolean everyStep = scan == null;
    int flags = everyStep ? EVERY_STEP : scan.scanLines(s);
    String t = s;
    if (mojibake && (flags & (Prescan.CP1252_PAIR | Prescan.CP1251_PAIR | Prescan.KOI8_SIGN)) != 0) {
      String u = everyStep ? Mojibake.apply(t, log)
          : Mojibake.applyToLines(t, scan.lines(), scan.lineCount(), log);
      if (u != t) {
        t = u;
        flags = everyStep ? EVERY_STEP : scan.scanLines(t);
      }
    }
    if (legacy && (flags & Prescan.LEGACY_LINE) != 0) {
      String u = everyStep || (flags & Prescan.VIETNAMESE_LETTER) == 0
          ? LegacyVietnamese.apply(t, log)
          : LegacyVietnamese.applyToLines(t, scan.lines(), scan.lineCount(), log);
      if (u != t) {
        t = u;
        flags = everyStep ? EVERY_STEP : scan.scanLines(t);
      }
    }
    if (unicode && (flags & (Prescan.REMOVABLE
        | (form == UnicodeForm.NFC ? Prescan.NFC_CHECK : Prescan.NFKC_CHECK))) != 0) {
      String u = everyStep ? unicodeStep.apply(t, flags, log)
          : unicodeStep.applyToLines(t, flags, scan.lines(), scan.lineCount(), log);
      if (u != t) {
        t = u;
        flags = everyStep ? EVERY_STEP : scan.scanLines(t);
      }
    }
    if (mixedScript && (flags & Prescan.MIXED_WORD) != 0) {
      String u = everyStep ? MixedScript.apply(t, log)
          : MixedScript.applyToLines(t, scan.lines(), scan.lineCount(), log);
      if (u != t) {
        t = u;
        flags = everyStep ? EVERY_STEP : scan.scanLines(t);
      }
    }
    int toneFlag = tone == ToneStyle.KEEP ? Prescan.TONE_SUSPECT : Prescan.TONE;
    if (tones && (flags & toneFlag) != 0) {
      // Repairs need a letter only Vietnamese has, unless the language says vi; see the step.
      String u = everyStep ? VietnameseTones.apply(t, tone, !vietnamese, log)
          : VietnameseTones.applyToLines(t, scan.lines(), scan.lineCount(), toneFlag, tone,
              !vietnamese, log);
      if (u != t) {
        t = u;
        flags = everyStep ? EVERY_STEP : scan.scanLines(t);
      }
    }
    if (quoteStep != null && (flags & quoteFlags) != 0) {
      String u = quoteStep.apply(t, log);
      if (u != t) {
        t = u;
        flags = everyStep ? EVERY_STEP : scan.scanLines(t);
      }
    }
    int spaceFlags = Prescan.LINE_BREAK | Prescan.SPACE_RUN
        | (spaces == SpaceStyle.PLAIN ? Prescan.ODD_SPACE : 0);
    if (whitespace && (flags & spaceFlags) != 0) {
      t = everyStep ? whitespaceStep.apply(t, log)
          : whitespaceStep.applyToLines(t, scan.lines(), scan.lineCount(), spaceFlags, log);
    }
    return t;
  }

  /**
   * The normal form of the output when the Unicode step runs.
   *
   * @return NFC (default) or NFKC
   */
  public UnicodeForm unicodeForm() {
    return form;
  }

  /**
   * What happens to no-break and other spaces.
   *
   * @return the space style
   */
  public SpaceStyle spaces() {
    return spaces;
  }

  /**
   * Where Vietnamese tone marks go.
   *
   * @return the tone style
   */
  public ToneStyle tone() {
    return tone;
  }

  /**
   * What happens to quotation marks.
   *
   * @return the quote style
   */
  public QuoteStyle quotes() {
    return quotes;
  }

  /**
   * The language for canonical quotes; {@code vi} also lets tone repair act without evidence.
   *
   * @return the language, or empty when none was set
   */
  public Optional<Locale> language() {
    return Optional.ofNullable(language);
  }

  /**
   * Whether {@code step} runs.
   *
   * @param step a step
   * @return {@code true} unless it was disabled
   */
  public boolean isEnabled(Step step) {
    return enabled.contains(Objects.requireNonNull(step, "step"));
  }

  @Override
  public String toString() {
    return "TextNormalizer{" + form + ", spaces " + spaces + ", tone " + tone + ", quotes " + quotes
        + (language == null ? "" : ", " + language.toLanguageTag()) + ", steps " + enabled + '}';
  }

  /**
   * Builds a {@link TextNormalizer}. Every setter may be called once (settings taken over by
   * {@link TextNormalizer#toBuilder()} do not count as calls); {@link #build()} rejects
   * settings that contradict each other, such as a tone style with the tone step disabled.
   */
  public static final class Builder {
    private UnicodeForm form = UnicodeForm.NFC;
    private SpaceStyle spaces = SpaceStyle.KEEP;
    private ToneStyle tone = ToneStyle.KEEP;
    private QuoteStyle quotes = QuoteStyle.KEEP;
    private Locale language;
    private final EnumSet<Step> enabled = EnumSet.allOf(Step.class);
    private boolean languageSet;
    private boolean formSet;
    private boolean spacesSet;
    private boolean toneSet;
    private boolean quotesSet;

    private Builder() {}

    /**
     * NFC (default) or NFKC.
     *
     * @param form the normal form
     * @return this builder
     * @throws IllegalStateException if the form was already set
     */
    public Builder unicodeForm(UnicodeForm form) {
      requireUnset(formSet, "unicodeForm", this.form);
      this.form = Objects.requireNonNull(form, "form");
      formSet = true;
      return this;
    }

    /**
     * Keep no-break and other spaces (default) or make them plain spaces.
     *
     * @param spaces the space style
     * @return this builder
     * @throws IllegalStateException if the style was already set
     */
    public Builder spaces(SpaceStyle spaces) {
      requireUnset(spacesSet, "spaces", this.spaces);
      this.spaces = Objects.requireNonNull(spaces, "spaces");
      spacesSet = true;
      return this;
    }

    /**
     * Where Vietnamese tone marks go: {@link ToneStyle#KEEP} (default), old or new style.
     *
     * @param tone the tone style
     * @return this builder
     * @throws IllegalStateException if the style was already set
     */
    public Builder tone(ToneStyle tone) {
      requireUnset(toneSet, "tone", this.tone);
      this.tone = Objects.requireNonNull(tone, "tone");
      toneSet = true;
      return this;
    }

    /**
     * Keep quotation marks (default), make them ASCII, or canonical for {@link #language}.
     *
     * @param quotes the quote style
     * @return this builder
     * @throws IllegalStateException if the style was already set
     */
    public Builder quotes(QuoteStyle quotes) {
      requireUnset(quotesSet, "quotes", this.quotes);
      this.quotes = Objects.requireNonNull(quotes, "quotes");
      quotesSet = true;
      return this;
    }

    /**
     * The language of the text: chooses the canonical quotation marks, and {@code vi} lets tone
     * repair act on text that shows no letter only Vietnamese uses.
     *
     * @param language the text's language
     * @return this builder
     * @throws IllegalStateException if the language was already set
     */
    public Builder language(Locale language) {
      requireUnset(languageSet, "language", this.language);
      this.language = Objects.requireNonNull(language, "language");
      languageSet = true;
      return this;
    }

    /**
     * Turns a step off.
     *
     * @param step the step
     * @return this builder
     * @throws IllegalStateException if the step was already disabled
     */
    public Builder disable(Step step) {
      Objects.requireNonNull(step, "step");
      if (!enabled.remove(step)) {
        throw new IllegalStateException(step + " was already disabled");
      }
      return this;
    }

    /**
     * The normalizer set so far, the defaults for the rest.
     *
     * @return the normalizer
     * @throws IllegalStateException if settings contradict each other (a style whose step is
     *     disabled, canonical quotes without a supported language)
     */
    public TextNormalizer build() {
      requireEnabled(tone != ToneStyle.KEEP, Step.TONES, "tone " + tone);
      requireEnabled(quotes != QuoteStyle.KEEP, Step.QUOTES, "quotes " + quotes);
      requireEnabled(spaces != SpaceStyle.KEEP, Step.WHITESPACE, "spaces " + spaces);
      requireEnabled(form != UnicodeForm.NFC, Step.UNICODE, "unicodeForm " + form);
      if (quotes == QuoteStyle.CANONICAL) {
        if (language == null) {
          throw new IllegalStateException("quotes CANONICAL needs a language");
        }
        if (!QuoteStep.supports(language)) {
          throw new IllegalStateException("no canonical quotation marks for language "
              + language.toLanguageTag() + "; known: " + QuoteStep.LANGUAGES);
        }
      }
      return new TextNormalizer(this);
    }

    private void requireEnabled(boolean needed, Step step, String setting) {
      if (needed && !enabled.contains(step)) {
        throw new IllegalStateException(setting + " was set but " + step + " is disabled");
      }
    }

    private static void requireUnset(boolean set, String name, Object value) {
      if (set) {
        throw new IllegalStateException(name + " was already set to " + value);
      }
    }
  }
}

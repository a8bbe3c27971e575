// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Coverage-guided fuzz test of the normalizer. Any text, raw or sent through up to three layers of
 * mojibake: no exception, a second run changes nothing, and the line-gated run equals running every
 * step on the whole text. Clean text put together from the seeds' words: returned as the very same
 * instance. In {@code mvn verify} it replays its corpus
 * ({@code src/test/resources/io/github/restore4j/normalize/TextNormalizerFuzzTestInputs/}); see
 * docs/fuzzing.md for a fuzzing run.
 */
final class TextNormalizerFuzzTest {
  private static final List<TextNormalizer> NORMALIZERS = List.of(
      TextNormalizer.defaults(),
      TextNormalizer.builder().unicodeForm(UnicodeForm.NFKC).spaces(SpaceStyle.PLAIN)
          .tone(ToneStyle.NEW).quotes(QuoteStyle.ASCII).build(),
      TextNormalizer.builder().tone(ToneStyle.OLD).quotes(QuoteStyle.CANONICAL)
          .language(Locale.forLanguageTag("uk")).build(),
      TextNormalizer.builder().quotes(QuoteStyle.CANONICAL).language(Locale.forLanguageTag("vi")).build());
  /**
   * What a text is misread as, one layer of mojibake each: its UTF-8 bytes shown as one of these
   * code pages shows them (windows-1252, windows-1251, KOI8-R, then latin-1), an undefined byte as
   * the C1 control of its value, as a browser does; or decoded by Java's windows-1251 or
   * windows-1250, which put U+FFFD for an undefined byte and so lose it.
   */
  private static final List<Charset> LOSSY = List.of(Charset.forName("windows-1251"), Charset.forName("windows-1250"));
  private static final int LAYER_KINDS = Codepage.values().length + 1 + LOSSY.size();
  /** Words of the clean seeds that the normalizer leaves alone, each once. */
  private static final List<String> CLEAN_WORDS = cleanWords();
  private static final String[] CLEAN_BREAKS = {" ", " ", " ", " ", "\n", ", ", ". "};

  @FuzzTest(maxDuration = "30s")
  void normalize_anyText_isIdempotentAndLineGatingChangesNothing(FuzzedDataProvider data) {
    TextNormalizer n = NORMALIZERS.get(data.consumeInt(0, NORMALIZERS.size() - 1));
    if (data.consumeBoolean()) {
      String clean = cleanText(data);
      assertThat(TextNormalizer.defaults().normalize(clean)).as("clean text").isSameAs(clean);
      return;
    }
    int layers = data.consumeInt(0, 3);
    int[] misread = new int[layers];
    for (int i = 0; i < layers; i++) {
      misread[i] = data.consumeInt(0, LAYER_KINDS - 1);
    }
    String text = new String(data.consumeRemainingAsBytes(), UTF_8);
    for (int kind : misread) {
      text = misread(text, kind);
    }

    String once = n.normalize(text);

    assertThat(n.normalize(once)).as("normalized again").isEqualTo(once);
    assertThat(n.normalizeEveryStep(text)).as("every step on the whole text").isEqualTo(once);
  }

  /** The UTF-8 bytes of {@code text} read as layer {@code kind} of {@link #LOSSY} reads them. */
  private static String misread(String text, int kind) {
    byte[] bytes = text.getBytes(UTF_8);
    int pages = Codepage.values().length;
    if (kind > pages) {
      return new String(bytes, LOSSY.get(kind - pages - 1));
    }
    char[] chars = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      chars[i] = kind < Codepage.values().length ? Codepage.values()[kind].decode(b) : (char) b;
    }
    return new String(chars);
  }

  private static String cleanText(FuzzedDataProvider data) {
    StringBuilder b = new StringBuilder();
    int words = data.consumeInt(1, 60);
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        b.append(CLEAN_BREAKS[data.consumeInt(0, CLEAN_BREAKS.length - 1)]);
      }
      b.append(CLEAN_WORDS.get(data.consumeInt(0, CLEAN_WORDS.size() - 1)));
    }
    return b.toString();
  }

  private static List<String> cleanWords() {
    Set<String> words = new LinkedHashSet<>();
    for (String name : List.of(Testdata.UK_POLITICO, Testdata.RU_CAUCASUS, Testdata.UK_NBC, Testdata.VI_CLEAN)) {
      for (String word : Testdata.seed(name).split("[ \n]+")) {
        if (!word.isEmpty() && TextNormalizer.defaults().normalize(word) == word) {
          words.add(word);
        }
      }
    }
    return List.copyOf(words);
  }
}

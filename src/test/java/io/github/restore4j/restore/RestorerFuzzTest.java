// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.restore4j.InvalidInputException;
import io.github.restore4j.Seeds;
import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.normalize.Step;
import io.github.restore4j.normalize.TextNormalizer;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Lines;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzz test of the restorer. A sibling made of seed lines and fuzzed text, a copy
 * degraded from it (by one of the profiles, with fuzzed text put in) or fuzzed text alone: no
 * exception but the documented {@link InvalidInputException}; one output line per input line,
 * which together are the output text; no line changes the copy's letters or loses its numbers,
 * symbols or emoji ({@link CopyContent}); and a line the degradation leaves as it is, restored
 * from the place of the sibling it was degraded from when that sibling is clean text, degrades from its output back to itself — the fidelity
 * guard's promise. (Restored from the other, unrelated sibling, a line may gain that sibling's
 * symbols between its words, as a copy that lost its punctuation should: the copy is no
 * degradation of it, so degrading again need not give the copy back.) In {@code mvn verify} it replays its
 * corpus ({@code src/test/resources/io/github/restore4j/restore/RestorerFuzzTestInputs/}); see
 * docs/fuzzing.md for a fuzzing run.
 */
final class RestorerFuzzTest {
  private static final Restorer RESTORER = Restorer.create(RestoreOptions.builder().parallelism(1).build());
  /** The degradations a copy is made with; the asr one without its typos (they change words). */
  private static final List<Degrader> DEGRADERS = List.of(
      Degrader.create(DegradeOptions.seed()),
      Degrader.create(DegradeOptions.ascii()),
      Degrader.create(DegradeOptions.split()),
      Degrader.create(DegradeOptions.digits()),
      Degrader.create(DegradeOptions.tokenizer()),
      Degrader.create(DegradeOptions.asr().toBuilder().typoRate(0).build()));
  /** The repairs a sibling pool makes (so that spans are offsets into a text they leave alone). */
  private static final TextNormalizer REPAIRS = TextNormalizer.builder()
      .disable(Step.TONES).disable(Step.QUOTES).disable(Step.WHITESPACE).build();
  /** Every line of the four clean seeds. */
  private static final List<String> SEED_LINES = seedLines();

  @FuzzTest(maxDuration = "30s")
  void restore_anyCopy_keepsItsLinesLettersAndContent(FuzzedDataProvider data) {
    // the choices come from the end of the input, the texts (UTF-8) from its start
    StringBuilder clean = new StringBuilder();
    int seedLines = data.consumeInt(0, 4);
    for (int i = 0; i < seedLines; i++) {
      clean.append(SEED_LINES.get(data.consumeInt(0, SEED_LINES.size() - 1))).append('\n');
    }
    int profile = data.consumeInt(0, DEGRADERS.size()); // the last: no degradation
    int where = data.consumeInt(0, 255);
    int cleanLength = data.consumeInt(0, 255);
    int insertedLength = data.consumeInt(0, 63);
    int otherLength = data.consumeInt(0, 255);
    clean.append(utf8(data.consumeBytes(cleanLength)));
    String inserted = utf8(data.consumeBytes(insertedLength));
    String other = utf8(data.consumeBytes(otherLength));
    Degrader degrader = profile == DEGRADERS.size() ? null : DEGRADERS.get(profile);
    String degraded = degrader == null ? utf8(data.consumeRemainingAsBytes()) : degrader.degrade(clean.toString());
    int at = (int) ((long) degraded.length() * where / 255);
    if (at > 0 && at < degraded.length() && Character.isLowSurrogate(degraded.charAt(at))) {
      at--;
    }
    degraded = degraded.substring(0, at) + inserted + degraded.substring(at);
    List<Sibling> siblings = List.of(Sibling.of("clean", clean.toString()), Sibling.of("other", other));

    // degrading again is only defined for a clean sibling: one the normalizer's repairs leave as it
    // is (a sibling of NULs and orphaned combining marks degrades otherwise than its copied pieces)
    boolean cleanSibling = REPAIRS.normalize(clean.toString()).equals(clean.toString());
    Restoration r;
    try {
      r = RESTORER.restore(degraded, siblings);
    } catch (InvalidInputException e) {
      assertThat(degraded).as(e.getMessage()).contains("\0");
      return;
    }

    assertThat(r.lines()).hasSameSizeAs(Lines.of(degraded));
    List<String> outputs = new ArrayList<>(r.lines().stream().map(RestoredLine::output).toList());
    if (!Lines.endsWithBreak(degraded) && !outputs.isEmpty() && outputs.get(outputs.size() - 1).isEmpty()) {
      outputs.remove(outputs.size() - 1); // an empty last line without a break is not in the text
    }
    assertThat(Lines.split(r.text())).isEqualTo(outputs);
    for (RestoredLine line : r.lines()) {
      assertThat(Folding.LOOSE.key(line.output())).as("letters of %s", line.output())
          .isEqualTo(Folding.LOOSE.key(line.input()));
      assertThat(CopyContent.isSubsequence(CopyContent.nonLetters(line.input()),
          CopyContent.nonLetters(line.output()))).as("content of %s in %s", line.input(), line.output()).isTrue();
      if (degrader != null && cleanSibling && "clean".equals(line.siblingId())
          && degrader.degradeLine(line.input()).equals(line.input())
          && degradesTo(degrader, clean.toString(), line.span(), line.input())) {
        assertThat(degrader.degradeLine(line.output())).as("degraded again: %s", line.output())
            .isEqualTo(line.input());
      }
    }
  }

  /**
   * Whether the span a line was restored from degrades to the line: the copy is a degradation of
   * that place (a sibling with two near-copies of a sentence, one with a dash, may lend the line
   * the other one's punctuation, and then degrading again need not give the line back).
   */
  private static boolean degradesTo(Degrader degrader, String sibling, Span span, String line) {
    return span.isTracked() && span.end() <= sibling.length()
        && degrader.degradeLine(sibling.substring(span.start(), span.end())).equals(line);
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static List<String> seedLines() {
    List<String> lines = new ArrayList<>();
    for (String name : Seeds.CLEAN) {
      lines.addAll(Lines.split(Seeds.read(name)));
    }
    return List.copyOf(lines);
  }
}

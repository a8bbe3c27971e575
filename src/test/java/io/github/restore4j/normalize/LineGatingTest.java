// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The steps run on the lines the {@link Prescan} flagged, not on the whole text: each step's
 * {@code applyToLines} against its whole-text {@code apply} on documents of damaged and clean
 * lines, and what that means for a document with a few damaged lines.
 */
final class LineGatingTest {
  private static List<String> documents;

  /** 300 documents of 2 to 8 lines: damaged lines of the test data among clean ones, seeded. */
  @BeforeAll
  static void documents() {
    Random random = new Random(20240917);
    List<String> damaged = Damage.samples(20);
    List<String> clean = Testdata.lines();
    List<String> out = new ArrayList<>();
    for (int d = 0; d < 300; d++) {
      int lines = 2 + random.nextInt(7);
      StringBuilder doc = new StringBuilder();
      for (int k = 0; k < lines; k++) {
        if (k > 0) {
          doc.append(random.nextInt(4) == 0 ? "\n\n" : "\n");
        }
        List<String> from = random.nextBoolean() ? damaged : clean;
        doc.append(from.get(random.nextInt(from.size())));
      }
      out.add(doc.toString());
    }
    documents = out;
  }

  /** A step on the whole text, and on the lines of a scan, both writing to a log. */
  interface Gated {
    String whole(String s, ChangeLog log);

    String lines(String s, Prescan scan, ChangeLog log);
  }

  static Stream<Arguments> steps() {
    List<Arguments> steps = new ArrayList<>();
    steps.add(Arguments.of("mojibake", gated(Mojibake::apply,
        (s, p, log) -> Mojibake.applyToLines(s, p.lines(), p.lineCount(), log))));
    steps.add(Arguments.of("mixed script", gated(MixedScript::apply,
        (s, p, log) -> MixedScript.applyToLines(s, p.lines(), p.lineCount(), log))));
    for (ToneStyle style : ToneStyle.values()) {
      int mask = style == ToneStyle.KEEP ? Prescan.TONE_SUSPECT : Prescan.TONE;
      for (boolean evidence : new boolean[] {true, false}) {
        steps.add(Arguments.of("tones " + style + (evidence ? " needing evidence" : ""), gated(
            (s, log) -> VietnameseTones.apply(s, style, evidence, log),
            (s, p, log) -> VietnameseTones.applyToLines(s, p.lines(), p.lineCount(), mask, style,
                evidence, log))));
      }
    }
    for (SpaceStyle spaces : SpaceStyle.values()) {
      WhitespaceStep step = new WhitespaceStep(spaces);
      int mask = Prescan.LINE_BREAK | Prescan.SPACE_RUN
          | (spaces == SpaceStyle.PLAIN ? Prescan.ODD_SPACE : 0);
      steps.add(Arguments.of("whitespace " + spaces, gated(step::apply,
          (s, p, log) -> step.applyToLines(s, p.lines(), p.lineCount(), mask, log))));
    }
    for (UnicodeForm form : UnicodeForm.values()) {
      UnicodeStep step = new UnicodeStep(form, SpaceStyle.KEEP);
      // Without a log: explaining takes the whole-text path.
      steps.add(Arguments.of("unicode " + form, gated((s, log) -> step.apply(s, null),
          (s, p, log) -> step.applyToLines(s, Prescan.scan(s), p.lines(), p.lineCount(), null))));
    }
    return steps.stream();
  }

  private static Gated gated(BiFunction<String, ChangeLog, String> whole, LineStep lines) {
    return new Gated() {
      @Override
      public String whole(String s, ChangeLog log) {
        return whole.apply(s, log);
      }

      @Override
      public String lines(String s, Prescan scan, ChangeLog log) {
        return lines.apply(s, scan, log);
      }
    };
  }

  interface LineStep {
    String apply(String s, Prescan scan, ChangeLog log);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("steps")
  void applyToLines_documentsOfDamagedLines_sameTextAndChangesAsTheWholeText(String name, Gated step) {
    Prescan scan = new Prescan();
    for (String doc : documents) {
      ChangeLog wholeLog = new ChangeLog();
      ChangeLog linesLog = new ChangeLog();
      String whole = step.whole(doc, wholeLog);
      scan.scanLines(doc);
      String lines = step.lines(doc, scan, linesLog);
      assertThat(lines).as("%s on %s", name, doc).isEqualTo(whole);
      assertThat(lines == doc).as("same instance when unchanged: %s", doc).isEqualTo(whole == doc);
      assertThat(linesLog.steps()).as("%s on %s", name, doc).isEqualTo(wholeLog.steps());
    }
  }

  @Test
  void scanLines_withoutToneSuspects_sameFlagsButThatOne() {
    Prescan withTones = new Prescan();
    Prescan without = new Prescan(false);
    for (String doc : documents) {
      int flags = withTones.scanLines(doc);
      int fewer = without.scanLines(doc);
      assertThat(fewer & ~Prescan.TONE_SUSPECT).as("%s", doc).isEqualTo(flags & ~Prescan.TONE_SUSPECT);
      assertThat(fewer & ~flags).as("%s", doc).isZero();
    }
  }

  @Test
  void scanLines_documents_eachRecordHasTheFlagsOfItsLineAloneAndTheyAddUpToTheDocument() {
    Prescan scan = new Prescan();
    for (String doc : documents) {
      int flags = scan.scanLines(doc);
      int[] lines = scan.lines();
      int recorded = 0;
      for (int k = 0; k < scan.lineCount(); k++) {
        String line = doc.substring(lines[3 * k], lines[3 * k + 1]);
        assertThat(lines[3 * k + 2]).as("%s", line).isEqualTo(Prescan.scan(line));
        recorded |= lines[3 * k + 2];
      }
      int lineFlags = 0;
      for (String line : doc.split("\n", -1)) {
        lineFlags |= Prescan.scan(line);
      }
      assertThat(flags).as("%s", doc).isEqualTo(lineFlags);
      assertThat(recorded & Prescan.LINE_FLAGS).isEqualTo(flags & Prescan.LINE_FLAGS);
    }
  }

  @Test
  void normalize_oneMojibakeLineAmongCleanLines_repairsThatLineAndKeepsTheOthers() {
    String clean = TextNormalizer.defaults().normalize(Testdata.seed(Testdata.RU_CAUCASUS));
    String[] lines = clean.split("\n", -1);
    int broken = 2; // the second paragraph
    while (lines[broken].chars().noneMatch(c -> c >= 0x400 && c < 0x500)) {
      broken++;
    }
    lines[broken] = Damage.wrongDecode(lines[broken], Charset.forName("windows-1251"));
    Normalized n = TextNormalizer.defaults().normalizeAndExplain(String.join("\n", lines));
    assertThat(n.text()).isEqualTo(clean);
    assertThat(n.steps()).extracting(AppliedStep::step).containsOnly(Step.MOJIBAKE);
  }

  /**
   * Found by TextNormalizerFuzzTest: a Latin and a Cyrillic letter with a run of combining marks
   * between them make a mixed word for the step, but the scan only looked across one mark, so the
   * gated run left the word alone and the whole-text run repaired it.
   */
  @Test
  void normalize_scriptChangeAcrossARunOfMarks_flagsTheLineForTheMixedScriptStep() {
    String marks = "\u0301\u0323\u0300".repeat(20);
    String text = "clean line\na" + marks + "\u0441" + marks + " b";
    String whole = TextNormalizer.defaults().normalizeEveryStep(text);
    assertThat(whole).contains("c").doesNotContain("\u0441");
    assertThat(TextNormalizer.defaults().normalize(text)).isEqualTo(whole);
  }

  @Test
  void normalize_mojibakeRegionAcrossALineFeed_decodedAsOneRegion() {
    // "в" in UTF-8 read as KOI8-R is "п╢": one sequence per line, but KOI8-R wants two in a
    // region, and with only ASCII between them the region spans the line feed.
    String koi8 = Damage.wrongDecode("в", Charset.forName("KOI8-R"));
    String text = "x " + koi8 + "\n" + koi8 + " y";
    assertThat(Mojibake.apply(text, null)).isEqualTo("x в\nв y");
    assertThat(TextNormalizer.defaults().normalize(text)).isEqualTo("x в\nв y");
    String alone = "x " + koi8 + "\nи y";
    assertThat(TextNormalizer.defaults().normalize(alone)).isSameAs(alone);
  }

  @Test
  void normalize_vietnameseOnlyLetterOnAnotherLine_stillLetsTheToneRepairAct() {
    String evidence = "Đà Nẵng"; // Đ, ẵ: only Vietnamese writes them
    String misplaced = "noí naỳ"; // í, ỳ: French or Spanish could, too
    assertThat(TextNormalizer.defaults().normalize(misplaced)).isEqualTo(misplaced);
    assertThat(TextNormalizer.defaults().normalize(evidence + "\n" + misplaced))
        .isEqualTo(evidence + "\nnói này");
    assertThat(TextNormalizer.defaults().normalize(misplaced + "\n\n" + evidence))
        .isEqualTo("nói này\n\n" + evidence);
  }

  @Test
  void normalize_repairEitherStyleAllows_takesTheStyleOfTheOtherLines() {
    // h̀oa: the tone on the h; hòa and hoà are both right, and the first line writes the old style.
    assertThat(TextNormalizer.defaults().normalize("Hòa bình, khỏe mạnh\nh\u0300oa"))
        .isEqualTo("Hòa bình, khỏe mạnh\nhòa");
    assertThat(TextNormalizer.defaults().normalize("Hoà bình, khoẻ mạnh\nh\u0300oa"))
        .isEqualTo("Hoà bình, khoẻ mạnh\nhoà");
  }
}

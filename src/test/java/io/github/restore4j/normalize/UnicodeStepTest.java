// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

final class UnicodeStepTest {
  private static final UnicodeStep NFC = new UnicodeStep(UnicodeForm.NFC, SpaceStyle.KEEP);
  private static final UnicodeStep NFKC = new UnicodeStep(UnicodeForm.NFKC, SpaceStyle.PLAIN);
  private static final UnicodeStep NFKC_KEEP_SPACES = new UnicodeStep(UnicodeForm.NFKC, SpaceStyle.KEEP);

  @Test
  void apply_decomposedVietnamese_composesIt() {
    String clean = "Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh";
    String decomposed = Normalizer2.getNFDInstance().normalize(clean);
    assertThat(NFC.apply(decomposed, null)).isEqualTo(clean);
  }

  @Test
  void apply_cleanSeeds_returnsTheSameInstance() {
    for (String text : Testdata.all().values()) {
      assertThat(NFC.apply(text, null)).isSameAs(text);
    }
  }

  @Test
  void apply_zeroWidthBomAndControls_removesThem() {
    String text = "\uFEFFПідтримати\u200B ZN.ua\u0007\u0094 ok\tand\n";
    assertThat(NFC.apply(text, null)).isEqualTo("Підтримати ZN.ua ok\tand\n");
  }

  @Test
  void apply_joinersThatCarryMeaning_areKept() {
    String emoji = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // family: man, woman, girl
    String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"; // می‌خواهم, "I want"
    assertThat(NFC.apply(emoji, null)).isSameAs(emoji);
    assertThat(NFC.apply(persian, null)).isSameAs(persian);
    assertThat(NFC.apply("Ки\u200Dїв", null)).isEqualTo("Київ");
  }

  @Test
  void apply_lineBreakControls_areLeftToTheWhitespaceStep() {
    String text = "a\r\nb\u000Bc\u000Cd\u0085e";
    assertThat(NFC.apply(text, null)).isSameAs(text);
  }

  @Test
  void apply_nfkc_foldsCompatibilityCharacters() {
    assertThat(NFKC.apply("ﬁle ½ ２０２３\u00A0km²", null)).isEqualTo("file 1⁄2 2023 km2");
  }

  @Test
  void apply_nfkcKeepingSpaces_leavesNoBreakSpaces() {
    assertThat(NFKC_KEEP_SPACES.apply("для 100\u00A0000 жителів ﬁ", null)).isEqualTo("для 100\u00A0000 жителів fi");
  }

  @Test
  void apply_explain_recordsTheChangedSegment() {
    ChangeLog log = new ChangeLog();
    NFC.apply("cafe\u0301\u200B", log);
    assertThat(log.steps()).extracting(AppliedStep::description)
        .containsExactly("invisible characters removed", "NFC");
    assertThat(log.steps().get(1).examples()).containsExactly(new Change("e\u0301", "é"));
  }

  @Test
  void apply_markStorm_insertsJoinerAfterEveryThirtyNonStarters() {
    String storm = "a" + "\u0300\u0316".repeat(50_000);
    String out = NFC.apply(storm, null);
    assertThat(longestNonStarterRun(out, Normalizer2.getNFDInstance()))
        .isEqualTo(UnicodeStep.MAX_NON_STARTERS);
    assertThat(out.replace("\u034F", "")).hasSize(storm.length() - 1); // à took one grave
    assertThat(NFC.apply(out, null)).isSameAs(out);
  }

  @Test
  void apply_thirtyMarks_areLeftAloneAndThirtyOneSplit() {
    String thirty = "x" + "\u0316".repeat(30);
    assertThat(NFC.apply(thirty, null)).isSameAs(thirty);
    assertThat(NFC.apply(thirty + "\u0316", null)).isEqualTo(thirty + "\u034F\u0316");
    // ấ decomposes to a + two marks: 28 more make 30, 29 more need a joiner
    assertThat(NFC.apply("ấ" + "\u0316".repeat(28), null)).isEqualTo("ấ" + "\u0316".repeat(28));
    assertThat(NFC.apply("ấ" + "\u0316".repeat(29), null))
        .isEqualTo("ấ" + "\u0316".repeat(28) + "\u034F\u0316");
  }

  @Test
  void apply_markStormOnSeveralLinesAndNfkc_boundsEveryRunAndIsIdempotent() {
    java.util.Random random = new java.util.Random(7);
    int[] marks = {0x300, 0x301, 0x308, 0x316, 0x323, 0x327, 0x344, 0x345, 0x5B0, 0x64B, 0x94D,
        0x0F73, 0xFF9E, 0x1D167};
    StringBuilder sb = new StringBuilder("Київ ");
    for (int i = 0; i < 20_000; i++) {
      if (i % 5_000 == 0) {
        sb.append("\nnhà ");
      }
      sb.appendCodePoint(marks[random.nextInt(marks.length)]);
    }
    String storm = sb.toString();
    for (UnicodeStep step : new UnicodeStep[] {NFC, NFKC, NFKC_KEEP_SPACES}) {
      String out = step.apply(storm, null);
      Normalizer2 decomposition = step == NFC ? Normalizer2.getNFDInstance()
          : Normalizer2.getNFKDInstance();
      assertThat(longestNonStarterRun(out, decomposition))
          .isLessThanOrEqualTo(UnicodeStep.MAX_NON_STARTERS);
      assertThat(step.apply(out, null)).isSameAs(out);
      Prescan scan = new Prescan();
      int flags = scan.scanLines(storm);
      assertThat(step.applyToLines(storm, flags, scan.lines(), scan.lineCount(), null))
          .isEqualTo(out);
    }
  }

  /** The quick pre-check never skips a text the exact count would insert a joiner into. */
  @Test
  void streamSafe_randomRunsOfMarks_sameAsTheExactCount() {
    java.util.Random random = new java.util.Random(15);
    int[] pool = {'a', 'ấ', 0x1F8A, 0x300, 0x316, 0x323, 0x344, 0x345, 0x0F73, 0x0F71, 0xFF9E,
        0x1D167, 0x1D16D, 0x05B0, 'x', 0x1FC1};
    for (int k = 0; k < 3_000; k++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(120);
      for (int i = 0; i < length; i++) {
        // mostly marks, so that runs reach the maximum
        sb.appendCodePoint(random.nextInt(10) == 0 ? pool[random.nextInt(3)] : pool[3 + random.nextInt(pool.length - 3)]);
      }
      String s = sb.toString();
      for (UnicodeStep step : new UnicodeStep[] {NFC, NFKC}) {
        assertThat(step.streamSafe(s, null)).as(s).isEqualTo(step.insertJoiners(s, null));
      }
    }
  }

  /** The longest run of non-starters in a decomposition of {@code s}: what UAX #15 §13 bounds. */
  private static int longestNonStarterRun(String s, Normalizer2 decomposition) {
    Normalizer2 nfkd = decomposition;
    String d = nfkd.normalize(s);
    int longest = 0;
    int run = 0;
    for (int i = 0; i < d.length(); ) {
      int c = d.codePointAt(i);
      run = nfkd.getCombiningClass(c) == 0 ? 0 : run + 1;
      longest = Math.max(longest, run);
      i += Character.charCount(c);
    }
    return longest;
  }
}

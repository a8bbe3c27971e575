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
}

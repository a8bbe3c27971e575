// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link VietnameseTones#tonesLookValid}, the Prescan's shortcut, against the full syllable parse:
 * exhaustively, on every syllable the rules accept (onsets x vowel clusters x codas) with every
 * tone on every letter.
 */
final class QuickValidTest {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final String[] ONSETS = ("- b c ch d đ g gh gi h k kh l m n ng ngh nh ph qu r s t th"
      + " tr v x").split(" ");
  private static final String[] CLUSTERS = ("a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu"
      + " oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê iêu oai oay oeo uây uôi ươi ươu uya"
      + " uyê uyu yêu").split(" ");
  private static final String[] CODAS = "- c ch k m n ng nh p t".split(" ");
  private static final char[] TONES = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'};

  @Test
  void tonesLookValid_onEverySyllableWithEveryTonePlacement_neverVouchesForARepairTheParseWouldMake() {
    VietnameseTones.Analysis a = new VietnameseTones.Analysis();
    int syllables = 0;
    int vouched = 0;
    for (String bare : syllables(a)) {
      syllables++;
      for (String toned : tonings(bare)) {
        String text = "(" + toned + ")";
        boolean edit = a.parse(text, 1, text.length() - 1)
            && a.toneIndex != a.oldPos && a.toneIndex != a.newPos;
        boolean reference = true;
        for (int i = 1; i < text.length() - 1; i++) {
          char c = text.charAt(i);
          if (VietnameseTones.carriesTone(c) && !(c >= 0x300 && c < 0x370)) {
            reference &= VietnameseTones.quickValidReference(text, i);
          }
        }
        boolean quick = VietnameseTones.tonesLookValid(text);
        assertThat(quick).as("%s", toned).isEqualTo(reference);
        if (quick && text.chars().noneMatch(c -> c >= 0x300 && c < 0x370)) {
          vouched++;
          assertThat(edit).as("tonesLookValid vouched for %s, which needs a repair", toned).isFalse();
        }
      }
    }
    assertThat(syllables).isGreaterThan(3_000);
    assertThat(vouched).isGreaterThan(10_000);
  }

  @Test
  void tonesLookValid_onTheVietnameseTestData_vouchesForEveryLine() {
    long lines = Testdata.viSentences().lines().count();
    long vouched = Testdata.viSentences().lines().filter(VietnameseTones::tonesLookValid).count();
    assertThat(vouched).isEqualTo(lines);
    assertThat(VietnameseTones.tonesLookValid(Testdata.seed(Testdata.VI_DEGRADED))).isFalse(); // "noí"
  }

  /** Every onset + cluster + coda the syllable parse accepts, without a tone. */
  static List<String> syllables(VietnameseTones.Analysis a) {
    List<String> out = new ArrayList<>();
    for (String onset : ONSETS) {
      for (String cluster : CLUSTERS) {
        for (String coda : CODAS) {
          String s = (onset.equals("-") ? "" : onset) + cluster + (coda.equals("-") ? "" : coda);
          if (a.parse(s, 0, s.length(), false)) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }

  /** The syllable with each tone on each letter, composed where Unicode can. */
  static List<String> tonings(String bare) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < bare.length(); k++) {
      for (char tone : TONES) {
        out.add(NFC.normalize(bare.substring(0, k + 1) + tone + bare.substring(k + 1)));
      }
    }
    return out;
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import io.github.restore4j.text.Folding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class VietnameseTonesTest {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  @ParameterizedTest
  @CsvSource({
      "noí, nói", // seed 001: "nhà ngoại giao noí"
      "naỳ, này",
      "laị, lại",
      "nghịêm, nghiệm",
      "gìa, già", // the i of gi- is the onset
      "qúa, quá", // the u of qu- is the onset
      "ngừơi, người", // ươ: the tone goes on ơ
      "hòan, hoàn", // before a coda: the last vowel, in both styles
      "tuyêt\u0301, tuyết", // a tone after the coda, decomposed
      "NOÍ, NÓI",
      "Gìa, Già",
  })
  void repair_invalidPlacement_movesToWhereTheRulesPutIt(String invalid, String valid) {
    assertThat(VietnameseTones.repair(invalid)).isEqualTo(valid);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hòa", "hoà", "thủy", "thuỷ", "khỏe", "khoẻ", "quý", "giữa", "người",
      "ngoài", "khuya", "khuỷu", "Đắk Lắk", "gì", "của", "mía", "thuở"})
  void repair_validInEitherStyle_returnsSameInstance(String word) {
    assertThat(VietnameseTones.repair(word)).isSameAs(word);
  }

  @Test
  void place_newStyle_movesTheToneOfOaOeUyToTheSecondVowel() {
    assertThat(VietnameseTones.place("Hòa bình, khỏe mạnh, thủy thủ", ToneStyle.NEW))
        .isEqualTo("Hoà bình, khoẻ mạnh, thuỷ thủ");
  }

  @Test
  void place_oldStyle_movesTheToneOfOaOeUyToTheFirstVowel() {
    assertThat(VietnameseTones.place("Hoà bình, khoẻ mạnh, thuỷ thủ", ToneStyle.OLD))
        .isEqualTo("Hòa bình, khỏe mạnh, thủy thủ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hoàn", "huỳnh", "quyết", "toán", "hoạch", "khuyên"})
  void place_closedOrMarkedSyllable_isTheSameInBothStyles(String word) {
    assertThat(VietnameseTones.place(word, ToneStyle.OLD)).isSameAs(word);
    assertThat(VietnameseTones.place(word, ToneStyle.NEW)).isSameAs(word);
  }

  @Test
  void repair_decomposedInput_placesAndComposesTheChangedWord() {
    assertThat(VietnameseTones.repair("noi\u0301")).isEqualTo("nói");
    assertThat(VietnameseTones.repair("nghi\u0323e\u0302m")).isEqualTo("nghiệm");
    String validDecomposed = "no\u0301i";
    assertThat(VietnameseTones.repair(validDecomposed)).isSameAs(validDecomposed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"où", "été", "déjà", "Nagorno-Karabakh", "naïve", "Zürich", "mililít",
      "nóí"})
  void repair_notAVietnameseSyllable_isLeftAlone(String word) {
    assertThat(VietnameseTones.repair(word)).isSameAs(word);
  }

  @Test
  void repair_turkishDefaultLocale_sameResult() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertThat(VietnameseTones.repair("GÌA QÚI")).isEqualTo("GIÀ QUÍ");
      assertThat(VietnameseTones.place("THỦY", ToneStyle.NEW)).isEqualTo("THUỶ");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void repair_seed001_fixesExactlyItsThreeMisplacedWords() {
    String degraded = Testdata.seed(Testdata.VI_DEGRADED);
    String repaired = VietnameseTones.repair(degraded);
    String[] before = degraded.split("\\s+");
    String[] after = repaired.split("\\s+");
    assertThat(after).hasSameSizeAs(before);
    Map<String, String> changes = new HashMap<>();
    for (int i = 0; i < before.length; i++) {
      if (!before[i].equals(after[i])) {
        changes.put(before[i], after[i]);
      }
    }
    assertThat(changes).containsExactlyInAnyOrderEntriesOf(
        Map.of("noí", "nói", "naỳ", "này", "laị", "lại"));
  }

  @Test
  void place_cleanVietnameseInItsOwnStyle_isNoOp() {
    // The news sentences and seed 004 write oa/oe/uy the old way: "hòa", "thủy".
    for (String text : List.of(Testdata.viSentences(), Testdata.seed(Testdata.VI_CLEAN))) {
      assertThat(VietnameseTones.repair(text)).isSameAs(text);
      assertThat(VietnameseTones.place(text, ToneStyle.OLD)).isSameAs(text);
      String restyled = VietnameseTones.place(text, ToneStyle.NEW);
      assertThat(restyled).isNotEqualTo(text);
      assertThat(VietnameseTones.place(restyled, ToneStyle.NEW)).isSameAs(restyled);
      assertThat(VietnameseTones.place(restyled, ToneStyle.OLD)).isEqualTo(text);
    }
  }

  @Test
  void repair_everyCorpusSyllableWithItsToneMisplaced_restoresIt() {
    int checked = 0;
    for (String word : tonedWords()) {
      String oldStyle = VietnameseTones.place(word, ToneStyle.OLD);
      String newStyle = VietnameseTones.place(word, ToneStyle.NEW);
      for (String wrong : misplacements(word)) {
        String repaired = VietnameseTones.repair(wrong);
        assertThat(repaired).as("repair(%s) of %s", wrong, word).isIn(oldStyle, newStyle);
        if (oldStyle.equals(newStyle)) {
          assertThat(repaired).isEqualTo(word);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(2_500);
  }

  @Test
  void toneKey_ofTwoPlacements_isEqualExactlyForTheSameSyllable() {
    assertThat(VietnameseTones.toneKey("noí")).isEqualTo(VietnameseTones.toneKey("nói"));
    assertThat(VietnameseTones.toneKey("hòa")).isEqualTo(VietnameseTones.toneKey("hoà"))
        .isEqualTo(VietnameseTones.toneKey("hoa\u0300")).isEqualTo("hoà");
    assertThat(VietnameseTones.toneKey("nói")).isNotEqualTo(VietnameseTones.toneKey("nòi"));
    assertThat(VietnameseTones.toneKey("Hòa")).isEqualTo("Hoà");
  }

  /**
   * The restorer folds words with {@link Folding#STRICT}, which moves tone marks to the end of the
   * key. For every corpus syllable and every misplacement of its tone, both keys must make the same
   * words equal.
   */
  @Test
  void toneKey_onCorpusSyllablesAndMisplacements_agreesWithTheRestorersFolding() {
    Map<String, String> foldingToToneKey = new HashMap<>();
    Map<String, String> toneKeyToFolding = new HashMap<>();
    for (String word : tonedWords()) {
      List<String> variants = new ArrayList<>(misplacements(word));
      variants.add(word);
      variants.add(NFD.normalize(word));
      for (String v : variants) {
        String folding = Folding.STRICT.key(v);
        String toneKey = VietnameseTones.toneKey(v.toLowerCase(Locale.ROOT));
        assertThat(foldingToToneKey.computeIfAbsent(folding, k -> toneKey)).as(v).isEqualTo(toneKey);
        assertThat(toneKeyToFolding.computeIfAbsent(toneKey, k -> folding)).as(v).isEqualTo(folding);
      }
    }
    assertThat(foldingToToneKey).hasSizeGreaterThan(1_000);
  }

  // ---------------------------------------------------------------------------------------------

  /** Distinct lowercase words of the Vietnamese test data with one tone mark, as syllables. */
  static Set<String> tonedWords() {
    Set<String> words = new LinkedHashSet<>();
    VietnameseTones.Analysis a = new VietnameseTones.Analysis();
    String text = (Testdata.viSentences() + "\n" + Testdata.seed(Testdata.VI_CLEAN))
        .toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < text.length()) {
      if (!VietnameseTones.isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && VietnameseTones.isWordChar(text.charAt(i))) {
        i++;
      }
      if (a.parse(text, start, i)) {
        words.add(text.substring(start, i));
      }
    }
    return words;
  }

  /** The word with its one tone mark moved onto each other letter, in NFC (decomposed where needed). */
  static List<String> misplacements(String word) {
    String d = NFD.normalize(word);
    int tonePos = -1;
    char tone = 0;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
        tonePos = i;
        tone = c;
      }
    }
    String bare = d.substring(0, tonePos) + d.substring(tonePos + 1);
    List<Integer> letterEnds = new ArrayList<>();
    for (int i = 0; i < bare.length(); i++) {
      if (i + 1 == bare.length() || Character.getType(bare.charAt(i + 1)) != Character.NON_SPACING_MARK) {
        letterEnds.add(i + 1);
      }
    }
    List<String> out = new ArrayList<>();
    for (int end : letterEnds) {
      String moved = NFC.normalize(bare.substring(0, end) + tone + bare.substring(end));
      if (!moved.equals(word)) {
        out.add(moved);
      }
    }
    return out;
  }
}

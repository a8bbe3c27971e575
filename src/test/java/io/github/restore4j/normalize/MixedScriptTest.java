// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.SpoofChecker;
import org.junit.jupiter.api.Test;

final class MixedScriptTest {
  @Test
  void apply_latinLookAlikesInCyrillicWords_becomeCyrillic() {
    assertThat(MixedScript.apply("Kиїв", null)).isEqualTo("Київ"); // Latin K
    assertThat(MixedScript.apply("зустріч у Cтамбулі", null)).isEqualTo("зустріч у Стамбулі"); // Latin C
    assertThat(MixedScript.apply("дев’ятимiсячну", null)).isEqualTo("дев’ятимісячну"); // Latin i
    assertThat(MixedScript.apply("в лiсi", null)).isEqualTo("в лісі"); // two of four
  }

  @Test
  void apply_cyrillicLookAlikesInLatinWords_becomeLatin() {
    assertThat(MixedScript.apply("POLITIСO", null)).isEqualTo("POLITICO"); // Cyrillic С
    assertThat(MixedScript.apply("Nagorno-Kаrabakh", null)).isEqualTo("Nagorno-Karabakh"); // Cyrillic а
  }

  @Test
  void apply_ambiguousOrReallyMixedWords_areLeftAlone() {
    String onlyLookAlikes = "СOK"; // every letter has a twin: nothing says which script
    String mixed = "iPhoneом"; // both scripts have letters of their own
    String mostlyLookAlikes = "Fарс"; // found in the Russian eval corpus: Фарс, or Fapc?
    assertThat(MixedScript.apply(onlyLookAlikes, null)).isSameAs(onlyLookAlikes);
    assertThat(MixedScript.apply(mixed, null)).isSameAs(mixed);
    assertThat(MixedScript.apply(mostlyLookAlikes, null)).isSameAs(mostlyLookAlikes);
  }

  @Test
  void apply_cleanSeeds_returnsTheSameInstance() {
    for (String text : Testdata.all().values()) {
      assertThat(MixedScript.apply(text, null)).isSameAs(text);
    }
  }

  /** The pairs are ICU confusables: the same skeleton under UTS #39. */
  @Test
  void twins_areConfusableForIcu() {
    SpoofChecker checker = new SpoofChecker.Builder().build();
    for (int k = 0; k < MixedScript.LATIN.length(); k++) {
      String latin = String.valueOf(MixedScript.LATIN.charAt(k));
      String cyrillic = String.valueOf(MixedScript.CYRILLIC.charAt(k));
      assertThat(checker.getSkeleton(cyrillic)).as("%s / %s", latin, cyrillic)
          .isEqualTo(checker.getSkeleton(latin));
      assertThat(Character.isUpperCase(latin.charAt(0))).isEqualTo(Character.isUpperCase(cyrillic.charAt(0)));
    }
  }
}

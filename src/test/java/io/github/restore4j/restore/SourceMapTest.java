// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.Seeds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class SourceMapTest {
  @Test
  void startAndEnd_nfdWord_mapWholeWordsAndWidenInsideTheRepairedLetter() {
    String source = "Vie\u0323\u0302t Nam";
    String repaired = SiblingPool.REPAIR.normalize(source);
    SourceMap map = SourceMap.between(source, repaired, SiblingPool.REPAIR::normalize);

    assertThat(repaired).isEqualTo("Việt Nam");
    assertThat(map.regions()).isEqualTo(1);
    assertThat(source.substring(map.start(5), map.end(8))).isEqualTo("Nam");
    assertThat(source.substring(map.start(0), map.end(4))).isEqualTo("Vie\u0323\u0302t");
    assertThat(source.substring(map.start(2), map.end(3))).isEqualTo("e\u0323\u0302");
    assertThat(source.substring(map.start(3), map.end(3))).isEmpty();
  }

  @Test
  void between_cleanText_isTheIdentity() {
    String clean = Seeds.read(Seeds.VI_CLEAN);

    assertThat(SourceMap.between(clean, SiblingPool.REPAIR.normalize(clean), SiblingPool.REPAIR::normalize))
        .isSameAs(SourceMap.IDENTITY);
    assertThat(SourceMap.IDENTITY.start(17)).isEqualTo(17);
    assertThat(SourceMap.IDENTITY.end(17)).isEqualTo(17);
  }

  @Test
  void startAndEnd_removedCharactersAtAnEdge_areInsideTheSpan() {
    String source = "a \u200Bword\u200B b";
    SourceMap map = SourceMap.between(source, SiblingPool.REPAIR.normalize(source), SiblingPool.REPAIR::normalize);

    assertThat(source.substring(map.start(2), map.end(6))).isEqualTo("\u200Bword\u200B");
  }

  @Test
  void between_anchorsDisagree_linesThenTheWholeTextStillCover() {
    String source = "ab cd ef";
    String repaired = "ab cdef";   // not a repair the pool makes: a space went missing
    SourceMap map = SourceMap.between(source, repaired, SiblingPool.REPAIR::normalize);

    assertThat(source.substring(map.start(0), map.end(2))).isEqualTo("ab");
    assertThat(source.substring(map.start(3), map.end(7))).isEqualTo("cd ef");
    assertThat(source.substring(map.start(5), map.end(7))).isEqualTo(" ef");
  }

  @Test
  void between_mojibakeNoBreakSpace_punctuationBeforeItStaysExact() {
    String source = "\u00D0\u00B2\u00D0\u00B8.\u00C2\u00A0x";   // "ви.\u00A0x" as UTF-8 read as windows-1252
    String repaired = SiblingPool.REPAIR.normalize(source);
    SourceMap map = SourceMap.between(source, repaired, SiblingPool.REPAIR::normalize);

    assertThat(repaired).isEqualTo("ви.\u00A0x");
    assertThat(source.substring(map.start(0), map.end(3))).isEqualTo("\u00D0\u00B2\u00D0\u00B8.");
    assertThat(source.substring(map.start(3), map.end(5))).isEqualTo("\u00C2\u00A0x");
  }

  @Test
  void between_greekQuestionMark_isNoAnchor() {
    String source = "a\u037E b";
    String repaired = SiblingPool.REPAIR.normalize(source);
    SourceMap map = SourceMap.between(source, repaired, SiblingPool.REPAIR::normalize);

    assertThat(repaired).isEqualTo("a; b");
    assertThat(source.substring(map.start(0), map.end(2))).isEqualTo("a\u037E");
    assertThat(source.substring(map.start(3), map.end(4))).isEqualTo("b");
  }

  /**
   * The contract on every span between word boundaries of a damaged seed: the source span the
   * map gives, repaired on its own, is the repaired span — so it holds exactly the characters the
   * repaired span was made from (context-free damage, so the span can be repaired alone).
   */
  @ParameterizedTest
  @EnumSource(SiblingDamage.Kind.class)
  void startAndEnd_spansBetweenWordBoundaries_repairToTheRepairedSpan(SiblingDamage.Kind kind) {
    int damaged = 0;
    for (String name : List.of(Seeds.VI_CLEAN, Seeds.UK_POLITICO, Seeds.RU_CAUCASUS)) {
      String clean = Seeds.read(name);
      String source = SiblingDamage.apply(kind, clean, 7);
      String repaired = SiblingPool.REPAIR.normalize(source);
      assertThat(repaired).as("precondition: the repair undoes the damage").isEqualTo(clean);
      assertThat(anchors(repaired)).as("anchors kept").isEqualTo(anchors(source));
      SourceMap map = SourceMap.between(source, repaired, SiblingPool.REPAIR::normalize);
      List<Integer> bounds = wordBoundaries(repaired);
      damaged += map.regions();

      for (int i = 0; i < bounds.size(); i += 2) {
        for (int k = i + 1; k < Math.min(bounds.size(), i + 12); k += 2) {
          int a = bounds.get(i);
          int b = bounds.get(k);
          String span = source.substring(map.start(a), map.end(b));
          assertThat(SiblingPool.REPAIR.normalize(span)).as("%s [%d, %d)", kind, a, b)
              .isEqualTo(repaired.substring(a, b));
        }
      }
    }
    assertThat(damaged).as("changed words").isGreaterThan(50);
  }

  @ParameterizedTest
  @EnumSource(SiblingDamage.Kind.class)
  void between_damagedSeed_oneRegionPerChangedWordAtMost(SiblingDamage.Kind kind) {
    String clean = Seeds.read(Seeds.VI_CLEAN);
    String source = SiblingDamage.apply(kind, clean, 7);

    SourceMap map = SourceMap.between(source, SiblingPool.REPAIR.normalize(source), SiblingPool.REPAIR::normalize);

    assertThat(map.regions()).isLessThanOrEqualTo(wordBoundaries(clean).size() / 2);
  }

  private static String anchors(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (SourceMap.isAnchor(s.charAt(i))) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }

  /** Start and end offsets of the runs of non-whitespace, alternating. */
  private static List<Integer> wordBoundaries(String s) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i == s.length()) {
        break;
      }
      out.add(i);
      while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      out.add(i);
    }
    return out;
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.Seeds;
import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Provenance in the caller's coordinates: spans index the sibling text as it was passed, however
 * the pool repaired it.
 *
 * <p>The property, per restored line: restore the same degraded copy against the damaged sibling
 * {@code O} and against its clean twin {@code U = repair(O)}, which the engine reads identically.
 * The lines must come out the same; and where the twin's line has span {@code [a, b)} of
 * {@code U}, the damaged sibling's line has a span {@code [s, e)} of {@code O} with
 * {@code repair(O[s, e)) == U[a, b)}: the span holds exactly the characters that the text the line
 * was restored from was made of — no more (a wider span would repair to more), no less; an edge
 * that falls inside a repaired word (the cut end of a truncated copy, or a no-break space that
 * mojibake made of two chars) may widen the span, by no letter or digit. The
 * legacy decoder decides on the encoding from the words of the whole text, and a span of numbers
 * and abbreviations alone is left as it is; so there each edge is checked in its context instead:
 * {@code repair(O[0, s)) == U[0, a)} (or {@code repair(O[s, n)) == U[a, m)}, whichever side is the
 * longer), and the same for {@code e} and {@code b}.
 */
final class ProvenanceTest {
  private static final Restorer RESTORER = Restorer.create(RestoreOptions.defaults());

  @ParameterizedTest
  @EnumSource(value = SiblingDamage.Kind.class, names = "HOMOGLYPH", mode = EnumSource.Mode.EXCLUDE)
  void restore_damagedSibling_spansIndexTheTextAsGiven(SiblingDamage.Kind kind) {
    String clean = Seeds.read(Seeds.VI_CLEAN);
    String damaged = SiblingDamage.apply(kind, clean, 11);

    int checked = checkAgainstTwin(Seeds.read(Seeds.VI_DEGRADED), damaged, clean, true);

    assertThat(checked).isEqualTo(22);
  }

  @ParameterizedTest
  @EnumSource(SiblingDamage.Kind.class)
  void restore_damagedCyrillicSibling_spansIndexTheTextAsGiven(SiblingDamage.Kind kind) {
    String clean = Seeds.read(Seeds.UK_POLITICO);
    String damaged = SiblingDamage.apply(kind, clean, 13);
    assertThat(damaged).as("precondition: damaged").isNotEqualTo(clean);
    String degraded = Degrader.create(DegradeOptions.seed()).degrade(clean);

    int checked = checkAgainstTwin(degraded, damaged, clean, true);

    assertThat(checked).isGreaterThan(20);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sentences.vni.txt", "sentences.tcvn3.txt"})
  void restore_legacyVietnameseSibling_spansIndexTheTextAsGiven(String file) throws IOException {
    String legacy = Files.readString(Path.of("testdata", "legacy-vietnamese", file), StandardCharsets.UTF_8);
    String unicode = SiblingPool.REPAIR.normalize(legacy);
    assertThat(unicode).as("precondition: decoded").isNotEqualTo(legacy);
    String degraded = Degrader.create(DegradeOptions.seed()).degrade(unicode);

    int checked = checkAgainstTwin(degraded, legacy, unicode, false);

    assertThat(checked).isGreaterThan(100);
  }

  /** Checks the property of the class comment; returns how many tracked spans it checked. */
  private static int checkAgainstTwin(String degraded, String damaged, String twin, boolean contextFree) {
    assertThat(SiblingPool.REPAIR.normalize(damaged)).as("precondition: the repair gives the twin")
        .isEqualTo(twin);
    SiblingPool pool = SiblingPool.of(List.of(Sibling.of("doc", damaged)));
    Restoration r = RESTORER.restore(degraded, pool);
    Restoration t = RESTORER.restore(degraded, SiblingPool.of(List.of(Sibling.of("doc", twin))));

    assertThat(r.text()).isEqualTo(t.text());
    int checked = 0;
    int exact = 0;
    for (int i = 0; i < t.lines().size(); i++) {
      RestoredLine line = r.lines().get(i);
      RestoredLine twinLine = t.lines().get(i);
      assertThat(line.siblingId()).isEqualTo(twinLine.siblingId());
      assertThat(line.span().isTracked()).isEqualTo(twinLine.span().isTracked());
      if (!twinLine.span().isTracked()) {
        continue;
      }
      String original = line.siblingId().flatMap(pool::sibling).orElseThrow().text();
      assertThat(original).isSameAs(damaged);
      if (!contextFree) {
        assertEdge(damaged, line.span().start(), twin, twinLine.span().start());
        assertEdge(damaged, line.span().end(), twin, twinLine.span().end());
      } else {
        String span = SiblingPool.REPAIR.normalize(damaged.substring(line.span().start(), line.span().end()));
        String expected = twin.substring(twinLine.span().start(), twinLine.span().end());
        assertThat(span).as("line %d, span %s", i, line.span()).contains(expected);
        assertThat(span.replace(expected, "")).as("widened by no word").doesNotContainPattern("[\\p{L}\\p{N}]");
        exact += span.equals(expected) ? 1 : 0;
      }
      checked++;
    }
    assertThat(exact).as("exact spans").isGreaterThanOrEqualTo(contextFree ? checked * 9 / 10 : 0);
    return checked;
  }

  /** Offset {@code s} of {@code damaged} is where offset {@code a} of its repair {@code twin} is. */
  private static void assertEdge(String damaged, int s, String twin, int a) {
    if (s > damaged.length() / 2) {
      assertThat(SiblingPool.REPAIR.normalize(damaged.substring(0, s))).as("before %d", s)
          .isEqualTo(twin.substring(0, a));
    } else {
      assertThat(SiblingPool.REPAIR.normalize(damaged.substring(s))).as("after %d", s)
          .isEqualTo(twin.substring(a));
    }
  }
}

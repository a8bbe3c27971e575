// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tone artifact repaired where the aligned words say the copy follows it, in any language. */
final class ToneEvidenceTest {
  private static final Restorer RESTORER = Restorer.create(RestoreOptions.defaults());
  /** Czech: a help-page sentence with the two words, and the pangram (its "ódy."). */
  private static final Sibling CZECH = Sibling.of("cs",
      "Pokud narazíte na problémy, podívejte se do příručky. Příliš žluťoučký kůň úpěl ďábelské ódy.");

  @Test
  void restore_czechCopyWithTheArtifact_repairsEachMovedTone() {
    Restoration r = RESTORER.restore("pokud narazíte na problemý podívejte se do přiručký\n"
        + "příliš žluťoučký kůň úpěl ďábelské odý", List.of(CZECH));

    assertThat(r.text()).isEqualTo("Pokud narazíte na problémy, podívejte se do příručky.\n"
        + "Příliš žluťoučký kůň úpěl ďábelské ódy.");
    assertThat(r.stats().guardFallbacks()).isZero();
  }

  @Test
  void restore_czechCopyWithoutTheArtifact_keepsItsOwnPlacementAndThePunctuation() {
    // "problémy" and "příručky" say this copy does not move tones: "odý" is its own spelling
    Restoration r = RESTORER.restore(
        "pokud narazíte na problémy podívejte se do příručky příliš žluťoučký kůň úpěl ďábelské odý", List.of(CZECH));

    assertThat(r.text()).isEqualTo(
        "Pokud narazíte na problémy, podívejte se do příručky. Příliš žluťoučký kůň úpěl ďábelské odý.");
  }

  @Test
  void restore_linesWithAndWithoutTheArtifact_eachKeepsItsPunctuation() {
    // line 1 shows the artifact ("odý" for "ódy."), line 2 does not, twice ("problémy", "příručky")
    Restoration r = RESTORER.restore("příliš žluťoučký kůň úpěl ďábelské odý\n"
        + "pokud narazíte na problémy podívejte se do příručky", List.of(CZECH));

    assertThat(r.text()).isEqualTo("Příliš žluťoučký kůň úpěl ďábelské ódy.\n"
        + "Pokud narazíte na problémy, podívejte se do příručky.");
  }

  @Test
  void restore_loneVoteAgainstTheArtifact_withholdsThePunctuation() {
    // line 2 keeps "nói" where the sibling has "nói,": one vote, which a near-quote with other
    // punctuation can also cast, so the line follows the copy and "nói" gets no comma (fidelity)
    Restoration r = RESTORER.restore("eu và nga cũng chưa phản hồi thông tin naỳ\n"
        + "một quan chức eu nói thêm rằng klaar đã tìm cách duy trì quan hệ cởi mở với nga",
        List.of(Seeds.sibling(Seeds.VI_CLEAN)));

    assertThat(r.text()).isEqualTo("EU và Nga cũng chưa phản hồi thông tin này.\n"
        + "một quan chức EU nói thêm rằng Klaar đã tìm cách duy trì quan hệ cởi mở với Nga");
  }
}

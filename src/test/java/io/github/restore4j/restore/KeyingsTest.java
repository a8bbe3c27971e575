// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.text.Folding;
import java.util.List;
import org.junit.jupiter.api.Test;

final class KeyingsTest {
  private static final String TEXT = "Ngày 17/9 tại Istanbul, năm 2020 xảy ra. Hội nghị G20 ở Ấn Độ.";
  private static final SiblingPool POOL = SiblingPool.of(List.of(Sibling.of("a", "Khác hẳn."), Sibling.of("b", TEXT)));

  /** The stream position of the piece starting at {@code word} in document b. */
  private static int position(PoolIndex index, String word) {
    int offset = TEXT.indexOf(word);
    for (int p = index.docStart(1); p < index.docStart(2); p++) {
      if (index.pieceStart(p) == offset) {
        return p;
      }
    }
    throw new AssertionError(word + " is no piece");
  }

  @Test
  void place_digitsVisibleInOneStreamOnly_samePiecesInTheReference() {
    Keyings keyings = new Keyings(POOL, Folding.STRICT);
    PoolIndex digits = keyings.index(Folding.STRICT_DIGITS);
    PoolIndex strict = keyings.index(Folding.STRICT);
    // "tại Istanbul năm" sits after two digit pieces: its positions differ by two between the streams
    Alignment a = Alignment.exact(1, position(digits, "tại"), 3);
    assertThat(a.first()).isEqualTo(position(strict, "tại") + 2);

    keyings.place(a, Folding.STRICT_DIGITS);

    assertThat(a.placeFirst()).isEqualTo(position(strict, "tại"));
    assertThat(a.placeLast()).isEqualTo(position(strict, "năm"));
  }

  @Test
  void place_placeStartingOrEndingOnADigitPiece_nearestReferencePiecesInside() {
    Keyings keyings = new Keyings(POOL, Folding.STRICT);
    PoolIndex digits = keyings.index(Folding.STRICT_DIGITS);
    PoolIndex strict = keyings.index(Folding.STRICT);
    Alignment a = Alignment.exact(1, position(digits, "17"), 5); // 17 9 tại Istanbul năm

    keyings.place(a, Folding.STRICT_DIGITS);

    assertThat(a.placeFirst()).isEqualTo(position(strict, "tại"));
    assertThat(a.placeLast()).isEqualTo(position(strict, "năm"));
  }

  @Test
  void afterAndBefore_carryAPlaceIntoAnotherStream() {
    Keyings keyings = new Keyings(POOL, Folding.STRICT);
    PoolIndex digits = keyings.index(Folding.STRICT_DIGITS);
    PoolIndex strict = keyings.index(Folding.STRICT);
    Alignment ngay = Alignment.exact(1, position(strict, "Ngày"), 1);
    Alignment istanbul = Alignment.exact(1, position(strict, "tại"), 2);

    // a line continuing "Ngày" under digits starts at "17"; one leading to "tại" ends before it
    assertThat(keyings.after(ngay, Folding.STRICT_DIGITS)).isEqualTo(position(digits, "17"));
    assertThat(keyings.before(istanbul, Folding.STRICT_DIGITS)).isEqualTo(position(digits, "tại"));
    assertThat(keyings.after(ngay, Folding.STRICT)).isEqualTo(position(strict, "tại"));
  }

  @Test
  void place_underTheReference_keepsItsOwnPositions() {
    Keyings keyings = new Keyings(POOL, Folding.STRICT_DIGITS);
    Alignment a = Alignment.exact(1, 7, 2);

    keyings.place(a, Folding.STRICT_DIGITS);

    assertThat(a.placeFirst()).isEqualTo(7);
    assertThat(a.placeLast()).isEqualTo(8);
  }
}

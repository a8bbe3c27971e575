// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TieReconcilerTest {
  @Test
  void sharedMarks_betweenWords_commonStartWithoutTheSpace() {
    assertThat(TieReconciler.sharedMarks(": '", ": \"", false)).isEqualTo(":");
    assertThat(TieReconciler.sharedMarks(", «", ", \"", false)).isEqualTo(",");
  }

  @Test
  void sharedMarks_afterTheLastWord_commonStart() {
    assertThat(TieReconciler.sharedMarks(".»", ".", false)).isEqualTo(".");
    assertThat(TieReconciler.sharedMarks("!\".", "!", false)).isEqualTo("!");
  }

  @Test
  void sharedMarks_beforeTheFirstWord_commonEnd() {
    assertThat(TieReconciler.sharedMarks("(«", "«", true)).isEqualTo("«");
    assertThat(TieReconciler.sharedMarks("\"", "«", true)).isEmpty();
  }

  @Test
  void sharedMarks_nothingShared_orOnlySpace_isEmpty() {
    assertThat(TieReconciler.sharedMarks(". ", "! ", false)).isEmpty();
    assertThat(TieReconciler.sharedMarks(" «", " \"", false)).isEmpty();
  }
}

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class LineRendererTest {
  @Test
  void sharedMarks_betweenWords_commonStartWithoutTheSpace() {
    assertThat(LineRenderer.sharedMarks(": '", ": \"", false)).isEqualTo(":");
    assertThat(LineRenderer.sharedMarks(", «", ", \"", false)).isEqualTo(",");
  }

  @Test
  void sharedMarks_afterTheLastWord_commonStart() {
    assertThat(LineRenderer.sharedMarks(".»", ".", false)).isEqualTo(".");
    assertThat(LineRenderer.sharedMarks("!\".", "!", false)).isEqualTo("!");
  }

  @Test
  void sharedMarks_beforeTheFirstWord_commonEnd() {
    assertThat(LineRenderer.sharedMarks("(«", "«", true)).isEqualTo("«");
    assertThat(LineRenderer.sharedMarks("\"", "«", true)).isEmpty();
  }

  @Test
  void sharedMarks_nothingShared_orOnlySpace_isEmpty() {
    assertThat(LineRenderer.sharedMarks(". ", "! ", false)).isEmpty();
    assertThat(LineRenderer.sharedMarks(" «", " \"", false)).isEmpty();
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

final class RestoreOptionsTest {
  @Test
  void toBuilder_keepsEveryValueAndLetsEachBeSetOnce() {
    Executor direct = Runnable::run;
    RestoreOptions o = RestoreOptions.builder().language(Locale.forLanguageTag("tr")).parallelism(4)
        .executor(direct).maxLineLength(500).build();

    RestoreOptions same = o.toBuilder().build();
    RestoreOptions changed = o.toBuilder().maxLineLength(900).language(Locale.ROOT).build();

    assertThat(same.language()).contains(Locale.forLanguageTag("tr"));
    assertThat(same.parallelism()).isEqualTo(4);
    assertThat(same.executor()).containsSame(direct);
    assertThat(same.maxLineLength()).isEqualTo(500);
    assertThat(changed.maxLineLength()).isEqualTo(900);
    assertThat(changed.language()).contains(Locale.ROOT);
    assertThat(changed.parallelism()).isEqualTo(4);
    assertThat(o.maxLineLength()).isEqualTo(500);
    assertThatThrownBy(() -> o.toBuilder().parallelism(2).parallelism(3))
        .isInstanceOf(IllegalStateException.class).hasMessage("parallelism was already set to 2");
  }

  @Test
  void toBuilder_conflictingChange_failsAtBuild() {
    RestoreOptions o = RestoreOptions.builder().parallelism(2).executor(Runnable::run).build();

    assertThatThrownBy(() -> o.toBuilder().parallelism(1).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("executor");
  }

  @Test
  void toString_namesTheValues() {
    assertThat(RestoreOptions.builder().language(Locale.forLanguageTag("tr")).parallelism(4).build())
        .hasToString("RestoreOptions{language=tr, parallelism=4, maxLineLength=1000000}");
    assertThat(RestoreOptions.defaults())
        .hasToString("RestoreOptions{language=neutral, parallelism=1, maxLineLength=1000000}");
    assertThat(Restorer.create(RestoreOptions.defaults()).toString()).startsWith("Restorer{RestoreOptions{");
  }
}

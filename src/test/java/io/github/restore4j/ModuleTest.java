// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.restore.Restorer;
import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module declaration: the tests run inside the named module (surefire patches them into it),
 * which exports the user-facing packages and nothing of the engine's internals.
 */
final class ModuleTest {

  @Test
  void module_isNamed_exportsTheUserFacingPackagesOnly() {
    Module module = Restorer.class.getModule();

    assertThat(module.isNamed()).as("tests run on the module path").isTrue();
    assertThat(module.getName()).isEqualTo("io.github.restore4j");
    assertThat(module.getDescriptor().exports().stream()
        .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("io.github.restore4j", "io.github.restore4j.degrade", "io.github.restore4j.model",
            "io.github.restore4j.normalize", "io.github.restore4j.restore");
  }

  @Test
  void module_requiresIcu_withoutReexportingIt() {
    ModuleDescriptor descriptor = Restorer.class.getModule().getDescriptor();

    assertThat(descriptor.requires()).anySatisfy(r -> {
      assertThat(r.name()).isEqualTo("com.ibm.icu");
      assertThat(r.modifiers()).doesNotContain(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    });
  }
}

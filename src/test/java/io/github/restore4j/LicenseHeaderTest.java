// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The header policy: every Java source of the project (library, command line, benchmarks, Spark module,
 * examples) opens with the SPDX line and the copyright line that {@code scripts/license-headers.sh}
 * adds. The check lives in the build so that a new file without it fails {@code mvn verify}.
 */
final class LicenseHeaderTest {

  private static final String SPDX = "// SPDX-License-Identifier: Apache-2.0";
  private static final String COPYRIGHT_PREFIX = "// Copyright ";
  private static final List<String> ROOTS = List.of("src", "cli/src", "benchmarks/src", "spark/src", "examples");

  @Test
  void sources_everyJavaFile_opensWithTheSpdxHeader() throws IOException {
    List<Path> sources = javaSources();

    List<Path> without = sources.stream().filter(f -> !hasHeader(f)).collect(Collectors.toList());

    assertThat(sources).as("Java sources under %s", ROOTS).isNotEmpty();
    assertThat(without).as("files without the licence header (run scripts/license-headers.sh)").isEmpty();
  }

  private static List<Path> javaSources() throws IOException {
    List<Path> all = new ArrayList<>();
    for (String root : ROOTS) {
      Path dir = Path.of(root);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(f -> f.toString().endsWith(".java"))
            .filter(f -> !f.toString().contains("/target/"))
            .forEach(all::add);
      }
    }
    return all;
  }

  private static boolean hasHeader(Path file) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      List<String> head = lines.limit(2).collect(Collectors.toList());
      return head.size() == 2 && head.get(0).equals(SPDX) && head.get(1).startsWith(COPYRIGHT_PREFIX);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

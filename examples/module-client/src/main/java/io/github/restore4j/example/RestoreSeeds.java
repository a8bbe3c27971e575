// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.example;

import io.github.restore4j.restore.LineStatus;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.restore.SiblingPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Restores the degraded seed ({@code 001_…}) against the other seeds of a folder, as the README
 * shows, and exits with 1 unless every line was restored and the library ran as a named module.
 */
public final class RestoreSeeds {
  private RestoreSeeds() {}

  /**
   * Runs the restoration.
   *
   * @param args the seeds folder ({@code testdata/seeds})
   * @throws IOException if a seed cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path seeds = Path.of(args[0]);
    String degraded = null;
    List<Sibling> siblings = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith("001_")) {
          degraded = Files.readString(file);
        } else {
          siblings.add(Sibling.of(name.substring(0, 3), Files.readString(file)));
        }
      }
    }
    if (degraded == null) {
      throw new IllegalArgumentException(seeds + ": no 001_*.txt");
    }
    Restorer restorer = Restorer.create(RestoreOptions.defaults());
    Restoration r = restorer.restore(degraded, SiblingPool.of(siblings));

    Module library = Restorer.class.getModule();
    System.out.println(r.text().lines().findFirst().orElse(""));
    System.out.println("module " + library.getName() + " (named: " + library.isNamed() + "), client module "
        + RestoreSeeds.class.getModule().getName());
    System.out.println(r.stats().summary());
    long restored = r.lines().stream().filter(l -> l.status() == LineStatus.RESTORED).count();
    if (!library.isNamed() || !RestoreSeeds.class.getModule().isNamed() || restored != r.lines().size()) {
      System.err.println("module-client: expected every line restored on the module path");
      System.exit(1);
    }
  }
}

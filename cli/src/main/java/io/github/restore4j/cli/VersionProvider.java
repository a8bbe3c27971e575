// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code --version} prints: from the jar manifest, else from the {@code pom.properties}
 * Maven puts in every jar, else {@code "development build"} (classes run from target/classes).
 *
 * <pre>{@code
 * restore4j 0.1.0-SNAPSHOT
 * Java 17.0.15 (Debian) on Linux amd64
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class VersionProvider implements IVersionProvider {
  private static final String POM_PROPERTIES = "/META-INF/maven/io.github.restore4j/restore4j/pom.properties";

  @Override
  public String[] getVersion() {
    return new String[] {
        "restore4j " + version(),
        String.format(Locale.ROOT, "Java %s (%s) on %s %s",
            System.getProperty("java.version"), System.getProperty("java.vendor"),
            System.getProperty("os.name"), System.getProperty("os.arch"))};
  }

  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    if (version != null) {
      return version;
    }
    try (InputStream in = Main.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        version = properties.getProperty("version");
        if (version != null && !version.isBlank()) {
          return version;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // fall through: a version is nice to have, never worth failing for
    }
    return "development build";
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java samples compile as written, as a module of their own on the module path
 * against this build's {@code target/classes}, and its example program restores the seed pair
 * there. A block that is a module declaration becomes the {@code module-info.java}; a block with a
 * class is a compilation unit as it stands; any other block is a snippet whose imports are kept
 * and whose statements become a method body.
 */
final class ReadmeSamplesTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");
  private static final Pattern MODULE = Pattern.compile("(?m)^module\\s+([\\w.]+)\\s*\\{");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
  private static final Pattern CLASS = Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+)");

  @Test
  void readme_javaSamples_compileAsAModule_andTheExampleRestoresTheSeeds(@TempDir Path dir)
      throws IOException, InterruptedException, URISyntaxException {
    List<String> blocks = javaBlocks(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
    Path src = dir.resolve("src");
    Path out = dir.resolve("out");

    List<String> sources = writeSources(blocks, src);
    String modulePath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator + icuJar();
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--module-path", modulePath,
        "-Xlint:all", "-encoding", "UTF-8"));
    args.addAll(sources);
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(diagnostics, true, StandardCharsets.UTF_8);
    int status = ToolProvider.findFirst("javac").orElseThrow()
        .run(err, err, args.toArray(new String[0]));

    assertThat(blocks).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(3);
    assertThat(status).as("javac on the README's samples:%n%s", diagnostics.toString(StandardCharsets.UTF_8))
        .isZero();
    assertThat(diagnostics.toString(StandardCharsets.UTF_8)).as("javac warnings").isEmpty();

    Path work = Files.createDirectory(dir.resolve("work"));
    Files.copy(Path.of("testdata/seeds/004_122364f8869732ab.txt"), work.resolve("004.txt"));
    Files.copy(Path.of("testdata/seeds/001_112bc054fcd8705d.txt"), work.resolve("001.txt"));
    Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", out + File.pathSeparator + modulePath,
        "--module", "com.example/com.example.Example")
        .directory(work.toFile()).redirectError(dir.resolve("stderr.txt").toFile())
        .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
    assertThat(java.waitFor(5, TimeUnit.MINUTES)).as("the example finished").isTrue();
    String stderr = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
    String stdout = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);

    assertThat(java.exitValue()).as("exit status; standard error:%n%s", stderr).isZero();
    assertThat(stderr).contains("22 lines: 22 restored");
    assertThat(stdout).startsWith("Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh");
  }

  private static List<String> javaBlocks(String readme) {
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /** Writes each block where javac wants it; returns the files written. */
  private static List<String> writeSources(List<String> blocks, Path src) throws IOException {
    List<String> files = new ArrayList<>();
    int snippets = 0;
    for (String block : blocks) {
      Path file;
      String text = block;
      if (MODULE.matcher(block).find()) {
        file = src.resolve("module-info.java");
      } else if (CLASS.matcher(block).find()) {
        Matcher pkg = PACKAGE.matcher(block);
        Matcher cls = CLASS.matcher(block);
        cls.find();
        String dirs = pkg.find() ? pkg.group(1).replace('.', '/') : "";
        file = src.resolve(dirs).resolve(cls.group(1) + ".java");
      } else {
        snippets++;
        String name = "ReadmeSnippet" + snippets;
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : block.split("\n", -1)) {
          (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        text = "package com.example;\n" + imports + "final class " + name
            + " {\n  static void run() throws Exception {\n" + body + "  }\n}\n";
        file = src.resolve("com/example").resolve(name + ".java");
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      files.add(file.toString());
    }
    return files;
  }

  private static String icuJar() throws URISyntaxException {
    return Path.of(Normalizer2.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}

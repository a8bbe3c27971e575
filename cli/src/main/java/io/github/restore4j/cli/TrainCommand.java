// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import io.github.restore4j.model.FormModel;
import io.github.restore4j.io.TextFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code restore4j train}: learns a form model from a folder of clean text and saves it, for
 * {@code restore --model FILE}.
 *
 * <pre>{@code
 * $ restore4j train --corpus news/ --out vi.r4jm
 * 48,213 forms of 31,007 words, 702,455 bigrams from 3,904,117 words in 4.1 s: vi.r4jm   (standard error)
 * }</pre>
 *
 * A new instance serves one run.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Learns a form model (diacritics and case of words, in context) from clean text and saves it.",
        "Use it with 'restore --model FILE' for the lines and words no sibling covers."})
final class TrainCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "FOLDER|FILE",
      description = "Clean UTF-8 text: a .txt file or a folder searched for *.txt files.")
  private Path corpus;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Where to save the model (replaced if it exists).")
  private Path out;

  @Override
  public Integer call() {
    TextFiles.checkWritable(out);
    long t0 = System.nanoTime();
    FormModel model = FormModel.learn(corpus);
    model.save(out);
    PrintWriter err = spec.commandLine().getErr();
    err.println(String.format(Locale.ROOT, "%,d forms of %,d words, %,d bigrams from %,d words in %.1f s: %s",
        model.formCount(), model.keyCount(), model.bigramCount(), model.tokenCount(),
        (System.nanoTime() - t0) / 1e9, out));
    err.flush();
    return Main.EXIT_OK;
  }
}

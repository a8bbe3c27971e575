// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import io.github.restore4j.eval.Corpus;
import io.github.restore4j.eval.UnseenEvaluation;
import io.github.restore4j.restore.Sibling;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * {@code eval --profile unseen}: runs {@link UnseenEvaluation} beside (or instead of) the other
 * profiles. Named profiles run as before; when {@code unseen} is the only one, its table and JSON
 * are the command's output, otherwise its table is printed first, on standard error's progress
 * lines' side, and the JSON file holds the other profiles' report.
 */
final class UnseenProfile {
  /** The profile's name on the command line. */
  static final String ID = "unseen";

  private UnseenProfile() {}

  static void run(List<Corpus> corpora, List<Sibling> extraPool, long seed, boolean only, PrintWriter err,
      BiConsumer<String, String> write) {
    UnseenEvaluation.Report report = UnseenEvaluation.run(corpora, extraPool, seed, line -> {
      err.println("eval: " + line);
      err.flush();
    });
    if (only) {
      write.accept(report.toMarkdown(), report.toJson());
    } else {
      err.print(report.toMarkdown());
      err.flush();
    }
  }
}

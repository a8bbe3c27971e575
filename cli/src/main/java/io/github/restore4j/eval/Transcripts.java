// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import io.github.restore4j.InvalidInputException;
import io.github.restore4j.io.TextFiles;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoredLine;
import io.github.restore4j.restore.Restorer;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.restore.SiblingPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Evaluation on real transcripts: each recognizer output {@code ID.asr.txt} of a folder is restored
 * against its human transcript {@code ID.ref.txt} as the only sibling, by restore4j and by the
 * {@link SequenceBaseline}, and both outputs are scored against that transcript by
 * {@link WordScorer} (the Earnings-21 way: word alignment on folded keys, case and punctuation of
 * the matched words).
 *
 * <pre>{@code
 * TranscriptReport r = Transcripts.run(Path.of("../shared/corpora/asr"), Restorer.create(RestoreOptions.defaults()), line -> {});
 * r.total().restore4j().caseAccuracy()
 * System.out.print(r.toMarkdown());
 * }</pre>
 *
 * <p>Pairs are found by name: every {@code ID.asr.txt} with an {@code ID.ref.txt} beside it, in
 * order of ID; an {@code .asr.txt} without its reference is an error. The files are read in place.
 * Unlike the profile evaluation, the report holds timings (wall-clock seconds per call and system,
 * measured one call at a time), so two runs differ in those figures only. Stateless.
 */
public final class Transcripts {
  static final String COPY_SUFFIX = ".asr.txt";
  static final String REFERENCE_SUFFIX = ".ref.txt";

  private Transcripts() {}

  /**
   * Restores and scores every pair of {@code folder}, telling {@code progress} one line per call.
   *
   * @throws InvalidInputException if the folder is missing, has no pair, or a copy has no reference
   */
  public static TranscriptReport run(Path folder, Restorer restorer, Consumer<String> progress) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(restorer, "restorer");
    List<TranscriptReport.Call> calls = new ArrayList<>();
    for (String id : ids(folder)) {
      String copy = TextFiles.readText(folder.resolve(id + COPY_SUFFIX));
      String reference = TextFiles.readText(folder.resolve(id + REFERENCE_SUFFIX));
      TranscriptReport.Call call = evaluate(id, copy, reference, restorer);
      calls.add(call);
      progress.accept(String.format(Locale.ROOT,
          "%s: %d words, matched %s, case %s / %s, punct. F1 %s / %s, %.2f s / %.2f s", id,
          call.restore4j().words(), Report.percent(call.restore4j().matchedRate()),
          Report.percent(call.restore4j().caseAccuracy()), Report.percent(call.baseline().caseAccuracy()),
          Report.percent(call.restore4j().punctuation().f1()), Report.percent(call.baseline().punctuation().f1()),
          call.restore4jSeconds(), call.baselineSeconds()));
    }
    return new TranscriptReport(folder.toString(), calls);
  }

  /** Restores one copy against its reference with both systems and scores them. */
  static TranscriptReport.Call evaluate(String id, String copy, String reference, Restorer restorer) {
    long t0 = System.nanoTime();
    Restoration r = restorer.restore(copy, SiblingPool.of(List.of(Sibling.of(id + REFERENCE_SUFFIX, reference))));
    long t1 = System.nanoTime();
    SequenceBaseline.Result b = SequenceBaseline.restore(copy, reference);
    long t2 = System.nanoTime();
    long aligned = 0;
    for (RestoredLine line : r.lines()) {
      aligned += line.wordsAligned();
    }
    WordScores ours = WordScorer.score(r.text(), reference).withAligned(aligned);
    WordScores theirs = WordScorer.score(b.output(), reference).withAligned(b.aligned());
    return new TranscriptReport.Call(id, ours, theirs, sameWords(copy, r.text()), sameWords(copy, b.output()),
        (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }

  /**
   * Whether {@code output} has the words of {@code input}: the same letters, digits and combining
   * marks in the same order, case-folded, everything else aside. Restoring a hyphen or an
   * apostrophe keeps the words, whether the copy split the word ({@code "FORWARD LOOKING"} →
   * {@code "forward-looking"}) or joined it ({@code "US"} → {@code "U.S."}); writing
   * {@code "TWENTY TWENTY"} as {@code "2020"}, or adding a number, does not.
   */
  static boolean sameWords(String input, String output) {
    return letters(input).equals(letters(output));
  }

  private static String letters(String text) {
    String folded = UCharacter.foldCase(Normalizer2.getNFCInstance().normalize(text), true);
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.isLetterOrDigit(cp) || WordSpans.isMark(cp)) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  /** The IDs of the pairs of {@code folder}, sorted. */
  static List<String> ids(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new InvalidInputException(folder + ": no such folder");
    }
    List<String> ids = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        String name = f.getFileName().toString();
        if (name.endsWith(COPY_SUFFIX)) {
          String id = name.substring(0, name.length() - COPY_SUFFIX.length());
          if (!Files.isRegularFile(folder.resolve(id + REFERENCE_SUFFIX))) {
            throw new InvalidInputException(f + ": no " + id + REFERENCE_SUFFIX + " beside it");
          }
          ids.add(id);
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException(folder + ": " + e.getMessage());
    }
    if (ids.isEmpty()) {
      throw new InvalidInputException(folder + ": no *" + COPY_SUFFIX + " files");
    }
    return ids;
  }
}

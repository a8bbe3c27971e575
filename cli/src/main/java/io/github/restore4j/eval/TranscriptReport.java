// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link Transcripts} measured: per call and in total, restore4j beside the whole-sequence
 * alignment baseline.
 *
 * <pre>{@code
 * r.calls().get(0).id()                       // "4330115"
 * r.total().restore4j().caseAccuracy()        // over the matched words of every call
 * r.total().baseline().punctuation().f1()
 * }</pre>
 *
 * @param source where the pairs were read from
 * @param calls  one entry per pair, in order of ID
 */
public record TranscriptReport(String source, List<Call> calls) {
  public TranscriptReport {
    Objects.requireNonNull(source, "source");
    calls = List.copyOf(calls);
  }

  /**
   * One call.
   *
   * @param id                the pair's ID (file name without {@code .asr.txt})
   * @param restore4j         restore4j's scores ({@link WordScores#aligned()}: its own aligned words)
   * @param baseline          the baseline's scores
   * @param restore4jFaithful whether restore4j's output has the copy's words (folded keys)
   * @param baselineFaithful  the same for the baseline
   * @param restore4jSeconds  wall-clock time of restore4j on this call (pool built and restored)
   * @param baselineSeconds   wall-clock time of the baseline
   */
  public record Call(String id, WordScores restore4j, WordScores baseline, boolean restore4jFaithful,
      boolean baselineFaithful, double restore4jSeconds, double baselineSeconds) {
    public Call {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(restore4j, "restore4j");
      Objects.requireNonNull(baseline, "baseline");
    }
  }

  /** Every call summed (micro-averaged), as a call named {@code "total"}. */
  public Call total() {
    WordScores ours = WordScores.empty();
    WordScores theirs = WordScores.empty();
    boolean oursFaithful = true;
    boolean theirsFaithful = true;
    double oursSeconds = 0;
    double theirsSeconds = 0;
    for (Call c : calls) {
      ours = ours.plus(c.restore4j);
      theirs = theirs.plus(c.baseline);
      oursFaithful &= c.restore4jFaithful;
      theirsFaithful &= c.baselineFaithful;
      oursSeconds += c.restore4jSeconds;
      theirsSeconds += c.baselineSeconds;
    }
    return new Call("total", ours, theirs, oursFaithful, theirsFaithful, oursSeconds, theirsSeconds);
  }

  /** A Markdown table, one row per call and a total; cells read {@code restore4j / baseline}. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# restore4j on real transcripts\n\n")
        .append("Each `ID.asr.txt` of `").append(source).append("` restored against `ID.ref.txt` as the only")
        .append(" sibling. Cells read **restore4j / baseline** (whole-sequence word alignment, case and")
        .append(" following punctuation copied from matched words), in percent, except seconds. *matched*:")
        .append(" share of the copy's words that the scoring alignment pairs with a reference word of equal")
        .append(" folded key (the same for both systems); *aligned*: share the system itself aligned; case")
        .append(" and punctuation are over matched words; *words kept*: the output has the copy's words.\n\n");
    md.append("| call | words | matched | aligned | case | punct. P | punct. R | punct. F1 | words kept | seconds |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
    for (Call c : calls) {
      row(md, c);
    }
    row(md, total());
    return md.toString();
  }

  private static void row(StringBuilder md, Call c) {
    WordScores a = c.restore4j;
    WordScores b = c.baseline;
    md.append("| ").append(c.id).append(" | ").append(a.words()).append(" | ")
        .append(Report.percent(a.matchedRate())).append(" | ")
        .append(Report.percent(a.alignedRate())).append(" / ").append(Report.percent(b.alignedRate())).append(" | ")
        .append(Report.percent(a.caseAccuracy())).append(" / ").append(Report.percent(b.caseAccuracy())).append(" | ")
        .append(pair(a.punctuation().precision(), b.punctuation().precision())).append(" | ")
        .append(pair(a.punctuation().recall(), b.punctuation().recall())).append(" | ")
        .append(pair(a.punctuation().f1(), b.punctuation().f1())).append(" | ")
        .append(c.restore4jFaithful ? "yes" : "no").append(" / ").append(c.baselineFaithful ? "yes" : "no")
        .append(" | ").append(String.format(Locale.ROOT, "%.2f / %.2f", c.restore4jSeconds, c.baselineSeconds))
        .append(" |\n");
  }

  private static String pair(double a, double b) {
    return Report.percent(a) + " / " + Report.percent(b);
  }

  /** The report as JSON (keys in a fixed order, rates with six decimals, NaN as null). */
  public String toJson() {
    StringBuilder j = new StringBuilder();
    j.append("{\n  \"source\": ").append(Report.str(source)).append(",\n  \"calls\": [");
    for (int i = 0; i < calls.size(); i++) {
      j.append(i == 0 ? "\n" : ",\n");
      call(j, calls.get(i));
    }
    j.append("\n  ],\n  \"total\":\n");
    call(j, total());
    j.append("\n}\n");
    return j.toString();
  }

  private static void call(StringBuilder j, Call c) {
    j.append("    {\n      \"id\": ").append(Report.str(c.id))
        .append(",\n      \"restore4jFaithful\": ").append(c.restore4jFaithful)
        .append(",\n      \"baselineFaithful\": ").append(c.baselineFaithful)
        .append(",\n      \"restore4jSeconds\": ").append(Report.number(c.restore4jSeconds))
        .append(",\n      \"baselineSeconds\": ").append(Report.number(c.baselineSeconds))
        .append(",\n      \"restore4j\": ");
    Report.wordScores(j, c.restore4j, "      ");
    j.append(",\n      \"baseline\": ");
    Report.wordScores(j, c.baseline, "      ");
    j.append("\n    }");
  }
}

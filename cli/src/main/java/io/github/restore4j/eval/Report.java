// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Writes an {@link EvalReport} as Markdown and as JSON, by hand (no JSON dependency). Stateless. */
final class Report {
  private Report() {}

  /** A named rate of {@link Scores}. */
  private record Metric(String heading, String key, ToDoubleFunction<Scores> rate) {}

  private static final List<Metric> METRICS = List.of(
      new Metric("exact", "exactRate", Scores::exactRate),
      new Metric("fidelity", "fidelity", Scores::fidelity),
      new Metric("case", "caseAccuracy", Scores::caseAccuracy),
      new Metric("diacritics", "diacriticAccuracy", Scores::diacriticAccuracy),
      new Metric("punct. P", "punctuationPrecision", s -> s.punctuation().precision()),
      new Metric("punct. R", "punctuationRecall", s -> s.punctuation().recall()),
      new Metric("punct. F1", "punctuationF1", s -> s.punctuation().f1()),
      new Metric("numbers P", "numberPrecision", s -> s.numbers().precision()),
      new Metric("numbers R", "numberRecall", s -> s.numbers().recall()),
      new Metric("restored", "restoredRate", Scores::restoredRate),
      new Metric("unchanged", "unchangedRate", Scores::unchangedRate),
      new Metric("uncovered unchanged", "uncoveredUnchangedRate", Scores::uncoveredUnchangedRate));

  static String markdown(EvalReport report) {
    StringBuilder md = new StringBuilder();
    md.append("# restore4j evaluation\n\n");
    md.append("Seed ").append(report.seed()).append("; up to ").append(report.maxDocuments())
        .append(" documents per corpus degraded and restored, every document of the corpus (and the")
        .append(" distractors) a sibling. Cells read **restore4j / baseline**, in percent; `–` means")
        .append(" nothing to measure. Every metric except fidelity and *uncovered unchanged* is over")
        .append(" covered lines (lines whose document is in the pool).\n\n");

    md.append("## Corpora\n\n| corpus | language | source | documents | sampled | left out (not clean text) |\n");
    md.append("|---|---|---|---:|---:|---|\n");
    for (CorpusSummary c : report.corpora()) {
      md.append("| ").append(c.name()).append(" | ").append(c.language()).append(" | `").append(c.source())
          .append("` | ").append(c.documents()).append(" | ").append(c.sampled()).append(" | ")
          .append(String.join(", ", c.skipped())).append(" |\n");
    }

    md.append("\n## Summary by profile (mean over corpora)\n\n| profile | corpora | lines |");
    for (Metric m : METRICS) {
      md.append(' ').append(m.heading).append(" |");
    }
    md.append("\n|---|---:|---:|");
    md.append("---:|".repeat(METRICS.size())).append('\n');
    for (Profile p : report.profiles()) {
      for (int kind = 0; kind < 3; kind++) {
        boolean decidable = kind > 0;
        boolean stripped = kind == 2;
        List<EvalRow> rows = new ArrayList<>();
        for (EvalRow r : report.rows()) {
          // A corpus where the profile made no copy (artifact in a language without tone marks) is left out.
          if (r.profile() == p && r.decidableOnly() == decidable && r.strippedOnly() == stripped
              && r.restore4j().lines() > 0) {
            rows.add(r);
          }
        }
        if (rows.isEmpty()) {
          continue;
        }
        long lines = rows.stream().mapToLong(r -> r.restore4j().lines()).sum();
        md.append("| ").append(rows.get(0).label()).append(" | ").append(rows.size()).append(" | ").append(lines)
            .append(" |");
        for (Metric m : METRICS) {
          md.append(' ').append(percent(mean(rows, m.rate, true))).append(" / ")
              .append(percent(mean(rows, m.rate, false))).append(" |");
        }
        md.append('\n');
      }
    }

    md.append("\n## By corpus and profile\n\n| corpus | profile | lines |");
    for (Metric m : METRICS) {
      md.append(' ').append(m.heading).append(" |");
    }
    md.append("\n|---|---|---:|");
    md.append("---:|".repeat(METRICS.size())).append('\n');
    for (EvalRow r : report.rows()) {
      md.append("| ").append(r.corpus()).append(" | ").append(r.label()).append(" | ")
          .append(r.restore4j().lines()).append(" |");
      for (Metric m : METRICS) {
        md.append(' ').append(pair(m.rate.applyAsDouble(r.restore4j()), m.rate.applyAsDouble(r.baseline())))
            .append(" |");
      }
      md.append('\n');
    }

    md.append("\n## Punctuation F1 by mark class\n\n| corpus | profile |");
    for (MarkClass c : MarkClass.values()) {
      md.append(" `").append(c.label()).append("` |");
    }
    md.append("\n|---|---|").append("---:|".repeat(MarkClass.values().length)).append('\n');
    for (EvalRow r : report.rows()) {
      md.append("| ").append(r.corpus()).append(" | ").append(r.label()).append(" |");
      for (MarkClass c : MarkClass.values()) {
        md.append(' ').append(pair(r.restore4j().punctuation(c).f1(), r.baseline().punctuation(c).f1())).append(" |");
      }
      md.append('\n');
    }

    wordSections(md, report);

    boolean any = report.rows().stream().anyMatch(r -> !r.examples().isEmpty());
    if (any) {
      md.append("\n## Lines restore4j got wrong (first of each row)\n");
      for (EvalRow r : report.rows()) {
        if (r.examples().isEmpty() || r.decidableOnly()) {
          continue;
        }
        md.append("\n### ").append(r.corpus()).append(' ').append(r.profile().id()).append("\n\n");
        for (Example e : r.examples()) {
          md.append("- `").append(e.copy()).append("`").append(e.covered() ? "" : " (uncovered)")
              .append(!e.ambiguous() ? "" : r.profile() == Profile.RELATED
                  ? " (undecidable: the pool has its words only in another form)"
                  : " (undecidable without the line order)").append('\n')
              .append("  - input:     `").append(code(e.input())).append("`\n")
              .append("  - output:    `").append(code(e.output())).append("`\n")
              .append("  - reference: `").append(code(e.reference())).append("`\n");
        }
      }
    }

    md.append("\n## Profiles\n\n");
    for (Profile p : report.profiles()) {
      md.append("- `").append(p.id()).append("`: ").append(p.description()).append('\n');
    }
    return md.toString();
  }

  /** The tables of the profiles scored by words: asr, related, artifact (only those that ran). */
  private static void wordSections(StringBuilder md, EvalReport report) {
    List<EvalRow> asr = rowsOf(report, Profile.ASR);
    if (!asr.isEmpty()) {
      md.append("\n## asr: word alignment with the clean document\n\n")
          .append("Earnings-21 style: the output's words aligned with the clean document's by word-level")
          .append(" edit distance over folded keys; *matched*: share of the copy's words paired with an equal")
          .append(" word (the same for both systems); *aligned*: share restore4j says it aligned; case and")
          .append(" punctuation over matched words; *words kept*: share of copies whose output has the copy's")
          .append(" words.\n\n")
          .append("| corpus | copies | words | matched | aligned (restore4j) | case | punct. P | punct. R | punct. F1 |")
          .append(" words kept |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (EvalRow r : asr) {
        WordScores a = r.restore4jWords();
        WordScores b = r.baselineWords();
        md.append("| ").append(r.corpus()).append(" | ").append(r.copies()).append(" | ").append(a.words())
            .append(" | ").append(percent(a.matchedRate())).append(" | ").append(percent(a.alignedRate()))
            .append(" | ").append(pair(a.caseAccuracy(), b.caseAccuracy()))
            .append(" | ").append(pair(a.punctuation().precision(), b.punctuation().precision()))
            .append(" | ").append(pair(a.punctuation().recall(), b.punctuation().recall()))
            .append(" | ").append(pair(a.punctuation().f1(), b.punctuation().f1()))
            .append(" | ").append(pair(r.restore4j().fidelity(), r.baseline().fidelity())).append(" |\n");
      }
    }
    List<EvalRow> related = rowsOf(report, Profile.RELATED);
    if (!related.isEmpty()) {
      md.append("\n## related: changed words right for this article\n\n")
          .append("*changed*: words whose form (letters, or the marks and numbers after them) the system")
          .append(" changed; *right*: share of those whose new form is this article's (target ≥ 95%);")
          .append(" *uncovered unchanged*: lines whose sentence the related article left out, kept as they came;")
          .append(" *decidable lines*: without the lines whose words the pool gives only from another clean form")
          .append(" (the article's sentence with the same words and other numbers or commas).\n\n")
          .append("| corpus | copies | changed | right | changed, decidable lines | right, decidable lines |")
          .append(" uncovered unchanged |\n|---|---:|---:|---:|---:|---:|---:|\n");
      for (EvalRow r : related) {
        EvalRow d = decidableRow(report, r);
        md.append("| ").append(r.corpus()).append(" | ").append(r.copies()).append(" | ")
            .append(r.restore4jWords().changed()).append(" / ").append(r.baselineWords().changed()).append(" | ")
            .append(pair(r.restore4jWords().changePrecision(), r.baselineWords().changePrecision())).append(" | ")
            .append(d.restore4jWords().changed()).append(" / ").append(d.baselineWords().changed()).append(" | ")
            .append(pair(d.restore4jWords().changePrecision(), d.baselineWords().changePrecision())).append(" | ")
            .append(pair(r.restore4j().uncoveredUnchangedRate(), r.baseline().uncoveredUnchangedRate()))
            .append(" |\n");
      }
    }
    List<EvalRow> artifact = rowsOf(report, Profile.ARTIFACT);
    if (!artifact.isEmpty()) {
      md.append("\n## artifact: copies the tone artifact changed\n\n")
          .append("| corpus | copies | words changed by the artifact | lines | exact |\n|---|---:|---:|---:|---:|\n");
      for (EvalRow r : artifact) {
        md.append("| ").append(r.corpus()).append(" | ").append(r.copies()).append(" | ").append(r.artifactWords())
            .append(" | ").append(r.restore4j().lines()).append(" | ")
            .append(pair(r.restore4j().exactRate(), r.baseline().exactRate())).append(" |\n");
      }
    }
  }

  /** The decidable-lines row of {@code row}'s corpus and profile, or {@code row} itself when there is none. */
  private static EvalRow decidableRow(EvalReport report, EvalRow row) {
    for (EvalRow r : report.rows()) {
      if (r.profile() == row.profile() && r.corpus().equals(row.corpus()) && r.decidableOnly() && !r.strippedOnly()) {
        return r;
      }
    }
    return row;
  }

  private static List<EvalRow> rowsOf(EvalReport report, Profile profile) {
    List<EvalRow> rows = new ArrayList<>();
    for (EvalRow r : report.rows()) {
      if (r.profile() == profile && !r.decidableOnly()) {
        rows.add(r);
      }
    }
    return rows;
  }

  /** Text inside a Markdown code span: backticks would end it. */
  private static String code(String s) {
    return s.replace('`', '\'');
  }

  private static double mean(List<EvalRow> rows, ToDoubleFunction<Scores> rate, boolean ours) {
    double sum = 0;
    int n = 0;
    for (EvalRow r : rows) {
      double v = rate.applyAsDouble(ours ? r.restore4j() : r.baseline());
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static String pair(double ours, double theirs) {
    if (Double.isNaN(ours) && Double.isNaN(theirs)) {
      return "–";
    }
    return percent(ours) + " / " + percent(theirs);
  }

  /** A rate as a percentage with two decimals, or "–" for NaN. */
  static String percent(double rate) {
    return Double.isNaN(rate) ? "–" : String.format(Locale.ROOT, "%.2f", rate * 100);
  }

  // ---------------------------------------------------------------------------------------------
  // JSON

  static String json(EvalReport report) {
    StringBuilder j = new StringBuilder();
    j.append("{\n  \"seed\": ").append(report.seed());
    j.append(",\n  \"maxDocuments\": ").append(report.maxDocuments());
    j.append(",\n  \"profiles\": [");
    for (int i = 0; i < report.profiles().size(); i++) {
      Profile p = report.profiles().get(i);
      j.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(str(p.id()))
          .append(", \"description\": ").append(str(p.description())).append('}');
    }
    j.append("\n  ],\n  \"corpora\": [");
    for (int i = 0; i < report.corpora().size(); i++) {
      CorpusSummary c = report.corpora().get(i);
      j.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(str(c.name()))
          .append(", \"language\": ").append(str(c.language()))
          .append(", \"source\": ").append(str(c.source()))
          .append(", \"documents\": ").append(c.documents())
          .append(", \"sampled\": ").append(c.sampled())
          .append(", \"skipped\": [");
      for (int k = 0; k < c.skipped().size(); k++) {
        j.append(k == 0 ? "" : ", ").append(str(c.skipped().get(k)));
      }
      j.append("]}");
    }
    j.append("\n  ],\n  \"rows\": [");
    for (int i = 0; i < report.rows().size(); i++) {
      EvalRow r = report.rows().get(i);
      j.append(i == 0 ? "\n" : ",\n").append("    {\n      \"corpus\": ").append(str(r.corpus()))
          .append(",\n      \"language\": ").append(str(r.language()))
          .append(",\n      \"profile\": ").append(str(r.profile().id()))
          .append(",\n      \"decidableOnly\": ").append(r.decidableOnly())
          .append(r.strippedOnly() ? ",\n      \"strippedOnly\": true" : "")
          .append(",\n      \"copies\": ").append(r.copies())
          .append(",\n      \"restore4j\": ");
      scores(j, r.restore4j(), "      ");
      j.append(",\n      \"baseline\": ");
      scores(j, r.baseline(), "      ");
      if (r.profile() == Profile.ASR || r.profile() == Profile.RELATED) {
        j.append(",\n      \"restore4jWords\": ");
        wordScores(j, r.restore4jWords(), "      ");
        j.append(",\n      \"baselineWords\": ");
        wordScores(j, r.baselineWords(), "      ");
      }
      if (r.profile() == Profile.ARTIFACT) {
        j.append(",\n      \"artifactWords\": ").append(r.artifactWords());
      }
      j.append(",\n      \"examples\": [");
      for (int k = 0; k < r.examples().size(); k++) {
        Example e = r.examples().get(k);
        j.append(k == 0 ? "\n" : ",\n").append("        {\"copy\": ").append(str(e.copy()))
            .append(", \"covered\": ").append(e.covered())
            .append(", \"ambiguous\": ").append(e.ambiguous())
            .append(", \"input\": ").append(str(e.input()))
            .append(", \"output\": ").append(str(e.output()))
            .append(", \"reference\": ").append(str(e.reference())).append('}');
      }
      j.append(r.examples().isEmpty() ? "]" : "\n      ]");
      j.append("\n    }");
    }
    j.append("\n  ]\n}\n");
    return j.toString();
  }

  private static void scores(StringBuilder j, Scores s, String indent) {
    String in = indent + "  ";
    j.append("{\n");
    field(j, in, "lines", s.lines());
    field(j, in, "coveredLines", s.coveredLines());
    field(j, in, "exactLines", s.exactLines());
    field(j, in, "faithfulLines", s.faithfulLines());
    field(j, in, "restoredLines", s.restoredLines());
    field(j, in, "partialLines", s.partialLines());
    field(j, in, "unchangedLines", s.unchangedLines());
    field(j, in, "misalignedLines", s.misalignedLines());
    field(j, in, "words", s.words());
    field(j, in, "caseCorrect", s.caseCorrect());
    field(j, in, "diacriticWords", s.diacriticWords());
    field(j, in, "diacriticCorrect", s.diacriticCorrect());
    field(j, in, "typoWords", s.typoWords());
    field(j, in, "uncoveredLines", s.uncoveredLines());
    field(j, in, "uncoveredUnchanged", s.uncoveredUnchanged());
    for (Metric m : METRICS) {
      j.append(in).append(str(m.key)).append(": ").append(number(m.rate.applyAsDouble(s))).append(",\n");
    }
    j.append(in).append("\"punctuation\": {\n");
    counts(j, in + "  ", "all", s.punctuation());
    for (MarkClass c : MarkClass.values()) {
      j.append(",\n");
      counts(j, in + "  ", c.name().toLowerCase(Locale.ROOT), s.punctuation(c));
    }
    j.append('\n').append(in).append("},\n");
    j.append(in).append("\"numbers\": {\n");
    counts(j, in + "  ", null, s.numbers());
    j.append('\n').append(in).append("}\n").append(indent).append('}');
  }

  /** Word-level scores as a JSON object (see {@link WordScores}). */
  static void wordScores(StringBuilder j, WordScores s, String indent) {
    String in = indent + "  ";
    j.append("{\n");
    field(j, in, "words", s.words());
    field(j, in, "matched", s.matched());
    field(j, in, "aligned", s.aligned());
    field(j, in, "caseCorrect", s.caseCorrect());
    field(j, in, "changed", s.changed());
    field(j, in, "changedRight", s.changedRight());
    j.append(in).append("\"matchedRate\": ").append(number(s.matchedRate())).append(",\n");
    j.append(in).append("\"alignedRate\": ").append(number(s.alignedRate())).append(",\n");
    j.append(in).append("\"caseAccuracy\": ").append(number(s.caseAccuracy())).append(",\n");
    j.append(in).append("\"changePrecision\": ").append(number(s.changePrecision())).append(",\n");
    j.append(in).append("\"punctuation\": {\n");
    counts(j, in + "  ", "all", s.punctuation());
    for (MarkClass c : MarkClass.values()) {
      j.append(",\n");
      counts(j, in + "  ", c.name().toLowerCase(Locale.ROOT), s.punctuation(c));
    }
    j.append('\n').append(in).append("}\n").append(indent).append('}');
  }

  private static void counts(StringBuilder j, String indent, String name, Counts c) {
    j.append(indent);
    if (name != null) {
      j.append(str(name)).append(": {");
    }
    j.append("\"truePositives\": ").append(c.truePositives())
        .append(", \"predicted\": ").append(c.predicted())
        .append(", \"expected\": ").append(c.expected())
        .append(", \"precision\": ").append(number(c.precision()))
        .append(", \"recall\": ").append(number(c.recall()))
        .append(", \"f1\": ").append(number(c.f1()));
    if (name != null) {
      j.append('}');
    }
  }

  private static void field(StringBuilder j, String indent, String key, long value) {
    j.append(indent).append(str(key)).append(": ").append(value).append(",\n");
  }

  static String number(double v) {
    return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.6f", v);
  }

  /** A JSON string literal. */
  static String str(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) && !validSurrogate(s, i)) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.restore4j.restore.ChangeKind;
import io.github.restore4j.restore.LineStatus;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreStats;
import io.github.restore4j.restore.RestoredLine;
import io.github.restore4j.restore.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --json (JSON Lines) and --report (HTML): every line, every field, everything escaped. */
final class ResultFormatsTest {
  static final String HOSTILE = "<script>alert('x')</script> \"quoted\" & \\back\\slash \u0007bell";

  @TempDir
  Path dir;

  @Test
  void jsonLines_seedRun_oneObjectPerLineWithEveryField() throws IOException {
    Path json = dir.resolve("r.jsonl");

    Cli.Result r = Cli.run("restore", "--degraded", RestoreCommandTest.DEGRADED.toString(),
        "--sibling", RestoreCommandTest.SEEDS.toString(), "--json", json.toString(), "--quiet");

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    List<String> rows = Files.readAllLines(json);
    assertThat(rows).hasSize(22);
    JsonNode first = new ObjectMapper().readTree(rows.get(0));
    assertThat(first.get("line").asInt()).isEqualTo(1);
    assertThat(first.get("input").asText()).isEqualTo(RestoreCommandTest.DEGRADED_LINE);
    assertThat(first.get("output").asText()).isEqualTo(RestoreCommandTest.CLEAN_LINE);
    assertThat(first.get("status").asText()).isEqualTo("RESTORED");
    assertThat(first.get("sibling").asText()).isEqualTo("004_122364f8869732ab.txt");
    assertThat(first.get("span").get("end").asInt() - first.get("span").get("start").asInt())
        .isEqualTo(RestoreCommandTest.CLEAN_LINE.length());
    assertThat(first.get("changes")).extracting(JsonNode::asText).contains("CASE", "PUNCTUATION");
    assertThat(first.get("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(first.get("words").asInt()).isEqualTo(first.get("wordsAligned").asInt());
    assertThat(r.outLines()).hasSize(22).first().isEqualTo(RestoreCommandTest.CLEAN_LINE);
  }

  @Test
  void jsonLines_hostileTextAndUncoveredLine_roundTripsAndNullsWhereNoSibling() throws IOException {
    String text = JsonLines.format(restoration());

    List<String> rows = text.lines().toList();
    assertThat(text).endsWith("\n");
    assertThat(rows).hasSize(3);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode hostile = mapper.readTree(rows.get(0));
    assertThat(hostile.get("input").asText()).isEqualTo(HOSTILE);
    assertThat(hostile.get("output").asText()).isEqualTo(HOSTILE.toUpperCase(java.util.Locale.ROOT));
    assertThat(hostile.get("sibling").asText()).isEqualTo("id \"with\" <b>");
    JsonNode uncovered = mapper.readTree(rows.get(1));
    assertThat(uncovered.get("status").asText()).isEqualTo("UNCHANGED");
    assertThat(uncovered.get("sibling").isNull()).isTrue();
    assertThat(uncovered.get("span").isNull()).isTrue();
    assertThat(uncovered.get("changes")).isEmpty();
    assertThat(mapper.readTree(rows.get(2)).get("confidence").asDouble()).isEqualTo(0.667);
  }

  @Test
  void htmlReport_hostileText_escapedEverywhereAndNothingToFetch() {
    String html = HtmlReport.format("<b>name</b>.txt", restoration());

    assertThat(html).doesNotContain("<script", "<b>", "\u0007", "src=", "http:", "https:", "url(", "@import");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot; &amp;",
        "<title>restore4j: &lt;b&gt;name&lt;/b&gt;.txt</title>", "id &quot;with&quot; &lt;b&gt;",
        "Content-Security-Policy\" content=\"default-src 'none'");
  }

  @Test
  void htmlReport_linesToCheck_linkedFromTheSummaryAndClassedForTheFilter() {
    String html = HtmlReport.format("copy.txt", restoration());

    assertThat(html).contains("Lines to check (partial or covered by no sibling): <a href=\"#L2\">2</a> <a href=\"#L3\">3</a></p>",
        "<tr id=\"L2\" class=\"unchanged\"", "<tr id=\"L3\" class=\"partial\"", "<tr id=\"L1\" class=\"restored\"",
        "Only lines to check (2)", "#show-check:checked~table tr.restored");
    assertThat(html).contains("title=\"PARTIAL from doc.txt [5, 9), confidence 0.667; changes CASE; 2 of 3 words aligned\"");
  }

  @Test
  void report_seedRun_writesAPageWithEveryLine() throws IOException {
    Path html = dir.resolve("r.html");

    Cli.Result r = Cli.run("restore", "--degraded", RestoreCommandTest.DEGRADED.toString(),
        "--sibling", RestoreCommandTest.SEEDS.toString(), "--report", html.toString(), "--quiet");

    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    String page = Files.readString(html);
    assertThat(page).contains("<title>restore4j: 001_112bc054fcd8705d.txt</title>", "<tr id=\"L22\"",
        "<mark class=\"case\">M</mark>ỹ<ins class=\"punctuation\">,</ins>");
  }

  /** Three lines: a hostile one restored, one no sibling covers, one partial. */
  static Restoration restoration() {
    List<RestoredLine> lines = List.of(
        new RestoredLine(0, HOSTILE, HOSTILE.toUpperCase(java.util.Locale.ROOT), LineStatus.RESTORED,
            java.util.Optional.of("id \"with\" <b>"), Span.of(0, 10), EnumSet.of(ChangeKind.CASE), 6, 6, 1.0),
        new RestoredLine(1, "nowhere to be found", "nowhere to be found", LineStatus.UNCHANGED, java.util.Optional.empty(),
            Span.UNTRACKED, EnumSet.noneOf(ChangeKind.class), 4, 0, 0.0),
        new RestoredLine(2, "half of it", "Half of it", LineStatus.PARTIAL, java.util.Optional.of("doc.txt"), Span.of(5, 9),
            EnumSet.of(ChangeKind.CASE), 3, 2, 2.0 / 3));
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(l.output()).append('\n'));
    return new Restoration(text.toString(), lines, new RestoreStats(3, 0, 1, 1, 1, 13, 8, 7, 0, 0, 0, 0, 0));
  }
}

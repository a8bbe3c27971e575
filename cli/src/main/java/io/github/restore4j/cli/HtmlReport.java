// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import io.github.restore4j.restore.ChangeKind;
import io.github.restore4j.restore.LineStatus;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoreStats;
import io.github.restore4j.restore.RestoredLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A restoration as one self-contained HTML page for a person: {@code restore --report FILE.html}.
 *
 * <pre>{@code
 * HtmlReport.format("001.txt", restoration)
 * // <!DOCTYPE html> … <h1>restore4j: 001.txt</h1> (summary, lines to check, legend)
 * // <tr id="L1" class="restored" title="RESTORED from 004.txt [0, 56), confidence 1.000; changes CASE, PUNCTUATION">
 * //   <td class="n"><a href="#L1">1</a></td><td class="in">mỹ nga …</td>
 * //   <td class="out"><mark class="case">M</mark>ỹ<ins class="punctuation">,</ins> <mark class="case">N</mark>ga …</td></tr>
 * }</pre>
 *
 * <p>The page: a summary at the top (the counts of {@link RestoreStats}), links to every line to
 * check (partial, or covered by no sibling), a legend, and a table of every line: its number (an
 * anchor, {@code #L7}), the copy's text and the restored text with what changed marked
 * ({@link ChangeMarks}: {@code <mark>} for case and marks, {@code <ins>} for numbers and
 * punctuation inserted). Hovering a line shows its status, sibling, span, confidence and changes (a
 * {@code title}). A switch at the top shows only the lines to check: two radio buttons and CSS, no
 * script.
 *
 * <p>Self-contained and inert: inline CSS only, no script, no link, font or image, and a
 * Content-Security-Policy of {@code default-src 'none'} that forbids the browser any fetch. All
 * text (lines, sibling ids, the title) is escaped ({@code & < > " '}); control characters, which
 * HTML cannot carry, are shown as U+FFFD. Stateless and thread-safe.
 */
final class HtmlReport {
  private static final String STYLE = String.join("\n",
      "body{font:15px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}",
      "h1{font-size:1.3em;margin:0 0 .4em}",
      "#summary p{margin:.25em 0}",
      "table{border-collapse:collapse;width:100%;margin-top:.6em}",
      "th,td{border-bottom:1px solid #ddd;padding:.25em .5em;vertical-align:top;text-align:left}",
      "td.n{color:#888;text-align:right;white-space:nowrap}",
      "td.in{color:#666;width:45%}",
      "td.out{width:50%}",
      "td.in,td.out{white-space:pre-wrap;overflow-wrap:anywhere}",
      "tr.partial td.n{border-left:4px solid #e8a000}",
      "tr.unchanged td.n{border-left:4px solid #d33}",
      "tr:target{background:#fff6c0}",
      "mark.case{background:#cfe3ff}",
      "mark.marks{background:#d8f5c8}",
      "ins{text-decoration:none;font-weight:bold}",
      "ins.number{background:#ffd9a8}",
      "ins.punctuation{background:#f3c9f0}",
      "#show-check:checked~table tr.restored,#show-check:checked~table tr.empty{display:none}",
      "label{margin-right:1em}");

  private HtmlReport() {}

  /**
   * The page.
   *
   * @param name what the page is about (the degraded file's name), shown in its title
   */
  static String format(String name, Restoration restoration) {
    List<RestoredLine> lines = restoration.lines();
    StringBuilder html = new StringBuilder(256 * (lines.size() + 8));
    html.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>restore4j: ").append(escape(name)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    html.append("<h1>restore4j: ").append(escape(name)).append("</h1>\n");
    summary(html, restoration.stats(), lines);
    html.append("<table id=\"lines\">\n<thead><tr><th>#</th><th>Copy</th><th>Restored</th></tr></thead>\n<tbody>\n");
    for (RestoredLine line : lines) {
      row(html, line);
    }
    html.append("</tbody>\n</table>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void summary(StringBuilder html, RestoreStats s, List<RestoredLine> lines) {
    List<RestoredLine> toCheck = new ArrayList<>();
    for (RestoredLine line : lines) {
      if (toCheck(line)) {
        toCheck.add(line);
      }
    }
    html.append("<section id=\"summary\">\n")
        .append(String.format(Locale.ROOT, "<p class=\"totals\">%d lines: %d restored, %d partial,"
                + " %d covered by no sibling, %d empty; %d of %d words aligned.</p>\n",
            s.lines(), s.restored(), s.partial(), s.unchanged(), s.emptyLines(), s.wordsAligned(), s.words()))
        .append(String.format(Locale.ROOT, "<p class=\"changes\">Restored: %d case, %d marks, %d punctuation,"
                + " %d numbers; %d ambiguous lines, %d guard fallbacks.</p>\n",
            s.caseChanges(), s.markChanges(), s.punctuation(), s.numbers(), s.ambiguousLines(), s.guardFallbacks()));
    html.append("<p class=\"check\">Lines to check (partial or covered by no sibling): ");
    if (toCheck.isEmpty()) {
      html.append("none.");
    } else {
      for (int i = 0; i < toCheck.size(); i++) {
        int n = toCheck.get(i).index() + 1;
        html.append(i == 0 ? "" : " ").append("<a href=\"#L").append(n).append("\">").append(n).append("</a>");
      }
    }
    html.append("</p>\n<p class=\"legend\">Marked: <mark class=\"case\">case</mark>"
        + " <mark class=\"marks\">marks</mark> <ins class=\"number\">numbers</ins>"
        + " <ins class=\"punctuation\">punctuation</ins>. Hover a line for its sibling and confidence.</p>\n"
        + "</section>\n");
    html.append("<input type=\"radio\" name=\"show\" id=\"show-all\" checked><label for=\"show-all\">All lines</label>\n")
        .append("<input type=\"radio\" name=\"show\" id=\"show-check\"><label for=\"show-check\">Only lines to check (")
        .append(toCheck.size()).append(")</label>\n");
  }

  private static void row(StringBuilder html, RestoredLine line) {
    int n = line.index() + 1;
    html.append("<tr id=\"L").append(n).append("\" class=\"").append(line.status().name().toLowerCase(Locale.ROOT))
        .append("\" title=\"").append(escape(hover(line))).append("\">")
        .append("<td class=\"n\"><a href=\"#L").append(n).append("\">").append(n).append("</a></td>")
        .append("<td class=\"in\">").append(escape(line.input())).append("</td>")
        .append("<td class=\"out\">");
    for (ChangeMarks.Run run : ChangeMarks.of(line.input(), line.output())) {
      String text = escape(run.text());
      switch (run.mark()) {
        case SAME -> html.append(text);
        case CASE -> html.append("<mark class=\"case\">").append(text).append("</mark>");
        case MARKS -> html.append("<mark class=\"marks\">").append(text).append("</mark>");
        case NUMBER -> html.append("<ins class=\"number\">").append(text).append("</ins>");
        case PUNCTUATION -> html.append("<ins class=\"punctuation\">").append(text).append("</ins>");
        default -> throw new AssertionError(run.mark());
      }
    }
    html.append("</td></tr>\n");
  }

  /** A line worth a person's look: not every word was found in a sibling. */
  static boolean toCheck(RestoredLine line) {
    return line.status() == LineStatus.PARTIAL || line.status() == LineStatus.UNCHANGED;
  }

  /** {@code RESTORED from 004.txt [0, 56), confidence 1.000; changes CASE, PUNCTUATION}. */
  static String hover(RestoredLine line) {
    StringBuilder sb = new StringBuilder(line.status().name());
    if (line.siblingId().isPresent()) {
      sb.append(" from ").append(line.siblingId().get());
      if (line.span().isTracked()) {
        sb.append(" [").append(line.span().start()).append(", ").append(line.span().end()).append(')');
      }
    } else if (line.status() != LineStatus.EMPTY) {
      sb.append(", no sibling");
    }
    sb.append(String.format(Locale.ROOT, ", confidence %.3f", line.confidence()));
    if (!line.changes().isEmpty()) {
      sb.append("; changes ").append(line.changes().stream().sorted().map(ChangeKind::name)
          .collect(Collectors.joining(", ")));
    }
    sb.append(String.format(Locale.ROOT, "; %d of %d words aligned", line.wordsAligned(), line.words()));
    return sb.toString();
  }

  /** Text as HTML text or attribute value: {@code & < > " '} escaped, control characters as U+FFFD. */
  static String escape(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> c != '\t' && (c < 0x20 || (c >= 0x7F && c < 0xA0)) ? "\uFFFD" : null;
      };
      if (rep != null && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (rep != null) {
          sb.append(rep);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }
}

// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a browser renders it: headless Chromium loads the page from a file, and its
 * DOM holds every restored line, and the page made no request. Skipped, with a message, where no
 * Chromium is installed ({@code apt-get install -y chromium}; {@code .ci/run} installs it).
 *
 * <p>"No request" is read from Chromium's own network log ({@code --log-net-log}): a request the
 * page makes is a {@code URL_REQUEST_START_JOB} whose isolation key is the page's site,
 * {@code file://}; the browser's own background requests have none. A control page with an image
 * on the network checks that this detector sees a request when there is one.
 */
final class ReportInBrowserTest {
  private static final Pattern OUT_CELL = Pattern.compile("<td class=\"out\">(.*?)</td>", Pattern.DOTALL);
  private static final Pattern ROW = Pattern.compile("<tr id=\"L(\\d+)\" class=\"([a-z]+)\"");

  private static String chromium;

  @TempDir
  Path dir;

  @BeforeAll
  static void findChromium() {
    chromium = executable("chromium", "chromium-browser", "google-chrome").orElse(null);
    Assumptions.assumeTrue(chromium != null,
        "no Chromium on the PATH: apt-get install -y chromium to run the report's browser test");
  }

  @Test
  void report_renderedByChromium_showsEveryRestoredLineAndFetchesNothing() throws Exception {
    Path degraded = dir.resolve("copy.txt");
    Files.writeString(degraded, Files.readString(RestoreCommandTest.DEGRADED)
        + "\n<script>alert('x')</script> & <img src=http://127.0.0.1:9/x.png> nowhere in any sibling\n");
    Path report = dir.resolve("copy.html");
    Path json = dir.resolve("copy.jsonl");
    Cli.Result r = Cli.run("restore", "--degraded", degraded.toString(), "--sibling",
        RestoreCommandTest.SEEDS.toString(), "--report", report.toString(), "--json", json.toString(), "--quiet");
    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    List<String> expected = new ArrayList<>();
    for (String row : Files.readAllLines(json)) {
      expected.add(new ObjectMapper().readTree(row).get("output").asText());
    }

    Rendered page = render(report);

    List<String> shown = new ArrayList<>();
    Matcher cell = OUT_CELL.matcher(page.dom());
    while (cell.find()) {
      shown.add(text(cell.group(1)));
    }
    assertThat(shown).hasSize(23).isEqualTo(expected);
    assertThat(expected.get(22)).startsWith("<script>");
    assertThat(page.dom()).doesNotContain("<script", "<img");
    Matcher row = ROW.matcher(page.dom());
    assertThat(row.results().filter(m -> m.group(1).equals("23")).map(m -> m.group(2))).containsExactly("unchanged");
    assertThat(page.dom()).contains("<a href=\"#L23\">23</a></p>");
    assertThat(page.pageRequests()).isEmpty();
  }

  @Test
  void report_withoutItsContentSecurityPolicy_stillFetchesNothing() throws Exception {
    String page = Files.readString(writeReport()).replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
    Path bare = Files.writeString(dir.resolve("bare.html"), page);

    assertThat(render(bare).pageRequests()).isEmpty();
  }

  @Test
  void networkLog_pageWithAnImageOnTheNetwork_isSeenFetching() throws Exception {
    Path control = Files.writeString(dir.resolve("control.html"),
        "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/control.png\"></body></html>");

    assertThat(render(control).pageRequests()).containsExactly("http://127.0.0.1:9/control.png");
  }

  private Path writeReport() throws IOException {
    Path report = dir.resolve("seed.html");
    Cli.Result r = Cli.run("restore", "--degraded", RestoreCommandTest.DEGRADED.toString(), "--sibling",
        RestoreCommandTest.SEEDS.toString(), "--report", report.toString(), "--quiet");
    assertThat(r.status()).isEqualTo(Main.EXIT_OK);
    return report;
  }

  /**
   * What Chromium made of a page.
   *
   * @param dom          the DOM as Chromium serializes it ({@code --dump-dom})
   * @param pageRequests URLs the page asked for
   */
  record Rendered(String dom, List<String> pageRequests) {}

  private Rendered render(Path page) throws Exception {
    Path profile = Files.createTempDirectory(dir, "profile");
    Path netLog = dir.resolve("net-" + System.nanoTime() + ".json");
    Path dom = dir.resolve("dom-" + System.nanoTime() + ".html");
    Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--log-net-log=" + netLog, "--dump-dom", page.toAbsolutePath().toUri().toString())
        .redirectOutput(dom.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s");
    }
    assertThat(p.exitValue()).as("chromium's exit status").isZero();
    return new Rendered(Files.readString(dom, UTF_8), pageRequests(netLog));
  }

  /** URLs of requests made for the page (isolation key of site file://), from Chromium's net log. */
  private static List<String> pageRequests(Path netLog) throws IOException {
    JsonNode log = new ObjectMapper().readTree(netLog.toFile());
    int startJob = log.get("constants").get("logEventTypes").get("URL_REQUEST_START_JOB").asInt();
    List<String> urls = new ArrayList<>();
    for (JsonNode event : log.get("events")) {
      JsonNode params = event.get("params");
      if (event.get("type").asInt() == startJob && params != null && params.has("url")
          && params.path("network_isolation_key").asText().contains("file://")) {
        urls.add(params.get("url").asText());
      }
    }
    return urls;
  }

  /** The text of serialized HTML: tags dropped, the entities a serializer writes in text decoded. */
  static String text(String html) {
    return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&nbsp;", "\u00A0").replace("&amp;", "&");
  }

  private static Optional<String> executable(String... names) {
    for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : names) {
        Path candidate = Path.of(dirName.isEmpty() ? "." : dirName, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate.toString());
        }
      }
    }
    return Optional.empty();
  }
}

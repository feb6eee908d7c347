package io.github.trygg.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.trygg.core.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders the report of the sample register (with its risk register and requirement assessments)
 * in a real headless Chromium: the key elements are in the DOM Chromium built, the page logs
 * nothing to its console, and screenshots are left in target/report/ for a person to look at — the
 * first screen and the whole page, in each language. CI installs Chromium and sets
 * TRYGG_REQUIRE_BROWSER, so there the test cannot be skipped.
 */
class ReportInBrowserTest {
  static final Path OUT = Path.of("target", "report");
  static Path chromium;

  @BeforeAll
  static void findBrowser() throws IOException {
    chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").stream()
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    boolean required = System.getenv("TRYGG_REQUIRE_BROWSER") != null;
    if (required && chromium == null) {
      throw new AssertionError("TRYGG_REQUIRE_BROWSER is set but no Chromium is installed");
    }
    assumeTrue(chromium != null, "Chromium not installed; install Debian's chromium to run this test");
    Files.createDirectories(OUT);
  }

  @Test
  void rendersInEveryLanguageWithoutConsoleErrors() throws Exception {
    for (Language lang : Language.values()) {
      Path html = OUT.resolve("report-" + lang.tag() + ".html").toAbsolutePath();
      Files.writeString(html, HtmlReport.render(io.github.trygg.examples.Sample.officer(), lang, List.of("larmkraft")), StandardCharsets.UTF_8);

      Result dom = chromium(html, "--dump-dom");
      assertEquals(0, dom.exit(), dom.log());
      for (String element : List.of("<section id=\"summary\"", "<div class=\"attention\"", "<section id=\"classification\"", "<section id=\"chain\"",
          "<svg", "class=\"system finding\"", "data-id=\"larmcentral\"", "<polyline class=\"flow finding\" data-id=\"gps-position\"",
          "<section id=\"risks\"", "<table class=\"heat\"", "data-risk=\"rsa-01\"", "<section id=\"dpia\"", "data-screening=\"gps-larm-behandling\"",
          "<section id=\"requirements\"", "data-requirements=\"larmcentral\"", "<section id=\"records\"", "data-document=\"processor-record-larmkraft\"", "<section id=\"reviews\"",
          // The officer's view: the plan first, what changed since the previous version, sign-offs per classification, DPIA and activity.
          "<section id=\"plan\"", "data-plan=\"overdue\"", "data-item=\"utbildning-nattpatrull\"", "data-plan=\"month\"", "data-item=\"gap:journal:ac-04\"",
          "data-plan=\"owners\"", "data-owner=\"Enhetschef hemtjänst\"", "<section id=\"changes\"", "data-area=\"classification\"",
          "data-area=\"required-level\"", "data-area=\"sign-off\"", "data-signoff=\"klassning-positioner\"", "data-signoff=\"beslut-gps-larm\"",
          "<section id=\"decisions\"")) {
        assertTrue(dom.stdout().contains(element), lang + ": missing " + element);
      }
      String page = dom.stdout();
      assertTrue(page.indexOf("<section id=\"plan\"") < page.indexOf("<section id=\"summary\""), lang + ": the action plan is not first");
      assertTrue(page.indexOf("<section id=\"changes\"") < page.indexOf("<section id=\"summary\""), lang + ": what changed is not next to the plan");
      String lapsed = page.substring(page.indexOf("data-signoff=\"klassning-positioner\""));
      assertTrue(lapsed.substring(0, 400).contains("class=\"bad\""), lang + ": the lapsed classification sign-off is not marked");
      int area = page.indexOf("data-area=\"required-level\"");
      int next = page.indexOf("data-area=", area + 10);
      String changes = page.substring(area, next < 0 ? page.length() : next);
      assertTrue(changes.contains(" positioner"), lang + ": the required level's reason does not name the asset");
      List<String> console = dom.log().lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught") || l.contains("Content Security Policy"))
          .collect(Collectors.toList());
      assertEquals(List.of(), console, lang + ": the page logged to its console");

      screenshot(html, "report-" + lang.tag() + ".png", 1400, 1800);
      screenshot(html, "report-" + lang.tag() + "-full.png", 1400, 16000);
    }
  }

  static void screenshot(Path html, String name, int width, int height) throws IOException, InterruptedException {
    Path png = OUT.resolve(name).toAbsolutePath();
    Result shot = chromium(html, "--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars");
    assertEquals(0, shot.exit(), shot.log());
    assertTrue(Files.size(png) > 50_000, "screenshot too small to show anything: " + png);
  }

  record Result(int exit, String stdout, String log) {}

  static Result chromium(Path html, String... extra) throws IOException, InterruptedException {
    // Everything Chromium writes stays under target/, which a clean build removes.
    Path work = Files.createTempDirectory(OUT.toAbsolutePath(), "chromium");
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + work.resolve("profile")));
    cmd.addAll(List.of(extra));
    cmd.add(html.toUri().toString());
    Path stdout = work.resolve("stdout");
    Path stderr = work.resolve("stderr");
    try {
      Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new AssertionError("chromium timed out");
      }
      return new Result(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
    } finally {
      deleteTree(work);
    }
  }

  /** A profile per run, removed afterwards so only the screenshots stay behind. */
  private static void deleteTree(Path root) throws IOException {
    try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}

package io.github.trygg.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Language;
import io.github.trygg.core.register.Register;
import io.github.trygg.examples.analysis.Analysis;
import io.github.trygg.examples.analysis.Inputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report of a generated region of 10 000 systems and 100 000 flows in a real headless Chromium:
 * the chain is drawn by area and by the systems with findings, each picture capped, long lists say
 * how much they leave out, and the whole page — down to its footer — is in the DOM Chromium built
 * when Chromium's own {@code --timeout} of 5 seconds stops loading the page. Skipped, like
 * {@link ReportInBrowserTest}, only where Chromium is missing and CI did not ask for it.
 */
class ReportAtScaleInBrowserTest {
  static final int SYSTEMS = 10_000;
  /** Browser time the page gets, in Chromium's own clock: it stops loading the page when it runs out. */
  static final int BROWSER_MILLIS = 5_000;

  @BeforeAll
  static void findBrowser() throws IOException {
    ReportInBrowserTest.findBrowser();
  }

  @Test
  void theReportOfTenThousandSystemsIsRenderedWithinFiveSecondsOfBrowserTime() throws Exception {
    Register register = ScaleRegister.generate(SYSTEMS, 19);
    String html = HtmlReport.render(Analysis.of(Inputs.of(register, ScaleRegister.TODAY)), Language.ENGLISH);
    assertTrue(html.contains("data-chain=\"areas\""), "the chain by area");
    assertTrue(html.contains("data-chain=\"capped\""), "the systems with findings, with how many are shown");
    int boxes = count(html, "<g class=\"system");
    assertTrue(boxes > 10 && boxes <= HtmlReport.DRAWN + HtmlReport.AREAS, "boxes drawn: " + boxes);
    assertTrue(html.length() < 5_000_000, "a page a browser opens at once: " + html.length() + " characters");
    Path page = ReportInBrowserTest.OUT.resolve("report-" + SYSTEMS + ".html").toAbsolutePath();
    Files.writeString(page, html, StandardCharsets.UTF_8);

    ReportInBrowserTest.Result dom = ReportInBrowserTest.chromium(page, "--timeout=" + BROWSER_MILLIS, "--dump-dom");
    assertEquals(0, dom.exit(), dom.log());
    for (String element : List.of("<section id=\"chain\"", "data-chain=\"areas\"", "data-chain=\"capped\"", "class=\"system finding\"",
        "data-more=\"systems\"", "<section id=\"records\"", "<section id=\"reviews\"", "<footer>")) {
      assertTrue(dom.stdout().contains(element), "not rendered within " + BROWSER_MILLIS + " ms: " + element);
    }
    List<String> console = dom.log().lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught") || l.contains("Content Security Policy")).toList();
    assertEquals(List.of(), console, "the page logged to its console");

    Path png = ReportInBrowserTest.OUT.resolve("report-" + SYSTEMS + ".png").toAbsolutePath();
    ReportInBrowserTest.Result shot = ReportInBrowserTest.chromium(page, "--timeout=" + BROWSER_MILLIS, "--screenshot=" + png, "--window-size=1400,1800",
        "--hide-scrollbars");
    assertEquals(0, shot.exit(), shot.log());
    assertTrue(Files.size(png) > 50_000, "screenshot too small to show anything: " + png);
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}

package io.github.trygg.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Language;
import io.github.trygg.core.propagation.GraphExport;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.propagation.PropagationResult;
import io.github.trygg.core.propagation.Severity;
import io.github.trygg.examples.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Mermaid export of the sample chain, drawn by Mermaid itself (its bundled script from the
 * webjar) in headless Chromium: it parses, every system becomes a node and every flow, dependency
 * and hosting an edge, the findings are marked, and nothing is logged. A broken diagram must fail
 * the same way, so the check cannot pass by rendering nothing. Screenshots stay in
 * target/report/mermaid/.
 */
class MermaidInBrowserTest {
  static final Path DIR = ReportInBrowserTest.OUT.resolve("mermaid");

  @BeforeAll
  static void setUp() throws IOException {
    ReportInBrowserTest.findBrowser();
    Files.createDirectories(DIR);
    String script = "/META-INF/resources/webjars/mermaid/" + System.getProperty("mermaid.version") + "/dist/mermaid.min.js";
    try (InputStream in = MermaidInBrowserTest.class.getResourceAsStream(script)) {
      assertTrue(in != null, "the mermaid webjar is on the test class path: " + script);
      Files.copy(in, DIR.resolve("mermaid.min.js"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void mermaidDrawsTheSampleChainInEveryLanguage() throws Exception {
    PropagationResult chain = Propagation.bundled().run(Sample.REGISTER);
    for (Language lang : Language.values()) {
      String diagram = GraphExport.mermaid(chain, lang);
      String dom = render(diagram, "chain-" + lang.tag());
      assertTrue(dom.contains("data-result=\"rendered\""), lang + ": Mermaid refused the export: " + between(dom, "<div id=\"out\">", "</div>"));
      long nodes = diagram.lines().filter(l -> l.matches("  n\\d+[\\[(/].*")).count();
      long edges = diagram.lines().filter(l -> l.matches("  n\\d+ \\S+\\|.*")).count();
      assertTrue(nodes > 10 && edges > 10, "the sample has a chain worth drawing");
      assertEquals(nodes, count(dom, "<g class=\"node "), lang + ": one drawn node per system");
      assertEquals(edges, count(dom, "<path [^>]*class=\"[^\"]*flowchart-link"), lang + ": one drawn edge per flow, dependency and hosting");
      // Every node carries its level's colour class and, with findings, the finding class.
      for (int level = 0; level <= 4; level++) {
        assertEquals(count(diagram, "  class n\\d+ l" + level + "\n"), count(dom, "<g class=\"node [^\"]*\\bl" + level + "\\b"), lang + ": nodes drawn at level " + level);
      }
      long marked = count(diagram, "  class n\\d+ finding\n");
      assertTrue(marked > 0, "the sample has findings");
      assertEquals(marked, count(dom, "<g class=\"node [^\"]* finding\""), lang + ": systems with findings are marked");
      assertTrue(dom.contains("<p>Vakta larmcentral"), lang + ": labels are drawn");
      assertTrue(dom.contains(Severity.HIGH.label().in(lang) + ")"), lang + ": the worst finding is named in the diagram's language");
    }
  }

  @Test
  void aBrokenDiagramIsReportedNotDrawn() throws Exception {
    String dom = render("flowchart LR\n  a[\"unclosed --> b\n", "broken");
    assertTrue(dom.contains("data-result=\"error\""), "Mermaid must refuse a broken diagram");
  }

  /** The DOM after Mermaid ran; fails on anything the page logged. */
  static String render(String diagram, String name) throws Exception {
    String html = """
        <!doctype html><html><head><meta charset="utf-8"><title>%s</title><script src="mermaid.min.js"></script></head><body>
        <pre id="source" hidden>%s</pre><div id="out"></div>
        <script>
        mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});
        const text = document.getElementById('source').textContent;
        mermaid.parse(text)
          .then(() => mermaid.render('drawn', text))
          .then(r => { document.getElementById('out').innerHTML = r.svg; document.body.dataset.result = 'rendered'; })
          .catch(e => { document.getElementById('out').textContent = String(e && e.message || e); document.body.dataset.result = 'error'; });
        </script></body></html>
        """.formatted(name, escape(diagram));
    Path page = DIR.resolve(name + ".html").toAbsolutePath();
    Files.writeString(page, html, StandardCharsets.UTF_8);
    // Virtual time lets the asynchronous rendering finish before the DOM is dumped.
    ReportInBrowserTest.Result r = ReportInBrowserTest.chromium(page, "--dump-dom", "--virtual-time-budget=30000");
    assertEquals(0, r.exit(), r.log());
    if (!name.equals("broken")) {
      List<String> console = r.log().lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught")).collect(Collectors.toList());
      assertEquals(List.of(), console, name + ": the page logged to its console");
    }
    Files.writeString(DIR.resolve(name + ".svg.html"), r.stdout(), StandardCharsets.UTF_8);
    // A picture for a person to look at, next to the report's.
    Path png = DIR.resolve(name + ".png").toAbsolutePath();
    ReportInBrowserTest.Result shot = ReportInBrowserTest.chromium(page, "--screenshot=" + png, "--window-size=1800,1000", "--virtual-time-budget=30000");
    assertEquals(0, shot.exit(), shot.log());
    return r.stdout();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static long count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static String between(String s, String from, String to) {
    int a = s.indexOf(from);
    int b = a < 0 ? -1 : s.indexOf(to, a + from.length());
    return a < 0 || b < 0 ? "(nothing drawn)" : s.substring(a + from.length(), Math.min(b, a + from.length() + 400));
  }
}

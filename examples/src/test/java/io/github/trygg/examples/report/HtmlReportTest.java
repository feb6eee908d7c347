package io.github.trygg.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Language;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.examples.Sample;
import io.github.trygg.examples.analysis.Analysis;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report's HTML without a browser: self-contained, complete, in the language asked for. */
class HtmlReportTest {
  static final Register REGISTER = Sample.REGISTER;
  static final LocalDate TODAY = Sample.TODAY;

  static Analysis sample() {
    return Sample.analysis();
  }

  @Test
  void nothingIsFetchedFromAnywhere() {
    String html = HtmlReport.render(sample(), Language.ENGLISH);
    assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""), "the page forbids every fetch");
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(html.contains("<link"), "no linked stylesheets or fonts");
    Matcher refs = Pattern.compile("\\b(?:src|href|xlink:href)=\"([^\"]*)\"").matcher(html);
    while (refs.find()) {
      assertTrue(refs.group(1).startsWith("#"), "only links within the page: " + refs.group(1));
    }
    assertFalse(Pattern.compile("url\\((?!#)").matcher(html).find(), "no CSS url() other than SVG markers");
  }

  @Test
  void everySectionIsThereWithTheSamplesFindings() {
    String html = HtmlReport.render(sample(), Language.ENGLISH);
    for (String id : List.of("summary", "classification", "chain", "risks", "dpia", "requirements", "records", "reviews")) {
      assertTrue(html.contains("<section id=\"" + id + "\">"), id);
    }
    assertFalse(html.contains("at level 4 – needs a separate analysis"), "no aspect of the sample is at level 4 since the alarm review");
    assertTrue(html.contains("findings along the integration chain"), "the chain first");
    assertTrue(html.contains("Risk acceptances that no longer hold: rsa-12 (lapsed: expired); rsa-03 (lapsed: a classification changed)"));
    assertTrue(html.contains("m-03 (rsa-02, 2026-06-30)"), "overdue measures with their risk and date");
    assertTrue(html.contains("<polyline class=\"flow finding\" data-id=\"gps-position\""), "unencrypted positions drawn red");
    assertTrue(html.contains("<table class=\"heat\">"), "heat map");
    assertTrue(html.contains("data-screening=\"gps-larm-behandling\""), "DPIA per processing activity");
    assertFalse(html.contains("data-screening=\"sms-gateway\""), "no DPIA of a system on its own");
    assertTrue(html.contains("Positioner skickas som okrypterade SMS från enheterna"), "the organisation's measure beside the gap");
    assertEquals(12, count(html, "<tr data-risk="));
    assertEquals(12, count(html, "<tr data-asset="));
  }

  @Test
  void everyLanguageHasItsOwnWords() {
    String sv = HtmlReport.render(sample(), Language.SWEDISH);
    String nb = HtmlReport.render(sample(), Language.NORWEGIAN_BOKMAL);
    assertTrue(sv.contains("<html lang=\"sv\">") && sv.contains("Integrationskedjan") && sv.contains("Restrisk") && sv.contains("Att åtgärda först"));
    assertTrue(nb.contains("<html lang=\"nb\">") && nb.contains("Integrasjonskjeden") && nb.contains("Restrisiko") && nb.contains("Bør håndteres først"));
    assertFalse(sv.contains("Needs attention first") || nb.contains("Needs attention first"));
    // Konfidentialitet, riktighet, tillgänglighet, spårbarhet; findings are "funn", not incidents.
    assertTrue(sv.contains("<small>R</small>") && sv.contains("<small>S</small>") && !sv.contains("<small>C</small>"));
    assertTrue(nb.contains("<small>K</small>") && !nb.contains("<small>A</small>"));
    assertFalse(nb.contains("vvik"), "avvik suggests incidents");
    assertTrue(nb.contains("Gjennomganger med passert frist") && !nb.toLowerCase(java.util.Locale.ROOT).contains("forsinkede gjennomganger"));
  }

  @Test
  void withoutARiskRegisterTheReportSaysSo() {
    String html = HtmlReport.render(REGISTER, TODAY, Language.ENGLISH);
    assertTrue(html.contains("No risk register was given (--risks)."));
    assertFalse(html.contains("<table class=\"heat\">"));
  }

  @Test
  void registerTextIsEscaped() {
    Register hostile = RegisterReader.readSources(List.of(new RegisterReader.Source("hostile.yaml", new java.io.ByteArrayInputStream((
        "format: trygg-register/1\nname: \"<script>alert(1)</script>\"\nassets:\n  - id: a\n    name: \"<img src=x onerror=alert(1)>\"\n"
            + "systems:\n  - id: s\n    name: \"S & <b>\"\n    assetsStored: [a]\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        io.github.trygg.core.DataFormat.YAML)));
    String html = HtmlReport.render(hostile, TODAY, Language.ENGLISH);
    assertFalse(html.contains("<script>alert") || html.contains("<img src=x"), "register text never becomes markup");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }

  @Test
  void theRecordsListAProcessorsOwnRecordWhenAsked() {
    String plain = HtmlReport.render(sample(), Language.ENGLISH);
    assertTrue(plain.contains("<tr class=\"doc\" data-document=\"record-of-processing\">"));
    assertTrue(plain.contains("<tr class=\"doc\" data-document=\"agreement-larmkraft\">"));
    assertFalse(plain.contains("data-document=\"processor-record-"), "only when asked for");

    String html = HtmlReport.render(sample(), Language.ENGLISH, List.of("nordmoln"));
    String row = html.substring(html.indexOf("<tr class=\"doc\" data-document=\"processor-record-nordmoln\">"));
    row = row.substring(0, row.indexOf("</tr>"));
    assertTrue(row.contains("<strong>Sub-processor&#39;s record of processing activities – Nordmoln AB</strong>"), row);
    assertTrue(row.contains("Engaged by <span class=\"ref\">Art. 30(2)(a), Art. 28(4)</span>"), row);
    assertTrue(row.contains("<span class=\"ref\">GDPR Art. 30(2) (statute or EU regulation; read in a secondary source)</span>"), row);
    assertTrue(row.contains("<span class=\"count\">2</span>"), "the DPO and the organisational measures are missing: " + row);
    assertTrue(html.indexOf("data-document=\"processor-record-nordmoln\"") > html.indexOf("data-document=\"agreement-insight\""), "after the agreements");
    org.junit.jupiter.api.Assertions.assertThrows(io.github.trygg.core.records.UnknownProcessorException.class,
        () -> HtmlReport.render(sample(), Language.ENGLISH, List.of("nobody")));
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}

package io.github.trygg.examples.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.records.DraftDocument;
import io.github.trygg.core.records.Records;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.OverdueReview;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One self-contained HTML file about a register: summary, classification per asset with reasons,
 * the integration chain drawn and coloured by level, records and what is missing from them, and
 * overdue reviews. No scripts, fonts or images are fetched: it opens offline.
 */
public final class HtmlReport {
  private static final Template TEMPLATE = compile();

  private HtmlReport() {}

  public static String render(Register register, LocalDate today, Language lang) {
    Map<String, Object> ctx = new LinkedHashMap<>();
    ctx.put("lang", lang.tag());
    ctx.put("t", Labels.in(lang));
    ctx.put("title", register.name().or(() -> register.organisation().map(o -> o.name())).orElse("Trygg"));
    ctx.put("organisation", register.organisation().map(o -> o.name()).orElse(""));
    ctx.put("today", today.toString());
    ctx.put("sources", String.join(", ", register.provenance().sources()));

    List<OverdueReview> overdue = register.overdueReviews(today);
    List<DraftDocument> docs = new ArrayList<>();
    docs.add(Records.recordOfProcessing(register, today));
    docs.addAll(Records.processorAgreements(register, today));
    long thirdCountry = register.vendors().stream().filter(v -> !v.inEuEea()).count();
    int missing = docs.stream().mapToInt(d -> d.missing().size()).sum();

    ctx.put("cards", List.of(
        card(Labels.ASSETS, register.assets().size(), false),
        card(Labels.SYSTEMS, register.systems().size(), false),
        card(Labels.VENDORS_THIRD_COUNTRY, thirdCountry, thirdCountry > 0),
        card(Labels.INTEGRATIONS, register.integrations().size(), false),
        card(Labels.OVERDUE, overdue.size(), !overdue.isEmpty()),
        card(Labels.MISSING_FIELDS, missing, missing > 0)).stream().map(c -> c.in(lang)).toList());

    ctx.put("assets", register.assets().stream().map(a -> asset(a, lang)).toList());
    ctx.put("chain", chain(register));
    ctx.put("overdue", overdue.stream().map(o -> Map.of("entry", o.entry().toString(),
        "due", o.dueOn().map(LocalDate::toString).orElse(Labels.NEVER.in(lang)))).toList());
    ctx.put("documents", docs.stream().map(d -> Map.of(
        "title", d.title().in(lang),
        "count", d.missing().size(),
        "gaps", d.missing().stream().map(g -> g.sectionId() + " · " + g.item().label().in(lang) + ": " + g.item().missing().orElseThrow().in(lang)).toList())).toList());
    return TEMPLATE.execute(ctx);
  }

  private static Map<String, Object> asset(InformationAsset a, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("name", a.name());
    List<Object> ratings = new ArrayList<>();
    for (SecurityAspect aspect : SecurityAspect.values()) {
      Optional<AspectRating> rating = a.classification().map(c -> c.ratings().get(aspect));
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("aspect", Labels.aspect(aspect).in(lang));
      r.put("level", rating.map(x -> x.level().ordinal()).orElse(0));
      r.put("reason", rating.map(AspectRating::justification).orElse(Labels.NOT_RATED.in(lang)));
      r.put("by", rating.flatMap(AspectRating::assessedBy).orElse(""));
      r.put("separate", rating.map(AspectRating::requiresSeparateAnalysis).orElse(false));
      ratings.add(r);
    }
    m.put("ratings", ratings);
    m.put("flags", flags(a, lang));
    m.put("separate", a.classification().map(c -> c.requiresSeparateAnalysis()).orElse(false));
    return m;
  }

  private static String flags(InformationAsset a, Language lang) {
    List<String> flags = new ArrayList<>();
    if (a.personalData()) {
      flags.add(Labels.PERSONAL.in(lang));
    }
    if (a.specialCategory()) {
      flags.add(Labels.SPECIAL.in(lang));
    }
    if (a.criminalData()) {
      flags.add(Labels.CRIMINAL.in(lang));
    }
    if (a.children()) {
      flags.add(Labels.CHILDREN.in(lang));
    }
    return String.join(" · ", flags);
  }

  /** Systems with the max of their own assessment and the assets they hold. */
  private static String chain(Register register) {
    List<ChainDiagram.Node> nodes = new ArrayList<>();
    for (InformationSystem s : register.systems()) {
      Levels levels = s.assessed().orElse(Levels.none());
      for (String id : s.assetsStored()) {
        levels = levels.max(register.asset(id).map(InformationAsset::levels).orElse(Levels.none()));
      }
      for (String id : s.assetsProcessed()) {
        levels = levels.max(register.asset(id).map(InformationAsset::levels).orElse(Levels.none()));
      }
      String vendor = s.vendor().flatMap(register::vendor).map(Vendor::name).orElse("");
      nodes.add(new ChainDiagram.Node(s.id(), s.name(), levels.toString(), levels.highest().ordinal(), false,
          s.name() + (vendor.isEmpty() ? "" : " (" + vendor + ")") + ": " + levels));
    }
    List<ChainDiagram.Edge> edges = new ArrayList<>();
    register.integrations().forEach(i -> edges.add(new ChainDiagram.Edge(i.id(), i.source(), i.target(), false, false,
        i.name().orElse(i.id()) + ": " + String.join(", ", i.assetsSent()))));
    register.dependencies().forEach(d -> edges.add(new ChainDiagram.Edge(d.id(), d.consumer(), d.supplier(), true, false,
        d.consumer() + " → " + d.supplier() + " (" + d.aspects() + ")")));
    return ChainDiagram.svg(nodes, edges);
  }

  private static Card card(LocalizedText label, long value, boolean warn) {
    return new Card(label, value, warn);
  }

  private record Card(LocalizedText label, long value, boolean warn) {
    Map<String, Object> in(Language lang) {
      return Map.of("label", label.in(lang), "value", value, "warn", warn);
    }
  }

  private static Template compile() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.html.mustache")) {
      if (in == null) {
        throw new IllegalStateException("report template missing from the jar");
      }
      return Mustache.compiler().escapeHTML(true).compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String levelClass(ConsequenceLevel level) {
    return "l" + level.ordinal();
  }
}

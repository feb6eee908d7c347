package io.github.trygg.examples.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.changes.Change;
import io.github.trygg.core.changes.ChangeArea;
import io.github.trygg.core.changes.ChangeList;
import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.dpia.ConsultationStatus;
import io.github.trygg.core.dpia.DpiaOutcome;
import io.github.trygg.core.dpia.DpiaStatus;
import io.github.trygg.core.dpia.MatchedItem;
import io.github.trygg.core.dpia.MetCriterion;
import io.github.trygg.core.dpia.PriorConsultation;
import io.github.trygg.core.dpia.ProcessingDpia;
import io.github.trygg.core.dpia.ScreeningResult;
import io.github.trygg.core.plan.ActionItem;
import io.github.trygg.core.plan.ActionPlan;
import io.github.trygg.core.records.DraftDocument;
import io.github.trygg.core.records.DraftItem;
import io.github.trygg.core.records.DraftSection;
import io.github.trygg.core.records.Records;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.OverdueReview;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SystemKind;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.requirements.ApplicableRequirement;
import io.github.trygg.core.requirements.ImplementationStatus;
import io.github.trygg.core.risk.Acceptance;
import io.github.trygg.core.risk.AcceptanceStatus;
import io.github.trygg.core.risk.HeatMap;
import io.github.trygg.core.risk.HeatMapCell;
import io.github.trygg.core.risk.RiskEvaluation;
import io.github.trygg.core.risk.RiskLevel;
import io.github.trygg.core.risk.RiskStage;
import io.github.trygg.core.risk.ScaleStep;
import io.github.trygg.core.risk.StageEvaluation;
import io.github.trygg.core.signoff.SignOffReview;
import io.github.trygg.examples.analysis.Analysis.SystemRequirements;
import io.github.trygg.examples.analysis.Analysis;
import io.github.trygg.examples.analysis.ChainView;
import io.github.trygg.examples.analysis.Inputs;
import io.github.trygg.examples.analysis.Officer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One self-contained HTML file about a register: what needs attention first, classification per
 * asset with reasons, the integration chain drawn and coloured by required level with its
 * findings, the risk heat map, DPIA screening, requirement gaps, records and agreements, and
 * overdue reviews. No scripts, fonts or images are fetched: it opens offline, and the page's
 * content security policy forbids anything else.
 */
public final class HtmlReport {
  private static final Template TEMPLATE = compile();

  private HtmlReport() {}

  /** The register alone: no risk register, no requirement assessments. */
  public static String render(Register register, LocalDate today, Language lang) {
    return render(Analysis.of(Inputs.of(register, today)), lang);
  }

  public static String render(Analysis analysis, Language lang) {
    return render(analysis, lang, List.of());
  }

  /**
   * With the Art. 30(2) record of each vendor in {@code processorRecords} (processors or
   * sub-processors in the register) after the controller's record and the agreement drafts.
   */
  public static String render(Analysis analysis, Language lang, List<String> processorRecords) {
    return render(Officer.of(analysis, Optional.empty(), Optional.empty(), Optional.empty(), lang), lang, processorRecords);
  }

  /**
   * With the officer's view first: the action plan (the given one merged with today's analysis, or
   * what the analysis proposes), the sign-off status of each classification and DPIA, and — when a
   * previous version was given — what changed since then.
   */
  public static String render(Officer officer, Language lang, List<String> processorRecords) {
    Analysis analysis = officer.analysis();
    Register register = analysis.register();
    LocalDate today = analysis.inputs().today();
    Map<String, Object> ctx = new LinkedHashMap<>();
    ctx.put("lang", lang.tag());
    ctx.put("t", Labels.in(lang));
    ctx.put("title", register.name().or(() -> register.organisation().map(o -> o.name())).orElse("Trygg"));
    ctx.put("organisation", register.organisation().map(o -> o.name()).orElse(""));
    ctx.put("today", today.toString());
    ctx.put("jurisdiction", analysis.inputs().jurisdiction().label(lang));
    ctx.put("sources", String.join(", ", register.provenance().sources().stream().map(HtmlReport::fileName).toList()));

    List<OverdueReview> overdue = register.overdueReviews(today);
    List<DraftDocument> docs = new ArrayList<>();
    docs.add(Records.recordOfProcessing(register, today));
    docs.addAll(Records.processorAgreements(register, today));
    processorRecords.forEach(id -> docs.add(Records.processorRecord(register, id, today)));
    int missing = docs.stream().mapToInt(d -> d.missing().size()).sum();
    ChainView chain = analysis.chain();
    List<SystemRequirements> requirements = analysis.requirements();
    int unmet = requirements.stream().mapToInt(r -> r.assessedGaps().size()).sum();
    long dpia = openDpias(analysis);
    List<RiskEvaluation> risks = analysis.risks();
    long riskAttention = risks.stream().filter(HtmlReport::needsAttention).count();
    long level4 = register.assets().stream().filter(a -> a.classification().map(c -> c.requiresSeparateAnalysis()).orElse(false)).count();

    List<Map<String, Object>> cards = new ArrayList<>();
    cards.add(card(Labels.ASSETS, register.assets().size(), false, lang));
    cards.add(card(Labels.SYSTEMS, register.systems().size(), false, lang));
    cards.add(card(Labels.LEVEL4_ASSETS, level4, level4 > 0, lang));
    cards.add(card(Labels.CHAIN_FINDINGS, chain.findings().size(), !chain.findings().isEmpty(), lang));
    cards.add(card(Labels.DPIA_EXPECTED, dpia, dpia > 0, lang));
    if (!analysis.inputs().risks().isEmpty()) {
      cards.add(card(Labels.RISKS_ATTENTION, riskAttention, riskAttention > 0, lang));
    }
    cards.add(card(Labels.UNMET_COUNT, unmet, unmet > 0, lang));
    cards.add(card(Labels.OVERDUE, overdue.size(), !overdue.isEmpty(), lang));
    cards.add(card(Labels.MISSING_FIELDS, missing, missing > 0, lang));
    ctx.put("cards", cards);
    ctx.put("attention", attention(analysis, overdue.size(), missing, lang));

    listed(ctx, "assets", register.assets().stream().map(a -> asset(a, lang)).toList(), lang);
    chain(ctx, register, chain, lang);
    ctx.put("legend", legend());
    listed(ctx, "chainFindings", chain.findings().stream().filter(HtmlReport::serious).map(f -> finding(f, lang)).toList(), lang);
    List<ChainView.Finding> more = chain.findings().stream().filter(f -> !serious(f)).toList();
    listed(ctx, "moreFindings", more.stream().limit(LISTED).map(f -> finding(f, lang)).toList(), more.size(), lang);
    ctx.put("moreFindingsLabel", Labels.format(Labels.MORE_FINDINGS, more.size()).in(lang));
    ctx.put("chainReviews", chain.reviews().stream().map(r -> Map.of("rule", r.rule(), "title", r.title().in(lang), "message", r.message().in(lang))).toList());
    List<InformationSystem> systems = register.systems();
    if (systems.size() > LISTED) {
      // The systems with findings first, so that what the list leaves out has none.
      systems = systems.stream().sorted(Comparator.comparing((InformationSystem s) -> chain.findingsOn(ChainView.Subject.SYSTEM, s.id()).stream()
          .noneMatch(HtmlReport::serious))).limit(LISTED).toList();
    }
    listed(ctx, "systems", systems.stream().map(s -> systemRow(s, chain, lang)).toList(), register.systems().size(), lang);

    boolean hasRisks = !analysis.inputs().risks().isEmpty();
    ctx.put("hasRisks", hasRisks);
    ctx.put("matrixName", analysis.inputs().matrix().name().in(lang));
    ctx.put("heatmaps", hasRisks ? List.of(heatMap(analysis.heatMap(RiskStage.INHERENT), lang), heatMap(analysis.heatMap(RiskStage.RESIDUAL), lang)) : List.of());
    ctx.put("risks", risks.stream().map(e -> risk(e, lang)).toList());
    ctx.put("consultation", analysis.priorConsultation().map(c -> List.of(consultation(c, lang))).orElse(List.of()));
    listed(ctx, "screenings", analysis.dpias().stream().limit(LISTED).map(d -> screening(d, analysis, lang)).toList(), analysis.dpias().size(), lang);
    List<SystemRequirements> shownRequirements = requirements;
    if (requirements.size() > LISTED) {
      // Assessed gaps first, most first; then the systems nobody has assessed, in register order.
      shownRequirements = requirements.stream().sorted(Comparator.comparingInt((SystemRequirements r) -> -r.assessedGaps().size())).limit(LISTED).toList();
    }
    listed(ctx, "requirements", shownRequirements.stream().map(r -> requirements(r, lang)).toList(), requirements.size(), lang);
    ctx.put("documents", docs.stream().map(d -> document(d, lang)).toList());
    officer(officer, ctx, lang);
    listed(ctx, "overdue", overdue.stream().limit(LISTED).map(o -> Map.of("entry", o.entry().label(lang),
        "due", o.dueOn().map(LocalDate::toString).orElse(Labels.NEVER.in(lang)))).toList(), overdue.size(), lang);
    return TEMPLATE.execute(ctx);
  }

  // ---------------------------------------------------------------- the officer's view

  private static void officer(Officer officer, Map<String, Object> ctx, Language lang) {
    LocalDate today = officer.analysis().inputs().today();
    ActionPlan plan = officer.actionPlan();
    ctx.put("planProposed", !officer.hasPlan());
    List<ActionItem> overdue = plan.overdue(today);
    List<ActionItem> month = plan.dueBetween(today, today.withDayOfMonth(today.lengthOfMonth()));
    ctx.put("planCards", List.of(card(Labels.PLAN_OVERDUE, overdue.size(), !overdue.isEmpty(), lang), card(Labels.DUE_THIS_MONTH, month.size(), false, lang),
        card(Labels.OPEN_ITEMS, plan.open().size(), false, lang), card(Labels.CLOSED_ITEMS, plan.items().size() - plan.open().size(), false, lang)));
    listed(ctx, "planOverdue", overdue.stream().limit(LISTED).map(i -> item(i, today, lang)).toList(), overdue.size(), lang);
    listed(ctx, "planMonth", month.stream().limit(LISTED).map(i -> item(i, today, lang)).toList(), month.size(), lang);
    Map<String, List<ActionItem>> byOwner = new java.util.TreeMap<>();
    plan.open().forEach(i -> byOwner.computeIfAbsent(i.owner().orElse(Labels.NO_OWNER.in(lang)), k -> new ArrayList<>()).add(i));
    List<Object> owners = new ArrayList<>();
    byOwner.forEach((owner, items) -> owners.add(Map.of("owner", owner, "count", items.size(),
        "late", items.stream().filter(i -> i.isOverdue(today)).count(), "items", items.stream().limit(PER_OWNER).map(i -> item(i, today, lang)).toList(),
        "itemsMore", more(items.size(), PER_OWNER, lang))));
    listed(ctx, "planOwners", owners.stream().limit(LISTED).toList(), owners.size(), lang);

    List<SignOffReview> reviews = officer.signOffReviews();
    ctx.put("hasSignOffs", !reviews.isEmpty());
    Map<String, Object> assetSignOffs = new LinkedHashMap<>();
    List<Map<String, Object>> activityDecisions = new ArrayList<>();
    for (SignOffReview r : reviews) {
      Map<String, Object> m = signOff(r, lang);
      if (r.signOff().subject().kind() == EntryKind.ACTIVITY) {
        activityDecisions.add(m);
      }
    }
    ctx.put("activityDecisions", activityDecisions);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> assets = (List<Map<String, Object>>) ctx.get("assets");
    for (Map<String, Object> a : assets) {
      EntryRef ref = new EntryRef(EntryKind.ASSET, (String) a.get("id"));
      a.put("signOffs", reviews.stream().filter(r -> r.signOff().subject().equals(ref)).map(r -> signOff(r, lang)).toList());
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> screenings = (List<Map<String, Object>>) ctx.get("screenings");
    for (Map<String, Object> s : screenings) {
      // A DPIA belongs to the processing: its decision and the DPO's opinion are about the activity.
      EntryRef ref = new EntryRef(EntryKind.ACTIVITY, (String) s.get("id"));
      s.put("signOffs", reviews.stream().filter(r -> r.signOff().subject().equals(ref)
          && (r.signOff().kind() == io.github.trygg.core.signoff.SignOffKind.DPIA_DECISION || r.signOff().kind() == io.github.trygg.core.signoff.SignOffKind.DPO_OPINION))
          .map(r -> signOff(r, lang)).toList());
    }
    ctx.put("hasChanges", officer.changes().isPresent());
    ctx.put("changeAreas", officer.changes().map(c -> changes(c, lang)).orElse(List.of()));
  }

  private static Map<String, Object> item(ActionItem i, LocalDate today, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("title", i.title());
    m.put("due", i.due().map(LocalDate::toString).orElse(""));
    m.put("late", i.isOverdue(today));
    m.put("priority", i.priority().label(lang));
    m.put("priorityClass", i.priority().name().toLowerCase(Locale.ROOT));
    m.put("why", i.priorityReason().orElse(""));
    m.put("owner", i.owner().orElse(""));
    m.put("status", i.status().label(lang));
    m.put("origin", i.origin().kind().label(lang));
    return m;
  }

  private static Map<String, Object> signOff(SignOffReview r, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.signOff().id());
    m.put("kind", r.signOff().kind().label(lang));
    m.put("subject", r.signOff().subject().label(lang));
    m.put("by", r.signOff().signedBy() + " (" + r.signOff().role() + "), " + r.signOff().signedOn());
    m.put("status", r.status().label(lang));
    m.put("holds", r.status().holds());
    m.put("changes", r.changes().stream().map(c -> c.fieldLabel(lang) + ": " + c.approvedIn(lang) + " → " + c.nowIn(lang)).toList());
    return m;
  }

  private static List<Object> changes(ChangeList changes, Language lang) {
    List<Object> areas = new ArrayList<>();
    for (ChangeArea area : ChangeArea.values()) {
      List<Change> in = changes.in(area);
      if (in.isEmpty()) {
        continue;
      }
      areas.add(Map.of("area", area.name().toLowerCase(Locale.ROOT).replace('_', '-'), "label", area.label(lang), "count", in.size(),
          "changes", in.stream().map(c -> change(c, lang)).toList()));
    }
    return areas;
  }

  private static Map<String, Object> change(Change c, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("subject", c.subjectLabel(lang));
    m.put("kind", c.kind().label(lang));
    m.put("field", c.field().isEmpty() ? "" : c.fieldLabel(lang));
    m.put("before", c.before().map(v -> v.in(lang)).orElse(c.field().isEmpty() ? "" : "—"));
    m.put("after", c.after().map(v -> v.in(lang)).orElse(c.field().isEmpty() ? "" : "—"));
    m.put("whole", c.field().isEmpty());
    m.put("reason", c.reason().map(r -> r.in(lang)).orElse(""));
    return m;
  }

  // ---------------------------------------------------------------- summary

  private static List<String> attention(Analysis analysis, int overdue, int missing, Language lang) {
    List<LocalizedText> items = new ArrayList<>();
    for (InformationAsset a : analysis.register().assets()) {
      a.classification().ifPresent(c -> {
        for (SecurityAspect aspect : SecurityAspect.values()) {
          AspectRating r = c.ratings().get(aspect);
          if (r != null && r.requiresSeparateAnalysis()) {
            items.add(Labels.format(Labels.ATT_LEVEL4, a.name(), aspect.label()));
          }
        }
      });
    }
    ChainView chain = analysis.chain();
    if (!chain.findings().isEmpty()) {
      items.add(Labels.format(Labels.ATT_CHAIN, chain.findings().size(), chain.findings().stream().filter(HtmlReport::serious).count()));
    }
    analysis.priorConsultation().filter(c -> c.status() == ConsultationStatus.REQUIRED).ifPresent(c -> items.add(Labels.ATT_CONSULTATION));
    items.addAll(riskAttention(analysis.risks(), analysis.inputs().today()));
    List<SystemRequirements> withGaps = analysis.requirements().stream().filter(r -> !r.assessedGaps().isEmpty())
        .sorted(Comparator.comparingInt((SystemRequirements r) -> r.assessedGaps().size()).reversed()).toList();
    if (!withGaps.isEmpty()) {
      items.add(Labels.format(Labels.ATT_REQUIREMENTS, withGaps.stream().mapToInt(r -> r.assessedGaps().size()).sum(), withGaps.size(),
          String.join(", ", withGaps.stream().limit(3).map(r -> r.system().name()).toList())));
    }
    long dpia = openDpias(analysis);
    if (dpia > 0) {
      items.add(Labels.format(Labels.ATT_DPIA, dpia));
    }
    if (overdue > 0) {
      items.add(Labels.format(Labels.ATT_REVIEWS, overdue));
    }
    if (missing > 0) {
      items.add(Labels.format(Labels.ATT_RECORDS, missing));
    }
    return items.stream().map(i -> i.in(lang)).toList();
  }

  private static boolean needsAttention(RiskEvaluation e) {
    return !e.findings().isEmpty() || e.residualUnacceptable()
        || (e.acceptanceStatus() != AcceptanceStatus.VALID && e.acceptanceStatus() != AcceptanceStatus.NOT_ACCEPTED);
  }

  /**
   * One line per risk whose residual level is not acceptable and not accepted (or has another
   * finding), then the acceptances that lapsed and the measures past their date, each on one line.
   */
  private static List<LocalizedText> riskAttention(List<RiskEvaluation> risks, LocalDate today) {
    List<LocalizedText> items = new ArrayList<>();
    List<String> lapsed = new ArrayList<>();
    List<LocalizedText> lapsedWhy = new ArrayList<>();
    List<String> late = new ArrayList<>();
    for (RiskEvaluation e : risks) {
      Optional<StageEvaluation> residual = e.stage(RiskStage.RESIDUAL);
      if (residual.isPresent() && residual.get().acceptance() != Acceptance.ACCEPTABLE && !e.acceptanceStatus().holds()) {
        items.add(Labels.format(Labels.ATT_RISK, e.risk().id(), e.risk().title(), Labels.format(Labels.ATT_RISK_UNDECIDED, residual.get().level().label())));
      } else if (e.risk().mitigations().stream().noneMatch(m -> m.isOverdue(today)) && !e.findings().isEmpty()) {
        items.add(Labels.format(Labels.ATT_RISK, e.risk().id(), e.risk().title(), e.findings().get(0)));
      }
      if (e.acceptanceStatus() != AcceptanceStatus.VALID && e.acceptanceStatus() != AcceptanceStatus.NOT_ACCEPTED) {
        lapsed.add(e.risk().id());
        lapsedWhy.add(Labels.format(Labels.ID_BECAUSE, e.risk().id(), e.acceptanceStatus().label()));
      }
      e.risk().mitigations().stream().filter(m -> m.isOverdue(today)).forEach(m -> late.add(m.id() + " (" + e.risk().id() + ", " + m.due() + ")"));
    }
    if (!lapsed.isEmpty()) {
      items.add(Labels.format(Labels.ATT_RISK_LAPSED, Labels.join(lapsedWhy)));
    }
    if (!late.isEmpty()) {
      items.add(Labels.format(Labels.ATT_RISK_OVERDUE, String.join(", ", late)));
    }
    return items;
  }

  // ---------------------------------------------------------------- classification

  private static Map<String, Object> asset(InformationAsset a, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("name", a.name());
    m.put("owner", a.owner().orElse(""));
    List<Object> ratings = new ArrayList<>();
    for (SecurityAspect aspect : SecurityAspect.values()) {
      Optional<AspectRating> rating = a.classification().map(c -> c.ratings().get(aspect));
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("aspect", Labels.capitalised(aspect, lang));
      r.put("rated", rating.isPresent());
      r.put("level", rating.map(x -> x.level().ordinal()).orElse(0));
      r.put("reason", rating.map(AspectRating::justification).orElse(Labels.NOT_RATED.in(lang)));
      r.put("by", rating.flatMap(AspectRating::assessedBy).orElse("") + rating.flatMap(AspectRating::assessedOn).map(d -> ", " + d).orElse(""));
      r.put("separate", rating.map(AspectRating::requiresSeparateAnalysis).orElse(false));
      ratings.add(r);
    }
    m.put("ratings", ratings);
    m.put("flags", Labels.flags(a, lang));
    m.put("separate", a.classification().map(c -> c.requiresSeparateAnalysis()).orElse(false));
    return m;
  }

  // ---------------------------------------------------------------- chain

  /** Boxes one picture holds and stays readable; a larger register is drawn by area and by its findings. */
  static final int DRAWN = 60;
  /** Areas the overview draws at most: those with the most findings, then the largest. */
  static final int AREAS = 24;
  /** Arrows between areas the overview draws at most: those that carry the most flows. */
  static final int AREA_ARROWS = 60;

  /**
   * The chain as one picture while it is small. A larger register gets two: the areas (system
   * owners) with the flows between them counted, and the systems with findings that must be fixed
   * with the flows between them — each capped, with a note saying how much is shown; every system
   * stays in the table below.
   */
  private static void chain(Map<String, Object> ctx, Register register, ChainView chain, Language lang) {
    List<InformationSystem> all = register.systems();
    if (all.size() <= DRAWN) {
      ctx.put("chain", chainSvg(register, all, chain, lang));
      ctx.put("chainAreas", "");
      ctx.put("chainNote", "");
      return;
    }
    areas(ctx, register, chain, lang);
    Set<String> picked = new LinkedHashSet<>();
    Set<String> flagged = new HashSet<>();
    for (ChainView.Finding f : chain.findings()) {
      if (!serious(f)) {
        continue;
      }
      List<String> ids = switch (f.subject()) {
        case SYSTEM -> List.of(f.id());
        case INTEGRATION -> register.integration(f.id()).map(i -> List.of(i.source(), i.target())).orElse(List.of());
        case OTHER -> List.of();
      };
      flagged.addAll(ids);
      if (picked.size() + ids.size() <= DRAWN) {
        picked.addAll(ids);
      }
    }
    List<InformationSystem> shown = all.stream().filter(s -> picked.contains(s.id())).toList();
    ctx.put("chain", shown.isEmpty() ? "" : chainSvg(register, shown, chain, lang));
    ctx.put("chainNote", Labels.format(Labels.CHAIN_CAPPED, shown.size(), flagged.size(), all.size()).in(lang));
  }

  /** The overview: one box per system owner, coloured by the highest level in it, arrows counting the flows between areas. */
  private static void areas(Map<String, Object> ctx, Register register, ChainView chain, Language lang) {
    String none = Labels.NO_OWNER.in(lang);
    Map<String, String> areaOf = new HashMap<>();
    Map<String, int[]> counts = new LinkedHashMap<>(); // area -> {systems, with findings, highest level}
    for (InformationSystem s : register.systems()) {
      String area = s.owner().orElse(none);
      areaOf.put(s.id(), area);
      int[] c = counts.computeIfAbsent(area, k -> new int[] {0, 0, 0});
      c[0]++;
      if (chain.findingsOn(ChainView.Subject.SYSTEM, s.id()).stream().anyMatch(HtmlReport::serious)) {
        c[1]++;
      }
      c[2] = Math.max(c[2], chain.required(s.id()).highest().ordinal());
    }
    if (counts.size() < 2) {
      ctx.put("chainAreas", "");
      return;
    }
    Map<String, Integer> between = new HashMap<>();
    Map<String, Integer> flaggedBetween = new HashMap<>();
    for (io.github.trygg.core.register.Integration i : register.integrations()) {
      String from = areaOf.get(i.source());
      String to = areaOf.get(i.target());
      if (from == null || to == null || from.equals(to)) {
        continue;
      }
      String key = from + "\u0000" + to;
      between.merge(key, 1, Integer::sum);
      if (chain.findingsOn(ChainView.Subject.INTEGRATION, i.id()).stream().anyMatch(HtmlReport::serious)) {
        flaggedBetween.merge(key, 1, Integer::sum);
      }
    }
    List<String> shown = counts.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[1]).thenComparingInt(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
        .limit(AREAS).map(Map.Entry::getKey).toList();
    Set<String> drawn = new HashSet<>(shown);
    List<ChainDiagram.Node> nodes = new ArrayList<>();
    for (String area : shown) {
      int[] c = counts.get(area);
      String detail = Labels.format(Labels.AREA_DETAIL, c[0], c[1]).in(lang);
      nodes.add(new ChainDiagram.Node("area:" + area, area, detail, c[2], c[1] > 0, area + ": " + detail));
    }
    List<ChainDiagram.Edge> edges = between.entrySet().stream().filter(e -> {
      String[] ends = e.getKey().split("\u0000");
      return drawn.contains(ends[0]) && drawn.contains(ends[1]);
    }).sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey)).limit(AREA_ARROWS).map(e -> {
      String[] ends = e.getKey().split("\u0000");
      int flagged = flaggedBetween.getOrDefault(e.getKey(), 0);
      return new ChainDiagram.Edge("areas:" + e.getKey().replace('\u0000', '>'), "area:" + ends[0], "area:" + ends[1], ChainDiagram.Kind.FLOW, flagged > 0,
          ends[0] + " → " + ends[1] + ": " + Labels.format(Labels.AREA_FLOWS, e.getValue(), flagged).in(lang));
    }).toList();
    ctx.put("chainAreas", ChainDiagram.svg(nodes, edges));
    ctx.put("chainAreasNote", Labels.format(Labels.CHAIN_AREAS_NOTE, shown.size(), counts.size(), edges.size(), between.size()).in(lang));
  }

  private static String chainSvg(Register register, List<InformationSystem> systems, ChainView chain, Language lang) {
    Set<String> ids = new HashSet<>();
    systems.forEach(s -> ids.add(s.id()));
    List<ChainDiagram.Node> nodes = new ArrayList<>();
    for (InformationSystem s : systems) {
      Levels levels = chain.required(s.id());
      // Red marks what must be fixed; "level 4 needs its own analysis" and the like stay in the lists.
      List<ChainView.Finding> findings = chain.findingsOn(ChainView.Subject.SYSTEM, s.id()).stream().filter(HtmlReport::serious).toList();
      String vendor = s.vendor().flatMap(register::vendor).map(Vendor::name).orElse("");
      StringBuilder tip = new StringBuilder(s.name()).append(vendor.isEmpty() ? "" : " (" + vendor + ")").append(": ").append(levels.explain(lang));
      s.clearedFor().ifPresent(c -> tip.append(" / ").append(Labels.CLEARED.in(lang).toLowerCase(lang.locale())).append(' ').append(c.explain(lang)));
      chain.reasons(s.id()).forEach(r -> tip.append("\n").append(r.in(lang)));
      findings.forEach(f -> tip.append("\n⚠ ").append(f.text().in(lang)));
      nodes.add(new ChainDiagram.Node(s.id(), s.name(), levels.explain(lang), levels.highest().ordinal(), !findings.isEmpty(), tip.toString()));
    }
    List<ChainDiagram.Edge> edges = new ArrayList<>();
    register.integrations().forEach(i -> {
      if (!ids.contains(i.source()) || !ids.contains(i.target())) {
        return;
      }
      List<ChainView.Finding> findings = chain.findingsOn(ChainView.Subject.INTEGRATION, i.id()).stream().filter(HtmlReport::serious).toList();
      StringBuilder tip = new StringBuilder(i.name().orElse(i.id())).append(": ").append(String.join(", ", i.assetsSent()));
      i.protocol().ifPresent(p -> tip.append(" (").append(p).append(")"));
      findings.forEach(f -> tip.append("\n⚠ ").append(f.text().in(lang)));
      edges.add(new ChainDiagram.Edge(i.id(), i.source(), i.target(), ChainDiagram.Kind.FLOW, !findings.isEmpty(), tip.toString()));
    });
    register.dependencies().stream().filter(d -> ids.contains(d.consumer()) && ids.contains(d.supplier()))
        .forEach(d -> edges.add(new ChainDiagram.Edge(d.id(), d.consumer(), d.supplier(), ChainDiagram.Kind.DEPENDENCY, false,
        d.consumer() + " → " + d.supplier() + " [" + String.join(", ", d.aspects().stream().map(a -> a.label(lang)).toList()) + "]"
            + d.description().map(x -> ": " + x).orElse(""))));
    systems.forEach(s -> s.hostedOn().filter(ids::contains).ifPresent(h -> edges.add(new ChainDiagram.Edge("hosting:" + s.id(), h, s.id(),
        ChainDiagram.Kind.HOSTING, false, h + " → " + s.id()))));
    return ChainDiagram.svg(nodes, edges);
  }

  private static List<Map<String, Object>> legend() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int level = 0; level <= 4; level++) {
      out.add(Map.of("level", level));
    }
    return out;
  }

  private static boolean serious(ChainView.Finding f) {
    return f.severity() == io.github.trygg.core.propagation.Severity.CRITICAL || f.severity() == io.github.trygg.core.propagation.Severity.HIGH;
  }

  private static Map<String, Object> finding(ChainView.Finding f, Language lang) {
    return Map.of("severity", f.severity().name().toLowerCase(Locale.ROOT), "severityLabel", f.severity().label(lang), "text", f.text().in(lang), "rule", f.rule());
  }

  private static Map<String, Object> systemRow(InformationSystem s, ChainView chain, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    Levels required = chain.required(s.id());
    m.put("id", s.id());
    m.put("name", s.name());
    m.put("kind", s.systemKind() == SystemKind.APPLICATION ? "" : s.systemKind().label(lang));
    m.put("required", levelCells(required, Optional.empty(), lang));
    m.put("cleared", s.clearedFor().map(c -> levelCells(c, Optional.of(required), lang)).orElse(List.of()));
    m.put("noClearance", s.clearedFor().isEmpty());
    m.put("findings", chain.findingsOn(ChainView.Subject.SYSTEM, s.id()).stream().filter(HtmlReport::serious).map(f -> f.text().in(lang)).toList());
    return m;
  }

  /** Four level badges; with {@code against}, a badge below the required level is marked. */
  private static List<Map<String, Object>> levelCells(Levels levels, Optional<Levels> against, Language lang) {
    List<Map<String, Object>> cells = new ArrayList<>();
    for (SecurityAspect a : SecurityAspect.values()) {
      int level = levels.get(a).ordinalLevel();
      boolean short_ = against.map(x -> x.get(a).ordinalLevel() > level).orElse(false);
      cells.add(Map.of("letter", a.letter(lang), "level", level, "short", short_));
    }
    return cells;
  }

  // ---------------------------------------------------------------- risks

  private static Map<String, Object> heatMap(HeatMap map, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stage", Labels.capitalised(map.stage(), lang));
    m.put("total", map.total());
    m.put("notAssessed", String.join(", ", map.notAssessed()));
    List<Object> rows = new ArrayList<>();
    for (List<HeatMapCell> row : map.rows()) {
      Map<String, Object> r = new LinkedHashMap<>();
      ScaleStep likelihood = map.matrix().likelihood(row.get(0).likelihood());
      r.put("label", likelihood.code() + " " + likelihood.label().in(lang));
      r.put("cells", row.stream().map(c -> {
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("count", c.count());
        cm.put("ids", String.join(" ", c.riskIds()));
        cm.put("colour", c.level().colour());
        cm.put("ink", ink(c.level().colour()));
        cm.put("title", c.level().label().in(lang) + " (" + c.likelihood() + "×" + c.consequence() + ")");
        return cm;
      }).toList());
      rows.add(r);
    }
    m.put("rows", rows);
    m.put("consequences", map.matrix().consequences().stream().map(c -> c.code() + " " + c.label().in(lang)).toList());
    m.put("levels", map.matrix().levels().stream().map(l -> Map.of("label", l.label().in(lang), "colour", l.colour(), "ink", ink(l.colour()))).toList());
    return m;
  }

  private static Map<String, Object> risk(RiskEvaluation e, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.risk().id());
    m.put("title", e.risk().title());
    m.put("scenario", e.risk().scenario());
    m.put("category", e.risk().category().label(lang));
    m.put("owner", e.risk().owner().orElse(""));
    m.put("inherent", stage(e.stage(RiskStage.INHERENT), lang));
    m.put("residual", stage(e.stage(RiskStage.RESIDUAL), lang));
    m.put("acceptance", e.acceptanceStatus().label(lang));
    m.put("acceptanceWarn", e.acceptanceStatus() != AcceptanceStatus.VALID && e.acceptanceStatus() != AcceptanceStatus.NOT_ACCEPTED);
    m.put("acceptanceOk", e.acceptanceStatus() == AcceptanceStatus.VALID);
    m.put("findings", e.findings().stream().map(f -> f.in(lang)).toList());
    m.put("explain", e.explain(lang).stream().skip(1).toList());
    return m;
  }

  private static Map<String, Object> stage(Optional<StageEvaluation> stage, Language lang) {
    if (stage.isEmpty()) {
      return Map.of("label", Labels.NOT_ASSESSED_STAGE.in(lang), "colour", "#eceff1", "ink", "#263238", "cell", "");
    }
    RiskLevel level = stage.get().level();
    return Map.of("label", level.label().in(lang), "colour", level.colour(), "ink", ink(level.colour()),
        "cell", stage.get().cell().likelihood() + "×" + stage.get().cell().consequence());
  }

  private static Map<String, Object> consultation(PriorConsultation c, Language lang) {
    return Map.of("status", Labels.capitalised(c.status(), lang), "required", c.status() == ConsultationStatus.REQUIRED,
        "reasons", c.reasons().stream().map(r -> r.in(lang)).toList(), "basis", c.basis().stream().map(r -> r.explain(lang)).toList());
  }

  /** Dark text on light colours, white on dark ones (relative luminance, WCAG). */
  static String ink(String colour) {
    if (!colour.matches("#[0-9a-fA-F]{6}")) {
      return "#263238";
    }
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    double luminance = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    return luminance > 0.35 ? "#263238" : "#ffffff";
  }

  // ---------------------------------------------------------------- DPIA

  /** Processing activities whose required DPIA is not complete. */
  private static long openDpias(Analysis analysis) {
    return analysis.dpias().stream().filter(d -> d.required() && d.status() != DpiaStatus.COMPLETE).count();
  }

  private static Map<String, Object> screening(ProcessingDpia d, Analysis analysis, Language lang) {
    ScreeningResult r = d.screening();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.activity().id());
    m.put("name", d.activity().name());
    m.put("systems", String.join(", ", d.systems().stream().map(id -> analysis.register().system(id).map(x -> x.name()).orElse(id)).toList()));
    m.put("controller", analysis.register().controllerOf(d.activity()).map(u -> u.name()).orElse(""));
    m.put("status", d.status().label(lang));
    m.put("statusClass", switch (d.status()) {
      case COMPLETE, NOT_REQUIRED -> "none";
      case INCOMPLETE, AWAITING_PRIOR_CONSULTATION -> "likely";
      case NOT_STARTED -> "required";
    });
    m.put("missing", d.status() == DpiaStatus.NOT_STARTED ? List.of() : d.missingParts().stream().map(p -> p.label(lang)).toList());
    m.put("outcome", Labels.capitalised(r.outcome(), lang));
    m.put("outcomeClass", switch (r.outcome()) {
      case REQUIRED, REQUIRED_BY_LIST -> "required";
      case LIKELY_REQUIRED -> "likely";
      case CONSIDER -> "consider";
      case NOT_REQUIRED -> "none";
    });
    m.put("expected", r.outcome() != DpiaOutcome.NOT_REQUIRED && r.outcome().dpiaExpected());
    m.put("reason", r.reason().in(lang));
    List<Object> criteria = new ArrayList<>();
    for (MetCriterion c : r.criteria()) {
      criteria.add(Map.of("number", c.criterion().number(), "label", c.criterion().label().in(lang), "reason", c.reason().in(lang)));
    }
    m.put("criteria", criteria);
    List<Object> lists = new ArrayList<>();
    for (MatchedItem item : concat(r.mandatoryCases(), r.nationalItems())) {
      lists.add(Map.of("label", item.item().label().in(lang),
          "references", String.join("; ", item.item().references().stream().map(x -> x.explain(lang)).toList())));
    }
    m.put("lists", lists);
    m.put("basis", String.join("; ", r.basis().stream().map(x -> x.explain(lang)).toList()));
    return m;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  // ---------------------------------------------------------------- requirements

  private static Map<String, Object> requirements(SystemRequirements r, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<ImplementationStatus, Integer> counts = r.countByStatus();
    int total = r.list().items().size();
    m.put("id", r.system().id());
    m.put("name", r.system().name());
    m.put("levels", levelCells(r.list().context().levels(), Optional.empty(), lang));
    m.put("applicable", total);
    List<Object> bar = new ArrayList<>();
    for (ImplementationStatus s : ImplementationStatus.values()) {
      int n = counts.get(s);
      if (n > 0) {
        bar.add(Map.of("cls", s.name().toLowerCase(Locale.ROOT).replace('_', '-'), "count", n,
            "width", String.format(Locale.ROOT, "%.2f", 100.0 * n / total), "label", s.label(lang) + ": " + n));
      }
    }
    m.put("bar", bar);
    m.put("met", counts.get(ImplementationStatus.MET));
    m.put("notAssessed", counts.get(ImplementationStatus.NOT_ASSESSED));
    List<Object> gaps = new ArrayList<>();
    for (ApplicableRequirement g : r.assessedGaps()) {
      gaps.add(Map.of("id", g.requirement().id(), "status", g.status().label(lang),
          "cls", g.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), "level", g.aspectLevel().ordinalLevel(),
          "aspect", Labels.capitalised(g.requirement().aspect(), lang), "text", g.requirement().text().in(lang),
          "measure", g.assessment().flatMap(a -> a.measure()).orElse(""),
          "references", String.join("; ", g.requirement().references().stream().map(x -> x.explain(lang)).toList())));
    }
    m.put("gaps", gaps);
    m.put("separate", String.join(", ", r.list().separateAnalysisNeeded().stream().map(a -> a.label(lang)).toList()));
    return m;
  }

  // ---------------------------------------------------------------- records

  private static Map<String, Object> document(DraftDocument d, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", d.title().in(lang));
    // The same names as the files trygg records --out writes.
    m.put("id", switch (d.documentKind()) {
      case RECORD_OF_PROCESSING -> "record-of-processing";
      case PROCESSOR_AGREEMENT -> "agreement-" + d.subject();
      case PROCESSOR_RECORD -> "processor-record-" + d.subject();
    });
    m.put("count", d.missing().size());
    m.put("gaps", capped(d.missing().stream().limit(LISTED + 1L).map(g -> g.sectionId() + " · " + g.item().label().in(lang) + ": "
        + g.item().missing().orElseThrow().in(lang)).toList(), d.missing().size(), LISTED, lang));
    List<Object> sections = new ArrayList<>();
    for (DraftSection s : d.sections()) {
      List<Object> items = new ArrayList<>();
      for (DraftItem i : s.items()) {
        Map<String, Object> im = new LinkedHashMap<>();
        im.put("label", i.label().in(lang));
        im.put("reference", i.reference().orElse(""));
        im.put("values", capped(i.values().stream().limit(VALUES + 1L).map(v -> v.in(lang)).toList(), i.values().size(), VALUES, lang));
        im.put("missing", i.missing().map(x -> x.in(lang)).orElse(""));
        im.put("none", i.missing().isEmpty() && i.values().isEmpty());
        items.add(im);
      }
      sections.add(Map.of("title", s.title().in(lang), "reference", s.reference().map(r -> r.explain(lang)).orElse(""), "items", items));
    }
    m.put("sections", sections);
    return m;
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Rows a list in the report shows before it says how many it leaves out: the report of a region
   * of 10 000 systems stays a page a browser opens at once (the tool's commands list everything).
   */
  static final int LISTED = 200;
  /** Open items shown per owner in the plan. */
  static final int PER_OWNER = 50;
  /** Values shown per item of a draft document (systems, flows, measures …). */
  static final int VALUES = 50;

  private static void listed(Map<String, Object> ctx, String key, List<?> rows, Language lang) {
    listed(ctx, key, rows.size() > LISTED ? rows.subList(0, LISTED) : rows, rows.size(), lang);
  }

  /** {@code shown} under {@code key}, and under {@code key + "More"} what is left out, or nothing. */
  private static void listed(Map<String, Object> ctx, String key, List<?> shown, int total, Language lang) {
    ctx.put(key, shown);
    ctx.put(key + "More", more(total, shown.size(), lang));
  }

  private static String more(int total, int shown, Language lang) {
    return total > shown ? Labels.format(Labels.SHOWING_FIRST, shown, total).in(lang) : "";
  }

  /** At most {@code max} lines, the last saying how many more there are. */
  private static List<String> capped(List<String> lines, int total, int max, Language lang) {
    if (total <= max) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.subList(0, max));
    out.add(Labels.format(Labels.AND_MORE, total - max).in(lang));
    return out;
  }

  private static Map<String, Object> card(LocalizedText label, long value, boolean warn, Language lang) {
    return Map.of("label", label.in(lang), "value", value, "warn", warn);
  }

  private static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return slash < 0 ? source : source.substring(slash + 1);
  }

  private static Template compile() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.html.mustache")) {
      if (in == null) {
        throw new IllegalStateException("report template missing from the jar");
      }
      return Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).zeroIsFalse(true).compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

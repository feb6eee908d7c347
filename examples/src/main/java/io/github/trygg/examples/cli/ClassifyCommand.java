package io.github.trygg.examples.cli;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ClassificationProfile;
import io.github.trygg.core.classification.ClassificationProfiles;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.requirements.ApplicableRequirement;
import io.github.trygg.core.requirements.ImplementationStatus;
import io.github.trygg.core.requirements.RequirementContext;
import io.github.trygg.examples.analysis.Analysis.SystemRequirements;
import io.github.trygg.examples.analysis.Analysis;
import io.github.trygg.examples.report.Labels;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Levels per asset with the owner's reasons, and per system with where each level comes from. */
@Command(name = "classify", mixinStandardHelpOptions = true,
    header = "Levels per asset and system, with reasons and requirement gaps.",
    description = {"Show the classification of every information asset with the owner's reasons, and each system's required level "
        + "as propagated along the integration chain, with the trace that explains each level, the conditions that hold and the "
        + "requirement gaps (with --assessments, the organisation's own measures).",
        "Exit 0; 2 on bad input."})
final class ClassifyCommand implements Callable<Integer> {
  @Mixin Common common;
  @Mixin RegisterInputs in;
  @Mixin OutputFormat format;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--asset", paramLabel = "ID", description = "Only these assets (repeatable).")
  List<String> assets = new ArrayList<>();

  @Option(names = "--system", paramLabel = "ID", description = "Only these systems (repeatable).")
  List<String> systems = new ArrayList<>();

  @Override
  public Integer call() {
    Analysis analysis = Analysis.of(in.load(common.today));
    Language lang = common.language;
    for (String id : assets) {
      analysis.register().asset(id).orElseThrow(() -> new IllegalArgumentException("--asset: no asset '" + id + "' in the register"));
    }
    for (String id : systems) {
      analysis.register().system(id).orElseThrow(() -> new IllegalArgumentException("--system: no system '" + id + "' in the register"));
    }
    boolean onlySystems = assets.isEmpty() && !systems.isEmpty();
    boolean onlyAssets = systems.isEmpty() && !assets.isEmpty();
    List<InformationAsset> shownAssets = onlySystems ? List.of()
        : analysis.register().assets().stream().filter(a -> assets.isEmpty() || assets.contains(a.id())).toList();
    List<SystemRequirements> shownSystems = onlyAssets ? List.of()
        : analysis.requirements().stream().filter(s -> systems.isEmpty() || systems.contains(s.system().id())).toList();

    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("register", analysis.register().name().orElse(""));
      root.put("language", lang.tag());
      root.put("assets", shownAssets.stream().map(a -> assetJson(a, lang)).toList());
      root.put("systems", shownSystems.stream().map(s -> systemJson(s, lang)).toList());
      OutputFormat.print(out, root);
      return Trygg.OK;
    }
    if (!shownAssets.isEmpty()) {
      Table t = new Table(Labels.ASSET.in(lang), Labels.NAME.in(lang), letters(lang), "");
      for (InformationAsset a : shownAssets) {
        List<String> notes = new ArrayList<>(Labels.flags(a, lang));
        a.classification().filter(AssetClassification::requiresSeparateAnalysis).ifPresent(c -> notes.add("⚠ " + Labels.SEPARATE.in(lang)));
        t.row(a.id(), a.name(), a.classification().isPresent() ? Cells.levels(a.levels()) : Labels.NOT_RATED.in(lang), String.join(" · ", notes));
        a.classification().ifPresent(c -> c.explain(profile(c), lang).forEach(t::detail));
      }
      t.print(out);
    }
    if (!shownSystems.isEmpty()) {
      if (!shownAssets.isEmpty()) {
        out.println();
      }
      Table t = new Table(Labels.SYSTEM.in(lang), Labels.NAME.in(lang), letters(lang), Labels.APPLICABLE.in(lang), Labels.GAPS.in(lang));
      for (SystemRequirements s : shownSystems) {
        RequirementContext ctx = s.list().context();
        Map<ImplementationStatus, Integer> counts = s.countByStatus();
        t.row(s.system().id(), s.system().name(), Cells.levels(ctx.levels()), String.valueOf(s.list().items().size()),
            s.list().gaps().size() + " (" + ImplementationStatus.NOT_MET.label(lang) + " " + counts.get(ImplementationStatus.NOT_MET)
                + ", " + ImplementationStatus.PARTLY_MET.label(lang) + " " + counts.get(ImplementationStatus.PARTLY_MET)
                + ", " + ImplementationStatus.NOT_ASSESSED.label(lang) + " " + counts.get(ImplementationStatus.NOT_ASSESSED) + ")");
        for (SecurityAspect aspect : SecurityAspect.values()) {
          List<LocalizedText> why = ctx.levelReasons(aspect);
          if (!why.isEmpty()) {
            t.detail(Labels.capitalised(aspect, lang) + " " + ctx.levels().get(aspect).ordinalLevel() + ": " + Cells.join(why, lang));
          }
        }
        if (!ctx.conditions().isEmpty()) {
          t.detail(Labels.CONDITIONS.in(lang) + ": " + String.join("; ", ctx.conditions().values().stream().map(x -> x.in(lang)).distinct().toList()));
        }
        if (!s.list().separateAnalysisNeeded().isEmpty()) {
          t.detail("⚠ " + Labels.SEPARATE.in(lang) + ": " + String.join(", ", s.list().separateAnalysisNeeded().stream().map(x -> x.label(lang)).toList()));
        }
        for (ApplicableRequirement gap : s.assessedGaps()) {
          t.detail(gap.requirement().id() + " " + gap.status().label(lang) + ": " + gap.requirement().text().in(lang)
              + gap.assessment().flatMap(x -> x.measure()).map(m -> " — " + m).orElse(""));
        }
      }
      t.print(out);
    }
    return Trygg.OK;
  }

  private static ClassificationProfile profile(AssetClassification c) {
    return ClassificationProfiles.bundled().of(c).orElseGet(() -> ClassificationProfiles.bundled().get(ClassificationProfiles.KLASSA).orElseThrow());
  }

  private static Map<String, Object> assetJson(InformationAsset a, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("name", a.name());
    m.put("levels", Cells.levelsJson(a.levels()));
    m.put("flags", Cells.flagWires(a));
    m.put("separateAnalysis", a.classification().map(AssetClassification::requiresSeparateAnalysis).orElse(false));
    a.classification().ifPresent(c -> {
      ClassificationProfile profile = profile(c);
      m.put("profile", c.profileId() + "@" + c.profileVersion());
      List<Object> ratings = new ArrayList<>();
      for (SecurityAspect aspect : SecurityAspect.values()) {
        AspectRating r = c.ratings().get(aspect);
        if (r == null) {
          continue;
        }
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("aspect", Cells.wire(aspect));
        rm.put("level", r.level().ordinalLevel());
        rm.put("display", profile.display(r.level(), lang));
        rm.put("justification", r.justification());
        rm.put("origin", Cells.wire(r.origin()));
        r.assessedBy().ifPresent(x -> rm.put("assessedBy", x));
        r.assessedOn().ifPresent(x -> rm.put("assessedOn", x.toString()));
        ratings.add(rm);
      }
      m.put("ratings", ratings);
    });
    return m;
  }

  private static Map<String, Object> systemJson(SystemRequirements s, Language lang) {
    RequirementContext ctx = s.list().context();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.system().id());
    m.put("name", s.system().name());
    m.put("levels", Cells.levelsJson(ctx.levels()));
    s.system().clearedFor().ifPresent(c -> m.put("clearedFor", Cells.levelsJson(c)));
    Map<String, Object> reasons = new LinkedHashMap<>();
    for (SecurityAspect aspect : SecurityAspect.values()) {
      if (!ctx.levelReasons(aspect).isEmpty()) {
        reasons.put(Cells.wire(aspect), ctx.levelReasons(aspect).stream().map(x -> x.in(lang)).toList());
      }
    }
    m.put("reasons", reasons);
    Map<String, Object> conditions = new LinkedHashMap<>();
    ctx.conditions().forEach((k, v) -> conditions.put(Cells.wire(k), v.in(lang)));
    m.put("conditions", conditions);
    m.put("separateAnalysis", s.list().separateAnalysisNeeded().stream().map(Cells::wire).toList());
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("applicable", s.list().items().size());
    s.countByStatus().forEach((k, v) -> counts.put(Cells.wire(k), v));
    m.put("requirements", counts);
    m.put("gaps", s.list().gaps().stream().map(g -> Cells.gapJson(g, lang)).toList());
    return m;
  }

  /** The aspects' initials as the reader's texts abbreviate them (K R T S in Swedish). */
  static String letters(Language lang) {
    return String.join(" ", java.util.Arrays.stream(io.github.trygg.core.classification.SecurityAspect.values()).map(a -> a.letter(lang)).toList());
  }
}

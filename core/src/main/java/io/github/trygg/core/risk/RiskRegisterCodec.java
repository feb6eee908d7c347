package io.github.trygg.core.risk;

import org.jspecify.annotations.Nullable;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.data.Texts;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.WireNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Risk-register files ⇄ lists of {@link Risk}; writing gives the canonical form that reads back equal. */
final class RiskRegisterCodec {
  static final String FORMAT = "trygg-risk-register/1";
  private static final String[] RISK = {
    "id", "title", "scenario", "threat", "category", "owner", "affectedAssets", "affectedSystems", "automatedDecisions", "fairness",
    "inherent", "current", "residual", "mitigations", "acceptance"
  };

  private RiskRegisterCodec() {}

  static @Nullable List<Risk> read(SourceObject o, Problems p) {
    o.allowOnly(p, "format", "risks");
    List<Risk> risks = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (SourceObject r : o.objects("risks", p)) {
      int before = p.size();
      r.allowOnly(p, RISK);
      String id = Texts.id(r, "id", p);
      if (!ids.add(id)) {
        p.add("duplicate-id", r.keyLocation("id"), "risk '" + id + "' appears twice", "unique risk ids");
      }
      Risk.Builder b = Risk.builder().id(id)
          .title(Texts.nonBlank(r, "title", p))
          .scenario(Texts.nonBlank(r, "scenario", p))
          .automatedDecisions(r.booleanOr("automatedDecisions", false, p))
          .affectedSystems(r.strings("affectedSystems", p));
      r.optionalString("threat", p).ifPresent(b::threat);
      r.optionalString("owner", p).ifPresent(b::owner);
      r.requireEnum("category", RiskCategory.class, p).ifPresent(b::category);
      for (SourceObject a : r.objects("affectedAssets", p)) {
        a.allowOnly(p, "asset", "aspects");
        String asset = Texts.nonBlank(a, "asset", p);
        List<SecurityAspect> aspects = a.enums("aspects", SecurityAspect.class, p);
        if (aspects.isEmpty()) {
          p.add("empty", a.keyLocation("aspects"), "no aspects for asset '" + asset + "'", "at least one of confidentiality, integrity, availability, traceability");
        } else {
          b.addAffectedAssets(new AffectedAsset(asset, EnumSet.copyOf(aspects)));
        }
      }
      r.optionalObject("fairness", p).map(f -> fairness(f, p)).ifPresent(b::fairness);
      r.optionalObject("inherent", p).map(a -> assessment(a, p)).ifPresent(b::inherent);
      r.optionalObject("current", p).map(a -> assessment(a, p)).ifPresent(b::current);
      r.optionalObject("residual", p).map(a -> assessment(a, p)).ifPresent(b::residual);
      for (SourceObject m : r.objects("mitigations", p)) {
        m.allowOnly(p, "id", "description", "owner", "due", "status");
        Mitigation.Builder mb = Mitigation.builder().id(Texts.id(m, "id", p)).description(Texts.nonBlank(m, "description", p))
            .owner(Texts.nonBlank(m, "owner", p)).due(date(m, "due", p));
        m.optionalEnum("status", MitigationStatus.class, p).ifPresent(mb::status);
        if (p.size() == before) {
          b.addMitigations(mb.build());
        }
      }
      r.optionalObject("acceptance", p).map(a -> acceptance(a, p)).ifPresent(b::acceptance);
      if (p.size() == before) {
        risks.add(b.build());
      }
    }
    return p.isEmpty() ? List.copyOf(risks) : null;
  }

  private static RiskAssessment assessment(SourceObject o, Problems p) {
    o.allowOnly(p, "likelihood", "consequence", "rationale", "assessedBy", "assessedOn");
    int likelihood = o.optionalLong("likelihood", 1, 10, p).orElse(1L).intValue();
    int consequence = o.optionalLong("consequence", 1, 10, p).orElse(1L).intValue();
    for (String required : List.of("likelihood", "consequence")) {
      if (!o.has(required)) {
        p.add("missing-property", o.location(), "missing required property '" + required + "'", "a scale value from 1");
      }
    }
    return RiskAssessment.of(likelihood, consequence, Texts.nonBlank(o, "rationale", p), Texts.nonBlank(o, "assessedBy", p), date(o, "assessedOn", p));
  }

  private static FairnessAssessment fairness(SourceObject o, Problems p) {
    o.allowOnly(p, "groundsConsidered", "dataRepresentativeness", "differentialTreatmentJustification", "humanOversight", "assessedBy", "assessedOn");
    FairnessAssessment.Builder b = FairnessAssessment.builder()
        .groundsConsidered(o.enums("groundsConsidered", DiscriminationGround.class, p))
        .dataRepresentativeness(Texts.nonBlank(o, "dataRepresentativeness", p))
        .humanOversight(Texts.nonBlank(o, "humanOversight", p))
        .assessedBy(Texts.nonBlank(o, "assessedBy", p))
        .assessedOn(date(o, "assessedOn", p));
    o.optionalString("differentialTreatmentJustification", p).ifPresent(b::differentialTreatmentJustification);
    return b.build();
  }

  private static RiskAcceptance acceptance(SourceObject o, Problems p) {
    o.allowOnly(p, "acceptedBy", "acceptedOn", "rationale", "validUntil", "likelihood", "consequence", "classificationFingerprints");
    RiskAcceptance.Builder b = RiskAcceptance.builder().acceptedBy(Texts.nonBlank(o, "acceptedBy", p)).acceptedOn(date(o, "acceptedOn", p))
        .rationale(Texts.nonBlank(o, "rationale", p))
        .likelihood(o.optionalLong("likelihood", 1, 10, p).orElse(1L).intValue())
        .consequence(o.optionalLong("consequence", 1, 10, p).orElse(1L).intValue());
    o.optionalDate("validUntil", p).ifPresent(b::validUntil);
    SourceObject fingerprints = o.requireObject("classificationFingerprints", p);
    for (Map.Entry<String, SourceNode> e : fingerprints.members().entrySet()) {
      SourceObject.asString(e.getValue(), p).ifPresent(f -> b.putClassificationFingerprints(e.getKey(), f));
    }
    return b.build();
  }

  private static LocalDate date(SourceObject o, String name, Problems p) {
    Optional<LocalDate> date = o.optionalDate(name, p);
    if (!o.has(name)) {
      p.add("missing-property", o.location(), "missing required property '" + name + "'", "an ISO date such as 2026-01-31");
    }
    return date.orElse(LocalDate.EPOCH);
  }

  // ---- writing ----------------------------------------------------------------------------------

  static Map<String, Object> write(List<Risk> risks) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    List<Object> list = new ArrayList<>();
    for (Risk r : risks) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("title", r.title());
      m.put("scenario", r.scenario());
      r.threat().ifPresent(t -> m.put("threat", t));
      m.put("category", WireNames.of(r.category()));
      r.owner().ifPresent(o -> m.put("owner", o));
      if (!r.affectedAssets().isEmpty()) {
        List<Object> assets = new ArrayList<>();
        for (AffectedAsset a : r.affectedAssets()) {
          Map<String, Object> am = new LinkedHashMap<>();
          am.put("asset", a.assetId());
          am.put("aspects", EnumSet.copyOf(a.aspects()).stream().map(WireNames::of).toList());
          assets.add(am);
        }
        m.put("affectedAssets", assets);
      }
      if (!r.affectedSystems().isEmpty()) {
        m.put("affectedSystems", r.affectedSystems());
      }
      if (r.automatedDecisions()) {
        m.put("automatedDecisions", true);
      }
      r.fairness().ifPresent(f -> {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("groundsConsidered", EnumSet.copyOf(f.groundsConsidered().isEmpty() ? EnumSet.noneOf(DiscriminationGround.class) : f.groundsConsidered())
            .stream().map(WireNames::of).toList());
        fm.put("dataRepresentativeness", f.dataRepresentativeness());
        f.differentialTreatmentJustification().ifPresent(j -> fm.put("differentialTreatmentJustification", j));
        fm.put("humanOversight", f.humanOversight());
        fm.put("assessedBy", f.assessedBy());
        fm.put("assessedOn", f.assessedOn().toString());
        m.put("fairness", fm);
      });
      for (RiskStage stage : RiskStage.values()) {
        r.assessment(stage).ifPresent(a -> {
          Map<String, Object> am = new LinkedHashMap<>();
          am.put("likelihood", a.likelihood());
          am.put("consequence", a.consequence());
          am.put("rationale", a.rationale());
          am.put("assessedBy", a.assessedBy());
          am.put("assessedOn", a.assessedOn().toString());
          m.put(stage.name().toLowerCase(java.util.Locale.ROOT), am);
        });
      }
      if (!r.mitigations().isEmpty()) {
        List<Object> ms = new ArrayList<>();
        for (Mitigation x : r.mitigations()) {
          Map<String, Object> mm = new LinkedHashMap<>();
          mm.put("id", x.id());
          mm.put("description", x.description());
          mm.put("owner", x.owner());
          mm.put("due", x.due().toString());
          mm.put("status", WireNames.of(x.status()));
          ms.add(mm);
        }
        m.put("mitigations", ms);
      }
      r.acceptance().ifPresent(a -> {
        Map<String, Object> am = new LinkedHashMap<>();
        am.put("acceptedBy", a.acceptedBy());
        am.put("acceptedOn", a.acceptedOn().toString());
        am.put("rationale", a.rationale());
        a.validUntil().ifPresent(v -> am.put("validUntil", v.toString()));
        am.put("likelihood", a.likelihood());
        am.put("consequence", a.consequence());
        am.put("classificationFingerprints", new LinkedHashMap<>(a.classificationFingerprints()));
        m.put("acceptance", am);
      });
      list.add(m);
    }
    root.put("risks", list);
    return root;
  }
}

package io.github.trygg.core.changes;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.data.FieldWords;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.internal.words.FieldValues;
import io.github.trygg.core.plan.ActionItem;
import io.github.trygg.core.plan.ActionPlan;
import io.github.trygg.core.propagation.DerivedLevel;
import io.github.trygg.core.propagation.Finding;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.propagation.PropagationResult;
import io.github.trygg.core.propagation.SystemLevels;
import io.github.trygg.core.propagation.Trace;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.risk.RiskAnalyzer;
import io.github.trygg.core.risk.RiskEvaluation;
import io.github.trygg.core.risk.RiskStage;
import io.github.trygg.core.risk.StageEvaluation;
import io.github.trygg.core.signoff.SignOffChecker;
import io.github.trygg.core.signoff.SignOffReview;
import io.github.trygg.core.signoff.SignOffs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Compares two versions of a register folder. Entered values (names, classifications, flows,
 * vendors, activities, action items) are compared field by field; derived values — required levels
 * through propagation, findings, risk levels and acceptances, sign-off status — are computed on both
 * sides and each that moved carries the reason: the new trace, the classification that changed, the
 * cell or floor that moved, the approved fields that changed.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ChangeDetector {
  private final Propagation propagation;

  private ChangeDetector(Propagation propagation) {
    this.propagation = propagation;
  }

  /**
   * With the bundled propagation rules.
   *
   * @return a detector with the bundled propagation rules
   */
  public static ChangeDetector bundled() {
    return new ChangeDetector(Propagation.bundled());
  }

  /**
   * A detector with these propagation rules.
   *
   * @param propagation the propagation engine that derives the levels compared
   * @return the detector
   */
  public static ChangeDetector of(Propagation propagation) {
    return new ChangeDetector(propagation);
  }

  /**
   * What changed from {@code before} to {@code after}: entries, classifications, derived levels, flows, vendors, activities, findings, risks, action items and sign-offs, each derived change with its reason.
   *
   * @param before the earlier snapshot
   * @param after the later snapshot
   * @return the changes
   */
  public ChangeList compare(ReviewSnapshot before, ReviewSnapshot after) {
    List<Change> out = new ArrayList<>();
    Register a = before.register();
    Register b = after.register();
    entries(out, ChangeArea.ASSET, "asset", index(a.assets(), InformationAsset::id), index(b.assets(), InformationAsset::id), EntryFields::asset);
    classifications(out, a, b);
    entries(out, ChangeArea.SYSTEM, "system", index(a.systems(), s -> s.id()), index(b.systems(), s -> s.id()), EntryFields::system);
    PropagationResult pa = propagation.run(a);
    PropagationResult pb = propagation.run(b);
    requiredLevels(out, a, b, pa, pb);
    entries(out, ChangeArea.FLOW, "integration", index(a.integrations(), i -> i.id()), index(b.integrations(), i -> i.id()), EntryFields::flow);
    entries(out, ChangeArea.FLOW, "dependency", index(a.dependencies(), d -> d.id()), index(b.dependencies(), d -> d.id()), EntryFields::dependency);
    entries(out, ChangeArea.VENDOR, "vendor", index(a.vendors(), v -> v.id()), index(b.vendors(), v -> v.id()), EntryFields::vendor);
    changedOnly(out, ChangeArea.TRANSFER, "vendor", index(a.vendors(), v -> v.id()), index(b.vendors(), v -> v.id()), EntryFields::transfer);
    entries(out, ChangeArea.ACTIVITY, "activity", index(a.activities(), x -> x.id()), index(b.activities(), x -> x.id()), EntryFields::activity);
    findings(out, pa, pb);
    risks(out, before, after);
    actionItems(out, before.actionPlan(), after.actionPlan());
    signOffs(out, before, after);
    return new ChangeList(out);
  }

  // ---- entered values ------------------------------------------------------------------------------

  private static <T> Map<String, T> index(List<T> list, Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>();
    list.forEach(x -> m.putIfAbsent(id.apply(x), x));
    return m;
  }

  private static <T> void entries(List<Change> out, ChangeArea area, String kind, Map<String, T> before, Map<String, T> after,
      Function<T, Map<String, String>> fields) {
    for (String id : union(before.keySet(), after.keySet())) {
      String subject = kind + ":" + id;
      T x = before.get(id);
      T y = after.get(id);
      if (x == null) {
        Objects.requireNonNull(y); // the id came from one of the two versions
        out.add(Change.of(area, ChangeKind.ADDED, subject, "", Optional.empty(), EntryFields.text(fields.apply(y).getOrDefault("name", id)), Optional.empty()));
      } else if (y == null) {
        out.add(Change.of(area, ChangeKind.REMOVED, subject, "", EntryFields.text(fields.apply(x).getOrDefault("name", id)), Optional.empty(), Optional.empty()));
      } else {
        fieldChanges(out, area, subject, fields.apply(x), fields.apply(y));
      }
    }
  }

  private static <T> void changedOnly(List<Change> out, ChangeArea area, String kind, Map<String, T> before, Map<String, T> after,
      Function<T, Map<String, String>> fields) {
    for (String id : before.keySet()) {
      if (after.containsKey(id)) {
        fieldChanges(out, area, kind + ":" + id, fields.apply(before.get(id)), fields.apply(after.get(id)));
      }
    }
  }

  private static void fieldChanges(List<Change> out, ChangeArea area, String subject, Map<String, String> x, Map<String, String> y) {
    for (String field : union(x.keySet(), y.keySet())) {
      String was = x.getOrDefault(field, "");
      String now = y.getOrDefault(field, "");
      if (!was.equals(now)) {
        // Compared as the files write them; shown in words.
        out.add(new Change(area, ChangeKind.CHANGED, subject, field, words(field, was), words(field, now), Optional.empty()));
      }
    }
  }

  private static Optional<LocalizedText> words(String field, String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(FieldValues.of(field, value));
  }

  private static void classifications(List<Change> out, Register a, Register b) {
    for (InformationAsset y : b.assets()) {
      Optional<InformationAsset> x = a.asset(y.id());
      if (x.isEmpty()) {
        continue;
      }
      for (SecurityAspect aspect : SecurityAspect.values()) {
        Optional<AspectRating> was = x.get().classification().map(c -> c.ratings().get(aspect));
        Optional<AspectRating> now = y.classification().map(c -> c.ratings().get(aspect));
        int levelWas = was.map(r -> r.level().ordinalLevel()).orElse(0);
        int levelNow = now.map(r -> r.level().ordinalLevel()).orElse(0);
        if (levelWas != levelNow) {
          Optional<LocalizedText> reason = now.map(r -> {
            String who = r.assessedBy().map(s -> s + (r.assessedOn().map(d -> ", " + d).orElse("")) + ": ").orElse("");
            return same(who + r.justification());
          });
          out.add(Change.of(ChangeArea.CLASSIFICATION, ChangeKind.CHANGED, "asset:" + y.id(), WireNames.of(aspect),
              Optional.of(Integer.toString(levelWas)), Optional.of(Integer.toString(levelNow)), reason));
        }
      }
    }
  }

  // ---- derived values ------------------------------------------------------------------------------

  private static void requiredLevels(List<Change> out, Register a, Register b, PropagationResult pa, PropagationResult pb) {
    for (SystemLevels now : pb.systems()) {
      Optional<SystemLevels> was = pa.system(now.id());
      if (was.isEmpty()) {
        continue;
      }
      for (SecurityAspect aspect : SecurityAspect.values()) {
        DerivedLevel x = was.get().level(aspect);
        DerivedLevel y = now.level(aspect);
        if (x.level() == y.level()) {
          continue;
        }
        out.add(Change.of(ChangeArea.REQUIRED_LEVEL, ChangeKind.CHANGED, "system:" + now.id(), WireNames.of(aspect),
            Optional.of(Integer.toString(x.level().ordinalLevel())), Optional.of(Integer.toString(y.level().ordinalLevel())),
            Optional.of(levelReason(a, b, aspect, x.trace(), y.trace()))));
      }
    }
  }

  /** The classification behind the new level if that changed, then how the level comes about now (and before, if otherwise). */
  private static LocalizedText levelReason(Register a, Register b, SecurityAspect aspect, Trace was, Trace now) {
    StringBuilder sv = new StringBuilder();
    StringBuilder nb = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (String asset : new LinkedHashSet<>(List.of(now.originAsset().orElse(""), was.originAsset().orElse("")))) {
      if (asset.isEmpty()) {
        continue;
      }
      int x = a.asset(asset).flatMap(v -> v.classification()).map(c -> c.levels().get(aspect).ordinalLevel()).orElse(0);
      int y = b.asset(asset).flatMap(v -> v.classification()).map(c -> c.levels().get(aspect).ordinalLevel()).orElse(0);
      if (x != y) {
        LocalizedText ref = new EntryRef(EntryKind.ASSET, asset).label();
        sv.append("klassningen av ").append(ref.sv()).append(" ändrades (").append(aspect.label(Language.SWEDISH).toLowerCase(java.util.Locale.ROOT))
            .append(' ').append(x).append(" → ").append(y).append("); ");
        nb.append("klassifiseringen av ").append(ref.nb()).append(" ble endret (").append(aspect.label(Language.NORWEGIAN_BOKMAL).toLowerCase(java.util.Locale.ROOT))
            .append(' ').append(x).append(" → ").append(y).append("); ");
        en.append("the classification of ").append(ref.en()).append(" changed (").append(aspect.label(Language.ENGLISH).toLowerCase(java.util.Locale.ROOT))
            .append(' ').append(x).append(" → ").append(y).append("); ");
      }
    }
    LocalizedText path = now.explanation();
    LocalizedText before = was.explanation();
    sv.append("härleds nu ").append(path.sv());
    nb.append("utledes nå ").append(path.nb());
    en.append("now derived ").append(path.en());
    if (!before.equals(path)) {
      sv.append("; tidigare ").append(before.sv());
      nb.append("; tidligere ").append(before.nb());
      en.append("; before ").append(before.en());
    }
    return new LocalizedText(sv.toString(), nb.toString(), en.toString());
  }

  private static String key(Finding f) {
    // One level-4 finding per system, whichever aspects it names.
    boolean perSystem = f.kind() == io.github.trygg.core.propagation.FindingKind.LEVEL_4_PRESENT;
    return WireNames.of(f.kind()) + " " + f.subject() + (perSystem ? "" : f.aspect().map(x -> " " + WireNames.of(x)).orElse(""));
  }

  private static void findings(List<Change> out, PropagationResult pa, PropagationResult pb) {
    Map<String, Finding> was = new LinkedHashMap<>();
    pa.findings().forEach(f -> was.putIfAbsent(key(f), f));
    Map<String, Finding> now = new LinkedHashMap<>();
    pb.findings().forEach(f -> now.putIfAbsent(key(f), f));
    for (String k : union(was.keySet(), now.keySet())) {
      Finding x = was.get(k);
      Finding y = now.get(k);
      if (x == null) {
        Objects.requireNonNull(y); // the id came from one of the two versions
        out.add(new Change(ChangeArea.FINDING, ChangeKind.ADDED, y.subject().toString(), "", Optional.empty(), Optional.of(y.kind().label()),
            Optional.of(y.message())));
      } else if (y == null) {
        out.add(new Change(ChangeArea.FINDING, ChangeKind.REMOVED, x.subject().toString(), "", Optional.of(x.kind().label()), Optional.empty(),
            Optional.of(new LocalizedText("åtgärdat eller inte längre tillämpligt: " + x.message().sv(), "rettet eller ikke lenger aktuelt: " + x.message().nb(),
                "fixed or no longer applies: " + x.message().en()))));
      } else if (x.severity() != y.severity()) {
        out.add(new Change(ChangeArea.FINDING, ChangeKind.CHANGED, y.subject().toString(), "severity", Optional.of(x.severity().label()),
            Optional.of(y.severity().label()), Optional.of(y.message())));
      } else if (!x.message().equals(y.message())) {
        out.add(new Change(ChangeArea.FINDING, ChangeKind.CHANGED, y.subject().toString(), "finding", Optional.of(x.message()), Optional.of(y.message()),
            Optional.empty()));
      }
    }
  }

  private static void risks(List<Change> out, ReviewSnapshot before, ReviewSnapshot after) {
    Map<String, RiskEvaluation> was = new LinkedHashMap<>();
    if (!before.risks().isEmpty()) {
      RiskAnalyzer.of(before.matrix(), before.register()).evaluateAll(before.risks(), before.evaluatedOn()).forEach(e -> was.put(e.risk().id(), e));
    }
    Map<String, RiskEvaluation> now = new LinkedHashMap<>();
    if (!after.risks().isEmpty()) {
      RiskAnalyzer.of(after.matrix(), after.register()).evaluateAll(after.risks(), after.evaluatedOn()).forEach(e -> now.put(e.risk().id(), e));
    }
    for (String id : union(was.keySet(), now.keySet())) {
      RiskEvaluation x = was.get(id);
      RiskEvaluation y = now.get(id);
      String subject = "risk:" + id;
      if (x == null) {
        Objects.requireNonNull(y); // the id came from one of the two versions
        out.add(Change.of(ChangeArea.RISK, ChangeKind.ADDED, subject, "", Optional.empty(), Optional.of(y.risk().title()), Optional.empty()));
        continue;
      }
      if (y == null) {
        out.add(Change.of(ChangeArea.RISK, ChangeKind.REMOVED, subject, "", Optional.of(x.risk().title()), Optional.empty(), Optional.empty()));
        continue;
      }
      for (RiskStage stage : List.of(RiskStage.INHERENT, RiskStage.RESIDUAL)) {
        Optional<StageEvaluation> s = x.stage(stage);
        Optional<StageEvaluation> t = y.stage(stage);
        String levelWas = s.map(e -> e.level().id()).orElse("");
        String levelNow = t.map(e -> e.level().id()).orElse("");
        if (!levelWas.equals(levelNow)) {
          String cellWas = s.map(e -> e.cell().likelihood() + "×" + e.cell().consequence()).orElse("—");
          String cellNow = t.map(e -> e.cell().likelihood() + "×" + e.cell().consequence()).orElse("—");
          StringBuilder sv = new StringBuilder("cell ").append(cellWas).append(" → ").append(cellNow);
          StringBuilder nb = new StringBuilder("celle ").append(cellWas).append(" → ").append(cellNow);
          StringBuilder en = new StringBuilder("cell ").append(cellWas).append(" → ").append(cellNow);
          if (x.consequenceFloor() != y.consequenceFloor()) {
            y.floorReasons().forEach(r -> {
              sv.append("; ").append(r.sv());
              nb.append("; ").append(r.nb());
              en.append("; ").append(r.en());
            });
          }
          out.add(new Change(ChangeArea.RISK, ChangeKind.CHANGED, subject, stage.name().toLowerCase(java.util.Locale.ROOT),
              s.map(e -> e.level().label()), t.map(e -> e.level().label()), Optional.of(new LocalizedText(sv.toString(), nb.toString(), en.toString()))));
        }
      }
      if (x.acceptanceStatus() != y.acceptanceStatus()) {
        out.add(new Change(ChangeArea.RISK, ChangeKind.CHANGED, subject, "acceptance", Optional.of(acceptance(x.acceptanceStatus())),
            Optional.of(acceptance(y.acceptanceStatus())), Optional.of(joined(y.acceptanceReasons()))));
      }
    }
  }

  private static void actionItems(List<Change> out, Optional<ActionPlan> before, Optional<ActionPlan> after) {
    Map<String, ActionItem> was = index(before.map(ActionPlan::items).orElse(List.of()), ActionItem::id);
    Map<String, ActionItem> now = index(after.map(ActionPlan::items).orElse(List.of()), ActionItem::id);
    for (String id : union(was.keySet(), now.keySet())) {
      ActionItem x = was.get(id);
      ActionItem y = now.get(id);
      String subject = "item:" + id;
      if (x == null) {
        Objects.requireNonNull(y); // the id came from one of the two versions
        out.add(Change.of(ChangeArea.ACTION_ITEM, ChangeKind.ADDED, subject, "", Optional.empty(), Optional.of(y.title()), Optional.empty()));
      } else if (y == null) {
        out.add(Change.of(ChangeArea.ACTION_ITEM, ChangeKind.REMOVED, subject, "", Optional.of(x.title()), Optional.empty(), Optional.empty()));
      } else {
        Map<String, String> fx = new LinkedHashMap<>();
        Map<String, String> fy = new LinkedHashMap<>();
        fx.put("status", WireNames.of(x.status()));
        fy.put("status", WireNames.of(y.status()));
        fx.put("owner", x.owner().orElse(""));
        fy.put("owner", y.owner().orElse(""));
        fx.put("due", x.due().map(Object::toString).orElse(""));
        fy.put("due", y.due().map(Object::toString).orElse(""));
        fx.put("resolved", x.resolvedOn().map(Object::toString).orElse(""));
        fy.put("resolved", y.resolvedOn().map(Object::toString).orElse(""));
        fieldChanges(out, ChangeArea.ACTION_ITEM, subject, fx, fy);
      }
    }
  }

  /** One approved field that changed, in words: "konfidentialitet 2 → 3". */
  private static LocalizedText signedChange(SignOffReview.FieldChange c) {
    LocalizedText was = c.approved().map(v -> FieldValues.of(c.field(), v)).orElse(new LocalizedText("—", "—", "—"));
    LocalizedText now = c.now().map(v -> FieldValues.of(c.field(), v)).orElse(new LocalizedText("—", "—", "—"));
    return new LocalizedText(c.fieldLabel(Language.SWEDISH) + " " + was.sv() + " → " + now.sv(),
        c.fieldLabel(Language.NORWEGIAN_BOKMAL) + " " + was.nb() + " → " + now.nb(), c.fieldLabel(Language.ENGLISH) + " " + was.en() + " → " + now.en());
  }

  private static String joinIn(List<LocalizedText> texts, Language language) {
    return String.join("; ", texts.stream().map(t -> t.in(language)).toList());
  }

  private static void signOffs(List<Change> out, ReviewSnapshot before, ReviewSnapshot after) {
    Map<String, SignOffReview> was = reviews(before);
    Map<String, SignOffReview> now = reviews(after);
    for (String id : union(was.keySet(), now.keySet())) {
      SignOffReview x = was.get(id);
      SignOffReview y = now.get(id);
      String subject = "sign-off:" + id;
      if (x == null) {
        Objects.requireNonNull(y); // the id came from one of the two versions
        out.add(Change.of(ChangeArea.SIGN_OFF, ChangeKind.ADDED, subject, "", Optional.empty(),
            Optional.of(y.signOff().subject() + " " + y.signOff().signedBy() + " " + y.signOff().signedOn()), Optional.empty()));
      } else if (y == null) {
        out.add(Change.of(ChangeArea.SIGN_OFF, ChangeKind.REMOVED, subject, "", Optional.of(x.signOff().subject().toString()), Optional.empty(), Optional.empty()));
      } else if (x.status() != y.status()) {
        List<LocalizedText> what = y.changes().stream().map(ChangeDetector::signedChange).toList();
        out.add(new Change(ChangeArea.SIGN_OFF, ChangeKind.CHANGED, subject, "status", Optional.of(label(x.status())),
            Optional.of(label(y.status())),
            what.isEmpty() ? Optional.empty() : Optional.of(new LocalizedText("ändrat sedan godkännandet: " + joinIn(what, Language.SWEDISH),
                "endret siden godkjenningen: " + joinIn(what, Language.NORWEGIAN_BOKMAL), "changed since signed: " + joinIn(what, Language.ENGLISH)))));
      }
    }
  }

  private static Map<String, SignOffReview> reviews(ReviewSnapshot s) {
    Map<String, SignOffReview> m = new LinkedHashMap<>();
    s.signOffs().map(SignOffs::signOffs).orElse(List.of()).forEach(o -> m.put(o.id(), SignOffChecker.of(s.register()).check(o)));
    return m;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static LocalizedText same(String text) {
    return new LocalizedText(text, text, text);
  }

  private static LocalizedText label(io.github.trygg.core.signoff.SignOffStatus status) {
    return new LocalizedText(status.label(Language.SWEDISH), status.label(Language.NORWEGIAN_BOKMAL), status.label(Language.ENGLISH));
  }

  private static LocalizedText acceptance(io.github.trygg.core.risk.AcceptanceStatus status) {
    return switch (status) {
      case NOT_ACCEPTED -> new LocalizedText("inte accepterad", "ikke akseptert", "not accepted");
      case VALID -> new LocalizedText("accepterad", "akseptert", "accepted");
      case CLASSIFICATION_CHANGED -> new LocalizedText("klassningen ändrad sedan acceptans", "klassifiseringen endret siden aksept",
          "classification changed since acceptance");
      case RESIDUAL_CHANGED -> new LocalizedText("kvarstående risk ändrad sedan acceptans", "gjenværende risiko endret siden aksept",
          "residual risk changed since acceptance");
      case EXPIRED -> new LocalizedText("acceptansen har gått ut", "aksepten er utløpt", "acceptance expired");
    };
  }

  private static LocalizedText joined(List<LocalizedText> texts) {
    return new LocalizedText(texts.stream().map(LocalizedText::sv).collect(Collectors.joining("; ")),
        texts.stream().map(LocalizedText::nb).collect(Collectors.joining("; ")), texts.stream().map(LocalizedText::en).collect(Collectors.joining("; ")));
  }
}

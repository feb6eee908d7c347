package io.github.trygg.core.plan;

import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.dpia.DpiaOutcome;
import io.github.trygg.core.dpia.ProcessingDpia;
import io.github.trygg.core.dpia.ScreeningResult;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.propagation.Finding;
import io.github.trygg.core.propagation.Severity;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.OverdueReview;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.requirements.ApplicableRequirement;
import io.github.trygg.core.requirements.ImplementationStatus;
import io.github.trygg.core.requirements.RequirementList;
import io.github.trygg.core.risk.Acceptance;
import io.github.trygg.core.risk.AcceptanceStatus;
import io.github.trygg.core.risk.Mitigation;
import io.github.trygg.core.risk.MitigationStatus;
import io.github.trygg.core.risk.RiskEvaluation;
import io.github.trygg.core.risk.StageEvaluation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Turns what the analyses find into proposed action items, one small adapter per source. Ids are
 * stable — the same gap, measure or finding gives the same id on every run — so a merge recognises
 * items it proposed before. A source Trygg does not know (a check of your own) uses {@link
 * #finding} or builds {@link ProposedItem}s itself.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanSources {
  private PlanSources() {}

  /**
   * The gaps the organisation has assessed (not met, partly met) for one system, and one item to
   * assess what nobody has assessed yet.
   *
   * @param system the system's id
   * @param list the system's requirement list, with its assessments
   * @return one proposal per gap
   */
  public static List<ProposedItem> requirementGaps(InformationSystem system, RequirementList list) {
    List<ProposedItem> out = new ArrayList<>();
    String subject = "system:" + system.id();
    int unassessed = 0;
    for (ApplicableRequirement gap : list.gaps()) {
      if (gap.status() == ImplementationStatus.NOT_ASSESSED) {
        unassessed++;
        continue;
      }
      Severity severity = gap.status() == ImplementationStatus.NOT_MET ? Severity.HIGH : Severity.MEDIUM;
      LocalizedText text = gap.requirement().text();
      out.add(ProposedItem.builder()
          .id("gap:" + system.id() + ":" + gap.requirement().id())
          .origin(ItemOrigin.of(OriginKind.REQUIREMENT_GAP, gap.requirement().id(), subject))
          .title(new LocalizedText(system.name() + ": " + text.sv(), system.name() + ": " + text.nb(), system.name() + ": " + text.en()))
          .priority(Priority.derive(severity, Optional.of(gap.aspectLevel())))
          .owner(system.owner())
          .build());
    }
    if (unassessed > 0) {
      ConsequenceLevel highest = list.context().levels().highest();
      int n = unassessed;
      out.add(ProposedItem.builder()
          .id("gap-assessment:" + system.id())
          .origin(ItemOrigin.of(OriginKind.REQUIREMENT_GAP, "self-assessment", subject))
          .title(new LocalizedText(system.name() + ": bedöm " + n + " krav som ingen bedömt",
              system.name() + ": vurder " + n + " krav som ingen har vurdert",
              system.name() + ": assess " + n + " requirements nobody has assessed"))
          .priority(Priority.derive(Severity.LOW, Optional.of(highest)))
          .owner(system.owner())
          .build());
    }
    return out;
  }

  /**
   * Risk treatment: each measure not done or cancelled (with its owner and due date), a decision for
   * a residual risk that is not acceptable and neither accepted nor being treated, and a renewal
   * for an acceptance that has lapsed.
   *
   * @param evaluations the evaluated risks
   * @return one proposal per open or overdue risk treatment
   */
  public static List<ProposedItem> riskTreatments(List<RiskEvaluation> evaluations) {
    List<ProposedItem> out = new ArrayList<>();
    for (RiskEvaluation e : evaluations) {
      String risk = e.risk().id();
      String subject = "risk:" + risk;
      Optional<StageEvaluation> latest = e.latest();
      Severity severity = latest.map(s -> s.acceptance() == Acceptance.UNACCEPTABLE ? Severity.CRITICAL
          : s.acceptance() == Acceptance.TOLERABLE ? Severity.HIGH : Severity.LOW).orElse(Severity.MEDIUM);
      Optional<ConsequenceLevel> level = Optional.of(ConsequenceLevel.ofOrdinal(Math.min(4, Math.max(0, e.consequenceFloor() - 1))));
      boolean treating = false;
      for (Mitigation m : e.risk().mitigations()) {
        if (m.status() == MitigationStatus.DONE || m.status() == MitigationStatus.CANCELLED) {
          continue;
        }
        treating = true;
        out.add(ProposedItem.builder()
            .id("risk:" + risk + ":" + m.id())
            .origin(ItemOrigin.of(OriginKind.RISK_TREATMENT, m.id(), subject))
            .title(same(risk + " · " + m.description()))
            .priority(Priority.derive(severity, level))
            .owner(m.owner())
            .due(m.due())
            .build());
      }
      boolean notAcceptable = e.stage(io.github.trygg.core.risk.RiskStage.RESIDUAL).map(s -> s.acceptance() != Acceptance.ACCEPTABLE).orElse(false);
      if (notAcceptable && !treating && e.acceptanceStatus() == AcceptanceStatus.NOT_ACCEPTED) {
        out.add(ProposedItem.builder()
            .id("risk:" + risk + ":decide")
            .origin(ItemOrigin.of(OriginKind.RISK_TREATMENT, "decide", subject))
            .title(new LocalizedText(risk + " · besluta om åtgärder eller acceptans av kvarstående risk",
                risk + " · beslutt tiltak eller aksept av gjenværende risiko", risk + " · decide on measures or accept the residual risk"))
            .priority(Priority.derive(severity, level))
            .owner(e.risk().owner())
            .build());
      }
      if (e.acceptanceStatus() != AcceptanceStatus.NOT_ACCEPTED && !e.acceptanceStatus().holds()) {
        out.add(ProposedItem.builder()
            .id("risk:" + risk + ":renew-acceptance")
            .origin(ItemOrigin.of(OriginKind.RISK_TREATMENT, "renew-acceptance", subject))
            .title(new LocalizedText(risk + " · förnya acceptansen: det som accepterades har ändrats",
                risk + " · forny aksepten: det som ble akseptert er endret", risk + " · renew the acceptance: what was accepted has changed"))
            .priority(Priority.derive(Severity.HIGH, level))
            .owner(e.risk().owner())
            .build());
      }
    }
    return out;
  }

  /**
   * Every propagation finding, as {@link #finding}.
   *
   * @param findings the findings of a propagation run
   * @return one proposal per finding group
   */
  public static List<ProposedItem> findings(List<Finding> findings) {
    List<ProposedItem> out = new ArrayList<>();
    for (Finding f : findings) {
      LocalizedText title = f.message();
      // One level-4 finding per system, whichever aspects it names: the same item as the aspects change.
      Optional<SecurityAspect> aspect = f.kind() == io.github.trygg.core.propagation.FindingKind.LEVEL_4_PRESENT ? Optional.empty() : f.aspect();
      out.add(finding(WireNames.of(f.kind()), f.severity(), f.subject(), aspect, f.required(), title));
    }
    return dedupe(out);
  }

  /**
   * One finding of any check — propagation, consistency or your own — as an item: {@code rule} is the
   * finding's kind as written in files ({@code clearance-exceeded}), and the id is made from rule,
   * subject and aspect, so the same finding on the next run is the same item.
   *
   * @param rule the rule or check behind the finding
   * @param severity how serious it is
   * @param subject the entry it is about
   * @param aspect the aspect concerned, if any
   * @param level the level the subject must meet, if any
   * @param title the finding's title
   * @return the proposal
   */
  public static ProposedItem finding(String rule, Severity severity, EntryRef subject, Optional<SecurityAspect> aspect,
      Optional<ConsequenceLevel> level, LocalizedText title) {
    String id = "finding:" + rule + ":" + subject + aspect.map(a -> ":" + WireNames.of(a)).orElse("");
    return ProposedItem.builder()
        .id(id)
        .origin(ItemOrigin.of(OriginKind.FINDING, rule, subject.toString()))
        .title(title)
        .priority(Priority.derive(severity, level))
        .build();
  }

  /**
   * What the DPIA of one processing activity still needs: to be carried out when the screening
   * expects one and the register records none; the missing Art. 35(7) parts, DPO advice or decision
   * when it is incomplete; prior consultation (Art. 36) when the decision calls for it. Nothing when
   * none is needed or it is complete. The DPIA belongs to the processing, so the item is about the
   * activity and owned by its controller (the committee).
   *
   * @param dpia the DPIA status of each processing activity
   * @param register the register
   * @return one proposal per DPIA that is missing, incomplete or awaiting consultation
   */
  public static List<ProposedItem> dpia(ProcessingDpia dpia, Register register) {
    ProcessingActivity a = dpia.activity();
    String name = a.name();
    Optional<String> owner = register.controllerOf(a).map(u -> u.name());
    Severity severity = dpia.screening().outcome() == DpiaOutcome.LIKELY_REQUIRED ? Severity.MEDIUM : Severity.HIGH;
    LocalizedText title;
    switch (dpia.status()) {
      case NOT_STARTED -> title = new LocalizedText(name + ": genomför en konsekvensbedömning (DPIA)",
          name + ": gjennomfør en personvernkonsekvensvurdering (DPIA)", name + ": carry out a DPIA");
      case INCOMPLETE -> {
        List<io.github.trygg.core.register.DpiaRecord.Part> parts = dpia.missingParts();
        title = new LocalizedText(name + ": komplettera konsekvensbedömningen – " + parts(parts, io.github.trygg.core.Language.SWEDISH),
            name + ": fullfør personvernkonsekvensvurderingen – " + parts(parts, io.github.trygg.core.Language.NORWEGIAN_BOKMAL),
            name + ": complete the DPIA – " + parts(parts, io.github.trygg.core.Language.ENGLISH));
      }
      case AWAITING_PRIOR_CONSULTATION -> title = new LocalizedText(name + ": begär förhandssamråd hos IMY (art. 36)",
          name + ": be om forhåndsdrøftelse med Datatilsynet (art. 36)", name + ": consult the supervisory authority beforehand (Art. 36)");
      default -> {
        return List.of();
      }
    }
    ProposedItem.Builder b = ProposedItem.builder()
        .id("dpia:" + a.id())
        .origin(ItemOrigin.of(OriginKind.DPIA, WireNames.of(dpia.status()), a.ref().toString()))
        .title(title)
        .priority(Priority.derive(severity, Optional.empty()));
    owner.ifPresent(b::owner);
    return List.of(b.build());
  }

  private static String parts(List<io.github.trygg.core.register.DpiaRecord.Part> parts, io.github.trygg.core.Language language) {
    return String.join(", ", parts.stream().map(p -> p.label(language)).toList());
  }

  /**
   * A DPIA to carry out for a system whose screening expects one. A DPIA assesses a processing, not
   * a system: prefer {@link #dpia(ProcessingDpia, Register)}.
   *
   * @param system the system's id
   * @param result a propagation result
   * @return one proposal per DPIA that is missing, incomplete or awaiting consultation
   */
  public static List<ProposedItem> dpia(InformationSystem system, ScreeningResult result) {
    if (!result.outcome().dpiaExpected()) {
      return List.of();
    }
    Severity severity = result.outcome() == DpiaOutcome.LIKELY_REQUIRED ? Severity.MEDIUM : Severity.HIGH;
    return List.of(ProposedItem.builder()
        .id("dpia:" + system.id())
        .origin(ItemOrigin.of(OriginKind.DPIA, WireNames.of(result.outcome()), "system:" + system.id()))
        .title(new LocalizedText(system.name() + ": genomför en konsekvensbedömning (DPIA)",
            system.name() + ": gjennomfør en personvernkonsekvensvurdering (DPIA)", system.name() + ": carry out a DPIA"))
        .priority(Priority.derive(severity, Optional.empty()))
        .owner(system.owner())
        .build());
  }

  /**
   * Register entries never reviewed or past their review, each due a month from {@code today};
   * never reviewed is more urgent than late.
   *
   * @param register the register
   * @param today today's date
   * @return the entries whose review is due, in register order
   */
  public static List<ProposedItem> overdueReviews(Register register, LocalDate today) {
    List<ProposedItem> out = new ArrayList<>();
    for (OverdueReview r : register.overdueReviews(today)) {
      EntryRef entry = r.entry();
      String kind = entry.kind().name().toLowerCase(Locale.ROOT);
      Optional<ConsequenceLevel> level = entry.kind() == EntryKind.ASSET
          ? register.asset(entry.id()).flatMap(InformationAsset::classification).map(c -> c.levels().highest())
          : Optional.empty();
      String since = r.dueOn().map(LocalDate::toString).orElse("");
      out.add(ProposedItem.builder()
          .id("review:" + kind + ":" + entry.id())
          .origin(ItemOrigin.of(OriginKind.REVIEW, r.neverReviewed() ? "never-reviewed" : "review-overdue", entry.toString()))
          .title(r.neverReviewed()
              ? new LocalizedText("Se över " + entry + " (aldrig översedd)", "Gå gjennom " + entry + " (aldri gjennomgått)", "Review " + entry + " (never reviewed)")
              : new LocalizedText("Se över " + entry + " (skulle ha setts över " + since + ")", "Gå gjennom " + entry + " (skulle vært gjennomgått " + since + ")",
                  "Review " + entry + " (was due " + since + ")"))
          .priority(Priority.derive(r.neverReviewed() ? Severity.MEDIUM : Severity.LOW, level))
          .owner(entry.kind() == EntryKind.ASSET ? register.asset(entry.id()).flatMap(InformationAsset::owner)
              : entry.kind() == EntryKind.SYSTEM ? register.system(entry.id()).flatMap(InformationSystem::owner) : Optional.empty())
          .due(today.plusMonths(1))
          .build());
    }
    return out;
  }

  private static List<ProposedItem> dedupe(List<ProposedItem> items) {
    java.util.Map<String, ProposedItem> byId = new java.util.LinkedHashMap<>();
    items.forEach(i -> byId.putIfAbsent(i.id(), i));
    return List.copyOf(byId.values());
  }

  private static LocalizedText same(String text) {
    return new LocalizedText(text, text, text);
  }
}

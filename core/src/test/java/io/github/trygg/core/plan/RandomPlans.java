package io.github.trygg.core.plan;

import io.github.trygg.core.Language;
import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.register.DataVolume;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.IntegrationAuthentication;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.Review;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.core.requirements.ImplementationStatus;
import io.github.trygg.core.requirements.RequirementAssessment;
import io.github.trygg.core.requirements.RequirementCatalogue;
import io.github.trygg.core.requirements.RequirementCatalogues;
import io.github.trygg.core.requirements.RequirementContext;
import io.github.trygg.core.requirements.RequirementList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Seeded random registers, the plan items an analysis proposes for them, and plans a person has worked on. */
final class RandomPlans {
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final String ALPHABET = "abcåäöÅÄÖæøéü ABC019-_:#'\"%&*!?,.[]{}|>@`\\/\t";
  private static final String[] WORDS = {"yes", "no", "null", "true", "false", "~", "0x1F", "1.0", "2026-01-01", "007", "- x", "a: b", " lead", "trail "};

  private RandomPlans() {}

  static String text(SplittableRandom rnd) {
    if (rnd.nextInt(5) == 0) {
      return WORDS[rnd.nextInt(WORDS.length)];
    }
    StringBuilder sb = new StringBuilder();
    int n = 1 + rnd.nextInt(24);
    for (int k = 0; k < n; k++) {
      sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
    }
    if (rnd.nextInt(10) == 0) {
      sb.append('\n').append("second line");
    }
    return sb.toString().isBlank() ? "x" + sb : sb.toString();
  }

  static Register register(SplittableRandom rnd) {
    Register.Builder b = Register.builder();
    int assets = 1 + rnd.nextInt(6);
    for (int a = 0; a < assets; a++) {
      Map<SecurityAspect, AspectRating> ratings = new EnumMap<>(SecurityAspect.class);
      for (SecurityAspect aspect : SecurityAspect.values()) {
        ratings.put(aspect, AspectRating.builder().aspect(aspect).level(ConsequenceLevel.ofOrdinal(rnd.nextInt(5))).justification("j").build());
      }
      InformationAsset.Builder ab = InformationAsset.builder().id("a" + a).name("Asset " + a).personalData(true).volume(DataVolume.MANY)
          .classification(AssetClassification.builder().profileId("klassa-se").profileVersion("1").ratings(ratings).build());
      if (rnd.nextBoolean()) {
        ab.review(Review.of(TODAY.minusMonths(rnd.nextInt(30)), Period.ofYears(1)));
      }
      b.addAssets(ab.build());
    }
    int systems = 1 + rnd.nextInt(6);
    for (int s = 0; s < systems; s++) {
      InformationSystem.Builder sb = InformationSystem.builder().id("s" + s).name("System " + s).owner("Owner " + rnd.nextInt(3))
          .addAssetsStored("a" + rnd.nextInt(assets));
      if (rnd.nextBoolean()) {
        Map<SecurityAspect, ConsequenceLevel> cleared = new EnumMap<>(SecurityAspect.class);
        for (SecurityAspect aspect : SecurityAspect.values()) {
          cleared.put(aspect, ConsequenceLevel.ofOrdinal(rnd.nextInt(5)));
        }
        sb.clearedFor(Levels.of(cleared));
      }
      if (rnd.nextBoolean()) {
        sb.review(Review.of(TODAY.minusMonths(rnd.nextInt(30)), Period.ofYears(1)));
      }
      b.addSystems(sb.build());
    }
    int flows = rnd.nextInt(systems * 2);
    for (int f = 0; f < flows; f++) {
      b.addIntegrations(Integration.builder().id("f" + f).source("s" + rnd.nextInt(systems)).target("s" + rnd.nextInt(systems))
          .addAssetsSent("a" + rnd.nextInt(assets)).transport(TransportProtection.values()[rnd.nextInt(TransportProtection.values().length)])
          .authentication(IntegrationAuthentication.values()[rnd.nextInt(IntegrationAuthentication.values().length)])
          .crossesOpenNetwork(rnd.nextBoolean()).build());
    }
    return b.build();
  }

  /** What the analysis proposes for {@code register}: gaps (with random self-assessments), findings and overdue reviews. */
  static List<ProposedItem> proposals(SplittableRandom rnd, Register register) {
    List<ProposedItem> out = new ArrayList<>();
    RequirementCatalogue catalogue = RequirementCatalogues.bundled();
    for (InformationSystem s : register.systems()) {
      RequirementList list = catalogue.requirementsFor(RequirementContext.forSystem(register, s.id()));
      List<RequirementAssessment> assessments = new ArrayList<>();
      list.items().forEach(i -> {
        if (rnd.nextInt(3) > 0) {
          assessments.add(RequirementAssessment.builder().requirementId(i.requirement().id())
              .status(ImplementationStatus.values()[rnd.nextInt(ImplementationStatus.values().length)]).build());
        }
      });
      out.addAll(PlanSources.requirementGaps(s, list.withAssessments(assessments)));
    }
    out.addAll(PlanSources.findings(Propagation.bundled().run(register).findings()));
    out.addAll(PlanSources.overdueReviews(register, TODAY));
    return out;
  }

  /** A plan merged from {@code proposals}, then worked on: statuses, owners, dates, evidence, notes, own items. */
  static ActionPlan workedOn(SplittableRandom rnd, List<ProposedItem> proposals) {
    Language language = Language.values()[rnd.nextInt(3)];
    ActionPlan merged = ActionPlan.empty(language).merge(proposals, TODAY.minusMonths(3)).plan();
    List<ActionItem> items = new ArrayList<>();
    for (ActionItem item : merged.items()) {
      if (rnd.nextInt(4) == 0) {
        continue;
      }
      items.add(edit(rnd, ActionItem.builder().from(item), items));
    }
    int own = rnd.nextInt(4);
    for (int k = 0; k < own; k++) {
      items.add(edit(rnd, ActionItem.builder().id("own-" + k + "-" + text(rnd)).title(text(rnd)).priority(Priority.values()[rnd.nextInt(4)]), items));
    }
    if (rnd.nextBoolean() && !items.isEmpty()) {
      // An item the analysis had resolved before.
      int k = rnd.nextInt(items.size());
      if (items.get(k).origin().kind() != OriginKind.MANUAL) {
        items.set(k, ActionItem.builder().from(items.get(k)).resolvedOn(TODAY.minusMonths(1)).build());
      }
    }
    return ActionPlan.builder().language(language).items(items).build();
  }

  private static ActionItem edit(SplittableRandom rnd, ActionItem.Builder b, List<ActionItem> earlier) {
    ActionStatus status = ActionStatus.values()[rnd.nextInt(ActionStatus.values().length)];
    b.status(status);
    if (rnd.nextBoolean()) {
      b.owner(text(rnd));
    }
    if (rnd.nextBoolean()) {
      b.due(TODAY.plusDays(rnd.nextInt(400) - 200));
    }
    if (status == ActionStatus.DONE || rnd.nextInt(4) == 0) {
      b.addEvidence(rnd.nextBoolean() ? Evidence.link("https://intranet.example/" + rnd.nextInt(1000))
          : new Evidence("docs/" + rnd.nextInt(100) + ".pdf", java.util.Optional.of("sha256:" + "0123456789abcdef".repeat(4))));
    }
    if (status == ActionStatus.ACCEPTED_AS_IS || rnd.nextInt(5) == 0) {
      b.statusReason(text(rnd)).approvedBy(text(rnd)).approvedOn(TODAY.minusDays(rnd.nextInt(90)));
    }
    if (rnd.nextInt(3) == 0) {
      b.notes(text(rnd));
    }
    if (!earlier.isEmpty() && rnd.nextInt(4) == 0) {
      b.addDependsOn(earlier.get(rnd.nextInt(earlier.size())).id());
    }
    return b.build();
  }
}

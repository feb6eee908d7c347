package io.github.trygg.core.propagation;

import static io.github.trygg.core.classification.SecurityAspect.AVAILABILITY;
import static io.github.trygg.core.classification.SecurityAspect.CONFIDENTIALITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Language;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.RatingOrigin;
import io.github.trygg.core.register.DataVolume;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.LegalBasis;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SystemKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R5: each aggregation trigger fires at its threshold and not below it. R6: overrides. */
class AggregationAndOverrideTest {
  static List<ReviewItem> reviews(Register r, ReviewTrigger trigger, PropagationSettings settings) {
    return Propagation.of(settings).run(r).reviews().stream().filter(i -> i.trigger() == trigger).toList();
  }

  static List<ReviewItem> reviews(Register r, ReviewTrigger trigger) {
    return reviews(r, trigger, PropagationSettings.defaults());
  }

  static PropagationSettings thresholds(java.util.function.UnaryOperator<PropagationThresholds.Builder> change) {
    PropagationThresholds t = change.apply(PropagationThresholds.builder().from(PropagationRules.bundled().thresholds())).build();
    return PropagationSettings.builder().thresholds(t).build();
  }

  @Test
  void largeVolumeFromTheConfiguredVolume() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("population", 2, 2, 1, 2).personalData(true).volume(DataVolume.VERY_MANY).build(),
            Tiny.asset("many", 2, 2, 1, 2).personalData(true).specialCategory(true).volume(DataVolume.MANY).build(),
            Tiny.asset("things", 2, 2, 1, 2).volume(DataVolume.VERY_MANY).build())
        .addSystems(Tiny.system("registry").addAssetsStored("population").build(), Tiny.system("care").addAssetsStored("many").build(),
            Tiny.system("stock").addAssetsStored("things").build())
        .build();
    assertEquals(List.of("registry"), reviews(r, ReviewTrigger.LARGE_VOLUME).stream().map(i -> i.subject().id()).toList());
    // Lowering the special-category threshold to "many" brings in the care system too.
    List<ReviewItem> lower = reviews(r, ReviewTrigger.LARGE_VOLUME, thresholds(b -> b.largeVolumeSpecialCategory(DataVolume.MANY)));
    assertEquals(List.of("care", "registry"), lower.stream().map(i -> i.subject().id()).toList());
    assertEquals(List.of("many"), lower.get(0).assets());
    assertEquals("R5", lower.get(0).rule());
    // Never a silent raise: the level stays what the data give.
    assertEquals(ConsequenceLevel.SUBSTANTIAL, Propagation.bundled().run(r).system("registry").orElseThrow().level(CONFIDENTIALITY).level());
  }

  @Test
  void dataCollectedForDifferentPurposesJoined() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("alarms", 3, 3, 3, 3).personalData(true).volume(DataVolume.FEW).build(),
            Tiny.asset("clients", 2, 2, 2, 2).personalData(true).volume(DataVolume.FEW).build(),
            Tiny.asset("stats", 2, 2, 1, 2).personalData(true).volume(DataVolume.FEW).build())
        .addActivities(activity("alarm-service", "alarms", "clients"), activity("statistics", "stats"))
        .addSystems(Tiny.system("warehouse").addAssetsStored("stats").build(), Tiny.system("alarm-centre").addAssetsStored("alarms", "clients").build())
        .addIntegrations(Tiny.flow("export", "alarm-centre", "warehouse", "alarms").build())
        .build();
    List<ReviewItem> found = reviews(r, ReviewTrigger.JOINED_PURPOSES);
    // The alarm centre holds two assets of one purpose; the warehouse joins alarms with statistics.
    assertEquals(List.of("warehouse"), found.stream().map(i -> i.subject().id()).toList());
    assertEquals(List.of("alarms", "stats"), found.get(0).assets());
    assertTrue(reviews(r, ReviewTrigger.JOINED_PURPOSES, thresholds(b -> b.joinedPurposes(3))).isEmpty());
  }

  static ProcessingActivity activity(String id, String... assets) {
    return ProcessingActivity.builder().id(id).name(id).purpose("Purpose of " + id).legalBasis(LegalBasis.PUBLIC_TASK).addAssets(assets).build();
  }

  @Test
  void locationBroughtTogetherWithHealthData() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("positions", 3, 3, 3, 3).personalData(true).volume(DataVolume.FEW).addDataCategories("location").build(),
            Tiny.asset("alarms", 3, 3, 3, 3).personalData(true).volume(DataVolume.FEW).addDataCategories("health").build(),
            Tiny.asset("dementia-positions", 3, 3, 3, 3).personalData(true).volume(DataVolume.FEW).addDataCategories("location", "health").build())
        .addSystems(Tiny.system("gps").addAssetsStored("positions").build(), Tiny.system("centre").addAssetsStored("alarms").build(),
            Tiny.system("single").addAssetsStored("dementia-positions").build())
        .addIntegrations(Tiny.flow("gps-centre", "gps", "centre", "positions").build())
        .build();
    List<ReviewItem> found = reviews(r, ReviewTrigger.LOCATION_WITH_HEALTH);
    // One asset that already combines both was classified as such: only the centre creates a new combination.
    assertEquals(List.of("centre"), found.stream().map(i -> i.subject().id()).toList());
    assertEquals(List.of("alarms", "positions"), found.get(0).assets());
  }

  @Test
  void manyAvailabilityCriticalSystemsOnOnePlatform() {
    Register.Builder b = Register.builder().addAssets(Tiny.asset("x", 1, 1, 2, 1).build(), Tiny.asset("low", 1, 1, 1, 1).build())
        .addSystems(Tiny.system("dc").systemKind(SystemKind.PLATFORM).build(), Tiny.system("small-dc").systemKind(SystemKind.PLATFORM).build());
    for (int k = 0; k < 3; k++) {
      b.addSystems(Tiny.system("app" + k).addAssetsStored("x").hostedOn("dc").build());
      b.addSystems(Tiny.system("tool" + k).addAssetsStored(k == 0 ? "x" : "low").hostedOn("small-dc").build());
    }
    List<ReviewItem> found = reviews(b.build(), ReviewTrigger.PLATFORM_AVAILABILITY);
    assertEquals(List.of("dc"), found.stream().map(i -> i.subject().id()).toList());
    assertEquals(List.of("app0", "app1", "app2"), found.get(0).systems());
    assertEquals(AVAILABILITY, found.get(0).aspect().orElseThrow());
    assertTrue(found.get(0).message().in(Language.ENGLISH).startsWith("System dc hosts 3 systems at availability level 2 or higher"));
  }

  // ---- R6 ---------------------------------------------------------------------------------------

  @Test
  void aDocumentedOverrideSetsTheLevelIsShownAndTravelsOn() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("raw", 3, 3, 3, 3).build())
        .addSystems(Tiny.system("warehouse").addAssetsStored("raw").hostedOn("cloud").build(),
            Tiny.system("cloud").systemKind(SystemKind.PLATFORM).build())
        .addOverrides(Tiny.override("pseudonymised", EntryKind.SYSTEM, "warehouse", CONFIDENTIALITY, 1).build())
        .build();
    PropagationResult result = Propagation.bundled().run(r);
    DerivedLevel c = result.system("warehouse").orElseThrow().level(CONFIDENTIALITY);
    assertEquals(ConsequenceLevel.MODERATE, c.level());
    assertEquals(RatingOrigin.OVERRIDDEN, c.origin());
    assertEquals("pseudonymised", c.override().orElseThrow().id());
    assertEquals(ConsequenceLevel.SERIOUS, c.withoutOverride().orElseThrow());
    assertEquals("R6", c.rule());
    assertEquals(new EntryRef(EntryKind.OVERRIDE, "pseudonymised"), c.trace().origin());
    // The platform meets what the warehouse must meet now.
    assertEquals(ConsequenceLevel.MODERATE, result.system("cloud").orElseThrow().level(CONFIDENTIALITY).level());
    assertTrue(result.reviews().stream().noneMatch(i -> i.trigger() == ReviewTrigger.OVERRIDE_NOT_LOWER));
  }

  @Test
  void aFlowOverrideLowersWhatTheFlowDelivers() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("raw", 3, 3, 3, 3).build())
        .addSystems(Tiny.system("journal").addAssetsStored("raw").build(), Tiny.system("warehouse").build())
        .addIntegrations(Tiny.flow("extract", "journal", "warehouse", "raw").build())
        .addOverrides(Tiny.override("pseudonymised-extract", EntryKind.INTEGRATION, "extract", CONFIDENTIALITY, 2).build())
        .build();
    PropagationResult result = Propagation.bundled().run(r);
    assertEquals(ConsequenceLevel.SUBSTANTIAL, result.flow("extract").orElseThrow().level(CONFIDENTIALITY).level());
    assertEquals(RatingOrigin.OVERRIDDEN, result.flow("extract").orElseThrow().level(CONFIDENTIALITY).origin());
    DerivedLevel warehouse = result.system("warehouse").orElseThrow().level(CONFIDENTIALITY);
    assertEquals(ConsequenceLevel.SUBSTANTIAL, warehouse.level());
    assertEquals(List.of(new EntryRef(EntryKind.SYSTEM, "journal"), new EntryRef(EntryKind.OVERRIDE, "pseudonymised-extract"),
        new EntryRef(EntryKind.INTEGRATION, "extract"), new EntryRef(EntryKind.SYSTEM, "warehouse")),
        warehouse.trace().steps().stream().map(TraceStep::entry).toList());
    // The sender keeps the raw data at their own level.
    assertEquals(ConsequenceLevel.SERIOUS, result.system("journal").orElseThrow().level(CONFIDENTIALITY).level());
  }

  @Test
  void anOverrideThatLowersNothingIsRaisedForReview() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("menu", 1, 1, 1, 1).build())
        .addSystems(Tiny.system("canteen").addAssetsStored("menu").build())
        .addOverrides(Tiny.override("stale", EntryKind.SYSTEM, "canteen", CONFIDENTIALITY, 2).build())
        .build();
    List<ReviewItem> found = reviews(r, ReviewTrigger.OVERRIDE_NOT_LOWER);
    assertEquals(1, found.size());
    assertEquals("R6", found.get(0).rule());
    assertEquals("Override stale sets confidentiality of System canteen to level 2, but without it the level would be 1. Confirm or remove the override.",
        found.get(0).message().in(Language.ENGLISH));
  }
}

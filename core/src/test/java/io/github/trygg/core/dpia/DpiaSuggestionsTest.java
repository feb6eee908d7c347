package io.github.trygg.core.dpia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.register.DataVolume;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.IntegrationAuthentication;
import io.github.trygg.core.register.LegalBasis;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SystemFeature;
import io.github.trygg.core.register.TransportProtection;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each register signal suggests its criterion with a reason, and its absence suggests nothing. */
class DpiaSuggestionsTest {
  static InformationAsset.Builder plainAsset() {
    return InformationAsset.builder().id("a").name("Uppgifter").personalData(true).volume(DataVolume.FEW).addDataSubjectCategories("resident");
  }

  static Register register(UnaryOperator<InformationAsset.Builder> asset, List<SystemFeature> features, boolean twoSources, boolean twoPurposes) {
    Register.Builder r = Register.builder()
        .addAssets(asset.apply(plainAsset()).build())
        .addSystems(InformationSystem.builder().id("s").name("Systemet").addAssetsStored("a").features(features).build())
        .addSystems(InformationSystem.builder().id("src1").name("Källa 1").build())
        .addSystems(InformationSystem.builder().id("src2").name("Källa 2").build());
    r.addIntegrations(flow("f1", "src1"));
    if (twoSources) {
      r.addIntegrations(flow("f2", "src2"));
    }
    r.addActivities(activity("p1", "Larm"));
    if (twoPurposes) {
      r.addActivities(activity("p2", "Statistik"));
    }
    return r.build();
  }

  static Integration flow(String id, String source) {
    return Integration.builder().id(id).source(source).target("s").addAssetsSent("a").transport(TransportProtection.TLS)
        .authentication(IntegrationAuthentication.MUTUAL_TLS).build();
  }

  static ProcessingActivity activity(String id, String name) {
    return ProcessingActivity.builder().id(id).name(name).purpose(name).legalBasis(LegalBasis.PUBLIC_TASK).addAssets("a").addSystems("s").build();
  }

  static Set<String> suggested(Register register) {
    return DpiaSuggestions.forSystem(register, "s", Jurisdiction.SWEDEN).criteria().keySet();
  }

  @Test
  void aPlainSystemSuggestsNothing() {
    assertTrue(suggested(register(a -> a, List.of(), false, false)).isEmpty());
  }

  @Test
  void specialCategoryCriminalOrLocationDataAreSensitive() {
    assertEquals(Set.of("sensitive-data"), suggested(register(a -> a.specialCategory(true), List.of(), false, false)));
    assertEquals(Set.of("sensitive-data"), suggested(register(a -> a.criminalData(true), List.of(), false, false)));
    ScreeningInput location = DpiaSuggestions.forSystem(register(a -> a.addDataCategories("location"), List.of(), false, false), "s", Jurisdiction.NORWAY);
    assertTrue(location.criteria().get("sensitive-data").en().contains("location data, which are of a highly personal nature"));
    assertTrue(location.facts().containsKey("data:location"));
  }

  @Test
  void careRecipientsChildrenAndEmployeesAreVulnerable() {
    for (String subject : List.of("care-recipient", "child", "employee", "patient")) {
      ScreeningInput in = DpiaSuggestions.forSystem(register(a -> a.addDataSubjectCategories(subject), List.of(), false, false), "s", Jurisdiction.SWEDEN);
      assertEquals(Set.of("vulnerable-subjects"), in.criteria().keySet(), subject);
      assertTrue(in.criteria().get("vulnerable-subjects").sv().contains(io.github.trygg.core.register.RegisterCodes.bundled().subjectCategory(subject, io.github.trygg.core.Language.SWEDISH)));
    }
    assertEquals(Set.of("vulnerable-subjects"), suggested(register(a -> a.children(true), List.of(), false, false)));
    assertTrue(suggested(register(a -> a.addDataSubjectCategories("relative"), List.of(), false, false)).isEmpty());
  }

  @Test
  void positioningCameraSoundOrSensorsAreSystematicMonitoring() {
    for (SystemFeature f : List.of(SystemFeature.POSITIONING, SystemFeature.CAMERA, SystemFeature.AUDIO, SystemFeature.SENSORS)) {
      assertEquals(Set.of("systematic-monitoring"), suggested(register(a -> a, List.of(f), false, false)), f.name());
    }
    assertTrue(suggested(register(a -> a, List.of(SystemFeature.MESSAGING, SystemFeature.PUBLIC_E_SERVICE), false, false)).isEmpty());
  }

  @Test
  void manyOrVeryManyIsLargeScaleFewIsNot() {
    assertEquals(Set.of("large-scale"), suggested(register(a -> a.volume(DataVolume.MANY), List.of(), false, false)));
    assertEquals(Set.of("large-scale"), suggested(register(a -> a.volume(DataVolume.VERY_MANY), List.of(), false, false)));
    assertTrue(suggested(register(a -> a.volume(DataVolume.FEW), List.of(), false, false)).isEmpty());
  }

  @Test
  void joinedSourcesPurposesOrAWarehouseAreMatchingOrCombining() {
    ScreeningInput sources = DpiaSuggestions.forSystem(register(a -> a, List.of(), true, false), "s", Jurisdiction.SWEDEN);
    assertEquals(Set.of("matching-combining"), sources.criteria().keySet());
    assertTrue(sources.criteria().get("matching-combining").en().contains("src1, src2"));
    assertEquals(Set.of("matching-combining"), suggested(register(a -> a, List.of(), false, true)));
    assertEquals(Set.of("matching-combining"), suggested(register(a -> a, List.of(SystemFeature.DATA_WAREHOUSE), false, false)));
  }

  @Test
  void newTechnologyProfilingAndAutomatedDecisionsMapToTheirCriteria() {
    assertEquals(Set.of("innovative-technology"), suggested(register(a -> a, List.of(SystemFeature.NEW_TECHNOLOGY), false, false)));
    assertEquals(Set.of("innovative-technology"), suggested(register(a -> a, List.of(SystemFeature.MACHINE_LEARNING), false, false)));
    assertEquals(Set.of("evaluation-scoring"), suggested(register(a -> a, List.of(SystemFeature.PROFILING), false, false)));
    assertEquals(Set.of("automated-decision"), suggested(register(a -> a, List.of(SystemFeature.AUTOMATED_DECISION), false, false)));
  }

  @Test
  void suggestionsCarryFactsForTheLists() {
    ScreeningInput in = DpiaSuggestions.forSystem(register(a -> a.specialCategory(true).volume(DataVolume.VERY_MANY).addDataCategories("health"),
        List.of(SystemFeature.SENSORS), false, false), "s", Jurisdiction.NORWAY);
    assertTrue(in.facts().keySet().containsAll(Set.of("special-category", "data:health", "feature:sensors", "volume:very-many", "subject:resident")), in.facts().keySet().toString());
    ScreeningResult r = DpiaScreener.bundled().screen(in);
    assertEquals(DpiaOutcome.REQUIRED, r.outcome(), "large-scale special-category data");
    assertTrue(r.nationalItems().stream().anyMatch(m -> m.item().id().equals("no-dt-large-scale-iot")));
    assertFalse(in.criteria().containsKey("prevents-right"), "never suggested: the register cannot know it");
  }
}

package io.github.trygg.core.propagation;

import static io.github.trygg.core.classification.ConsequenceLevel.MODERATE;
import static io.github.trygg.core.classification.ConsequenceLevel.NONE;
import static io.github.trygg.core.classification.ConsequenceLevel.SERIOUS;
import static io.github.trygg.core.classification.ConsequenceLevel.SUBSTANTIAL;
import static io.github.trygg.core.classification.ConsequenceLevel.VERY_SERIOUS;
import static io.github.trygg.core.classification.SecurityAspect.AVAILABILITY;
import static io.github.trygg.core.classification.SecurityAspect.CONFIDENTIALITY;
import static io.github.trygg.core.classification.SecurityAspect.INTEGRITY;
import static io.github.trygg.core.classification.SecurityAspect.TRACEABILITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.RatingOrigin;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.Register;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule R1–R10 on a register built for it: one case where it applies and one where it must not. */
class RulesTest {
  static PropagationResult run(Register r) {
    return Propagation.bundled().run(r);
  }

  static PropagationResult passThrough(Register r) {
    return Propagation.of(PropagationSettings.builder().forwarding(DataForwarding.PASS_THROUGH).build()).run(r);
  }

  static ConsequenceLevel level(PropagationResult r, String system, SecurityAspect aspect) {
    return r.system(system).orElseThrow().level(aspect).level();
  }

  static List<EntryRef> path(PropagationResult r, String system, SecurityAspect aspect) {
    return r.system(system).orElseThrow().level(aspect).trace().path();
  }

  static EntryRef sys(String id) {
    return new EntryRef(EntryKind.SYSTEM, id);
  }

  static EntryRef flow(String id) {
    return new EntryRef(EntryKind.INTEGRATION, id);
  }

  // ---- R1 ---------------------------------------------------------------------------------------

  @Test
  void r1SystemMeetsTheHighestOfItsAssessmentAndItsAssets() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("x", 3, 1, 2, 2).build(), Tiny.asset("y", 1, 3, 1, 0).build())
        .addSystems(Tiny.system("s").addAssetsStored("x").addAssetsProcessed("y").assessed(Levels.of(0, 0, 4, 0)).build())
        .build();
    SystemLevels s = run(r).system("s").orElseThrow();
    assertEquals(Levels.of(3, 3, 4, 2), s.required());
    assertEquals("R1", s.level(CONFIDENTIALITY).rule());
    assertEquals(RatingOrigin.DERIVED, s.level(CONFIDENTIALITY).origin());
    assertEquals("x", s.level(CONFIDENTIALITY).originAsset().orElseThrow());
    assertEquals(RatingOrigin.ASSESSED, s.level(AVAILABILITY).origin());
    assertEquals(List.of(sys("s")), s.level(AVAILABILITY).trace().path());
  }

  @Test
  void r1AssetsASystemDoesNotHoldDoNotCount() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("x", 3, 3, 3, 3).build())
        .addSystems(Tiny.system("holder").addAssetsStored("x").build(), Tiny.system("other").build())
        .build();
    assertEquals(Levels.none(), run(r).system("other").orElseThrow().required());
  }

  // ---- R2 ---------------------------------------------------------------------------------------

  @Test
  void r2TheTargetProcessesWhatIsSentAndTheSourceWhatComesBack() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("sent", 3, 2, 2, 3).build(), Tiny.asset("back", 1, 3, 1, 1).build())
        .addSystems(Tiny.system("a").addAssetsStored("sent").build(), Tiny.system("b").addAssetsStored("back").build())
        .addIntegrations(Tiny.flow("a-b", "a", "b", "sent").addAssetsReceived("back").build())
        .build();
    PropagationResult result = run(r);
    assertEquals(SERIOUS, level(result, "b", CONFIDENTIALITY));
    assertEquals("R2", result.system("b").orElseThrow().level(CONFIDENTIALITY).rule());
    assertEquals(List.of(sys("a"), flow("a-b"), sys("b")), path(result, "b", CONFIDENTIALITY));
    assertEquals(SERIOUS, level(result, "a", INTEGRITY));
    assertEquals(Levels.of(3, 3, 2, 3), result.flow("a-b").orElseThrow().required());
  }

  @Test
  void r2AFlowCarriesOnlyWhatItNames() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("secret", 4, 4, 4, 4).build(), Tiny.asset("note", 1, 1, 1, 1).build())
        .addSystems(Tiny.system("a").addAssetsStored("secret", "note").build(), Tiny.system("b").build())
        .addIntegrations(Tiny.flow("a-b", "a", "b", "note").build())
        .build();
    assertEquals(Levels.of(1, 1, 1, 1), run(r).system("b").orElseThrow().required());
  }

  // ---- R3 ---------------------------------------------------------------------------------------

  @Test
  void r3TheTraceFollowsTheAssetThroughEveryHop() {
    Register r = chain(6, "x", true);
    PropagationResult result = run(r);
    assertEquals(SERIOUS, level(result, "s5", CONFIDENTIALITY));
    assertEquals("R3", result.system("s5").orElseThrow().level(CONFIDENTIALITY).rule());
    assertEquals(List.of(sys("s0"), flow("f0"), sys("s1"), flow("f1"), sys("s2"), flow("f2"), sys("s3"), flow("f3"), sys("s4"), flow("f4"),
        sys("s5")), path(result, "s5", CONFIDENTIALITY));
  }

  @Test
  void r3PassingOnReachesSystemsNoFlowNamesTheDataFor() {
    Register r = chain(5, "x", false);
    // Only the first hop names x; later hops carry "y".
    assertEquals(MODERATE, level(Propagation.of(PropagationSettings.builder().forwarding(DataForwarding.AS_DECLARED).build()).run(r), "s4", CONFIDENTIALITY),
        "as declared: only y reaches s4");
    assertEquals(SERIOUS, level(Propagation.bundled().run(r), "s4", CONFIDENTIALITY), "passing on is the default");
    PropagationResult through = passThrough(r);
    assertEquals(SERIOUS, level(through, "s4", CONFIDENTIALITY));
    assertEquals(SERIOUS, level(through, "s4", TRACEABILITY));
    assertEquals("R3", through.system("s4").orElseThrow().level(CONFIDENTIALITY).rule());
    assertEquals(9, path(through, "s4", CONFIDENTIALITY).size());
    // Integrity does not travel on: it follows dependencies instead.
    assertEquals(MODERATE, level(through, "s4", INTEGRITY));
  }

  @Test
  void r3NothingFlowsBackToTheSender() {
    Register r = chain(4, "x", true);
    PropagationResult through = passThrough(r);
    // "before" only sends y to the chain: x, downstream of it, never comes back.
    assertEquals(MODERATE, level(through, "before", CONFIDENTIALITY));
  }

  /** s0 → s1 → … → s(n-1); s0 stores x (C3 T3); the first hop names x, later hops x too or only y (C1). */
  static Register chain(int n, String asset, boolean named) {
    Register.Builder b = Register.builder()
        .addAssets(Tiny.asset(asset, 3, 1, 1, 3).build(), Tiny.asset("y", 1, 1, 1, 1).build())
        .addSystems(Tiny.system("before").build())
        .addIntegrations(Tiny.flow("pre", "before", "s0", "y").build());
    for (int k = 0; k < n; k++) {
      b.addSystems((k == 0 ? Tiny.system("s0").addAssetsStored(asset) : Tiny.system("s" + k)).build());
    }
    for (int k = 0; k + 1 < n; k++) {
      b.addIntegrations(Tiny.flow("f" + k, "s" + k, "s" + (k + 1), k == 0 || named ? asset : "y").build());
    }
    return b.build();
  }

  // ---- R4 ---------------------------------------------------------------------------------------

  @Test
  void r4SuppliersMeetWhatTheirConsumersDependOnThroughTheWholeChain() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("x", 3, 3, 4, 3).build())
        .addSystems(Tiny.system("consumer").addAssetsStored("x").build(), Tiny.system("supplier").build(), Tiny.system("sub").build())
        .addDependencies(
            io.github.trygg.core.register.Dependency.builder().id("d1").consumer("consumer").supplier("supplier").addAspects(AVAILABILITY).build(),
            io.github.trygg.core.register.Dependency.builder().id("d2").consumer("supplier").supplier("sub").addAspects(AVAILABILITY, INTEGRITY).build())
        .build();
    PropagationResult result = run(r);
    assertEquals(VERY_SERIOUS, level(result, "sub", AVAILABILITY));
    assertEquals("R4", result.system("sub").orElseThrow().level(AVAILABILITY).rule());
    assertEquals(List.of(new TraceStep(sys("consumer"), "R1"), new TraceStep(new EntryRef(EntryKind.DEPENDENCY, "d1"), "R4"),
        new TraceStep(sys("supplier"), "R4"), new TraceStep(new EntryRef(EntryKind.DEPENDENCY, "d2"), "R4"), new TraceStep(sys("sub"), "R4")),
        result.system("sub").orElseThrow().level(AVAILABILITY).trace().steps());
    // d1 is for availability only: integrity does not reach the supplier, nor confidentiality anyone.
    assertEquals(NONE, level(result, "supplier", INTEGRITY));
    assertEquals(NONE, level(result, "sub", CONFIDENTIALITY));
  }

  @Test
  void r4ACompositeDependsOnItsParts() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("x", 3, 3, 3, 3).build())
        .addSystems(Tiny.system("service").addAssetsStored("x").addComponents("part").build(), Tiny.system("part").build())
        .build();
    PropagationResult result = run(r);
    assertEquals(Levels.of(0, 3, 3, 0), result.system("part").orElseThrow().required());
  }

  @Test
  void r4DependencyCyclesTerminateWithOneLevelForTheWholeCycle() {
    Register.Builder b = Register.builder().addAssets(Tiny.asset("x", 0, 2, 3, 0).build());
    for (int k = 0; k < 5; k++) {
      b.addSystems((k == 2 ? Tiny.system("c" + k).addAssetsStored("x") : Tiny.system("c" + k)).build());
      b.addDependencies(io.github.trygg.core.register.Dependency.builder().id("d" + k).consumer("c" + k).supplier("c" + ((k + 1) % 5))
          .addAspects(AVAILABILITY).build());
    }
    PropagationResult result = run(b.build());
    for (int k = 0; k < 5; k++) {
      assertEquals(SERIOUS, level(result, "c" + k, AVAILABILITY));
      // The dependencies are for availability only: integrity stays where the data are.
      assertEquals(k == 2 ? SUBSTANTIAL : NONE, level(result, "c" + k, INTEGRITY));
    }
  }

  // ---- R5 and R6 are in AggregationAndOverrideTest ----------------------------------------------

  // ---- R7 ---------------------------------------------------------------------------------------

  @Test
  void r7APlatformMeetsTheHighestOfWhatItHostsButPassesNothingDown() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("x", 3, 1, 2, 3).build(), Tiny.asset("y", 1, 3, 3, 1).build())
        .addSystems(Tiny.system("app1").addAssetsStored("x").hostedOn("dc").build(),
            Tiny.system("app2").addAssetsStored("y").hostedOn("dc").build(),
            Tiny.system("app3").hostedOn("dc").build(),
            Tiny.system("dc").systemKind(io.github.trygg.core.register.SystemKind.PLATFORM).build())
        .build();
    PropagationResult result = run(r);
    assertEquals(Levels.of(3, 3, 3, 3), result.system("dc").orElseThrow().required());
    assertEquals("R7", result.system("dc").orElseThrow().level(CONFIDENTIALITY).rule());
    assertEquals(Levels.none(), result.system("app3").orElseThrow().required());
  }

  // ---- R8 ---------------------------------------------------------------------------------------

  @Test
  void r8PersonalDataFlagsTravelWithTheDataAndToThePlatform() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("health", 3, 3, 3, 3).personalData(true).specialCategory(true).build(), Tiny.asset("plain", 1, 1, 1, 1).build())
        .addSystems(Tiny.system("a").addAssetsStored("health", "plain").build(), Tiny.system("b").hostedOn("p").build(),
            Tiny.system("c").build(), Tiny.system("p").systemKind(io.github.trygg.core.register.SystemKind.PLATFORM).build())
        .addIntegrations(Tiny.flow("a-b", "a", "b", "health").build(), Tiny.flow("a-c", "a", "c", "plain").build())
        .build();
    PropagationResult result = run(r);
    assertEquals(java.util.Set.of(PersonalDataFlag.PERSONAL_DATA, PersonalDataFlag.SPECIAL_CATEGORY), result.system("b").orElseThrow().personalData());
    assertEquals(java.util.Set.of(PersonalDataFlag.PERSONAL_DATA, PersonalDataFlag.SPECIAL_CATEGORY), result.system("p").orElseThrow().personalData());
    assertTrue(result.system("c").orElseThrow().personalData().isEmpty());
  }

  // ---- R9 ---------------------------------------------------------------------------------------

  @Test
  void r9TheStrictestObjectiveReachesSuppliersAndTheWorstCapabilityLimitsHostedSystems() {
    Register r = Register.builder()
        .addSystems(
            Tiny.system("alarm").recoveryObjectives(objectives(5, 1)).build(),
            Tiny.system("platform").hostedOn("cloud").recoveryCapability(objectives(2, 1)).build(),
            Tiny.system("cloud").systemKind(io.github.trygg.core.register.SystemKind.PLATFORM).recoveryCapability(objectives(15, 1)).build(),
            Tiny.system("unrelated").recoveryObjectives(objectives(60, 60)).build())
        .addDependencies(io.github.trygg.core.register.Dependency.builder().id("d").consumer("alarm").supplier("platform").addAspects(AVAILABILITY).build())
        .build();
    PropagationResult result = run(r);
    SystemLevels platform = result.system("platform").orElseThrow();
    assertEquals(java.time.Duration.ofMinutes(5), platform.recoveryObjectives().orElseThrow().maxDowntime().orElseThrow());
    assertEquals(java.time.Duration.ofMinutes(15), platform.recoveryCapability().orElseThrow().maxDowntime().orElseThrow());
    assertEquals(java.time.Duration.ofMinutes(5), result.system("cloud").orElseThrow().recoveryObjectives().orElseThrow().maxDowntime().orElseThrow());
    // Data loss follows integrity or availability dependencies: also here.
    assertEquals(java.time.Duration.ofMinutes(1), platform.recoveryObjectives().orElseThrow().maxDataLoss().orElseThrow());
    assertTrue(result.system("unrelated").orElseThrow().recoveryCapability().isEmpty());
    assertEquals(java.time.Duration.ofMinutes(60), result.system("unrelated").orElseThrow().recoveryObjectives().orElseThrow().maxDowntime().orElseThrow());
  }

  static io.github.trygg.core.register.RecoveryObjectives objectives(int downtimeMinutes, int dataLossMinutes) {
    return io.github.trygg.core.register.RecoveryObjectives.builder().maxDowntime(java.time.Duration.ofMinutes(downtimeMinutes))
        .maxDataLoss(java.time.Duration.ofMinutes(dataLossMinutes)).build();
  }

  // ---- R10 --------------------------------------------------------------------------------------

  @Test
  void r10ACompositeIsClearedOnlyAsFarAsItsWeakestPartAndPlatform() {
    Register r = Register.builder()
        .addSystems(
            Tiny.system("service").clearedFor(Levels.of(3, 3, 3, 3)).addComponents("strong", "weak").hostedOn("dc").build(),
            Tiny.system("strong").clearedFor(Levels.of(4, 4, 4, 4)).build(),
            Tiny.system("weak").clearedFor(Levels.of(2, 3, 3, 1)).build(),
            Tiny.system("dc").systemKind(io.github.trygg.core.register.SystemKind.PLATFORM).clearedFor(Levels.of(3, 3, 2, 3)).build(),
            Tiny.system("alone").build())
        .build();
    PropagationResult result = run(r);
    SystemLevels service = result.system("service").orElseThrow();
    assertEquals(Levels.of(2, 3, 2, 1), service.clearedFor().orElseThrow());
    assertEquals(sys("weak"), service.clearance().get(CONFIDENTIALITY).origin());
    assertEquals(sys("dc"), service.clearance().get(AVAILABILITY).origin());
    assertEquals(Levels.of(4, 4, 4, 4), result.system("strong").orElseThrow().clearedFor().orElseThrow());
    assertTrue(result.system("alone").orElseThrow().clearedFor().isEmpty());
  }

  // ---- R11 --------------------------------------------------------------------------------------

  @Test
  void r11EveryLevelNamesItsRuleOriginAndPath() {
    PropagationResult result = run(chain(3, "x", true));
    for (SystemLevels s : result.systems()) {
      for (SecurityAspect a : SecurityAspect.values()) {
        DerivedLevel d = s.level(a);
        assertFalse(d.trace().steps().isEmpty());
        assertEquals(s.ref(), d.trace().steps().get(d.trace().steps().size() - 1).entry());
        assertTrue(PropagationRules.RULE_IDS.contains(d.rule()));
      }
    }
    assertEquals(new EntryRef(EntryKind.ASSET, "x"), result.system("s2").orElseThrow().level(TRACEABILITY).trace().origin());
  }
}

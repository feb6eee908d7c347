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
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.DataUse;
import io.github.trygg.core.register.LegalBasis;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Confidentiality and traceability follow every copy of the data; integrity and availability reach
 * a system only through what depends on it — dependencies, hosting, composition — and through a flow
 * only when the receiving use depends on the data (BSI 200-2, Abhängigkeiten). Rule ids in traces
 * are exact: integrity and availability never carry R3.
 */
class DataUseTest {
  static ConsequenceLevel level(PropagationResult r, String system, SecurityAspect aspect) {
    return r.system(system).orElseThrow().level(aspect).level();
  }

  /** Alarm events (C3 I3 A4 T3) from a platform to a receiver over a flow of the given use. */
  static Register copy(DataUse use) {
    return Register.builder()
        .addAssets(Tiny.asset("alarm", 3, 3, 4, 3).build(), Tiny.asset("stats", 2, 2, 1, 2).build())
        .addSystems(Tiny.system("platform").addAssetsStored("alarm").build(), Tiny.system("warehouse").addAssetsStored("stats").build())
        .addIntegrations(Tiny.flow("export", "platform", "warehouse", "alarm", "stats").use(use).build())
        .build();
  }

  @Test
  void aStatisticsCopyKeepsConfidentialityButNotOperationalAvailability() {
    PropagationResult r = Propagation.bundled().run(copy(DataUse.STATISTICS));
    assertEquals(SERIOUS, level(r, "warehouse", CONFIDENTIALITY), "confidentiality follows every copy");
    assertEquals(SERIOUS, level(r, "warehouse", TRACEABILITY), "traceability follows every copy");
    assertEquals(MODERATE, level(r, "warehouse", AVAILABILITY), "the copy's own data, not the alarm's availability");
    assertEquals(SUBSTANTIAL, level(r, "warehouse", INTEGRITY), "the copy's own data, not the alarm's integrity");
    assertEquals(Levels.of(3, 2, 1, 3), r.flow("export").orElseThrow().required(), "the flow needs what its receiver depends on");
  }

  @Test
  void anOperationalFlowCarriesAvailabilityWithTheExactRule() {
    for (DataUse use : List.of(DataUse.OPERATIONAL)) {
      PropagationResult r = Propagation.bundled().run(copy(use));
      DerivedLevel a = r.system("warehouse").orElseThrow().level(AVAILABILITY);
      assertEquals(VERY_SERIOUS, a.level());
      assertEquals("R2", a.rule(), "received over a flow that names the asset: R2, not R3");
    }
    assertEquals(VERY_SERIOUS, level(Propagation.bundled().run(Register.builder().from(copy(DataUse.OPERATIONAL)).integrations(List.of(
        Tiny.flow("export", "platform", "warehouse", "alarm", "stats").build())).build()), "warehouse", AVAILABILITY), "no declared use is operational");
  }

  @Test
  void everyKindOfCopyLeavesAvailabilityBehind() {
    for (DataUse use : List.of(DataUse.FOLLOW_UP, DataUse.STATISTICS, DataUse.ARCHIVE, DataUse.BACKUP)) {
      assertFalse(use.dependsOnData());
      assertEquals(MODERATE, level(Propagation.bundled().run(copy(use)), "warehouse", AVAILABILITY), use.name());
    }
    assertTrue(DataUse.OPERATIONAL.dependsOnData());
  }

  @Test
  void theReceivingProcessingsUseDecidesWhenTheFlowSaysNothing() {
    Register undeclared = Register.builder().from(copy(DataUse.OPERATIONAL))
        .integrations(List.of(Tiny.flow("export", "platform", "warehouse", "alarm", "stats").build())).build();
    ProcessingActivity statistics = ProcessingActivity.builder().id("follow-up").name("Uppföljning").purpose("Statistik")
        .legalBasis(LegalBasis.PUBLIC_TASK).addSystems("warehouse").use(DataUse.STATISTICS).build();
    assertEquals(MODERATE, level(Propagation.bundled().run(Register.builder().from(undeclared).activities(List.of(statistics)).build()), "warehouse", AVAILABILITY));
    ProcessingActivity operational = ProcessingActivity.builder().id("care").name("Omsorg").purpose("Larm")
        .legalBasis(LegalBasis.PUBLIC_TASK).addSystems("warehouse").build();
    assertEquals(VERY_SERIOUS, level(Propagation.bundled().run(Register.builder().from(undeclared).activities(List.of(statistics, operational)).build()), "warehouse",
        AVAILABILITY),
        "one operational use of the receiver is enough");
  }

  @Test
  void availabilityNeverTravelsTheChainButConfidentialityDoes() {
    // platform → hub names the alarm; hub → archive names nothing: passing on carries C and T only.
    Register r = Register.builder()
        .addAssets(Tiny.asset("alarm", 3, 3, 4, 3).build(), Tiny.asset("note", 1, 1, 1, 1).build())
        .addSystems(Tiny.system("platform").addAssetsStored("alarm").build(), Tiny.system("hub").build(), Tiny.system("archive").build())
        .addIntegrations(Tiny.flow("f1", "platform", "hub", "alarm").build(), Tiny.flow("f2", "hub", "archive", "note").build())
        .build();
    PropagationResult result = Propagation.bundled().run(r);
    assertEquals(SERIOUS, level(result, "archive", CONFIDENTIALITY));
    assertEquals("R3", result.system("archive").orElseThrow().level(CONFIDENTIALITY).rule());
    assertEquals(MODERATE, level(result, "archive", AVAILABILITY), "only the note it is sent");
    for (SecurityAspect aspect : List.of(INTEGRITY, AVAILABILITY)) {
      for (SystemLevels s : result.systems()) {
        assertFalse(s.level(aspect).trace().steps().stream().anyMatch(step -> step.rule().equals("R3")), s.id() + " " + aspect);
      }
    }
  }

  @Test
  void dependenciesStillCarryAvailabilityUpstream() {
    // The warehouse gets a statistics copy, but a system that depends on it passes its own need on (R4).
    Register r = Register.builder().from(copy(DataUse.STATISTICS))
        .addSystems(Tiny.system("dashboard").assessed(Levels.of(0, 0, 3, 0)).build())
        .addDependencies(io.github.trygg.core.register.Dependency.builder().id("d").consumer("dashboard").supplier("warehouse")
            .addAspects(AVAILABILITY).build())
        .build();
    PropagationResult result = Propagation.bundled().run(r);
    assertEquals(SERIOUS, level(result, "warehouse", AVAILABILITY));
    assertEquals("R4", result.system("warehouse").orElseThrow().level(AVAILABILITY).rule());
    assertEquals(MODERATE, level(Propagation.bundled().run(Register.builder().from(r).dependencies(List.of()).build()), "warehouse", AVAILABILITY),
        "without the dependency the copy keeps its own level");
    assertEquals(NONE, level(result, "dashboard", INTEGRITY));
  }
}

package io.github.trygg.examples.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.propagation.Severity;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.register.Register;
import io.github.trygg.examples.Sample;
import io.github.trygg.core.requirements.ImplementationStatus;
import io.github.trygg.core.requirements.RequirementAssessment;
import io.github.trygg.core.risk.AcceptanceStatus;
import io.github.trygg.core.risk.RiskEvaluation;
import io.github.trygg.core.risk.RiskStage;
import io.github.trygg.examples.analysis.ChainView.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample register with its risk register and requirement assessments, as the tool and report see them. */
class AnalysisTest {
  static final Register REGISTER = Sample.REGISTER;
  static final LocalDate TODAY = Sample.TODAY;

  static Analysis sample() {
    return Sample.analysis();
  }

  @Test
  void theSampleRiskRegisterShowsEachKindOfAcceptanceState() {
    Analysis a = sample();
    Map<String, AcceptanceStatus> status = new java.util.LinkedHashMap<>();
    a.risks().forEach(e -> status.put(e.risk().id(), e.acceptanceStatus()));
    assertEquals(AcceptanceStatus.VALID, status.get("rsa-01"));
    assertEquals(AcceptanceStatus.CLASSIFICATION_CHANGED, status.get("rsa-03"), "accepted while kamerabilder had T2");
    assertEquals(AcceptanceStatus.EXPIRED, status.get("rsa-12"));
    assertEquals(AcceptanceStatus.NOT_ACCEPTED, status.get("rsa-02"));
    RiskEvaluation first = a.risks().get(0);
    assertEquals("medium", first.latest().orElseThrow().level().id(), "highest residual level first");
    assertEquals(12, a.heatMap(RiskStage.INHERENT).total());
    assertEquals(List.of("rsa-11"), a.heatMap(RiskStage.RESIDUAL).notAssessed());
    assertEquals(2, a.heatMap(RiskStage.RESIDUAL).count(1, 5), "rsa-01 and rsa-12 at the highest consequence");
  }

  @Test
  void assessmentsAttachToTheirSystems() {
    Analysis a = sample();
    Analysis.SystemRequirements centre = a.requirements("larmcentral").orElseThrow();
    assertEquals(1, centre.countByStatus().get(ImplementationStatus.NOT_MET));
    assertEquals("co-03", centre.assessedGaps().get(0).requirement().id());
    assertTrue(a.requirements("kommun-datacenter").isPresent(), "a platform carries what it hosts, so requirements apply to it");
  }

  @Test
  void theChainComesFromThePropagationEngineWithTracesFindingsAndReviews() {
    ChainView chain = Analysis.of(Inputs.of(REGISTER, TODAY)).chain();
    assertEquals(Severity.HIGH, chain.findingsOn(Subject.INTEGRATION, "gps-position").get(0).severity(), "positions by plain SMS");
    assertTrue(chain.findingsOn(Subject.INTEGRATION, "plattform-till-larmcentral").stream().noneMatch(f -> f.severity() == Severity.HIGH),
        "TLS over the open network is fine");
    assertTrue(chain.findingsOn(Subject.SYSTEM, "gps-enheter").stream().anyMatch(f -> f.severity() == Severity.HIGH), "cleared C1 for C3 data");
    assertTrue(chain.findingsOn(Subject.SYSTEM, "e-tjanst").isEmpty(), "cleared for what it holds");
    assertEquals(Levels.of(3, 3, 3, 3), chain.required("kommun-datacenter"), "a platform needs what the systems it hosts need");
    // The alarm report reaches the journal for follow-up: the journal keeps its own availability,
    // while confidentiality follows the alarm events through every hop.
    assertEquals(2, chain.required("journal").get(io.github.trygg.core.classification.SecurityAspect.AVAILABILITY).ordinalLevel());
    assertTrue(chain.reasons("journal").stream().noneMatch(r -> r.en().startsWith("A3: R2 from information asset larmhandelser")), chain.reasons("journal").toString());
    assertTrue(chain.reasons("datalager").stream().anyMatch(r -> r.en().startsWith("C3: R3 from information asset larmhandelser")), chain.reasons("datalager").toString());
    assertEquals(Severity.HIGH, chain.findings().get(0).severity(), "most severe first");
    assertTrue(chain.findings().stream().noneMatch(f -> f.severity() == Severity.CRITICAL), "no availability rating raises alarms down the chain");
    assertTrue(chain.reviews().stream().anyMatch(r -> r.subject().equals("system:datalager")), "a compilation to review");
  }

  @Test
  void requirementsApplyAtThePropagatedLevels() {
    Analysis.SystemRequirements journal = sample().requirements("journal").orElseThrow();
    assertEquals(2, journal.list().context().levels().get(io.github.trygg.core.classification.SecurityAspect.AVAILABILITY).ordinalLevel(),
        "the journal's own availability: the alarm report arrives for follow-up");
    assertTrue(journal.list().item("br-03").isEmpty(), "restore within 4 h is for availability 3");
    Analysis.SystemRequirements warehouse = sample().requirements("datalager").orElseThrow();
    assertEquals(3, warehouse.list().context().levels().get(io.github.trygg.core.classification.SecurityAspect.CONFIDENTIALITY).ordinalLevel(),
        "alarm events with identity numbers reach the warehouse through the chain");
    assertTrue(journal.list().context().conditions().containsKey(io.github.trygg.core.requirements.RequirementCondition.PROCESSOR), "conditions kept");
  }

  @Test
  void assessmentsOfSystemsTheRegisterDoesNotHaveAreRejected() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Inputs.of(REGISTER, TODAY)
        .withAssessments(Map.of("ghost", List.of(RequirementAssessment.of("au-01", ImplementationStatus.MET, "x"))), "a.yaml"));
    assertEquals("a.yaml at /systems/0/system: no system 'ghost' in the register; expected a system id of the register [unknown-system]",
        e.problems().get(0).toString());
  }

  @Test
  void everyProcessingActivityIsScreenedOnceAndNoSystemOnItsOwn() {
    List<String> screened = sample().dpias().stream().map(d -> d.activity().id()).toList();
    assertEquals(sample().register().activities().stream().map(a -> a.id()).toList(), screened);
    // The SMS gateway is covered by the reminders' assessment, not screened as a system.
    assertTrue(sample().dpias().stream().filter(d -> d.systems().contains("sms-gateway")).map(d -> d.activity().id()).toList().contains("paminnelser"));
  }
}

package io.github.trygg.core.dpia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.register.DpiaRecord;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SampleRegisters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A DPIA is screened and recorded per processing activity, with the parts Art. 35 asks for. */
class ProcessingDpiaTest {
  static final Register SAMPLE = SampleRegisters.exempelkommun();

  static Map<String, ProcessingDpia> screened(Register r) {
    return DpiaScreener.bundled().screenActivities(r, Jurisdiction.SWEDEN).stream()
        .collect(Collectors.toMap(d -> d.activity().id(), d -> d, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  @Test
  void everyActivityIsScreenedAndNoSystemOnItsOwn() {
    Map<String, ProcessingDpia> all = screened(SAMPLE);
    assertEquals(SAMPLE.activities().stream().map(ProcessingActivity::id).toList(), List.copyOf(all.keySet()));
    assertTrue(all.values().stream().allMatch(d -> d.screening().input().subject().startsWith("activity:")), "subjects are activities");
    // The SMS gateway and the integration platform get no DPIA of their own: they are covered by
    // the assessments of the activities they serve.
    assertTrue(all.get("paminnelser").systems().contains("sms-gateway"));
    assertTrue(all.get("hemtjanst").systems().contains("integrationsplattform"));
  }

  @Test
  void theRecordedAssessmentsShowWhatArt35StillNeeds() {
    Map<String, ProcessingDpia> all = screened(SAMPLE);
    ProcessingDpia gps = all.get("gps-larm-behandling");
    assertTrue(gps.required());
    assertEquals(DpiaStatus.COMPLETE, gps.status(), "description, necessity, risks, measures, DPO advice and decision recorded");
    ProcessingDpia alarm = all.get("trygghetslarm");
    assertEquals(DpiaStatus.INCOMPLETE, alarm.status());
    assertEquals(List.of(DpiaRecord.Part.DPO_ADVICE, DpiaRecord.Part.DECISION), alarm.missingParts(), "Art. 35(2): the DPO's advice is sought");
    ProcessingDpia statistics = all.get("uppfoljning");
    assertEquals(List.of(DpiaRecord.Part.DECISION), statistics.missingParts());
    ProcessingDpia medication = all.get("lakemedelshantering");
    assertEquals(DpiaStatus.NOT_STARTED, medication.status());
    assertEquals(List.of(DpiaRecord.Part.values()), medication.missingParts());
    assertEquals("konsekvensbedömning krävs men saknas", medication.status().label(Language.SWEDISH));
  }

  @Test
  void aDecisionToConsultTheAuthorityWaitsForTheConsultation() {
    DpiaRecord complete = SAMPLE.activity("nattillsyn").orElseThrow().dpia().orElseThrow();
    DpiaRecord consult = DpiaRecord.builder().from(complete)
        .decision(new DpiaRecord.Decision(LocalDate.of(2026, 3, 5), "Socialnämnden", DpiaRecord.Outcome.CONSULT_AUTHORITY, "Hög restrisk kvarstår."))
        .build();
    ProcessingDpia pending = new ProcessingDpia(SAMPLE.activity("nattillsyn").orElseThrow(), screened(SAMPLE).get("nattillsyn").screening(),
        java.util.Optional.of(consult));
    assertTrue(pending.priorConsultationPending());
    assertEquals(DpiaStatus.AWAITING_PRIOR_CONSULTATION, pending.status());
    ProcessingDpia consulted = new ProcessingDpia(pending.activity(), pending.screening(),
        java.util.Optional.of(DpiaRecord.builder().from(consult).priorConsultation(new DpiaRecord.PriorConsultation(LocalDate.of(2026, 4, 1), "IMY-2026-123")).build()));
    assertFalse(consulted.priorConsultationPending());
    assertEquals(DpiaStatus.COMPLETE, consulted.status());
  }

  @Test
  void anActivityTheScreeningClearsNeedsNone() {
    ProcessingActivity plain = ProcessingActivity.builder().id("menus").name("Lunchmenyer").purpose("Visa menyer")
        .legalBasis(io.github.trygg.core.register.LegalBasis.PUBLIC_TASK).build();
    Register r = Register.builder().addActivities(plain).build();
    ProcessingDpia d = DpiaScreener.bundled().screenActivities(r, Jurisdiction.SWEDEN).get(0);
    assertFalse(d.required());
    assertEquals(DpiaStatus.NOT_REQUIRED, d.status());
    assertEquals(List.of(), d.missingParts());
  }
}

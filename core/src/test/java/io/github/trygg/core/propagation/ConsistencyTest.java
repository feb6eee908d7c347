package io.github.trygg.core.propagation;

import static io.github.trygg.core.classification.SecurityAspect.CONFIDENTIALITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Language;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.register.ConsentRequirement;
import io.github.trygg.core.register.DataVolume;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.LegalBasis;
import io.github.trygg.core.register.OverrideClaim;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.Retention;
import io.github.trygg.core.register.TransferSafeguard;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the register contradicts itself, a finding says so instead of a silent result. */
class ConsistencyTest {
  static List<Finding> of(Register r, FindingKind kind) {
    return Propagation.bundled().run(r).findings().stream().filter(f -> f.kind() == kind).toList();
  }

  /** A warehouse cleared for C2, a documented override "only pseudonymised data", and a flow into it. */
  static Register warehouse(String... sent) {
    return Register.builder()
        .addAssets(Tiny.asset("alarm", 3, 3, 3, 3).personalData(true).nationalIdentityNumbers(true).volume(DataVolume.MANY).build(),
            Tiny.asset("stats", 2, 2, 1, 2).personalData(true).volume(DataVolume.MANY).build())
        .addSystems(Tiny.system("journal").addAssetsStored("alarm", "stats").build(), Tiny.system("warehouse").addAssetsStored("stats").build())
        .addIntegrations(Tiny.flow("export", "journal", "warehouse", sent).build())
        .addOverrides(Tiny.override("pseudonymised", EntryKind.SYSTEM, "warehouse", CONFIDENTIALITY, 2).claim(OverrideClaim.PSEUDONYMISED_ONLY).build())
        .build();
  }

  @Test
  void anOverrideTheFlowsContradictIsReportedAndNotApplied() {
    Register r = warehouse("stats", "alarm");
    List<Finding> found = of(r, FindingKind.OVERRIDE_CONTRADICTED);
    assertEquals(1, found.size());
    Finding f = found.get(0);
    assertEquals(new EntryRef(EntryKind.OVERRIDE, "pseudonymised"), f.subject());
    assertEquals(Severity.HIGH, f.severity());
    assertTrue(f.related().contains(new EntryRef(EntryKind.ASSET, "alarm")), f.related().toString());
    String sv = f.message().in(Language.SWEDISH);
    assertTrue(sv.contains("bygger på att endast pseudonymiserade uppgifter når dit, men registret anger att ”ALARM” gör det"), sv);
    assertTrue(sv.contains("konfidentialitet är nivå 3 i stället för 2"), sv);
    DerivedLevel c = Propagation.bundled().run(r).system("warehouse").orElseThrow().level(CONFIDENTIALITY);
    assertEquals(ConsequenceLevel.SERIOUS, c.level(), "a claim the register contradicts lowers nothing");
  }

  @Test
  void anOverrideTheRegisterBearsOutApplies() {
    Register r = warehouse("stats");
    assertTrue(of(r, FindingKind.OVERRIDE_CONTRADICTED).isEmpty());
    assertEquals(ConsequenceLevel.SUBSTANTIAL, Propagation.bundled().run(r).system("warehouse").orElseThrow().level(CONFIDENTIALITY).level());
  }

  @Test
  void noPersonalDataOnAFlowThatNamesPersonalData() {
    Register base = warehouse("stats");
    Register r = Register.builder().from(base)
        .overrides(List.of(Tiny.override("no-pd", EntryKind.INTEGRATION, "export", CONFIDENTIALITY, 0).claim(OverrideClaim.NO_PERSONAL_DATA).build()))
        .build();
    assertEquals(1, of(r, FindingKind.OVERRIDE_CONTRADICTED).size());
    Register clean = Register.builder().from(r).assets(List.of(Tiny.asset("alarm", 3, 3, 3, 3).build(), Tiny.asset("stats", 2, 2, 1, 2).build())).build();
    assertTrue(of(clean, FindingKind.OVERRIDE_CONTRADICTED).isEmpty());
  }

  static Register abroad(TransferSafeguard... subSafeguards) {
    return Register.builder().from(warehouse("stats", "alarm"))
        .overrides(List.of())
        .systems(List.of(Tiny.system("journal").addAssetsStored("alarm", "stats").build(),
            Tiny.system("warehouse").addAssetsStored("stats").vendor("analytics").build()))
        .addVendors(Vendor.builder().id("analytics").name("Analytics Inc.").country("US").role(VendorRole.PROCESSOR).agreementDate(LocalDate.of(2026, 1, 1))
                .addSafeguards(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES, TransferSafeguard.SUPPLEMENTARY_MEASURES).build(),
            Vendor.builder().id("cloud").name("Cloud Inc.").country("US").role(VendorRole.SUB_PROCESSOR).processorOf("analytics")
                .agreementDate(LocalDate.of(2026, 1, 1)).addSafeguards(subSafeguards).build())
        .build();
  }

  @Test
  void identityNumbersAtASubProcessorAbroadNeedSupplementaryMeasures() {
    List<Finding> found = of(abroad(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES), FindingKind.TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES);
    assertEquals(1, found.size(), "the sub-processor, not the processor that has them");
    assertTrue(found.get(0).related().contains(new EntryRef(EntryKind.VENDOR, "cloud")));
    String nb = found.get(0).message().in(Language.NORWEGIAN_BOKMAL);
    assertTrue(nb.contains("fødselsnummer eller andre nasjonale identifikasjonsnummer hos Cloud Inc. i tredjeland (US)"), nb);
    assertTrue(nb.contains("standard personvernbestemmelser"), nb);
    assertTrue(of(abroad(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES, TransferSafeguard.SUPPLEMENTARY_MEASURES),
        FindingKind.TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES).isEmpty());
    assertTrue(of(abroad(TransferSafeguard.ADEQUACY_DECISION), FindingKind.TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES).isEmpty());
  }

  static ProcessingActivity.Builder activity(String id) {
    return ProcessingActivity.builder().id(id).name("Activity " + id).purpose("p").legalBasis(LegalBasis.PUBLIC_TASK).addAssets("alarm");
  }

  @Test
  void aProcessingThatReliesOnConsentMustSayWhereItIsRecorded() {
    Register missing = Register.builder().from(warehouse("stats")).activities(List.of(
        activity("camera").consent(ConsentRequirement.builder().requiredBy("lagen (2001:454) om behandling av personuppgifter inom socialtjänsten").build()).build(),
        activity("app").legalBasis(LegalBasis.CONSENT).build(),
        activity("recorded").consent(ConsentRequirement.builder().requiredBy("lag").recordedIn("verksamhetssystemet").build()).build(),
        activity("public-task").build())).build();
    List<Finding> found = of(missing, FindingKind.CONSENT_NOT_RECORDED);
    assertEquals(List.of("app", "camera"), found.stream().map(f -> f.subject().id()).sorted().toList());
    assertEquals(EntryKind.ACTIVITY, found.get(0).subject().kind());
    assertTrue(found.stream().anyMatch(f -> f.message().in(Language.ENGLISH).contains("requires consent (lagen (2001:454)")),
        found.toString());
    assertEquals(Severity.HIGH, found.get(0).severity(), "the alarm events it processes are C3");
  }

  @Test
  void aRetentionRuleKeptInSomethingTheRegisterDoesNotHave() {
    Register r = Register.builder().from(warehouse("stats")).activities(List.of(
        activity("medication").retention(Retention.builder().rule("Bevaras i patientjournal minst 10 år").addKeptIn("patientjournal").build()).build(),
        activity("care").retention(Retention.builder().rule("5 år").addKeptIn("journal", "alarm").build()).build())).build();
    List<Finding> found = of(r, FindingKind.RETENTION_FOR_UNKNOWN_ENTRY);
    assertEquals(1, found.size());
    assertEquals("medication", found.get(0).subject().id());
    assertTrue(found.get(0).message().in(Language.SWEDISH).contains("gäller patientjournal, som inte finns i registret"), found.get(0).message().sv());
    assertEquals(Severity.MEDIUM, found.get(0).severity());
  }
}

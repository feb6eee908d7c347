package io.github.trygg.core.propagation;

import static io.github.trygg.core.classification.SecurityAspect.AVAILABILITY;
import static io.github.trygg.core.classification.SecurityAspect.CONFIDENTIALITY;
import static io.github.trygg.core.classification.SecurityAspect.INTEGRITY;
import static io.github.trygg.core.classification.SecurityAspect.TRACEABILITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Language;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.RatingOrigin;
import io.github.trygg.core.register.Dependency;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SampleRegisters;
import io.github.trygg.core.register.Vendor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Worked examples on the sample register Exempelkommun: the safety-alarm chain into the care
 * record and the data warehouse, a cycle, a dependency that raises a supplier, the pseudonymisation
 * override, and every aggregation trigger.
 */
class SampleRegisterPropagationTest {
  static Register sample;
  static PropagationResult result;

  @BeforeAll
  static void run() {
    sample = SampleRegisters.exempelkommun();
    assertTrue(sample.problems().isEmpty(), sample.problems().toString());
    result = Propagation.bundled().run(sample);
  }

  static EntryRef sys(String id) {
    return new EntryRef(EntryKind.SYSTEM, id);
  }

  static EntryRef flow(String id) {
    return new EntryRef(EntryKind.INTEGRATION, id);
  }

  static final List<EntryRef> ALARM_CHAIN = List.of(sys("fallsensorer"), flow("sensor-till-plattform"), sys("larmplattform"),
      flow("plattform-till-larmcentral"), sys("larmcentral"), flow("larmcentral-till-integration"), sys("integrationsplattform"),
      flow("integration-till-journal"), sys("journal"));

  @Test
  void theAlarmChainCarriesAvailabilityButTheFollowUpCopyDoesNot() {
    // Devices, platform and alarm centre handle the alarm: availability 3 through each flow (R2).
    for (String id : List.of("trygghetslarm-enheter", "fallsensorer", "larmplattform", "larmcentral")) {
      assertEquals(ConsequenceLevel.SERIOUS, result.system(id).orElseThrow().level(AVAILABILITY).level(), id);
    }
    assertEquals("R7", result.system("larmkraft-moln").orElseThrow().level(AVAILABILITY).rule(), "the platform carries what it hosts");
    // The alarm report reaches the journal afterwards, for follow-up: its availability is its own.
    DerivedLevel a = result.system("journal").orElseThrow().level(AVAILABILITY);
    assertEquals(ConsequenceLevel.SUBSTANTIAL, a.level());
    assertEquals("R1", a.rule());
    assertTrue(result.findings(sys("journal")).stream().noneMatch(f -> f.kind() == FindingKind.CLEARANCE_EXCEEDED));
    // Confidentiality and traceability follow the copy all the way.
    DerivedLevel t = result.system("integrationsplattform").orElseThrow().level(TRACEABILITY);
    assertEquals(ConsequenceLevel.SERIOUS, t.level());
    // No integrity or availability trace in the whole register goes down the chain.
    for (SystemLevels s : result.systems()) {
      for (var aspect : List.of(INTEGRITY, AVAILABILITY)) {
        assertTrue(s.level(aspect).trace().steps().stream().noneMatch(step -> step.rule().equals("R3")), s.id() + " " + aspect);
      }
    }
  }

  @Test
  void noAvailabilityRatingRaisesCriticalFindingsAcrossTheChain() {
    assertTrue(result.findings().stream().noneMatch(f -> f.severity() == Severity.CRITICAL), result.findings().toString());
    assertTrue(result.findings().stream().noneMatch(f -> f.kind() == FindingKind.CLEARANCE_EXCEEDED && f.aspect().orElseThrow() == AVAILABILITY
        && !f.subject().id().equals("lakemedelsrobot")), "only the medication dispenser falls short on availability");
  }

  @Test
  void aSystemsOwnDataExplainItsLevelBeforeWhatPassesThrough() {
    // The journal also sends C3 archive documents and gets them back from the archive; its own
    // records at the same level are the shorter, truer explanation.
    DerivedLevel c = result.system("journal").orElseThrow().level(CONFIDENTIALITY);
    assertEquals(ConsequenceLevel.SERIOUS, c.level());
    assertEquals("R1", c.rule());
    assertEquals("journalanteckningar", c.originAsset().orElseThrow());
    assertEquals(List.of(sys("journal")), c.trace().path());
  }

  @Test
  void andOnIntoTheDataWarehouse() {
    SystemLevels warehouse = result.system("datalager").orElseThrow();
    List<EntryRef> chain = new ArrayList<>(ALARM_CHAIN);
    chain.add(flow("journal-till-datalager"));
    chain.add(sys("datalager"));
    for (var aspect : List.of(CONFIDENTIALITY, TRACEABILITY)) {
      assertEquals(chain, warehouse.level(aspect).trace().path(), aspect.toString());
      assertEquals("R3", warehouse.level(aspect).rule());
    }
    // A statistics copy: integrity and availability are those of its own data.
    for (var aspect : List.of(INTEGRITY, AVAILABILITY)) {
      assertEquals(List.of(sys("datalager")), warehouse.level(aspect).trace().path(), aspect.toString());
      assertEquals("statistikunderlag", warehouse.level(aspect).originAsset().orElseThrow());
    }
    assertEquals(Levels.of(3, 2, 1, 3), warehouse.required());
    assertEquals(Levels.of(2, 2, 1, 2), warehouse.clearedFor().orElseThrow());
    assertEquals(java.util.Set.of(CONFIDENTIALITY, TRACEABILITY), warehouse.exceeded());
  }

  @Test
  void thePseudonymisationOverrideTheExportContradictsIsReportedAndNotApplied() {
    DerivedLevel c = result.system("datalager").orElseThrow().level(CONFIDENTIALITY);
    assertEquals(ConsequenceLevel.SERIOUS, c.level(), "alarm events with identity numbers reach the warehouse");
    assertEquals(RatingOrigin.DERIVED, c.origin());
    Finding contradicted = result.findings(new EntryRef(EntryKind.OVERRIDE, "datalager-pseudonymiserat")).stream()
        .filter(f -> f.kind() == FindingKind.OVERRIDE_CONTRADICTED).findFirst().orElseThrow();
    assertEquals(Severity.HIGH, contradicted.severity());
    assertEquals("R6", contradicted.rule());
    assertTrue(contradicted.related().contains(new EntryRef(EntryKind.ASSET, "larmhandelser")));
    // The warehouse itself now falls short on confidentiality, and its sub-processor abroad lacks
    // supplementary measures for identity numbers.
    assertTrue(result.findings(sys("datalager")).stream()
        .anyMatch(f -> f.kind() == FindingKind.CLEARANCE_EXCEEDED && f.aspect().orElse(INTEGRITY) == CONFIDENTIALITY));
    Finding transfer = result.findings(sys("datalager")).stream()
        .filter(f -> f.kind() == FindingKind.TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES).findFirst().orElseThrow();
    assertEquals(new EntryRef(EntryKind.VENDOR, "cloudscale"), transfer.related().get(0));
    assertEquals("R8", transfer.rule());
    // The SMS overrides claim no special-category data, and the register bears them out.
    assertEquals(ConsequenceLevel.MODERATE, result.flow("arende-till-sms").orElseThrow().level(CONFIDENTIALITY).level());
    assertEquals(RatingOrigin.OVERRIDDEN, result.flow("arende-till-sms").orElseThrow().level(CONFIDENTIALITY).origin());
  }

  @Test
  void theFallSensorsConsentIsNotRecorded() {
    List<Finding> consent = result.findings().stream().filter(f -> f.kind() == FindingKind.CONSENT_NOT_RECORDED).toList();
    assertEquals(List.of(new EntryRef(EntryKind.ACTIVITY, "trygghetslarm")), consent.stream().map(Finding::subject).toList(),
        "the camera and GPS activities record their consents; the safety alarm does not yet");
    assertTrue(result.findings().stream().noneMatch(f -> f.kind() == FindingKind.RETENTION_FOR_UNKNOWN_ENTRY),
        "every retention rule is kept in a system the register has");
  }

  @Test
  void aDependencyRaisesTheSupplier() {
    // The alarm centre depends on the platform: the platform must keep the centre's client data correct (R4).
    DerivedLevel integrity = result.system("larmplattform").orElseThrow().level(INTEGRITY);
    assertEquals(ConsequenceLevel.SERIOUS, integrity.level());
    assertEquals("R4", integrity.rule());
    assertEquals(List.of(sys("larmcentral"), new EntryRef(EntryKind.DEPENDENCY, "larmcentral-behover-plattform"), sys("larmplattform")),
        integrity.trace().steps().stream().map(TraceStep::entry).toList());
    // … and be back within the centre's five minutes, which it cannot (R9).
    assertEquals(Duration.ofMinutes(5), result.system("larmplattform").orElseThrow().recoveryObjectives().orElseThrow().maxDowntime().orElseThrow());
    assertTrue(result.findings(sys("larmplattform")).stream().anyMatch(f -> f.kind() == FindingKind.RECOVERY_GAP));

    // A variant: the e-service must be available around the clock, so the login service it depends on must be too.
    List<InformationSystem> systems = new ArrayList<>(sample.systems());
    InformationSystem eService = sample.system("e-tjanst").orElseThrow();
    systems.set(systems.indexOf(eService), InformationSystem.builder().from(eService).assessed(Levels.of(0, 0, 3, 0)).build());
    PropagationResult raised = Propagation.bundled().run(Register.builder().from(sample).systems(systems).build());
    DerivedLevel login = raised.system("e-legitimation").orElseThrow().level(AVAILABILITY);
    assertEquals(ConsequenceLevel.SERIOUS, login.level());
    assertEquals(sys("e-tjanst"), login.trace().origin());
    assertEquals("R4", login.rule());
    assertEquals(ConsequenceLevel.MODERATE, result.system("e-legitimation").orElseThrow().level(AVAILABILITY).level());
    assertTrue(raised.findings(sys("e-legitimation")).stream()
        .anyMatch(f -> f.kind() == FindingKind.CLEARANCE_EXCEEDED && f.aspect().orElseThrow() == AVAILABILITY));
  }

  @Test
  void aCycleTerminates() {
    // The journal archives into the case system, which sends decisions back: a cycle when data are passed on.
    // Without the documented overrides that say only reminders reach the SMS gateway.
    Register undocumented = Register.builder().from(sample)
        .overrides(sample.overrides().stream().filter(o -> !o.target().equals(flow("arende-till-sms"))).toList()).build();
    PropagationResult through = Propagation.bundled().run(undocumented);
    DerivedLevel sms = through.system("sms-gateway").orElseThrow().level(CONFIDENTIALITY);
    assertEquals(ConsequenceLevel.SERIOUS, sms.level());
    assertEquals(List.of(sys("journal"), flow("journal-till-arkiv"), sys("arende-arkiv"), flow("arende-till-sms"), sys("sms-gateway")),
        sms.trace().path());
    // As declared, or with the overrides, the SMS gateway gets the reminders only.
    PropagationResult declared = Propagation.of(PropagationSettings.builder().forwarding(DataForwarding.AS_DECLARED).build()).run(undocumented);
    assertEquals(ConsequenceLevel.MODERATE, declared.system("sms-gateway").orElseThrow().level(CONFIDENTIALITY).level());
    DerivedLevel documented = result.system("sms-gateway").orElseThrow().level(CONFIDENTIALITY);
    assertEquals(ConsequenceLevel.MODERATE, documented.level());
    DerivedLevel flowLevel = result.flow("arende-till-sms").orElseThrow().level(CONFIDENTIALITY);
    assertEquals(RatingOrigin.OVERRIDDEN, flowLevel.origin());
    assertEquals(ConsequenceLevel.SERIOUS, flowLevel.withoutOverride().orElseThrow());
    // Both overrides lower what would pass on, so neither is questioned as lowering nothing.
    assertTrue(result.reviews().stream().noneMatch(i -> i.trigger() == ReviewTrigger.OVERRIDE_NOT_LOWER && i.subject().equals(flow("arende-till-sms"))),
        result.reviews().toString());

    // A dependency cycle: the integration platform also needs the journal.
    Register cyclic = Register.builder().from(sample).addDependencies(Dependency.builder().id("integration-behover-journal")
        .consumer("integrationsplattform").supplier("journal").addAspects(AVAILABILITY, INTEGRITY).build()).build();
    PropagationResult both = Propagation.bundled().run(cyclic);
    assertEquals(both.system("journal").orElseThrow().required().get(AVAILABILITY), both.system("integrationsplattform").orElseThrow().required().get(AVAILABILITY));
    assertEquals(ConsequenceLevel.SERIOUS, both.system("journal").orElseThrow().level(INTEGRITY).level());
  }

  @Test
  void everyAggregationTriggerOnTheSample() {
    List<String> reviews = result.reviews().stream().map(i -> i.trigger() + " " + i.subject().id()).toList();
    assertTrue(reviews.contains("LARGE_VOLUME datalager"), reviews.toString());
    assertTrue(reviews.contains("JOINED_PURPOSES datalager"), reviews.toString());
    assertTrue(reviews.contains("LOCATION_WITH_HEALTH larmcentral"), reviews.toString());
    assertTrue(reviews.contains("PLATFORM_AVAILABILITY kommun-datacenter"), reviews.toString());
    ReviewItem gps = result.reviews().stream().filter(i -> i.trigger() == ReviewTrigger.LOCATION_WITH_HEALTH).findFirst().orElseThrow();
    assertEquals(List.of("larmhandelser", "positioner"), gps.assets());
    assertEquals("Vakta larmcentral kombinerar positionsuppgifter med hälso- eller omsorgsuppgifter (Larmhändelser, Positioner från GPS-larm). "
        + "Bedöm om kombinationen kräver en högre nivå.", gps.message().in(Language.SWEDISH));
  }

  @Test
  void flowFindingsOnTheSample() {
    Finding sms = result.findings(flow("gps-position")).stream().filter(f -> f.kind() == FindingKind.UNENCRYPTED_OPEN_NETWORK).findFirst().orElseThrow();
    assertEquals(Severity.HIGH, sms.severity());
    assertEquals("Flödet Positioner från GPS-larm går okrypterat över ett öppet nät och för information med konfidentialitet nivå 3.",
        sms.message().in(Language.SWEDISH));
    assertEquals(List.of("gps-position", "lakemedel-till-planering"), result.findings().stream()
        .filter(f -> f.kind() == FindingKind.WEAK_AUTHENTICATION).map(f -> f.subject().id()).sorted().toList());
    assertTrue(result.findings().stream().noneMatch(f -> f.kind() == FindingKind.THIRD_COUNTRY_WITHOUT_SAFEGUARD));
  }

  @Test
  void aThirdCountryProcessorWithoutSafeguard() {
    List<Vendor> vendors = new ArrayList<>(sample.vendors());
    Vendor insight = sample.vendor("insight").orElseThrow();
    vendors.set(vendors.indexOf(insight), Vendor.builder().from(insight).safeguards(List.of()).safeguardEvidence(java.util.Optional.empty()).build());
    PropagationResult r = Propagation.bundled().run(Register.builder().from(sample).vendors(vendors).build());
    Finding f = r.findings(sys("datalager")).stream().filter(x -> x.kind() == FindingKind.THIRD_COUNTRY_WITHOUT_SAFEGUARD).findFirst().orElseThrow();
    assertEquals(Severity.CRITICAL, f.severity()); // by the warehouse's confidentiality: 3, the override being contradicted
    assertEquals(new EntryRef(EntryKind.VENDOR, "insight"), f.related().get(0));
    assertTrue(f.message().in(Language.NORWEGIAN_BOKMAL).contains("Insight Analytics Inc.") && f.message().in(Language.NORWEGIAN_BOKMAL).contains("(US)"));
  }

  @Test
  void theSameResultWhateverTheOrderOfTheFiles() {
    String expected = Rendering.render(result);
    Register reversed = Register.builder().from(sample)
        .systems(reversed(sample.systems())).integrations(reversed(sample.integrations())).assets(reversed(sample.assets()))
        .dependencies(reversed(sample.dependencies())).build();
    assertEquals(expected, Rendering.render(Propagation.bundled().run(reversed)));
  }

  static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  @Test
  void everyTextIsThereInThreeLanguages() {
    Stream.concat(result.findings().stream().map(Finding::message), result.reviews().stream().map(ReviewItem::message)).forEach(m -> {
      for (Language l : Language.values()) {
        assertTrue(!m.in(l).isBlank() && !m.in(l).contains("{") && !m.in(l).contains("–"), l + ": " + m.in(l));
      }
      assertTrue(!m.sv().equals(m.en()));
    });
  }
}

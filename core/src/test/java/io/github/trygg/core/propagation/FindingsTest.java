package io.github.trygg.core.propagation;

import static io.github.trygg.core.classification.SecurityAspect.AVAILABILITY;
import static io.github.trygg.core.classification.SecurityAspect.CONFIDENTIALITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Language;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.IntegrationAuthentication;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SystemKind;
import io.github.trygg.core.register.TransferSafeguard;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each check on a register built for it: a case that must be found and one that must not. */
class FindingsTest {
  static List<Finding> findings(Register r, FindingKind kind) {
    return Propagation.bundled().run(r).findings().stream().filter(f -> f.kind() == kind).collect(Collectors.toList());
  }

  static Register.Builder base() {
    return Register.builder().addAssets(Tiny.asset("care", 3, 3, 2, 3).personalData(true).specialCategory(true).build(),
        Tiny.asset("menu", 0, 1, 1, 0).build());
  }

  @Test
  void clearanceExceededThroughTheWeakestPart() {
    Register r = base()
        .addSystems(Tiny.system("app").addAssetsStored("care").clearedFor(Levels.of(4, 4, 4, 4)).hostedOn("vm").build(),
            Tiny.system("vm").systemKind(SystemKind.PLATFORM).clearedFor(Levels.of(2, 3, 3, 3)).build(),
            Tiny.system("ok").addAssetsStored("menu").clearedFor(Levels.of(1, 1, 1, 1)).build())
        .build();
    List<Finding> found = findings(r, FindingKind.CLEARANCE_EXCEEDED);
    // app needs C3 but runs on a platform cleared for C2; the platform itself hosts C3 data.
    assertEquals(List.of(new EntryRef(EntryKind.SYSTEM, "app"), new EntryRef(EntryKind.SYSTEM, "vm")),
        found.stream().map(Finding::subject).toList());
    Finding app = found.get(0);
    assertEquals(Severity.HIGH, app.severity());
    assertEquals(ConsequenceLevel.SERIOUS, app.required().orElseThrow());
    assertEquals(ConsequenceLevel.SUBSTANTIAL, app.cleared().orElseThrow());
    assertEquals(List.of(new EntryRef(EntryKind.SYSTEM, "vm")), app.related());
    assertEquals("System app must meet confidentiality level 3 but is cleared for level 2.", app.message().in(Language.ENGLISH));
    assertEquals("System app ska uppfylla konfidentialitet nivå 3 men är godkänt för nivå 2.", app.message().in(Language.SWEDISH));
    assertEquals("R1", app.rule());
  }

  @Test
  void clearanceOfAFlow() {
    Register r = base()
        .addSystems(Tiny.system("a").addAssetsStored("care").build(), Tiny.system("b").build())
        .addIntegrations(Tiny.flow("low", "a", "b", "care").clearedFor(Levels.of(1, 3, 3, 3)).build(),
            Tiny.flow("high", "a", "b", "care").clearedFor(Levels.of(3, 3, 3, 3)).build())
        .build();
    assertEquals(List.of(new EntryRef(EntryKind.INTEGRATION, "low")),
        findings(r, FindingKind.CLEARANCE_EXCEEDED).stream().map(Finding::subject).toList());
  }

  @Test
  void unencryptedOverAnOpenNetworkWithSeverityByTheData() {
    Register r = base()
        .addSystems(Tiny.system("a").addAssetsStored("care", "menu").build(), Tiny.system("b").build())
        .addIntegrations(
            Tiny.flow("clear-care", "a", "b", "care").transport(TransportProtection.NONE).crossesOpenNetwork(true).build(),
            Tiny.flow("clear-menu", "a", "b", "menu").transport(TransportProtection.NONE).crossesOpenNetwork(true).build(),
            Tiny.flow("internal", "a", "b", "care").transport(TransportProtection.NONE).build(),
            Tiny.flow("tls", "a", "b", "care").crossesOpenNetwork(true).build())
        .build();
    List<Finding> found = findings(r, FindingKind.UNENCRYPTED_OPEN_NETWORK);
    assertEquals(List.of("clear-care", "clear-menu"), found.stream().map(f -> f.subject().id()).toList());
    assertEquals(Severity.HIGH, found.get(0).severity());
    assertEquals(Severity.LOW, found.get(1).severity());
  }

  @Test
  void missingAndWeakAuthentication() {
    Register r = base()
        .addSystems(
            Tiny.system("none").addAssetsStored("care").build(),
            Tiny.system("low").addAssetsStored("care").authentication(AssuranceLevel.LOW).build(),
            Tiny.system("strong").addAssetsStored("care").authentication(AssuranceLevel.SUBSTANTIAL).build(),
            Tiny.system("menu").addAssetsStored("menu").build(),
            Tiny.system("device").systemKind(SystemKind.DEVICE).addAssetsProcessed("care").build())
        .addIntegrations(
            Tiny.flow("anonymous", "device", "strong", "care").authentication(IntegrationAuthentication.NONE).build(),
            Tiny.flow("secret", "device", "strong", "care").authentication(IntegrationAuthentication.SHARED_SECRET).crossesOpenNetwork(true).build(),
            Tiny.flow("secret-inside", "device", "strong", "care").authentication(IntegrationAuthentication.SHARED_SECRET).build(),
            Tiny.flow("to-menu", "device", "menu", "menu").authentication(IntegrationAuthentication.NONE).build())
        .build();
    assertEquals(List.of("system:none", "integration:anonymous"),
        findings(r, FindingKind.MISSING_AUTHENTICATION).stream().map(f -> f.subject().toString()).toList());
    List<Finding> weak = findings(r, FindingKind.WEAK_AUTHENTICATION);
    assertEquals(List.of("system:low", "integration:secret"), weak.stream().map(f -> f.subject().toString()).toList());
    assertEquals("System low offers assurance level low but must meet confidentiality level 3; at least assurance level substantial is needed.",
        weak.get(0).message().in(Language.ENGLISH));
    assertEquals(List.of(new EntryRef(EntryKind.SYSTEM, "strong")), weak.get(1).related());
  }

  @Test
  void levelFourNeedsItsOwnAnalysis() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("alarm", 4, 3, 4, 3).build(), Tiny.asset("menu", 1, 1, 1, 1).build())
        .addSystems(Tiny.system("a").addAssetsStored("alarm").build(), Tiny.system("b").addAssetsStored("menu").build())
        .addIntegrations(Tiny.flow("a-b", "a", "b", "menu").build())
        .build();
    List<Finding> found = findings(r, FindingKind.LEVEL_4_PRESENT);
    // One finding per system, naming every aspect at 4; the flow and its receiver do not carry it.
    assertEquals(List.of("system:a"), found.stream().map(f -> f.subject().toString()).toList());
    assertEquals(CONFIDENTIALITY, found.get(0).aspect().orElseThrow());
    assertEquals("System a must meet level 4 (very serious) for confidentiality, availability. The requirement catalogues do not cover "
        + "that level; it needs its own analysis.", found.get(0).message().in(Language.ENGLISH));
    assertEquals(Severity.MEDIUM, found.get(0).severity());
  }

  @Test
  void personalDataAtAThirdCountryProcessorWithoutSafeguard() {
    Vendor unsafe = Vendor.builder().id("us-cloud").name("US Cloud Inc.").country("US").role(VendorRole.PROCESSOR).build();
    Vendor safe = Vendor.builder().from(unsafe).id("us-safe").addSafeguards(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES).build();
    Vendor local = Vendor.builder().id("se").name("SE AB").country("SE").role(VendorRole.PROCESSOR).build();
    Register r = base()
        .addVendors(unsafe, safe, local)
        .addSystems(
            Tiny.system("source").addAssetsStored("care").build(),
            Tiny.system("unsafe").vendor("us-cloud").build(),
            Tiny.system("safe").vendor("us-safe").build(),
            Tiny.system("stored-abroad").vendor("se").addDataLocations("IN").build(),
            Tiny.system("menu-only").vendor("us-cloud").addAssetsStored("menu").build())
        .addIntegrations(Tiny.flow("to-unsafe", "source", "unsafe", "care").build(), Tiny.flow("to-safe", "source", "safe", "care").build(),
            Tiny.flow("to-abroad", "source", "stored-abroad", "care").build())
        .build();
    List<Finding> found = findings(r, FindingKind.THIRD_COUNTRY_WITHOUT_SAFEGUARD);
    assertEquals(List.of("system:stored-abroad", "system:unsafe"), found.stream().map(f -> f.subject().toString()).sorted().toList());
    Finding unsafeFinding = found.stream().filter(f -> f.subject().id().equals("unsafe")).findFirst().orElseThrow();
    assertTrue(unsafeFinding.message().in(Language.ENGLISH).contains("US Cloud Inc.") && unsafeFinding.message().in(Language.ENGLISH).contains("(US)"));
    assertEquals(List.of(new EntryRef(EntryKind.SYSTEM, "source"), new EntryRef(EntryKind.INTEGRATION, "to-unsafe"), new EntryRef(EntryKind.SYSTEM, "unsafe")),
        unsafeFinding.trace().path());
  }

  @Test
  void recoveryThatCannotMeetTheStrictestObjective() {
    Register r = Register.builder()
        .addSystems(
            Tiny.system("alarm").recoveryObjectives(RulesTest.objectives(5, 1)).recoveryCapability(RulesTest.objectives(5, 1)).build(),
            Tiny.system("platform").recoveryCapability(RulesTest.objectives(15, 1)).build(),
            Tiny.system("unknown").recoveryObjectives(RulesTest.objectives(60, 60)).build())
        .addDependencies(io.github.trygg.core.register.Dependency.builder().id("d").consumer("alarm").supplier("platform").addAspects(AVAILABILITY).build())
        .build();
    List<Finding> found = findings(r, FindingKind.RECOVERY_GAP);
    assertEquals(List.of("platform", "unknown", "unknown"), found.stream().map(f -> f.subject().id()).sorted().toList());
    Finding platform = found.stream().filter(f -> f.subject().id().equals("platform")).findFirst().orElseThrow();
    assertEquals("System platform must be running again within 5 min but can manage 15 min.", platform.message().in(Language.ENGLISH));
    assertEquals(List.of(new EntryRef(EntryKind.SYSTEM, "alarm")), platform.related());
    assertEquals("R9", platform.rule());
  }

  @Test
  void anUndocumentedOverrideIsReportedAndNotApplied() {
    Register r = base()
        .addSystems(Tiny.system("a").addAssetsStored("care").build())
        .addOverrides(Tiny.override("quiet", EntryKind.SYSTEM, "a", CONFIDENTIALITY, 1).evidence(" ").build(),
            Tiny.override("fine", EntryKind.SYSTEM, "a", AVAILABILITY, 1).build())
        .build();
    PropagationResult result = Propagation.bundled().run(r);
    assertEquals(ConsequenceLevel.SERIOUS, result.system("a").orElseThrow().level(CONFIDENTIALITY).level());
    List<Finding> found = result.findings().stream().filter(f -> f.kind() == FindingKind.UNDOCUMENTED_OVERRIDE).toList();
    assertEquals(List.of(new EntryRef(EntryKind.OVERRIDE, "quiet")), found.stream().map(Finding::subject).toList());
    assertEquals(List.of(new EntryRef(EntryKind.SYSTEM, "a")), found.get(0).related());
    assertEquals(Severity.HIGH, found.get(0).severity());
  }

  @Test
  void findingsAreOrderedMostSevereFirstAndBuiltOnce() {
    PropagationResult result = Propagation.bundled().run(io.github.trygg.core.register.SampleRegisters.exempelkommun());
    List<Finding> all = result.findings();
    for (int k = 1; k < all.size(); k++) {
      assertTrue(all.get(k - 1).severity().compareTo(all.get(k).severity()) >= 0);
    }
    assertTrue(all.get(0) == result.findings().get(0), "a finding is built once and kept");
    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
    EntryRef journal = new EntryRef(EntryKind.SYSTEM, "journal");
    assertEquals(all.stream().filter(f -> f.subject().equals(journal)).toList(), result.findings(journal));
  }
}

package io.github.trygg.core.propagation;

import static io.github.trygg.core.classification.SecurityAspect.AVAILABILITY;
import static io.github.trygg.core.classification.SecurityAspect.CONFIDENTIALITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Language;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.register.ConsentRequirement;
import io.github.trygg.core.register.Dependency;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.IntegrationAuthentication;
import io.github.trygg.core.register.LegalBasis;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.Retention;
import io.github.trygg.core.register.SampleRegisters;
import io.github.trygg.core.register.SystemKind;
import io.github.trygg.core.register.TransferSafeguard;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every step of every finding's trace cites a rule or check the rule pack defines, by its exact id. */
class TraceRuleIdsTest {
  /** R1–R11 and the checks' ids C1–C12, as the bundled pack defines them. */
  static Set<String> definedIds() {
    PropagationRules rules = PropagationRules.bundled();
    Set<String> ids = new LinkedHashSet<>();
    rules.rules().forEach(r -> ids.add(r.id()));
    for (FindingKind kind : FindingKind.values()) {
      ids.add(rules.checkId(kind));
    }
    return ids;
  }

  /** Registers that between them trigger every check. */
  static List<Register> everyCheck() {
    List<Register> out = new ArrayList<>();
    out.add(FindingsTest.base()
        .addSystems(Tiny.system("app").addAssetsStored("care").clearedFor(Levels.of(4, 4, 4, 4)).hostedOn("vm").build(),
            Tiny.system("vm").systemKind(SystemKind.PLATFORM).clearedFor(Levels.of(2, 3, 3, 3)).build(),
            Tiny.system("none").addAssetsStored("care").build(),
            Tiny.system("low").addAssetsStored("care").authentication(AssuranceLevel.LOW).build(),
            Tiny.system("strong").addAssetsStored("care").authentication(AssuranceLevel.SUBSTANTIAL).build(),
            Tiny.system("device").systemKind(SystemKind.DEVICE).addAssetsProcessed("care").build(),
            Tiny.system("us").vendor("us-cloud").build())
        .addVendors(Vendor.builder().id("us-cloud").name("US Cloud Inc.").country("US").role(VendorRole.PROCESSOR).build())
        .addIntegrations(
            Tiny.flow("clear", "device", "strong", "care").transport(TransportProtection.NONE).crossesOpenNetwork(true).build(),
            Tiny.flow("anonymous", "device", "strong", "care").authentication(IntegrationAuthentication.NONE).build(),
            Tiny.flow("secret", "device", "strong", "care").authentication(IntegrationAuthentication.SHARED_SECRET).crossesOpenNetwork(true).build(),
            Tiny.flow("low-flow", "device", "none", "care").clearedFor(Levels.of(1, 3, 3, 3)).build(),
            Tiny.flow("to-us", "strong", "us", "care").build())
        .addOverrides(Tiny.override("quiet", EntryKind.SYSTEM, "none", CONFIDENTIALITY, 1).evidence(" ").build())
        .build());
    out.add(Register.builder()
        .addAssets(Tiny.asset("alarm", 4, 3, 4, 3).build())
        .addSystems(Tiny.system("alarm").addAssetsStored("alarm").recoveryObjectives(RulesTest.objectives(5, 1)).build(),
            Tiny.system("platform").recoveryCapability(RulesTest.objectives(15, 1)).build())
        .addDependencies(Dependency.builder().id("d").consumer("alarm").supplier("platform").addAspects(AVAILABILITY).build())
        .build());
    out.add(ConsistencyTest.warehouse("stats", "alarm"));
    out.add(ConsistencyTest.abroad(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES));
    out.add(Register.builder().from(ConsistencyTest.warehouse("stats")).activities(List.of(
        ConsistencyTest.activity("camera").consent(ConsentRequirement.builder().requiredBy("lagen (2001:454)").build()).build(),
        ConsistencyTest.activity("app").legalBasis(LegalBasis.CONSENT).build(),
        ConsistencyTest.activity("medication").retention(Retention.builder().rule("10 år").addKeptIn("patientjournal").build()).build()))
        .build());
    return out;
  }

  static void assertExact(Finding f, Set<String> defined) {
    List<TraceStep> steps = f.trace().steps();
    assertFalse(steps.isEmpty(), f.toString());
    for (TraceStep step : steps) {
      assertFalse(step.rule().isBlank(), f.kind() + " " + f.subject() + ": " + steps);
      assertTrue(defined.contains(step.rule()), f.kind() + " " + f.subject() + " cites " + step.rule() + ", which the pack does not define");
    }
    assertTrue(defined.contains(f.rule()), f.toString());
    for (Language l : Language.values()) {
      assertFalse(f.trace().explain(l).startsWith(" "), "the explanation starts with the rule id: " + f.trace().explain(l));
    }
  }

  @Test
  void everyTraceStepOnTheSampleCitesARuleThePackDefines() {
    Set<String> defined = definedIds();
    List<Finding> findings = Propagation.bundled().run(SampleRegisters.exempelkommun()).findings();
    assertFalse(findings.isEmpty());
    findings.forEach(f -> assertExact(f, defined));
  }

  @Test
  void everyCheckKindCitesExactIdsAndActivityFindingsCiteTheirCheck() {
    Set<String> defined = definedIds();
    Set<FindingKind> seen = EnumSet.noneOf(FindingKind.class);
    for (Register r : everyCheck()) {
      for (Finding f : Propagation.bundled().run(r).findings()) {
        seen.add(f.kind());
        assertExact(f, defined);
        if (f.kind() == FindingKind.CONSENT_NOT_RECORDED || f.kind() == FindingKind.RETENTION_FOR_UNKNOWN_ENTRY) {
          assertEquals(PropagationRules.bundled().checkId(f.kind()), f.rule(), "no propagation rule derives " + f.kind());
        }
      }
    }
    assertEquals(EnumSet.allOf(FindingKind.class), seen, "the registers trigger every check");
    assertEquals("C11", PropagationRules.bundled().checkId(FindingKind.CONSENT_NOT_RECORDED));
    assertEquals(FindingKind.values().length, definedIds().size() - PropagationRules.RULE_IDS.size(), "each check its own id");
  }

  @Test
  void aCheckWithoutAnIdOrWithARuleIdIsRefused() throws Exception {
    String builtIn = PropagationRulesTest.builtIn();
    var missing = org.junit.jupiter.api.Assertions.assertThrows(io.github.trygg.core.InvalidInputException.class,
        () -> PropagationRulesTest.read(builtIn.replace("    id: C1\n", "")));
    assertTrue(missing.problems().stream().anyMatch(p -> p.code().equals("missing-property") && p.location().pointer().startsWith("/checks/0")),
        missing.problems().toString());
    var clash = org.junit.jupiter.api.Assertions.assertThrows(io.github.trygg.core.InvalidInputException.class,
        () -> PropagationRulesTest.read(builtIn.replace("    id: C2\n", "    id: R3\n").replace("    id: C4\n", "    id: C3\n")));
    List<String> codes = clash.problems().stream().map(p -> p.code()).toList();
    assertTrue(codes.containsAll(List.of("unknown-value", "duplicate-id")), codes.toString());
  }
}

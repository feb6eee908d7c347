package io.github.trygg.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Problem;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each consistency rule: a register that breaks it is reported with the rule's code, one that keeps it is not. */
class RegisterValidatorTest {
  private static final LocalDate SIGNED = LocalDate.of(2025, 1, 1);

  /** A small consistent register every test starts from. */
  static Register base() {
    return Register.builder()
        .addAssets(InformationAsset.builder().id("notes").name("Notes").personalData(true).specialCategory(true).volume(DataVolume.MANY).build())
        .addSystems(
            InformationSystem.builder().id("dc").name("Datacenter").systemKind(SystemKind.PLATFORM).build(),
            InformationSystem.builder().id("record").name("Record").vendor("acme").hostedOn("dc").addAssetsStored("notes").build(),
            InformationSystem.builder().id("warehouse").name("Warehouse").vendor("cloud").build())
        .addVendors(
            Vendor.builder().id("acme").name("Acme AB").country("SE").role(VendorRole.PROCESSOR).agreementDate(SIGNED).build(),
            Vendor.builder().id("cloud").name("Cloud Inc").country("US").role(VendorRole.PROCESSOR).agreementDate(SIGNED)
                .addSafeguards(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES).build())
        .addIntegrations(Integration.builder().id("export").source("record").target("warehouse").addAssetsSent("notes")
            .transport(TransportProtection.TLS).authentication(IntegrationAuthentication.MUTUAL_TLS).build())
        .addDependencies(Dependency.builder().id("dep").consumer("warehouse").supplier("record").addAspects(SecurityAspect.AVAILABILITY).build())
        .addActivities(ProcessingActivity.builder().id("care").name("Care").purpose("Care").legalBasis(LegalBasis.PUBLIC_TASK)
            .specialCategoryBasis(SpecialCategoryBasis.HEALTH_OR_SOCIAL_CARE).addAssets("notes").addSystems("record").build())
        .build();
  }

  static Set<String> codes(Register r) {
    return r.problems().stream().map(Problem::code).collect(Collectors.toSet());
  }

  static void breaks(String code, UnaryOperator<Register> change) {
    Register broken = change.apply(base());
    List<Problem> problems = broken.problems();
    assertTrue(problems.stream().anyMatch(p -> p.code().equals(code)), code + " not reported; got " + problems);
    assertTrue(problems.stream().allMatch(p -> p.location().pointer().startsWith("/")), problems.toString());
  }

  @Test
  void theBaseRegisterIsConsistent() {
    assertEquals(List.of(), base().problems());
  }

  @Test
  void duplicateIds() {
    breaks("duplicate-id", r -> Register.builder().from(r).addSystems(InformationSystem.builder().id("record").name("Again").build()).build());
  }

  @Test
  void unknownVendorOfASystem() {
    breaks("unknown-reference", r -> replaceSystem(r, InformationSystem.builder().from(r.system("record").orElseThrow()).vendor("nobody").build()));
  }

  @Test
  void hostingOnSomethingThatIsNotAPlatform() {
    breaks("not-a-platform", r -> replaceSystem(r, InformationSystem.builder().from(r.system("record").orElseThrow()).hostedOn("warehouse").build()));
  }

  @Test
  void flowToAMissingSystem() {
    Register broken = Register.builder().from(base()).integrations(List.of(
        Integration.builder().from(base().integration("export").orElseThrow()).target("nowhere").build())).build();
    Problem p = broken.problems().stream().filter(x -> x.code().equals("unknown-reference")).findFirst().orElseThrow();
    assertEquals("/integrations/0/target", p.location().pointer());
  }

  @Test
  void flowWithoutAssetsAndToItself() {
    breaks("flow-without-assets", r -> Register.builder().from(r).integrations(List.of(
        Integration.builder().from(r.integration("export").orElseThrow()).assetsSent(List.of()).build())).build());
    breaks("flow-to-itself", r -> Register.builder().from(r).integrations(List.of(
        Integration.builder().from(r.integration("export").orElseThrow()).target("record").build())).build());
  }

  @Test
  void processorWithoutAgreement() {
    breaks("processor-without-agreement", r -> replaceVendor(r, Vendor.builder().id("acme").name("Acme AB").country("SE").role(VendorRole.PROCESSOR).build()));
    // A supplier that processes nothing on our behalf needs no agreement.
    Register supplier = replaceVendor(base(), Vendor.builder().id("acme").name("Acme AB").country("SE").role(VendorRole.SUPPLIER).build());
    assertEquals(List.of(), supplier.problems());
  }

  @Test
  void thirdCountryVendorWithoutSafeguard() {
    breaks("transfer-without-safeguard", r -> replaceVendor(r, Vendor.builder().from(r.vendor("cloud").orElseThrow()).safeguards(List.of()).build()));
    // Inside the EU/EEA no safeguard is needed.
    Register eea = replaceVendor(base(), Vendor.builder().from(base().vendor("cloud").orElseThrow()).country("NO").safeguards(List.of()).build());
    assertEquals(List.of(), eea.problems());
  }

  @Test
  void unknownCountry() {
    breaks("unknown-country", r -> replaceVendor(r, Vendor.builder().from(r.vendor("acme").orElseThrow()).country("Sverige").build()));
  }

  @Test
  void subProcessorRules() {
    breaks("sub-processor-without-processor", r -> Register.builder().from(r).addVendors(
        Vendor.builder().id("sub").name("Sub").country("SE").role(VendorRole.SUB_PROCESSOR).agreementDate(SIGNED).build()).build());
    breaks("processor-of-not-a-processor", r -> Register.builder().from(r).addVendors(
        Vendor.builder().id("shop").name("Shop").country("SE").role(VendorRole.SUPPLIER).build(),
        Vendor.builder().id("sub").name("Sub").country("SE").role(VendorRole.SUB_PROCESSOR).processorOf("shop").agreementDate(SIGNED).build()).build());
    Register fine = Register.builder().from(base()).addVendors(
        Vendor.builder().id("sub").name("Sub").country("SE").role(VendorRole.SUB_PROCESSOR).processorOf("acme").agreementDate(SIGNED).build()).build();
    assertEquals(List.of(), fine.problems());
  }

  @Test
  void cyclesInHostingCompositionAndSubProcessing() {
    breaks("hosting-cycle", r -> Register.builder().from(r).systems(List.of(
        InformationSystem.builder().id("p1").name("P1").systemKind(SystemKind.PLATFORM).hostedOn("p2").build(),
        InformationSystem.builder().id("p2").name("P2").systemKind(SystemKind.PLATFORM).hostedOn("p1").build())).integrations(List.of()).dependencies(List.of()).activities(List.of()).build());
    breaks("composition-cycle", r -> Register.builder().from(r).addSystems(
        InformationSystem.builder().id("a").name("A").addComponents("b").build(),
        InformationSystem.builder().id("b").name("B").addComponents("a").build()).build());
    breaks("sub-processor-cycle", r -> Register.builder().from(r).addVendors(
        Vendor.builder().id("s1").name("S1").country("SE").role(VendorRole.SUB_PROCESSOR).processorOf("s2").agreementDate(SIGNED).build(),
        Vendor.builder().id("s2").name("S2").country("SE").role(VendorRole.SUB_PROCESSOR).processorOf("s1").agreementDate(SIGNED).build()).build());
  }

  /** Chains far deeper than any real register must be checked, not overflow the stack. */
  @Test
  void veryLongHostingAndCompositionChains() {
    int n = 200_000;
    List<InformationSystem> systems = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      InformationSystem.Builder b = InformationSystem.builder().id("p" + i).name("P" + i).systemKind(SystemKind.PLATFORM);
      if (i + 1 < n) {
        b.hostedOn("p" + (i + 1)).addComponents("p" + (i + 1));
      }
      systems.add(b.build());
    }
    Register chain = Register.builder().systems(systems).build();
    assertEquals(List.of(), chain.problems());
    systems.set(n - 1, InformationSystem.builder().from(systems.get(n - 1)).hostedOn("p0").build());
    List<Problem> cycle = Register.builder().systems(systems).build().problems();
    assertEquals(1, cycle.size(), "one long cycle is one problem");
    assertEquals("hosting-cycle", cycle.get(0).code());
    assertTrue(cycle.get(0).message().startsWith("cycle through p0 → p1 → "), cycle.get(0).message().substring(0, 60));
  }

  @Test
  void inconsistentPersonalDataFlagsAndMissingVolume() {
    breaks("inconsistent-flags", r -> replaceAsset(r, InformationAsset.builder().id("notes").name("Notes").specialCategory(true).build()));
    breaks("missing-volume", r -> replaceAsset(r, InformationAsset.builder().id("notes").name("Notes").personalData(true).build()));
  }

  @Test
  void specialCategoryNeedsAnArticle9Basis() {
    breaks("missing-special-category-basis", r -> Register.builder().from(r).activities(List.of(
        ProcessingActivity.builder().from(r.activity("care").orElseThrow()).specialCategoryBasis(java.util.Optional.empty()).build())).build());
  }

  @Test
  void dependenciesNameIntegrityOrAvailabilityBetweenTwoSystems() {
    breaks("dependency-aspects", r -> Register.builder().from(r).dependencies(List.of(
        Dependency.builder().id("dep").consumer("warehouse").supplier("record").addAspects(SecurityAspect.CONFIDENTIALITY).build())).build());
    breaks("dependency-on-itself", r -> Register.builder().from(r).dependencies(List.of(
        Dependency.builder().id("dep").consumer("record").supplier("record").addAspects(SecurityAspect.AVAILABILITY).build())).build());
  }

  @Test
  void overridesTargetExistingEntriesAndAreDocumented() {
    LevelOverride ok = LevelOverride.builder().id("o").target(new EntryRef(EntryKind.SYSTEM, "warehouse")).aspect(SecurityAspect.CONFIDENTIALITY)
        .level(ConsequenceLevel.SUBSTANTIAL).reason("Only pseudonymised data").approvedBy("CISO").approvedOn(SIGNED).evidence("DPIA-1").build();
    assertEquals(List.of(), Register.builder().from(base()).addOverrides(ok).build().problems());
    breaks("unknown-reference", r -> Register.builder().from(r).addOverrides(
        LevelOverride.builder().from(ok).target(new EntryRef(EntryKind.INTEGRATION, "missing")).build()).build());
    breaks("undocumented-override", r -> Register.builder().from(r).addOverrides(LevelOverride.builder().from(ok).evidence(" ").build()).build());
  }

  private static Register replaceSystem(Register r, InformationSystem s) {
    return Register.builder().from(r).systems(r.systems().stream().map(x -> x.id().equals(s.id()) ? s : x).collect(Collectors.toList())).build();
  }

  private static Register replaceVendor(Register r, Vendor v) {
    return Register.builder().from(r).vendors(r.vendors().stream().map(x -> x.id().equals(v.id()) ? v : x).collect(Collectors.toList())).build();
  }

  private static Register replaceAsset(Register r, InformationAsset a) {
    return Register.builder().from(r).assets(r.assets().stream().map(x -> x.id().equals(a.id()) ? a : x).collect(Collectors.toList())).build();
  }
}

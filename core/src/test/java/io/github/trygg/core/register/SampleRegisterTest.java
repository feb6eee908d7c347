package io.github.trygg.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.Location;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleRegisterTest {
  private final Register register = SampleRegisters.exempelkommun();

  @Test
  void loadsAndValidatesClean() {
    assertEquals(List.of(), register.problems());
    assertTrue(register.systems().size() >= 12 && register.systems().size() <= 20, "systems: " + register.systems().size());
    assertEquals("Exempelkommun", register.organisation().orElseThrow().name());
  }

  @Test
  void hasTheWelfareTechnologyTheDemoNeeds() {
    for (String id : List.of("larmplattform", "larmcentral", "gps-larm", "nattkamera", "lakemedelsrobot", "hemtjanstplanering",
        "journal", "e-tjanst", "arende-arkiv", "sms-gateway", "datalager")) {
      assertTrue(register.system(id).isPresent(), id);
    }
    Set<String> thirdCountry = register.vendors().stream().filter(v -> !v.inEuEea()).map(Vendor::id).collect(Collectors.toSet());
    assertEquals(Set.of("sms-bryggan", "insight", "cloudscale"), thirdCountry);
  }

  @Test
  void mergesTheProductProfileWithTheMunicipalitysUsage() {
    InformationAsset alarms = register.asset("larmhandelser").orElseThrow();
    assertTrue(alarms.specialCategory(), "flag from the vendor's profile");
    assertEquals(ConsequenceLevel.SERIOUS, alarms.levels().get(SecurityAspect.AVAILABILITY), "classification from the usage file");

    Provenance provenance = register.provenance();
    EntryRef ref = alarms.ref();
    assertEquals("product-larmkraft.yaml", provenance.of(ref, "specialCategory").map(Location::source).orElseThrow());
    assertEquals("register.yaml", provenance.of(ref, "classification").map(Location::source).orElseThrow());
    assertEquals(List.of("product-larmkraft.yaml", "register.yaml"), provenance.sources());
    Location declared = provenance.of(ref).orElseThrow();
    assertTrue(declared.line() > 0 && declared.pointer().equals("/assets/0"), declared.toString());

    Vendor larmkraft = register.vendor("larmkraft").orElseThrow();
    assertEquals(LocalDate.of(2024, 5, 2), larmkraft.agreementDate().orElseThrow());
    assertEquals("register.yaml", provenance.of(larmkraft.ref(), "agreementDate").orElseThrow().source());
    assertEquals("product-larmkraft.yaml", provenance.of(larmkraft.ref(), "country").orElseThrow().source());
  }

  @Test
  void roundTripsThroughJsonAndYaml() {
    for (DataFormat format : DataFormat.values()) {
      String text = RegisterWriter.write(register, format);
      Register back = RegisterReader.readSources(List.of(new RegisterReader.Source("copy." + format.name().toLowerCase(), stream(text), format)));
      assertEquals(register, back, format.name());
      assertEquals(text, RegisterWriter.write(back, format), format + " output is stable");
    }
  }

  @Test
  void reportsOverdueReviews() {
    List<OverdueReview> overdue = register.overdueReviews(LocalDate.of(2026, 11, 24));
    Set<String> ids = overdue.stream().map(o -> o.entry().toString()).collect(Collectors.toSet());
    assertTrue(ids.containsAll(Set.of("system:arende-arkiv", "vendor:arkivia", "asset:arkivhandlingar", "asset:socialtjanstarenden",
        "activity:handlaggning", "integration:journal-till-arkiv")), ids.toString());
    assertTrue(ids.stream().noneMatch(id -> id.equals("system:journal")), ids.toString());
    assertTrue(overdue.stream().noneMatch(OverdueReview::neverReviewed), "every sample entry has a review");
    assertTrue(register.overdueReviews(LocalDate.of(2026, 1, 1)).stream().allMatch(o -> o.dueOn().orElseThrow().isBefore(LocalDate.of(2026, 1, 1))));
  }

  static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}

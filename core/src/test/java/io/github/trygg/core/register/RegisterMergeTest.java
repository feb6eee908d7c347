package io.github.trygg.core.register;

import static io.github.trygg.core.register.RegisterTestSources.json;
import static io.github.trygg.core.register.RegisterTestSources.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterMergeTest {
  private static final String PROFILE = "format: trygg-register/1\n"
      + "vendors:\n"
      + "  - id: acme\n"
      + "    name: Acme AB\n"
      + "    country: SE\n"
      + "    role: processor\n"
      + "systems:\n"
      + "  - id: app\n"
      + "    name: Acme App\n"
      + "    vendor: acme\n"
      + "    features: [positioning]\n";

  @Test
  void usageExtendsTheProfileAndListsAreJoined() {
    Register r = RegisterReader.readSources(List.of(yaml("profile.yaml", PROFILE), json("usage.json",
        "{\"format\":\"trygg-register/1\",\"vendors\":[{\"id\":\"acme\",\"agreementDate\":\"2025-02-01\"}],"
            + "\"systems\":[{\"id\":\"app\",\"features\":[\"positioning\",\"camera\"],\"internetExposed\":true}]}")));
    InformationSystem app = r.system("app").orElseThrow();
    assertEquals(List.of(SystemFeature.POSITIONING, SystemFeature.CAMERA), app.features());
    assertTrue(app.internetExposed());
    assertEquals(2, r.provenance().all(app.ref(), "features").size());
    assertEquals("usage.json", r.provenance().of(app.ref(), "internetExposed").orElseThrow().source());
  }

  @Test
  void differentValuesForOneFieldAreAConflictWithBothLocations() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegisterReader.readSources(List.of(yaml("profile.yaml", PROFILE),
        yaml("usage.yaml", "format: trygg-register/1\nvendors:\n  - id: acme\n    country: US\n    agreementDate: 2025-02-01\n"))));
    Problem conflict = e.problems().stream().filter(p -> p.code().equals("conflict")).findFirst().orElseThrow(() -> new AssertionError(e.getMessage()));
    assertEquals("usage.yaml", conflict.location().source());
    assertEquals(4, conflict.location().line());
    assertTrue(conflict.message().contains("profile.yaml:5"), conflict.message());
  }

  @Test
  void aProductProfileAloneCanBeReadWithoutConsistencyChecks() {
    Register profile = RegisterReader.readSourcesUnchecked(List.of(yaml("profile.yaml", PROFILE)));
    assertEquals(1, profile.systems().size());
    assertTrue(profile.problems().stream().anyMatch(p -> p.code().equals("processor-without-agreement")));
    assertThrows(InvalidInputException.class, () -> RegisterReader.readSources(List.of(yaml("profile.yaml", PROFILE))));
  }

  @Test
  void theFormatIsRequiredAndChecked() {
    InvalidInputException missing = assertThrows(InvalidInputException.class, () -> RegisterReader.readSources(List.of(yaml("a.yaml", "name: x\n"))));
    assertEquals("missing-property", missing.problems().get(0).code());
    InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> RegisterReader.readSources(List.of(yaml("a.yaml", "format: trygg-register/9\n"))));
    assertEquals("unsupported-format", wrong.problems().get(0).code());
  }
}

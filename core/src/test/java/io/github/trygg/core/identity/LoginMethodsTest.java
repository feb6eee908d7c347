package io.github.trygg.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.CitationKind;
import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.VerificationStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LoginMethodsTest {
  @ParameterizedTest(name = "{0} gives {1}")
  @CsvSource({
      "bankid-se, SUBSTANTIAL", "freja-eid-plus, SUBSTANTIAL", "freja-eid-without-personnummer, LOW", "skatteverket-eid, HIGH",
      "siths-eid, SUBSTANTIAL", "minid, SUBSTANTIAL", "bankid-no, HIGH", "buypass, HIGH", "commfides, HIGH",
      "idporten-substantial, SUBSTANTIAL", "idporten-high, HIGH", "password-sms-code, LOW", "password, LOW", "email-code, LOW",
      "postal, LOW", "in-person, HIGH"})
  void everyNamedMethodHasItsLevel(String id, AssuranceLevel level) {
    assertEquals(level, LoginMethods.bundled().levelOf(id));
  }

  @Test
  void theLevelsAgreeWithTheNationalScales() {
    LoginMethods m = LoginMethods.bundled();
    assertEquals(AssuranceLevel.fromSwedishTillitsniva(3), m.levelOf("freja-eid-plus"));
    assertEquals(AssuranceLevel.fromSwedishTillitsniva(4), m.levelOf("skatteverket-eid"));
    assertEquals(AssuranceLevel.fromSwedishTillitsniva(2), m.levelOf("freja-eid-without-personnummer"));
    assertEquals(AssuranceLevel.fromIdPortenLevel(3), m.levelOf("minid"));
    assertEquals(AssuranceLevel.fromIdPortenLevel(4), m.levelOf("bankid-no"));
    assertFalse(m.levelOf("password-sms-code").satisfies(AssuranceLevel.SUBSTANTIAL),
        "two factors without a vetted e-ID are not eIDAS substantial (1177 removed password + SMS)");
  }

  @Test
  void everyMethodIsSourcedScopedAndNamedInEveryLanguage() {
    for (LoginMethod m : LoginMethods.bundled().methods()) {
      assertFalse(m.sources().isEmpty(), m.id());
      for (Language l : Language.values()) {
        assertFalse(m.label(l).isBlank(), m.id());
      }
      if (m.id().startsWith("bankid-se") || m.id().startsWith("freja") || m.id().startsWith("skatteverket") || m.id().startsWith("siths")) {
        assertEquals(Set.of(Jurisdiction.SWEDEN), m.scope().jurisdictions(), m.id());
      }
      if (Set.of("minid", "bankid-no", "buypass", "commfides").contains(m.id())) {
        assertEquals(Set.of(Jurisdiction.NORWAY), m.scope().jurisdictions(), m.id());
        assertTrue(m.sources().stream().anyMatch(r -> r.kind() == CitationKind.PREPARATORY_WORK && r.status() == VerificationStatus.VERIFIED), m.id());
      }
    }
    assertEquals(16, LoginMethods.bundled().methods().size());
  }

  @Test
  void anUnknownMethodNamesTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LoginMethods.bundled().levelOf("bankid"));
    assertTrue(e.getMessage().contains("bankid-se"), e.getMessage());
  }

  @Test
  void aHostFileWithoutLevelOrScopeIsRejectedWithLocations() {
    String yaml = """
        format: trygg-login-methods/1
        version: "1"
        methods:
          - {id: kommun-sso, label: {sv: K, nb: K, en: K}, sources: []}
        """;
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> LoginMethods.read("own.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    assertTrue(e.getMessage().contains("level"), e.getMessage());
    assertTrue(e.getMessage().contains("scope"), e.getMessage());
    assertTrue(e.getMessage().contains("own.yaml"), e.getMessage());
  }
}

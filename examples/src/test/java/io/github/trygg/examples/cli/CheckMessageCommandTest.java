package io.github.trygg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class CheckMessageCommandTest {
  @TempDir Path tmp;

  @Test
  void aReminderWithoutHealthDetailsAndTheExceptionsConditionsIsAllowedWithConditions() {
    CliRun run = CliRun.of("check-message", "--jurisdiction", "sweden", "--sector", "healthcare", "--channel", "sms", "--content", "personal-data",
        "--purpose", "reminder-or-summons", "--consent", "explicit-consent", "--control", "risk-analysis-documented",
        "--control", "exception-decision-documented", "--control", "routines-in-place");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("ALLOW WITH CONDITIONS — SE-03"), run.out());
  }

  @Test
  void healthDetailsFoundInTheTextDenyItAndConsentCannotWaiveThat() throws IOException {
    // A personnummer made up now; the output must say where it is, never what it is.
    String pnr = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1941, 2, 17), 511).canonical();
    Path text = tmp.resolve("sms.txt");
    Files.writeString(text, "Påminnelse: provtagning för diabetes torsdag kl 10. Personnummer " + pnr + ".");
    CliRun run = CliRun.of("check-message", "--jurisdiction", "sweden", "--sector", "healthcare", "--channel", "sms", "--content", "personal-data",
        "--purpose", "reminder-or-summons", "--consent", "explicit-consent", "--control", "risk-analysis-documented",
        "--control", "exception-decision-documented", "--control", "routines-in-place", "--text", text.toString(), "--format", "json");
    assertEquals(Trygg.FINDINGS, run.exitCode(), run.toString());
    JsonNode d = run.json();
    assertEquals("DENY", d.get("verdict").asString());
    assertEquals("sensitive", d.get("effectiveContent").asString(), "raised by what was found");
    assertEquals("se-1177-inkorg", d.get("alternative").get("infrastructure").asString());
    boolean consent = false;
    for (JsonNode a : d.get("adjustments")) {
      consent |= a.get("kind").asString().equals("consent-cannot-waive");
    }
    assertTrue(consent, "consent is recorded as unable to waive security: " + d);
    assertFalse(run.out().contains(pnr) || run.out().contains(pnr.substring(2)), "the number is never printed");
    assertTrue(run.out().contains("\"type\" : \"se-personnummer\""), run.out());
  }

  @Test
  void norwegianHealthNetIsForOrganisationsAndBadValuesAreNamed() {
    CliRun ok = CliRun.of("check-message", "--jurisdiction", "norway", "--sector", "healthcare", "--recipient", "organisation",
        "--channel", "secure-infrastructure", "--infrastructure", "no-helsenett", "--content", "sensitive", "--lang", "nb");
    assertTrue(ok.exitCode() == 0, ok.toString());
    CliRun wrong = CliRun.of("check-message", "--jurisdiction", "norway", "--channel", "secure-infrastructure", "--infrastructure", "no-helsenett");
    assertEquals(Trygg.BAD_INPUT, wrong.exitCode(), wrong.toString());
    assertTrue(wrong.err().contains("does not deliver to a recipient of kind INDIVIDUAL"), wrong.err());
    CliRun channel = CliRun.of("check-message", "--jurisdiction", "sweden", "--channel", "fax");
    assertEquals(Trygg.BAD_INPUT, channel.exitCode());
    assertTrue(channel.err().contains("--channel: not a known value; expected one of email, sms, web-portal, secure-infrastructure"), channel.err());
  }
}

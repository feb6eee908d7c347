package io.github.trygg.crypto.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.crypto.pseudonym.InMemoryTokenVault;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.crypto.pseudonym.Technique;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The policy one value at a time: the CSV and JSON runs' matching and values, the caller's counts. */
class RecordValuesTest {
  final Pseudonymisation pseudonymisation = RecordFixtures.pseudonymisation(InMemoryTokenVault.create(), new ArrayList<>());
  final RecordPolicy policy = RecordPolicyTest.sample();
  final RecordValues values = RecordPseudonymiser.builder().policy(policy).pseudonymisation(pseudonymisation).documentId("d").build().values();

  /** Records each outcome by name. */
  static final class Outcomes implements RecordValues.Counter {
    final List<String> seen = new ArrayList<>();

    @Override
    public void pseudonymised() {
      seen.add("pseudonymised");
    }

    @Override
    public void generalised() {
      seen.add("generalised");
    }

    @Override
    public void kept() {
      seen.add("kept");
    }

    @Override
    public void dropped() {
      seen.add("dropped");
    }

    @Override
    public void empty() {
      seen.add("empty");
    }

    @Override
    public void invalid(Problem problem) {
      seen.add("invalid " + problem.code() + " " + problem.location().pointer());
    }
  }

  String label(Optional<RecordValues.Field> f) {
    return f.map(x -> x.rule().label()).orElse("-");
  }

  @Test
  void findsRulesAsTheJsonRunDoes() {
    assertEquals("staff", label(values.at(List.of("staff"))));
    assertEquals("staff", label(values.at(List.of("visits", "*", "staff"))), "a name matches at any depth");
    assertEquals("/visits/*/note", label(values.at(List.of("visits", "*", "note"))));
    assertEquals("-", label(values.at(List.of("note"))), "a pointer counts from the record's start");
    assertEquals("/device/serial", label(values.at(List.of("device", "serial"))));
    assertEquals("staff", label(values.at(List.of("staff", "*"))), "elements take a pseudonymising array's rule");
    assertEquals("staff", label(values.at(List.of("staff", "*", "*"))));
    assertEquals("-", label(values.at(List.of("name", "*"))), "but not a dropping one's");
    assertEquals("-", label(values.at(List.of("other", "*"))));
    assertEquals("-", label(values.at(List.of())));
  }

  @Test
  void giveTheValuesOfACsvRun() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String csv = "staff,birthDate,name\r\nnurse-7,1964-08-23,Anna\r\n";
    RecordPseudonymiser.builder().policy(policy).pseudonymisation(pseudonymisation).documentId("d").build()
        .csv(new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), out, "v.csv", CsvFormat.rfc4180());
    Outcomes outcomes = new Outcomes();
    String staff = values.at(List.of("staff")).orElseThrow().apply("nurse-7", outcomes, () -> Location.of("v", "/staff")).orElseThrow();
    String year = values.at(List.of("birthDate")).orElseThrow().apply("1964-08-23", outcomes, () -> Location.of("v", "/birthDate")).orElseThrow();
    assertTrue(values.at(List.of("name")).orElseThrow().apply("Anna", outcomes, () -> Location.of("v", "/name")).isEmpty());
    assertEquals("staff,birthDate\r\n" + staff + "," + year + "\r\n", out.toString(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(List.of("pseudonymised", "generalised", "dropped"), outcomes.seen);
    assertEquals(values.at(List.of("staff")).orElseThrow().pseudonymiser().orElseThrow().key(), values.keys().get("care-export-2026"));
  }

  @Test
  void invalidValuesAreRejectedOrCountedAsThePolicySays() {
    RecordValues.Field pnr = values.at(List.of("personnummer")).orElseThrow();
    Outcomes outcomes = new Outcomes();
    RecordRejectedException e = assertThrows(RecordRejectedException.class, () -> pnr.apply("19640823-3235", outcomes, () -> Location.of("v", "/p")));
    assertFalse(e.getMessage().contains("3235"));
    assertEquals("/p", e.problems().get(0).location().pointer());

    RecordPolicy opaque = RecordPolicy.builder().from(policy).invalidValues(InvalidValues.OPAQUE).build();
    RecordValues lenient = RecordPseudonymiser.builder().policy(opaque).pseudonymisation(pseudonymisation).documentId("d").build().values();
    String out = lenient.at(List.of("personnummer")).orElseThrow().apply(" 19640823-3235", outcomes, () -> Location.of("v", "/p")).orElseThrow();
    PseudonymisationDomain domain = policy.domain("care-export-2026").orElseThrow();
    assertEquals(pseudonymisation.hmac(domain).pseudonymise("19640823-3235"), out);
    assertEquals(1, outcomes.seen.size());
    assertTrue(outcomes.seen.get(0).startsWith("invalid identity-number") && outcomes.seen.get(0).endsWith(" /p"), outcomes.seen.get(0));
    assertTrue(lenient.at(List.of("personnummer")).orElseThrow().apply(" ", outcomes, () -> Location.of("v", "/p")).orElseThrow().isBlank());
    assertEquals("empty", outcomes.seen.get(1));
  }

  @Test
  void aRuleOfTheCallersOwnUsesThePolicysDomains() {
    RecordValues.Field own = values.field(FieldRule.field("x", FieldAction.Pseudonymise.with(Technique.HMAC_SHA256, "care-export-2026")));
    PseudonymisationDomain domain = policy.domain("care-export-2026").orElseThrow();
    assertEquals(pseudonymisation.hmac(domain).pseudonymise("v"), own.apply("v", new Outcomes(), () -> Location.of("v", "/x")).orElseThrow());
    assertSame(values.at(List.of("staff")).orElseThrow(), values.field(policy.fields().get(4)));
    assertThrows(IllegalArgumentException.class, () -> values.field(FieldRule.field("y", FieldAction.Pseudonymise.with(Technique.HMAC_SHA256, "nowhere"))));
    assertThrows(IllegalArgumentException.class, () -> values.field(FieldRule.field("z", FieldAction.Pseudonymise.with(Technique.HMAC_SHA256, "visit-tokens"))));
  }
}

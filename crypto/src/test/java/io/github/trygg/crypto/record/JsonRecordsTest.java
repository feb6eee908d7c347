package io.github.trygg.crypto.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.SourceArray;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.core.internal.json.SourceScalar;
import io.github.trygg.crypto.pseudonym.InMemoryTokenVault;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.ReidentificationEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRecordsTest {
  final InMemoryTokenVault vault = InMemoryTokenVault.create();
  final List<ReidentificationEvent> events = new ArrayList<>();
  final Pseudonymisation pseudonymisation = RecordFixtures.pseudonymisation(vault, events);
  final RecordPolicy policy = RecordPolicyTest.sample();
  final RecordPseudonymiser records =
      RecordPseudonymiser.builder().policy(policy).pseudonymisation(pseudonymisation).documentId("delivery-2026-11").build();
  final IdentityNumber anna = RecordFixtures.swedish(1964, 8, 23, 323);

  String run(String json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    records.json(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), out, "visits.json");
    return out.toString(StandardCharsets.UTF_8);
  }

  static SourceObject object(String json) {
    return (SourceObject) SourceReader.read("out", json, Format.JSON);
  }

  static String text(SourceNode node) {
    return ((SourceScalar) node).text();
  }

  String record() {
    return "{\"personnummer\": \"" + anna.canonical() + "\", \"name\": \"Anna Öberg\", \"alarmType\": \"fall\","
        + " \"responseMinutes\": 37, \"score\": 1.10, \"big\": 123456789012345678901234567890, \"flag\": true,"
        + " \"device\": {\"serial\": \"SN-1\", \"model\": \"Neat\", \"alarmType\": \"button\"},"
        + " \"visits\": [{\"visitId\": \"V-1\", \"note\": \"said help\", \"staff\": [\"nurse-7\", \"nurse-9\", null]},"
        + "              {\"visitId\": \"V-1\", \"note\": \"fine\", \"staff\": []}],"
        + " \"birthDate\": null, \"customerId\": \"K-4711\", \"extra\": {\"anything\": [1, 2]}}";
  }

  @Test
  void appliesRulesByNameAndPointerAtAnyDepth() {
    SourceObject out = object(run(record()));
    IdentityNumber p = IdentityNumbers.parse(text(out.get("personnummer").orElseThrow()), RecordFixtures.TODAY);
    assertNotEquals(anna, p);
    assertEquals(196, p.birthDate().getYear() / 10);
    assertFalse(out.has("name"));
    assertEquals("fall", text(out.get("alarmType").orElseThrow()));
    assertEquals("30-39", text(out.get("responseMinutes").orElseThrow()));
    // Unlisted scalars are dropped; containers stay as far as something in them is listed.
    assertFalse(out.has("score") || out.has("big") || out.has("flag"));
    SourceObject device = (SourceObject) out.get("device").orElseThrow();
    assertFalse(device.has("serial"));
    assertFalse(device.has("model"));
    assertEquals("button", text(device.get("alarmType").orElseThrow()), "a name rule applies at any depth");
    SourceArray visits = (SourceArray) out.get("visits").orElseThrow();
    SourceObject v0 = (SourceObject) visits.elements().get(0);
    SourceObject v1 = (SourceObject) visits.elements().get(1);
    assertFalse(v0.has("note") || v1.has("note"));
    assertEquals(text(v0.get("visitId").orElseThrow()), text(v1.get("visitId").orElseThrow()), "one token per value in a document");
    SourceArray staff = (SourceArray) v0.get("staff").orElseThrow();
    assertEquals(3, staff.size());
    assertTrue(text(staff.elements().get(0)).startsWith("export.1."), "array elements inherit the field's rule");
    assertNotEquals(text(staff.elements().get(0)), text(staff.elements().get(1)));
    assertTrue(((SourceScalar) staff.elements().get(2)).isNull());
    assertTrue(((SourceScalar) out.members().get("birthDate")).isNull());
    assertTrue(text(out.get("customerId").orElseThrow()).startsWith("export.1."));
    assertEquals("{\"extra\":{\"anything\":[]}}", run("{\"extra\": {\"anything\": [1, 2]}}").trim());
  }

  @Test
  void keptValuesAreWrittenExactly() {
    RecordPolicy keep = RecordPolicy.builder().from(policy).unlisted(UnlistedFields.KEEP).build();
    RecordPseudonymiser r = RecordPseudonymiser.builder().policy(keep).pseudonymisation(pseudonymisation).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.json(new ByteArrayInputStream(record().getBytes(StandardCharsets.UTF_8)), out, "visits.json");
    String json = out.toString(StandardCharsets.UTF_8);
    assertTrue(json.contains("\"score\":1.10"), json);
    assertTrue(json.contains("\"big\":123456789012345678901234567890"), json);
    assertTrue(json.contains("\"extra\":{\"anything\":[1,2]}"), json);
    assertTrue(json.contains("\"flag\":true"), json);
  }

  @Test
  void countsRecordsOfArraysAndJsonLines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String array = "[" + record() + "," + record() + "," + record() + "]";
    RecordReport report = records.json(new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)), out, "a.json");
    assertEquals(3, report.records());
    assertEquals(3, report.fields().get("personnummer").pseudonymised());
    assertEquals(3, report.fields().get("name").dropped());
    assertEquals(6, report.fields().get("/visits/*/note").dropped());
    assertEquals(List.of(), report.unmatchedRules().stream().filter(r -> !r.equals("postcode") && !r.equals("guardian")).toList());
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    String ndjson = record() + "\n" + record() + "\n";
    assertEquals(2, records.json(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), lines, "l.jsonl").records());
    String[] written = lines.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(2, written.length);
    assertEquals(text(object(written[0]).get("personnummer").orElseThrow()), text(object(written[1]).get("personnummer").orElseThrow()));
  }

  @Test
  void whatCannotBeTakenIsRejectedWithLineColumnAndPointer() {
    RecordRejectedException invalid = assertThrows(RecordRejectedException.class,
        () -> run("[{\"alarmType\": \"fall\"},\n {\"personnummer\": \"640823-3235\"}]"));
    assertEquals("identity-number-bad-check-digit", invalid.problems().get(0).code());
    assertEquals(2, invalid.problems().get(0).location().line());
    assertEquals("/1/personnummer", invalid.problems().get(0).location().pointer());
    assertFalse(invalid.getMessage().contains("640823"));
    RecordRejectedException object = assertThrows(RecordRejectedException.class, () -> run("{\"customerId\": {\"id\": \"K-1\"}}"));
    assertEquals("policy-object", object.problems().get(0).code());
    assertEquals("/customerId", object.problems().get(0).location().pointer());
    RecordRejectedException syntax = assertThrows(RecordRejectedException.class, () -> run("{\"name\": \"Anna Öberg\",\n \"x\": tru}"));
    assertEquals("json-syntax", syntax.problems().get(0).code());
    assertEquals(2, syntax.problems().get(0).location().line());
    assertFalse(syntax.getMessage().contains("tru"), syntax.getMessage());
    assertThrows(RecordRejectedException.class, () -> run("{\"name\": \"unterminated"));
  }

  @Test
  void filesAreWrittenWhollyOrNotAtAll(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("v.json");
    Files.writeString(in, "[" + record() + "]");
    assertEquals(1, records.json(in, dir.resolve("out.json")).records());
    Files.writeString(in, "[" + record() + ", {\"personnummer\": \"x\"}]");
    assertThrows(RecordRejectedException.class, () -> records.json(in, dir.resolve("bad.json")));
    assertFalse(Files.exists(dir.resolve("bad.json")));
  }
}

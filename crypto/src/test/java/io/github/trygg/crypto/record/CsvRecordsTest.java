package io.github.trygg.crypto.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.crypto.internal.csv.CsvReader;
import io.github.trygg.crypto.pseudonym.Authorisation;
import io.github.trygg.crypto.pseudonym.InMemoryTokenVault;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.ReidentificationEvent;
import io.github.trygg.crypto.pseudonym.Technique;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordsTest {
  final InMemoryTokenVault vault = InMemoryTokenVault.create();
  final List<ReidentificationEvent> events = new ArrayList<>();
  final Pseudonymisation pseudonymisation = RecordFixtures.pseudonymisation(vault, events);
  final RecordPolicy policy = RecordPolicyTest.sample();
  final IdentityNumber anna = RecordFixtures.swedish(1964, 8, 23, 323);
  final IdentityNumber bo = RecordFixtures.swedish(1938, 2, 1, 457);
  final IdentityNumber guardian = RecordFixtures.swedish(1961, 5, 5, 238);

  RecordPseudonymiser records(RecordPolicy p) {
    return RecordPseudonymiser.builder().policy(p).pseudonymisation(pseudonymisation).documentId("delivery-2026-11").build();
  }

  String input() {
    return "personnummer,guardian,customerId,visitId,staff,birthDate,postcode,responseMinutes,name,alarmType,comment\r\n"
        + anna.tenDigitForm(RecordFixtures.TODAY) + "," + guardian.canonical() + ",K-4711,V-1,nurse-7,1964-08-23,41319,37,\"Öberg, Anna\",fall,\"said \"\"help\"\"\"\r\n"
        + bo.canonical() + ",,K-4712,V-1,nurse-7,19380201,11122,4.5,Bo Ek,button,\r\n"
        + anna.canonical() + "," + guardian.canonical().substring(2) + ",K-4711,V-2,nurse-9," + anna.canonical() + ",413,120,\"x\ny\",fall,\r\n";
  }

  static List<List<String>> parse(String csv) throws IOException {
    CsvReader reader = new CsvReader(new StringReader(csv), ',', 10_000);
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r = reader.next(); r != null; r = reader.next()) {
      rows.add(r);
    }
    return rows;
  }

  RecordReport run(RecordPseudonymiser r, String csv, ByteArrayOutputStream out) {
    return r.csv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), out, "visits.csv", CsvFormat.rfc4180());
  }

  @Test
  void appliesEveryRuleOfThePolicy() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordReport report = run(records(policy), input(), out);
    List<List<String>> rows = parse(out.toString(StandardCharsets.UTF_8));
    assertEquals(List.of("personnummer", "guardian", "customerId", "visitId", "staff", "birthDate", "postcode", "responseMinutes", "alarmType"), rows.get(0));
    List<String> first = rows.get(1);
    List<String> second = rows.get(2);
    List<String> third = rows.get(3);

    // Format-valid, same written form, same decade; the same person gets the same pseudonym.
    IdentityNumber p1 = IdentityNumbers.parse(first.get(0), RecordFixtures.TODAY);
    assertEquals(11, first.get(0).length());
    assertEquals(196, p1.birthDate().getYear() / 10);
    assertNotEquals(anna, p1);
    assertEquals(p1, IdentityNumbers.parse(third.get(0), RecordFixtures.TODAY));
    assertEquals(12, third.get(0).length());
    // One-way identity pseudonyms ignore the written form; empty values stay empty.
    assertEquals(first.get(1), third.get(1));
    assertEquals(pseudonymisation.hmac(policy.domain("care-export-2026").orElseThrow()).pseudonymise(guardian.canonical()), first.get(1));
    assertEquals("", second.get(1));
    // Reversible, audited.
    assertEquals(first.get(2), third.get(2));
    assertEquals("K-4711", pseudonymisation.reidentifier(policy.domain("care-export-2026").orElseThrow(), Technique.AES_SIV)
        .reidentify(first.get(2), Authorisation.of("anna", "dpo", "audit of the export")));
    // Document tokens link within the delivery only.
    assertEquals(first.get(3), second.get(3));
    assertNotEquals(first.get(3), third.get(3));
    assertEquals(2, vault.size());
    assertEquals(first.get(4), second.get(4));
    // Generalised.
    assertEquals(List.of("1964", "1938", "1964"), List.of(first.get(5), second.get(5), third.get(5)));
    assertEquals(List.of("413", "111", "413"), List.of(first.get(6), second.get(6), third.get(6)));
    assertEquals(List.of("30-39", "0-9", "120-129"), List.of(first.get(7), second.get(7), third.get(7)));
    assertEquals(List.of("fall", "button", "fall"), List.of(first.get(8), second.get(8), third.get(8)));
    // Nothing of the dropped or unlisted columns is left.
    String text = out.toString(StandardCharsets.UTF_8);
    assertFalse(text.contains("Öberg") || text.contains("help") || text.contains("K-4711") || text.contains(anna.canonical()));

    assertEquals(3, report.records());
    assertEquals("care-export", report.policyId());
    assertEquals(3, report.policyRevision());
    assertEquals(input().getBytes(StandardCharsets.UTF_8).length, report.bytesRead());
    assertEquals(out.size(), report.bytesWritten());
    assertEquals(3, report.fields().get("personnummer").pseudonymised());
    assertEquals(1, report.fields().get("guardian").empty());
    assertEquals(3, report.fields().get("name").dropped());
    assertEquals(3, report.fields().get("comment").dropped());
    assertEquals(3, report.fields().get("alarmType").kept());
    assertEquals(new KeyRef("export", 1), report.keys().get("care-export-2026"));
    assertEquals(List.of("/device/serial", "/visits/*/note"), report.unmatchedRules());
    assertEquals(0, report.invalid());
  }

  @Test
  void invalidIdentityNumbersAreRejectedWithTheirLocation() {
    String csv = input() + "640823-3235,,K-1,V-3,n,1964-08-23,1,1,x,fall,\r\n";
    RecordRejectedException e = assertThrows(RecordRejectedException.class, () -> run(records(policy), csv, new ByteArrayOutputStream()));
    assertEquals("identity-number-bad-check-digit", e.problems().get(0).code());
    assertEquals(6, e.problems().get(0).location().line());
    assertEquals("/personnummer", e.problems().get(0).location().pointer());
    assertFalse(e.getMessage().contains("640823"), e.getMessage());
  }

  @Test
  void orPseudonymisedOpaquelyAndCounted() throws IOException {
    RecordPolicy opaque = RecordPolicy.builder().from(policy).invalidValues(InvalidValues.OPAQUE).build();
    String csv = input() + "640823-3235,not-a-number,K-1,V-3,n,23/8/1964,1,many,x,fall,\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordReport report = run(records(opaque), csv, out);
    List<String> last = parse(out.toString(StandardCharsets.UTF_8)).get(4);
    String hmac = pseudonymisation.hmac(policy.domain("care-export-2026").orElseThrow()).pseudonymise("640823-3235");
    assertEquals(hmac, last.get(0));
    assertEquals("", last.get(5));
    assertEquals("", last.get(7));
    assertEquals(4, report.invalid());
    assertEquals(1, report.fields().get("personnummer").invalidByCode().get("identity-number-bad-check-digit"));
    assertEquals(1, report.fields().get("birthDate").invalid());
    assertEquals(4, report.invalidValues().size());
    assertTrue(report.invalidValues().stream().allMatch(p -> p.location().line() == 6));
    assertFalse(report.invalidValues().toString().contains("640823"));
  }

  @Test
  void malformedFilesAreRejectedWithTheirLocation() {
    RecordPseudonymiser r = records(policy);
    RecordRejectedException count = assertThrows(RecordRejectedException.class, () -> run(r, input() + "a,b\r\n", new ByteArrayOutputStream()));
    assertEquals("csv-field-count", count.problems().get(0).code());
    assertEquals(6, count.problems().get(0).location().line());
    RecordRejectedException quote = assertThrows(RecordRejectedException.class, () -> run(r, "a,b\r\nx,\"open\r\n", new ByteArrayOutputStream()));
    assertEquals("csv-unterminated", quote.problems().get(0).code());
    RecordRejectedException dup = assertThrows(RecordRejectedException.class, () -> run(r, "name,name\r\n", new ByteArrayOutputStream()));
    assertEquals("csv-duplicate-column", dup.problems().get(0).code());
    byte[] latin1 = "name\r\nÖberg\r\n".getBytes(StandardCharsets.ISO_8859_1);
    RecordRejectedException encoding = assertThrows(RecordRejectedException.class,
        () -> r.csv(new ByteArrayInputStream(latin1), new ByteArrayOutputStream(), "x.csv", CsvFormat.rfc4180()));
    assertEquals("not-utf-8", encoding.problems().get(0).code());
  }

  @Test
  void filesAreWrittenWhollyOrNotAtAll(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("visits.csv");
    Path out = dir.resolve("visits.pseudonymised.csv");
    Files.writeString(in, input().replace(',', ';'));
    RecordReport report = records(policy).csv(in, out, CsvFormat.delimitedBy(';'));
    assertEquals(3, report.records());
    assertEquals("visits.csv", report.source());
    assertTrue(Files.readString(out).startsWith("personnummer;guardian;"));
    Path failed = dir.resolve("failed.csv");
    Files.writeString(in, input() + "640823-3235,,K,V,n,1,1,1,x,y,\r\n");
    assertThrows(RecordRejectedException.class, () -> records(policy).csv(in, failed, CsvFormat.rfc4180()));
    assertFalse(Files.exists(failed));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("visits.csv", "visits.pseudonymised.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void unlistedColumnsCanBeKept() throws IOException {
    RecordPolicy keep = RecordPolicy.builder().from(policy).unlisted(UnlistedFields.KEEP).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordReport report = run(records(keep), input(), out);
    assertEquals("comment", parse(out.toString(StandardCharsets.UTF_8)).get(0).get(9));
    assertEquals("said \"help\"", parse(out.toString(StandardCharsets.UTF_8)).get(1).get(9));
    assertEquals(3, report.fields().get("comment").kept());
  }
}

package io.github.trygg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.record.RecordReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Struct and array columns: rules by name at any depth and by pointer, as in JSON records. */
class NestedTest {
  static final String POLICY = """
      format: trygg-record-policy
      version: 1
      id: nested
      unlisted: drop
      invalidValues: opaque
      domains:
        - {name: care, purpose: Follow-up, keyId: export, reidentifierRoles: [dpo]}
      fields:
        - {field: personnummer, action: pseudonymise, technique: identity-hmac, domain: care}
        - {pointer: /patient/name, action: drop}
        - {field: birthDate, action: generalise, to: decade}
        - {field: staff, action: pseudonymise, technique: hmac-sha256, domain: care}
        - {pointer: /visits/*/note, action: drop}
        - {field: minutes, action: generalise, to: range, width: 10}
        - {field: tags, action: pseudonymise, technique: aes-siv, domain: care}
        - {field: alarmType, action: keep}
        - {pointer: /visits/*/code, action: keep}
      """;

  @TempDir
  Path dir;

  static Path jsonLines(Path file, int rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1930, 1, 1).toEpochDay(), LocalDate.of(2020, 1, 1).toEpochDay()));
      String pnr = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth, random.nextInt(1, 1000)).canonical();
      if (i % 25 == 24) {
        pnr = pnr.substring(0, 11) + (char) ('0' + (pnr.charAt(11) - '0' + 1) % 10);
      }
      StringBuilder visits = new StringBuilder();
      int n = random.nextInt(0, 4);
      for (int v = 0; v < n; v++) {
        visits.append(v == 0 ? "" : ",").append("{\"staff\":\"nurse-").append(random.nextInt(50)).append("\",\"note\":\"note ").append(random.nextInt(1000))
            .append("\",\"minutes\":").append(random.nextInt(240)).append(",\"code\":").append(random.nextInt(9)).append('}');
      }
      lines.add("{\"id\":\"r" + i + "\",\"patient\":{\"personnummer\":\"" + pnr + "\",\"name\":\"Person " + i + "\",\"birthDate\":\"" + birth
          + "\",\"phones\":[\"070-" + random.nextInt(1_000_000) + "\"]},\"visits\":[" + visits + "],\"tags\":[\"t" + random.nextInt(5) + "\",\"t"
          + random.nextInt(5) + "\"],\"alarmType\":\"fall\"}");
    }
    return Files.write(file, lines);
  }

  @Test
  void structAndArrayMembersGetTheValuesTheJsonRunGives() throws IOException {
    SparkSession spark = TestSpark.session();
    Path keys = Fixtures.keyFile(dir);
    Path in = jsonLines(dir.resolve("visits.jsonl"), 400, 7L);
    RecordPolicy policy = Fixtures.policy(POLICY);

    Path single = dir.resolve("single.jsonl");
    RecordReport expected = RecordPseudonymiser.builder().policy(policy).pseudonymisation(Fixtures.pseudonymisation(keys)).build().json(in, single);
    SparkPseudonymiser trygg = SparkPseudonymiser.builder().policy(policy).keys(ExecutorKeys.keyFile(keys.toString())).clock(Fixtures.CLOCK).build();
    PseudonymisedDataset result = trygg.pseudonymise(DatasetFormat.JSON_LINES.read(spark, in.toString()), "visits.jsonl");

    // The documented schema: dropped members gone, pseudonymised leaves text, the rest as it was.
    assertEquals(List.of("alarmType", "patient", "tags", "visits"), Arrays.asList(result.dataset().columns()));
    assertEquals("struct<alarmType:string,patient:struct<birthDate:string,personnummer:string,phones:array<string>>,tags:array<string>,"
        + "visits:array<struct<code:bigint,minutes:string,staff:string>>>", result.dataset().schema().simpleString());

    Path out = dir.resolve("spark-out");
    DatasetFormat.JSON_LINES.write(result.dataset(), out.toString());
    RecordReport report = result.report();

    Dataset<Row> fromSpark = DatasetFormat.JSON_LINES.read(spark, out.toString());
    Dataset<Row> fromSingle = DatasetFormat.JSON_LINES.read(spark, single.toString());
    assertEquals(fromSingle.schema(), fromSpark.schema());
    List<List<String>> rows = Fixtures.sorted(fromSpark);
    assertEquals(Fixtures.sorted(fromSingle), rows);
    assertTrue(rows.get(0).get(1).contains("export.1."), rows.get(0).get(1));
    assertTrue(rows.stream().allMatch(r -> r.get(1).contains("WrappedArray()") || r.get(1).contains("ArraySeq()") || r.get(1).endsWith(",List()]") || r.get(1).contains("[]")),
        "unlisted phone numbers are dropped, leaving an empty array: " + rows.get(0).get(1));

    assertEquals(expected.records(), report.records());
    assertEquals(400 / 25, report.invalid());
    assertEquals(expected.invalid(), report.invalid());
    for (String label : List.of("personnummer", "birthDate", "staff", "minutes", "tags")) {
      assertEquals(expected.fields().get(label), report.fields().get(label), label);
    }
    assertFalse(report.unmatchedRules().contains("/visits/*/note"));
  }

  @Test
  void aRuleThatCannotApplyToTheSchemaIsRefusedWithItsPlace() throws IOException {
    SparkSession spark = TestSpark.session();
    Path keys = Fixtures.keyFile(dir);
    Dataset<Row> visits = DatasetFormat.JSON_LINES.read(spark, jsonLines(dir.resolve("v.jsonl"), 5, 1L).toString());
    ExecutorKeys executorKeys = ExecutorKeys.keyFile(keys.toString());

    SparkPseudonymiser structRule = SparkPseudonymiser.builder().keys(executorKeys)
        .policy(Fixtures.policy(POLICY.replace("{pointer: /patient/name, action: drop}", "{field: patient, action: pseudonymise, technique: hmac-sha256, domain: care}")))
        .build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> structRule.pseudonymise(visits));
    assertEquals("policy-object", e.problems().get(0).code());
    assertEquals("/patient", e.problems().get(0).location().pointer());

    SparkPseudonymiser indexRule = SparkPseudonymiser.builder().keys(executorKeys)
        .policy(Fixtures.policy(POLICY.replace("/visits/*/note", "/visits/0/note"))).build();
    e = assertThrows(InvalidInputException.class, () -> indexRule.pseudonymise(visits));
    assertEquals("spark-array-index", e.problems().get(0).code());

    SparkPseudonymiser plain = SparkPseudonymiser.builder().keys(executorKeys).policy(Fixtures.policy(POLICY)).build();
    Dataset<Row> withMap = spark.sql("SELECT map('personnummer', '196408233234') AS extra, 'fall' AS alarmType");
    e = assertThrows(InvalidInputException.class, () -> plain.pseudonymise(withMap));
    assertEquals("spark-map-column", e.problems().get(0).code());
    assertEquals("/extra", e.problems().get(0).location().pointer());

    SparkPseudonymiser mapDropped = SparkPseudonymiser.builder().keys(executorKeys)
        .policy(Fixtures.policy(POLICY + "  - {field: extra, action: drop}\n")).build();
    assertEquals(List.of("alarmType"), Arrays.asList(mapDropped.pseudonymise(withMap).dataset().columns()));
  }
}

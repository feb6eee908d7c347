package io.github.trygg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.record.FieldCounts;
import io.github.trygg.crypto.record.RecordReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invalid identity numbers: rejected or made opaque as the policy says, counted, never repeated. */
class InvalidValuesTest {
  static final String INVALID = "19640823-3235"; // 19640823-3234 with a wrong check digit

  @TempDir
  Path dir;

  Path csv() throws IOException {
    return Files.writeString(dir.resolve("in.csv"), "personnummer,guardian,alarmType\r\n"
        + "19640823-3234,,fall\r\n" + INVALID + ",not a number,door\r\n" + ",,smoke\r\n", StandardCharsets.UTF_8);
  }

  @Test
  void opaqueValuesAreCountedByField() throws IOException {
    SparkSession spark = TestSpark.session();
    SparkPseudonymiser trygg = SparkPseudonymiser.builder().policy(Fixtures.policy()).keys(ExecutorKeys.keyFile(Fixtures.keyFile(dir).toString()))
        .clock(Fixtures.CLOCK).build();
    PseudonymisedDataset result = trygg.pseudonymise(DatasetFormat.CSV.read(spark, csv().toString()), "in.csv");
    assertEquals(3, result.dataset().collectAsList().size());
    RecordReport report = result.report();
    assertEquals(3, report.records());
    assertEquals(2, report.invalid());
    FieldCounts pnr = report.fields().get("personnummer");
    assertEquals(1, pnr.invalid());
    assertEquals(1, pnr.pseudonymised());
    assertEquals(1, pnr.empty());
    assertEquals(1, report.fields().get("guardian").invalid());
    assertEquals(2, report.fields().get("guardian").empty());
    assertEquals(3, report.fields().get("alarmType").kept());
    assertEquals(1, pnr.invalidByCode().size());
  }

  @Test
  void rejectStopsTheJobWithoutRepeatingTheValue() throws IOException {
    SparkSession spark = TestSpark.session();
    SparkPseudonymiser trygg = SparkPseudonymiser.builder().policy(Fixtures.policy(Fixtures.POLICY.replace("invalidValues: opaque", "invalidValues: reject")))
        .keys(ExecutorKeys.keyFile(Fixtures.keyFile(dir).toString())).clock(Fixtures.CLOCK).build();
    String out = dir.resolve("out").toString();
    Exception e = assertThrows(Exception.class, () -> trygg.run(spark, csv().toString(), DatasetFormat.CSV, out, DatasetFormat.PARQUET));
    boolean rejected = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      assertFalse(message.contains(INVALID) || message.contains("196408233235") || message.contains("6408233235"), message);
      rejected |= t.getClass().getSimpleName().equals("RecordRejectedException") || message.contains("field 'personnummer'");
    }
    assertTrue(rejected, "the cause names the field: " + e);
    assertFalse(Files.exists(dir.resolve("out").resolve("_SUCCESS")), "nothing is committed");

    TestSpark.flushEventLog();
    StringBuilder all = new StringBuilder();
    for (Path f : TestSpark.eventLogFiles()) {
      all.append(Files.readString(f, StandardCharsets.UTF_8));
    }
    String log = all.toString();
    assertTrue(log.contains("SparkListenerTaskEnd") && log.contains("field 'personnummer'"), "the event log holds the failed task's reason");
    assertFalse(log.contains(INVALID) || log.contains("196408233235"), "the event log repeats an invalid value");
  }
}

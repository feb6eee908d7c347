package io.github.trygg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.record.CsvFormat;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.record.RecordReport;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same CSV, policy and key through the single-process pseudonymiser and through Spark. */
class ParityTest {
  @TempDir
  Path dir;

  @Test
  void sparkWritesTheValuesTheSingleProcessPseudonymiserWrites() {
    SparkSession spark = TestSpark.session();
    Path keys = Fixtures.keyFile(dir);
    Path csv = Fixtures.visitsCsv(dir.resolve("visits.csv"), 3_000, 20261124L, 97);
    RecordPolicy policy = Fixtures.policy();

    Path single = dir.resolve("single.csv");
    RecordReport expected = RecordPseudonymiser.builder().policy(policy).pseudonymisation(Fixtures.pseudonymisation(keys)).build()
        .csv(csv, single, CsvFormat.rfc4180());

    SparkPseudonymiser trygg = SparkPseudonymiser.builder().policy(policy).keys(ExecutorKeys.keyFile(keys.toString())).clock(Fixtures.CLOCK).build();
    Path out = dir.resolve("spark-out");
    RecordReport report = trygg.run(spark, csv.toString(), DatasetFormat.CSV, out.toString(), DatasetFormat.CSV);

    Dataset<Row> fromSpark = DatasetFormat.CSV.read(spark, out.toString());
    Dataset<Row> fromSingle = DatasetFormat.CSV.read(spark, single.toString());
    assertEquals(Arrays.asList(fromSingle.columns()), Arrays.asList(fromSpark.columns()));
    List<List<String>> sparkRows = Fixtures.sorted(fromSpark);
    List<List<String>> singleRows = Fixtures.sorted(fromSingle);
    assertEquals(3_000, sparkRows.size());
    assertEquals(singleRows, sparkRows);

    // Not trivially equal: every technique changed what it touched, and invalid numbers were met.
    List<List<String>> input = Fixtures.sorted(DatasetFormat.CSV.read(spark, csv.toString()).select("personnummer", "customerId", "visitId"));
    assertNotEquals(input.get(0).get(0), sparkRows.get(0).get(0));
    assertTrue(sparkRows.stream().allMatch(r -> r.get(2).startsWith("export.1.") && r.get(3).startsWith("export.1.")));
    assertEquals(3_000 / 97, expected.invalid());

    assertEquals(expected.records(), report.records());
    assertEquals(expected.invalid(), report.invalid());
    assertEquals(expected.fields(), report.fields());
    assertEquals(expected.keys(), report.keys());
    assertEquals(expected.unmatchedRules(), report.unmatchedRules());
  }
}

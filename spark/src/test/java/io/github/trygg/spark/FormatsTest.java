package io.github.trygg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.trygg.crypto.record.RecordPolicy;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet, CSV and JSON Lines in and out give the same values. */
class FormatsTest {
  @TempDir
  Path dir;

  @Test
  void everyFormatInAndOutGivesTheSameValues() {
    SparkSession spark = TestSpark.session();
    Path keys = Fixtures.keyFile(dir);
    Path csv = Fixtures.visitsCsv(dir.resolve("visits.csv"), 200, 3L, 40);
    RecordPolicy policy = Fixtures.policy();
    SparkPseudonymiser trygg = SparkPseudonymiser.builder().policy(policy).keys(ExecutorKeys.keyFile(keys.toString())).clock(Fixtures.CLOCK).build();

    Dataset<Row> input = DatasetFormat.CSV.read(spark, csv.toString());
    String parquetIn = dir.resolve("in.parquet").toString();
    String jsonIn = dir.resolve("in.jsonl").toString();
    DatasetFormat.PARQUET.write(input, parquetIn);
    DatasetFormat.JSON_LINES.write(input, jsonIn);

    String[] columns = {"personnummer", "guardian", "customerId", "visitId", "birthDate", "postcode", "responseMinutes", "alarmType"};
    trygg.run(spark, csv.toString(), DatasetFormat.CSV, dir.resolve("a").toString(), DatasetFormat.PARQUET);
    trygg.run(spark, parquetIn, DatasetFormat.PARQUET, dir.resolve("b").toString(), DatasetFormat.JSON_LINES);
    trygg.run(spark, jsonIn, DatasetFormat.JSON_LINES, dir.resolve("c").toString(), DatasetFormat.CSV_LINES);
    List<List<String>> a = Fixtures.sorted(DatasetFormat.PARQUET.read(spark, dir.resolve("a").toString()).select(columns[0], columns));
    List<List<String>> b = Fixtures.sorted(DatasetFormat.JSON_LINES.read(spark, dir.resolve("b").toString()).select(columns[0], columns));
    List<List<String>> c = Fixtures.sorted(DatasetFormat.CSV.read(spark, dir.resolve("c").toString()).select(columns[0], columns));
    assertEquals(200, a.size());
    assertEquals(a, b);
    assertEquals(a, c);
  }
}

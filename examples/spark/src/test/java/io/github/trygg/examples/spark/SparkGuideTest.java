package io.github.trygg.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.pseudonym.Authorisation;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.ReidentificationDeniedException;
import io.github.trygg.crypto.pseudonym.ReidentificationEvent;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordReport;
import io.github.trygg.spark.ExecutorKeys;
import io.github.trygg.spark.ReidentificationSummary;
import io.github.trygg.spark.SparkReidentifier;
import io.github.trygg.spark.SqlFunctions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/spark.md's snippets, run in local mode on generated alarm visits: {@link SparkGuide}, and the
 * guide's SQL exactly as it is printed.
 */
class SparkGuideTest {
  private static final int ROWS = 300;
  private static final Path POLICY = Path.of("care-export.policy.yaml");

  @TempDir static Path dir;
  private static SparkSession spark;
  private static String keyFile;
  private static String visits;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("trygg-spark-guide")
        .config("spark.ui.enabled", false).config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", 2).config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
    Path keys = dir.resolve("keys.json");
    KeyFileProvider.create(keys, "export");
    keyFile = keys.toString();
    visits = dir.resolve("visits").toString();
    PseudonymiseVisits.generate(spark, ROWS, 2).write().parquet(visits);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Set<String> column(Dataset<Row> ds, String name) {
    return ds.select(name).collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
  }

  @Test
  void aDatasetIsPseudonymisedByThePolicyAndReversedForTheDpoOnly() {
    String export = dir.resolve("export").toString();
    RecordReport report = SparkGuide.pseudonymise(spark, POLICY, keyFile, visits, export);
    assertEquals(ROWS, report.records());
    Dataset<Row> in = spark.read().parquet(visits);
    Dataset<Row> out = spark.read().parquet(export);
    assertEquals(List.of("personnummer", "customerId", "visitId", "birthDate", "postcode", "responseMinutes", "alarmType"), Arrays.asList(out.columns()));
    assertEquals(ROWS, out.count());
    Set<String> numbers = column(in, "personnummer");
    assertTrue(column(out, "personnummer").stream().noneMatch(numbers::contains), "no input identity number is left");
    assertTrue(column(out, "visitId").stream().allMatch(v -> v.startsWith("export.1.")));
    assertTrue(column(out, "birthDate").stream().allMatch(v -> v.matches("\\d{4}")));

    List<ReidentificationEvent> auditLog = new ArrayList<>();
    RecordPolicy policy = RecordPolicy.read(POLICY);
    String back = dir.resolve("reidentified").toString();
    ReidentificationSummary summary = SparkGuide.reidentify(policy, keyFile, auditLog, out, back);
    assertEquals(2, summary.domains().size(), "identity-fpe and aes-siv");
    summary.domains().forEach(d -> assertEquals(ROWS, d.granted(), d.toString()));
    assertEquals(List.of(ReidentificationEvent.Outcome.GRANTED, ReidentificationEvent.Outcome.GRANTED),
        auditLog.stream().map(ReidentificationEvent::outcome).toList());
    Dataset<Row> reidentified = spark.read().parquet(back);
    assertEquals(pairs(in), pairs(reidentified), "every person and visit is back");

    // Another role gets a DENIED event and nothing written.
    String denied = dir.resolve("denied").toString();
    assertThrows(ReidentificationDeniedException.class, () -> SparkReidentifier.builder().policy(policy).keys(ExecutorKeys.keyFile(keyFile))
        .audit(auditLog::add).build().reidentify(out, "visits-2026", new Authorisation("b.ek", "analyst", "Curiosity", "-"),
            ds -> ds.write().parquet(denied)));
    assertEquals(ReidentificationEvent.Outcome.DENIED, auditLog.get(auditLog.size() - 1).outcome());
    assertFalse(Files.exists(Path.of(denied)));
  }

  private static Set<String> pairs(Dataset<Row> ds) {
    return ds.select("personnummer", "visitId").collectAsList().stream().map(r -> r.getString(0) + "/" + r.getString(1)).collect(Collectors.toSet());
  }

  /** The SQL block of docs/spark.md, as printed, over a view named as it names it. */
  @Test
  void theGuidesSqlRunsThroughTheRegisteredFunctions() throws IOException {
    SqlFunctions functions = SparkGuide.sqlFunctions(spark, RecordPolicy.read(POLICY), keyFile);
    spark.read().parquet(visits).selectExpr("personnummer", "customerId AS customer_id", "birthDate AS birth_date", "postcode",
        "responseMinutes AS response_minutes").createOrReplaceTempView("visits");
    List<Row> rows = spark.sql(docSnippet("spark-sql")).collectAsList();
    assertEquals(ROWS, rows.size());
    Set<String> persons = new HashSet<>();
    for (Row r : rows) {
      assertTrue(r.getString(r.fieldIndex("person")).startsWith("export.1."));
      assertTrue(r.getString(r.fieldIndex("customer")).startsWith("export.1."));
      assertTrue(r.getString(r.fieldIndex("born")).matches("\\d{4}"), r.toString());
      assertEquals(3, r.getString(r.fieldIndex("area")).length());
      assertTrue(r.getString(r.fieldIndex("minutes")).matches("\\d+-\\d+"), r.toString());
      persons.add(r.getString(r.fieldIndex("person")));
    }
    assertEquals(ROWS, persons.size(), "one pseudonym per person");
    assertFalse(functions.counts().isEmpty());
  }

  /** The block marked {@code <!-- snippet: name -->} in docs/spark.md (examples' DocSnippetsTest checks the markers). */
  static String docSnippet(String name) throws IOException {
    String doc = Files.readString(Path.of("../../docs/spark.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<!-- snippet: " + name + " -->\\s*```\\w*\\n(.*?)\\n```", Pattern.DOTALL).matcher(doc);
    assertTrue(m.find(), "docs/spark.md has no snippet " + name);
    return m.group(1);
  }
}

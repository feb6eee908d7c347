package io.github.trygg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.pseudonym.Authorisation;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.ReidentificationDeniedException;
import io.github.trygg.crypto.pseudonym.ReidentificationEvent;
import io.github.trygg.crypto.pseudonym.Technique;
import io.github.trygg.crypto.record.RecordPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-identification of a Dataset: authorised, audited once per job and domain, across key versions. */
class ReidentificationTest {
  static final Authorisation DPO = new Authorisation("a.berg", "dpo", "Access request", "DSR-2026-17");

  @TempDir
  Path dir;

  @Test
  void anAuthorisedJobRecoversTheValuesAndWritesOneEventPerDomainAndTechnique() {
    SparkSession spark = TestSpark.session();
    Path keys = Fixtures.keyFile(dir);
    Path csv = Fixtures.visitsCsv(dir.resolve("visits.csv"), 300, 5L, 0);
    RecordPolicy policy = Fixtures.policy();
    ExecutorKeys executorKeys = ExecutorKeys.keyFile(keys.toString());
    Path pseudonymised = dir.resolve("pseudonymised");
    SparkPseudonymiser.builder().policy(policy).keys(executorKeys).clock(Fixtures.CLOCK).build()
        .run(spark, csv.toString(), DatasetFormat.CSV, pseudonymised.toString(), DatasetFormat.PARQUET);

    List<ReidentificationEvent> events = new ArrayList<>();
    SparkReidentifier reverse = SparkReidentifier.builder().policy(policy).keys(executorKeys).audit(events::add).clock(Fixtures.CLOCK).build();
    Path out = dir.resolve("reidentified");
    ReidentificationSummary summary = reverse.reidentify(spark.read().parquet(pseudonymised.toString()), "visits-2026", DPO,
        ds -> DatasetFormat.PARQUET.write(ds, out.toString()));

    List<List<String>> original = Fixtures.sorted(DatasetFormat.CSV.read(spark, csv.toString()).select("personnummer", "visitId"));
    List<List<String>> recovered = Fixtures.sorted(spark.read().parquet(out.toString()).select("personnummer", "visitId"));
    assertEquals(original, recovered);

    assertEquals(2, events.size());
    for (ReidentificationEvent e : events) {
      assertEquals(ReidentificationEvent.Outcome.GRANTED, e.outcome());
      assertEquals(DPO, e.authorisation());
      assertEquals("care-export-2026", e.domain());
      assertTrue(e.pseudonym().startsWith("dataset visits-2026, job "), e.pseudonym());
    }
    assertEquals(List.of(Technique.IDENTITY_FPE, Technique.AES_SIV), events.stream().map(ReidentificationEvent::technique).toList());
    assertEquals(2, summary.domains().size());
    for (ReidentificationSummary.DomainCounts c : summary.domains()) {
      assertEquals(300, c.granted(), c.toString());
      assertEquals(0, c.failed());
    }
  }

  @Test
  void aRoleThatMayNotReidentifyIsRefusedBeforeAnythingRuns() {
    SparkSession spark = TestSpark.session();
    Path keys = Fixtures.keyFile(dir);
    ExecutorKeys executorKeys = ExecutorKeys.keyFile(keys.toString());
    Path pseudonymised = dir.resolve("pseudonymised");
    SparkPseudonymiser.builder().policy(Fixtures.policy()).keys(executorKeys).clock(Fixtures.CLOCK).build()
        .run(spark, Fixtures.visitsCsv(dir.resolve("v.csv"), 20, 6L, 0).toString(), DatasetFormat.CSV, pseudonymised.toString(), DatasetFormat.PARQUET);
    List<ReidentificationEvent> events = new ArrayList<>();
    SparkReidentifier reverse = SparkReidentifier.builder().policy(Fixtures.policy()).keys(executorKeys).audit(events::add).build();
    AtomicBoolean written = new AtomicBoolean();
    Authorisation analyst = new Authorisation("b.ek", "analyst", "Curiosity", "");
    assertThrows(ReidentificationDeniedException.class,
        () -> reverse.reidentify(spark.read().parquet(pseudonymised.toString()), "visits", analyst, ds -> written.set(true)));
    assertFalse(written.get());
    assertEquals(1, events.size());
    assertEquals(ReidentificationEvent.Outcome.DENIED, events.get(0).outcome());
    assertEquals("analyst", events.get(0).authorisation().role());
  }

  @Test
  void rowsUnderAnEarlierKeyVersionStayReversibleAfterRotation() {
    SparkSession spark = TestSpark.session();
    Path keys = Fixtures.keyFile(dir);
    ExecutorKeys executorKeys = ExecutorKeys.keyFile(keys.toString());
    RecordPolicy policy = Fixtures.policy();
    Path before = dir.resolve("before");
    Path beforeCsv = Fixtures.visitsCsv(dir.resolve("before.csv"), 100, 11L, 0);
    SparkPseudonymiser.builder().policy(policy).keys(executorKeys).clock(Fixtures.CLOCK).build()
        .run(spark, beforeCsv.toString(), DatasetFormat.CSV, before.toString(), DatasetFormat.PARQUET);

    assertEquals(2, KeyFileProvider.rotate(keys, "export").version());
    Path after = dir.resolve("after");
    Path afterCsv = Fixtures.visitsCsv(dir.resolve("after.csv"), 60, 12L, 0);
    SparkPseudonymiser.builder().policy(policy).keys(executorKeys).clock(Fixtures.CLOCK).build()
        .run(spark, afterCsv.toString(), DatasetFormat.CSV, after.toString(), DatasetFormat.PARQUET);

    Dataset<Row> both = spark.read().parquet(before.toString()).union(spark.read().parquet(after.toString())).select("visitId");
    assertTrue(Fixtures.sorted(spark.read().parquet(after.toString()).select("visitId")).stream().allMatch(r -> r.get(0).startsWith("export.2.")));
    Path out = dir.resolve("visits");
    SparkReidentifier reverse = SparkReidentifier.builder().policy(policy).keys(executorKeys).audit(e -> {}).build();
    ReidentificationSummary summary = reverse.reidentify(both, "both", DPO, ds -> DatasetFormat.PARQUET.write(ds, out.toString()));
    assertEquals(Map.of(1, 100L, 2, 60L), summary.domains().get(0).grantedByKeyVersion());
    List<List<String>> expected = new ArrayList<>(Fixtures.sorted(DatasetFormat.CSV.read(spark, beforeCsv.toString()).select("visitId")));
    expected.addAll(Fixtures.sorted(DatasetFormat.CSV.read(spark, afterCsv.toString()).select("visitId")));
    expected.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    assertEquals(expected, Fixtures.sorted(spark.read().parquet(out.toString())));

    // Format-valid pseudonyms carry no version: the policy names the earlier one to read them.
    RecordPolicy earlier = Fixtures.policy(Fixtures.POLICY.replace("acknowledgeRealPersonRisk: true}", "acknowledgeRealPersonRisk: true, keyVersion: 1}"));
    Path people = dir.resolve("people");
    SparkReidentifier.builder().policy(earlier).keys(executorKeys).audit(e -> {}).build()
        .reidentify(spark.read().parquet(before.toString()).select("personnummer"), "before", DPO, ds -> DatasetFormat.PARQUET.write(ds, people.toString()));
    assertEquals(Fixtures.sorted(DatasetFormat.CSV.read(spark, beforeCsv.toString()).select("personnummer")), Fixtures.sorted(spark.read().parquet(people.toString())));
  }
}

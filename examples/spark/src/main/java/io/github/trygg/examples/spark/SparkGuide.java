package io.github.trygg.examples.spark;

import io.github.trygg.crypto.pseudonym.Authorisation;
import io.github.trygg.crypto.pseudonym.ReidentificationEvent;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordReport;
import io.github.trygg.spark.ExecutorKeys;
import io.github.trygg.spark.PseudonymisedDataset;
import io.github.trygg.spark.ReidentificationSummary;
import io.github.trygg.spark.SparkPseudonymiser;
import io.github.trygg.spark.SparkReidentifier;
import io.github.trygg.spark.SqlFunctions;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * docs/spark.md: a Dataset pseudonymised by a record policy, the SQL functions, and a job that
 * reverses the reversible columns for an authorised request. {@code SparkGuideTest} runs each on
 * visits {@link PseudonymiseVisits} generates, in local mode.
 */
public final class SparkGuide {
  private SparkGuide() {}

  /** Reads parquet at {@code visits} and writes the pseudonymised rows as parquet to {@code export}. */
  public static RecordReport pseudonymise(SparkSession spark, Path policyFile, String keyFile, String visits, String export) {
    // snippet:start spark-pseudonymise
    SparkPseudonymiser trygg = SparkPseudonymiser.builder()
        .policy(RecordPolicy.read(policyFile))
        .keys(ExecutorKeys.keyFile(keyFile))            // a path every executor opens itself
        .build();
    PseudonymisedDataset out = trygg.pseudonymise(spark.read().parquet(visits), "visits");
    out.dataset().write().parquet(export);
    RecordReport report = out.report();     // records, counts per field, key versions, unmatched rules
    // snippet:end
    return report;
  }

  public static SqlFunctions sqlFunctions(SparkSession spark, RecordPolicy policy, String keyFile) {
    // snippet:start spark-sql-functions
    SqlFunctions functions = SqlFunctions.register(spark, policy, ExecutorKeys.keyFile(keyFile));
    // snippet:end
    return functions;
  }

  /** Reverses {@code pseudonymised} for a DPO's access request into parquet at {@code reidentified}. */
  public static ReidentificationSummary reidentify(RecordPolicy policy, String keyFile, List<ReidentificationEvent> auditLog,
      Dataset<Row> pseudonymised, String reidentified) {
    // snippet:start spark-reidentify
    SparkReidentifier reverse = SparkReidentifier.builder()
        .policy(policy).keys(ExecutorKeys.keyFile(keyFile)).audit(auditLog::add).build();
    ReidentificationSummary summary = reverse.reidentify(pseudonymised, "visits-2026",
        new Authorisation("a.berg", "dpo", "Access request", "DSR-2026-17"),
        ds -> ds.write().parquet(reidentified));
    // snippet:end
    return summary;
  }
}

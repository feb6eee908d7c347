package io.github.trygg.spark;

import io.github.trygg.crypto.record.RecordReport;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apiguardian.api.API;

/**
 * A Dataset with a policy applied, and the account of what happened once an action has run it.
 * Counts come from accumulators: run one action on {@link #dataset()} (a write) before {@link
 * #report()}; a second action, or a stage Spark runs again after a lost executor, counts again.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PseudonymisedDataset {
  private final Dataset<Row> dataset;
  private final Supplier<RecordReport> report;

  PseudonymisedDataset(Dataset<Row> dataset, Supplier<RecordReport> report) {
    this.dataset = dataset;
    this.report = report;
  }

  /**
   * The pseudonymised rows, lazily; see {@link SparkPseudonymiser} for the schema.
   *
   * @return the result Dataset
   */
  public Dataset<Row> dataset() {
    return dataset;
  }

  /**
   * The report as far as the actions run so far counted: records, counts per field (kept and
   * dropped per row for top-level columns; pseudonymised, generalised, empty and invalid per value),
   * the key version of each domain and the rules that matched no column. It lists no invalid
   * values' locations: a Dataset has no line numbers, and the counts by problem code say what went
   * wrong. Bytes are not counted (0).
   *
   * @return the report of the actions run so far
   */
  public RecordReport report() {
    return report.get();
  }

  @Override
  public String toString() {
    return "PseudonymisedDataset[" + dataset.schema().simpleString() + "]";
  }
}

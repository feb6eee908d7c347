package io.github.trygg.spark;

import io.github.trygg.crypto.pseudonym.Technique;
import io.github.trygg.crypto.record.FieldAction;
import io.github.trygg.crypto.record.FieldCounts;
import io.github.trygg.crypto.record.FieldRule;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordReport;
import io.github.trygg.crypto.record.RecordValues;
import io.github.trygg.spark.internal.CountsAccumulator;
import io.github.trygg.spark.internal.EngineSpec;
import io.github.trygg.spark.internal.LeafFunction;
import io.github.trygg.spark.internal.PolicyCopy;
import io.github.trygg.spark.internal.Planner;
import io.github.trygg.spark.internal.Reports;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF0;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.util.LongAccumulator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Applies a {@link RecordPolicy} to Spark Datasets: the same policy files, rule matching and
 * per-value code as the single-process {@link io.github.trygg.crypto.record.RecordPseudonymiser},
 * so the same input, policy and key give the same values. Columns are matched by name, and members
 * of struct and array columns by name or JSON Pointer ({@code /visits/*}{@code /staff}), as in JSON
 * records.
 *
 * <pre>{@code
 * SparkPseudonymiser trygg = SparkPseudonymiser.builder()
 *     .policy(RecordPolicy.read(Path.of("care-export.policy.yaml")))
 *     .keys(ExecutorKeys.keyFile("/run/secrets/trygg/keys.json"))
 *     .build();
 * PseudonymisedDataset out = trygg.pseudonymise(spark.read().parquet("visits/"));
 * out.dataset().write().parquet("visits-pseudonymised/");
 * RecordReport report = out.report();
 * }</pre>
 *
 * <p><b>The result's schema.</b> Columns keep their input order. Dropped columns — by a drop rule,
 * or unlisted under {@code unlisted: drop} — are gone, and so are struct members; a struct left with
 * no members is left out (Parquet cannot hold an empty group), an array whose elements are all
 * dropped becomes empty. A pseudonymised or generalised value is a string whatever its input type
 * (an integer, a date) — the value's text is what the rule reads — and is null where the input was
 * null. Everything kept keeps its type.
 *
 * <p>Key material never travels with a task: executors open the keys themselves through {@link
 * ExecutorKeys}. Document-randomised and fully randomised tokens need a vault every executor shares
 * and are refused here.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SparkPseudonymiser {
  private final RecordPolicy policy;
  private final EngineSpec spec;
  private final RecordValues values;

  private SparkPseudonymiser(Builder b) {
    this.policy = Objects.requireNonNull(b.policy, "policy");
    ExecutorKeys keys = Objects.requireNonNull(b.keys, "keys");
    for (FieldRule rule : policy.fields()) {
      if (rule.action() instanceof FieldAction.Pseudonymise p
          && (p.technique() == Technique.DOCUMENT_TOKEN || p.technique() == Technique.RANDOM_TOKEN)) {
        throw new IllegalArgumentException("field '" + rule.label() + "': " + p.technique()
            + " tokens need a vault that every executor shares, which trygg-spark does not have; use AES_SIV for reversible pseudonyms");
      }
    }
    EngineSpec unchecked = new EngineSpec(UUID.randomUUID().toString(), PolicyCopy.of(policy), keys, b.clock.millis(), UUID.randomUUID().toString(), Map.of());
    this.values = unchecked.values(); // opens the keys on the driver: a missing key id fails here, not in a task
    this.spec = unchecked.pinnedTo(values);
  }

  /**
   * Starts a pseudonymiser; {@link Builder#policy policy} and {@link Builder#keys keys} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The policy this pseudonymiser applies.
   *
   * @return the record policy it was built with
   */
  public RecordPolicy policy() {
    return policy;
  }

  /**
   * As {@link #pseudonymise(Dataset, String)}, the report naming the source "dataset".
   *
   * @param input the Dataset to pseudonymise
   * @return the lazy result and its report, readable after one action
   */
  public PseudonymisedDataset pseudonymise(Dataset<Row> input) {
    return pseudonymise(input, "dataset");
  }

  /**
   * The policy applied to {@code input}, lazily, as Spark transformations are: nothing runs until
   * an action. Count-keeping accumulators are registered with the input's SparkContext; run one
   * action on the result (a write) and then read its {@link PseudonymisedDataset#report()}.
   *
   * @param input the Dataset to pseudonymise
   * @param source names the input in the report and in problems
   * @return the lazy result and its report, readable after one action
   * @throws io.github.trygg.core.InvalidInputException if a rule cannot apply to the schema: a rule
   *     that pseudonymises a struct, a map column, a pointer to one array index
   */
  public PseudonymisedDataset pseudonymise(Dataset<Row> input, String source) {
    SparkSession spark = input.sparkSession();
    CountsAccumulator counts = new CountsAccumulator();
    spark.sparkContext().register(counts, "trygg " + source + " values");
    LongAccumulator rows = spark.sparkContext().longAccumulator("trygg " + source + " records");
    Map<String, UserDefinedFunction> functionsByPlace = new HashMap<>();
    Planner planner = new Planner(values, Planner.Mode.PSEUDONYMISE, source, (field, pointer) -> {
      UserDefinedFunction f = functionsByPlace.computeIfAbsent(pointer, p ->
          functions.udf(new LeafFunction(spec, PolicyCopy.RuleCopy.of(field.rule()), counts, source, p), DataTypes.StringType)
              .withName("trygg_" + field.rule().action().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)));
      return f::apply;
    });
    List<Column> columns = planner.plan(input.schema(), name -> input.col("`" + name.replace("`", "``") + "`"));
    UserDefinedFunction countRow = functions.udf(new RowCounter(rows), DataTypes.BooleanType).asNondeterministic().withName("trygg_records");
    Dataset<Row> output = input.select(columns.toArray(Column[]::new)).filter(countRow.apply());
    return new PseudonymisedDataset(output, () -> report(source, planner, counts, rows));
  }

  /**
   * Reads {@code in}, pseudonymises it and writes {@code out} (which must not exist yet): one job.
   *
   * @param spark the session to run in
   * @param in the input path or URI; also the source name in the report
   * @param inFormat the format of the input
   * @param out the output path or URI; must not exist yet
   * @param outFormat the format to write
   * @return the report of the run
   */
  public RecordReport run(SparkSession spark, String in, DatasetFormat inFormat, String out, DatasetFormat outFormat) {
    PseudonymisedDataset result = pseudonymise(inFormat.read(spark, in), in);
    outFormat.write(result.dataset(), out);
    return result.report();
  }

  private RecordReport report(String source, Planner planner, CountsAccumulator counts, LongAccumulator rows) {
    long records = rows.sum();
    Map<String, Reports.Counts> fields = new LinkedHashMap<>();
    for (FieldRule rule : policy.fields()) {
      fields.put(rule.label(), new Reports.Counts());
    }
    planner.topLevel().forEach((column, fate) -> {
      String label = planner.topLevelRule(column).orElse(column);
      Reports.Counts c = fields.computeIfAbsent(label, k -> new Reports.Counts());
      switch (fate) {
        case RULE_KEPT, UNLISTED_KEPT -> c.kept += records;
        case RULE_DROPPED, UNLISTED_DROPPED -> c.dropped += records;
        default -> {}
      }
    });
    Reports.add(counts.value(), fields);
    Map<String, FieldCounts> frozen = new LinkedHashMap<>();
    long invalid = 0;
    for (Map.Entry<String, Reports.Counts> e : fields.entrySet()) {
      frozen.put(e.getKey(), e.getValue().freeze());
      invalid += e.getValue().invalid;
    }
    return new RecordReport(source, policy.id(), policy.revision(), records, 0, 0, frozen, values.keys(), invalid, List.of(), planner.unmatched());
  }

  @Override
  public String toString() {
    return "SparkPseudonymiser[" + policy.id() + " r" + policy.revision() + "]";
  }

  /** Counts the rows that pass; always true. */
  private static final class RowCounter implements UDF0<Boolean> {
    private static final long serialVersionUID = 1L;
    private final LongAccumulator rows;

    RowCounter(LongAccumulator rows) {
      this.rows = rows;
    }

    @Override
    public Boolean call() {
      rows.add(1);
      return Boolean.TRUE;
    }
  }

  /** Builds a {@link SparkPseudonymiser}; policy and keys are required. */
  public static final class Builder {
    private @Nullable RecordPolicy policy;
    private @Nullable ExecutorKeys keys;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The policy to apply.
     *
     * @param policy the record policy
     * @return this builder
     * @throws IllegalArgumentException at {@link #build()}, if the policy uses document or random
     *     tokens, which need a vault every executor shares
     */
    public Builder policy(RecordPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * How the driver and every executor open the keys.
     *
     * @param keys the executor-side key source
     * @return this builder
     */
    public Builder keys(ExecutorKeys keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /**
     * The clock read once when built: its date is "today" on every executor (ten-digit identity
     * numbers' century, the latest birth date of format-valid pseudonyms).
     *
     * @param clock the clock; the system UTC clock by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Makes the pseudonymiser and opens the keys on the driver, so a missing key id fails here and
     * not in a task.
     *
     * @return the pseudonymiser
     * @throws NullPointerException if the policy or the keys are missing
     * @throws IllegalArgumentException if the policy needs a shared token vault
     */
    public SparkPseudonymiser build() {
      return new SparkPseudonymiser(this);
    }
  }
}

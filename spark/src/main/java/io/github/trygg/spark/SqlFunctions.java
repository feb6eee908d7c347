package io.github.trygg.spark;

import io.github.trygg.crypto.record.FieldCounts;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.spark.internal.CountsAccumulator;
import io.github.trygg.spark.internal.EngineSpec;
import io.github.trygg.spark.internal.PolicyCopy;
import io.github.trygg.spark.internal.Reports;
import io.github.trygg.spark.internal.SqlFunction;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apiguardian.api.API;

/**
 * Trygg's functions for Spark SQL, registered on demand in one session, over the domains of a
 * policy:
 *
 * <ul>
 *   <li>{@code trygg_pseudonym(value, 'domain')} — an HMAC-SHA-256 pseudonym in the domain;
 *   <li>{@code trygg_identity_pseudonym(value, 'domain')} — the pseudonym of an identity number's
 *       canonical form ({@code identity-hmac}); a value that is not a valid number is handled as the
 *       policy's {@code invalidValues} says;
 *   <li>{@code trygg_generalise(value, 'year')} — also {@code 'year-month'}, {@code 'decade'},
 *       {@code 'truncate:3'}, {@code 'range:10'}.
 * </ul>
 *
 * <p>The values are those a policy rule with the same action gives. Format-valid identity
 * pseudonyms stay a policy matter: their opt-in belongs in the policy file.
 *
 * <pre>{@code
 * SqlFunctions.register(spark, RecordPolicy.read(policyFile), ExecutorKeys.keyFile(keyFile));
 * spark.sql("SELECT trygg_identity_pseudonym(personnummer, 'care-export-2026') AS person, "
 *     + "trygg_generalise(birth_date, 'year') AS born FROM visits");
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SqlFunctions {
  private final CountsAccumulator counts;

  private SqlFunctions(CountsAccumulator counts) {
    this.counts = counts;
  }

  /**
   * Registers the three functions in {@code spark}; the keys are opened on the driver once to check
   * the domains' key ids.
   *
   * @param spark the session to register the functions in
   * @param policy the policy whose domains and invalid-value handling the functions use
   * @param keys how the driver and each executor open the keys
   * @return the registered functions, whose {@link #counts()} grow as queries run
   */
  public static SqlFunctions register(SparkSession spark, RecordPolicy policy, ExecutorKeys keys) {
    return register(spark, policy, keys, Clock.systemUTC());
  }

  /**
   * As {@link #register(SparkSession, RecordPolicy, ExecutorKeys)}, with the clock whose date is
   * "today" (ten-digit identity numbers' century).
   *
   * @param spark the session to register the functions in
   * @param policy the policy whose domains and invalid-value handling the functions use
   * @param keys how the driver and each executor open the keys
   * @param clock read once, when registering
   * @return the registered functions
   */
  public static SqlFunctions register(SparkSession spark, RecordPolicy policy, ExecutorKeys keys, Clock clock) {
    Objects.requireNonNull(policy, "policy");
    EngineSpec unchecked = new EngineSpec(UUID.randomUUID().toString(), PolicyCopy.of(policy), keys, clock.millis(), UUID.randomUUID().toString(), Map.of());
    EngineSpec spec = unchecked.pinnedTo(unchecked.values());
    CountsAccumulator counts = new CountsAccumulator();
    spark.sparkContext().register(counts, "trygg sql functions");
    for (SqlFunction.Kind kind : SqlFunction.Kind.values()) {
      spark.udf().register(kind.sqlName, new SqlFunction(spec, kind, counts), DataTypes.StringType);
    }
    return new SqlFunctions(counts);
  }

  /**
   * What the functions did so far, by call ({@code trygg_pseudonym(care-export)}): counts only,
   * never a value.
   *
   * @return counts per function call and domain, in first-use order
   */
  public Map<String, FieldCounts> counts() {
    Map<String, Reports.Counts> fields = new LinkedHashMap<>();
    Reports.add(counts.value(), fields);
    Map<String, FieldCounts> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> out.put(k, v.freeze()));
    return out;
  }

  @Override
  public String toString() {
    return "SqlFunctions[trygg_pseudonym, trygg_identity_pseudonym, trygg_generalise]";
  }
}

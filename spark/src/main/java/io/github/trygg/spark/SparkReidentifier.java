package io.github.trygg.spark;

import io.github.trygg.crypto.pseudonym.Authorisation;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.crypto.pseudonym.ReidentificationAudit;
import io.github.trygg.crypto.pseudonym.ReidentificationDeniedException;
import io.github.trygg.crypto.pseudonym.ReidentificationEvent;
import io.github.trygg.crypto.pseudonym.Technique;
import io.github.trygg.crypto.record.FieldAction;
import io.github.trygg.crypto.record.FieldRule;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordValues;
import io.github.trygg.spark.internal.CountsAccumulator;
import io.github.trygg.spark.internal.EngineSpec;
import io.github.trygg.spark.internal.Planner;
import io.github.trygg.spark.internal.PolicyCopy;
import io.github.trygg.spark.internal.ReverseFunction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reverses the reversible pseudonyms of a Dataset — {@code aes-siv} and {@code identity-fpe}
 * columns of the policy that made it — as one audited, authorised job. The {@link Authorisation} is
 * checked on the driver against each domain's re-identifier roles before anything runs, as a single
 * call checks it; a role that may not re-identify in a domain writes a {@link
 * ReidentificationEvent.Outcome#DENIED DENIED} event and nothing runs. Otherwise one {@link
 * ReidentificationEvent.Outcome#GRANTED GRANTED} event per domain is written before the job —
 * the summary of the job, naming the dataset and the job instead of a pseudonym — and the job's
 * counts (values recovered per key version, values that failed) come back in the summary. No
 * per-row event and no value is written anywhere.
 *
 * <p>Re-identification is an action, not a lazy Dataset: the caller's {@code write} runs inside the
 * audited bracket, so the values cannot be computed again without another event.
 *
 * <pre>{@code
 * SparkReidentifier reverse = SparkReidentifier.builder()
 *     .policy(policy).keys(ExecutorKeys.keyFile(keyFile)).audit(auditLog::append).build();
 * ReidentificationSummary summary = reverse.reidentify(pseudonymised, "visits-2026",
 *     new Authorisation("a.berg", "dpo", "Access request", "DSR-2026-17"),
 *     ds -> ds.write().parquet("/secure/reidentified/"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SparkReidentifier {
  private final RecordPolicy policy;
  private final EngineSpec spec;
  private final RecordValues values;
  private final ReidentificationAudit audit;
  private final Clock clock;

  private SparkReidentifier(Builder b) {
    this.policy = Objects.requireNonNull(b.policy, "policy");
    this.audit = b.audit;
    this.clock = b.clock;
    this.spec = new EngineSpec(UUID.randomUUID().toString(), PolicyCopy.of(policy), Objects.requireNonNull(b.keys, "keys"), clock.millis(),
        UUID.randomUUID().toString(), Map.of());
    this.values = spec.values();
  }

  /**
   * Starts a re-identifier; {@link Builder#policy policy} and {@link Builder#keys keys} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs {@code write} on the re-identified Dataset: reversible columns hold the values again (null
   * where a pseudonym was not authentic or its key version is disabled or destroyed), everything else
   * is as it was.
   *
   * @param pseudonymised a Dataset written by {@link SparkPseudonymiser} with the same policy
   * @param source names the Dataset in the audit events
   * @param authorisation who asks, in which role and why; checked against each domain's
   *     re-identifier roles
   * @param write what to do with the re-identified Dataset, for example write it to a secure location;
   *     runs once, inside the audited bracket
   * @return the counts per domain: values recovered per key version and values that failed
   * @throws ReidentificationDeniedException before anything runs, if the role may not re-identify in
   *     one of the domains
   * @throws IllegalArgumentException if the policy reverses nothing in this schema
   */
  public ReidentificationSummary reidentify(Dataset<Row> pseudonymised, String source, Authorisation authorisation, Consumer<Dataset<Row>> write) {
    Objects.requireNonNull(authorisation, "authorisation");
    CountsAccumulator counts = new CountsAccumulator();
    pseudonymised.sparkSession().sparkContext().register(counts, "trygg re-identification " + source);
    ReverseFunction.Who who = ReverseFunction.Who.of(authorisation);
    Map<String, UserDefinedFunction> byRule = new HashMap<>();
    Planner planner = new Planner(values, Planner.Mode.REIDENTIFY, source, (field, pointer) -> {
      UserDefinedFunction f = byRule.computeIfAbsent(field.rule().label(), l ->
          functions.udf(new ReverseFunction(spec, PolicyCopy.RuleCopy.of(field.rule()), who, counts), DataTypes.StringType).withName("trygg_reidentify"));
      return f::apply;
    });
    List<Column> columns = planner.plan(pseudonymised.schema(), name -> pseudonymised.col("`" + name.replace("`", "``") + "`"));
    Set<Reversal> domains = new LinkedHashSet<>();
    for (FieldRule rule : planner.reversed()) {
      FieldAction.Pseudonymise p = (FieldAction.Pseudonymise) rule.action();
      domains.add(new Reversal(p.domain(), p.technique()));
    }
    if (domains.isEmpty()) {
      throw new IllegalArgumentException("policy '" + policy.id() + "' reverses no column of " + source + ": no aes-siv or identity-fpe rule matches it");
    }
    String job = "dataset " + source + ", job " + UUID.randomUUID();
    // Every domain is checked before anything is granted: a denial leaves no GRANTED event behind.
    for (Reversal d : domains) {
      PseudonymisationDomain domain = policy.domain(d.domain()).orElseThrow();
      if (!domain.reidentifierRoles().contains(authorisation.role())) {
        audit.record(new ReidentificationEvent(clock.instant(), domain.name(), d.technique(), null, job, authorisation, ReidentificationEvent.Outcome.DENIED));
        throw new ReidentificationDeniedException(domain.name(), authorisation.role());
      }
    }
    for (Reversal d : domains) {
      KeyRef key = values.keys().get(d.domain());
      audit.record(new ReidentificationEvent(clock.instant(), d.domain(), d.technique(), key, job, authorisation, ReidentificationEvent.Outcome.GRANTED));
    }
    write.accept(pseudonymised.select(columns.toArray(Column[]::new)));
    return summary(source, domains, counts.value());
  }

  /** One domain and technique the job reverses: one audit event each. */
  private record Reversal(String domain, Technique technique) {}

  private static ReidentificationSummary summary(String source, Set<Reversal> domains, Map<String, Long> counts) {
    List<ReidentificationSummary.DomainCounts> out = new ArrayList<>();
    for (Reversal d : domains) {
      long failed = 0;
      Map<Integer, Long> byVersion = new TreeMap<>();
      for (Map.Entry<String, Long> c : counts.entrySet()) {
        String[] parts = c.getKey().split("\u0000", -1);
        if (!parts[0].equals(d.domain()) || !parts[1].equals(d.technique().name())) {
          continue;
        }
        if (parts[2].equals(ReidentificationEvent.Outcome.GRANTED.name())) {
          byVersion.merge(Integer.parseInt(parts[3]), c.getValue(), Long::sum);
        } else {
          failed += c.getValue();
        }
      }
      out.add(new ReidentificationSummary.DomainCounts(d.domain(), d.technique(), byVersion.values().stream().mapToLong(Long::longValue).sum(), failed, byVersion));
    }
    return new ReidentificationSummary(source, out);
  }

  @Override
  public String toString() {
    return "SparkReidentifier[" + policy.id() + " r" + policy.revision() + "]";
  }

  /** Builds a {@link SparkReidentifier}; policy and keys are required. */
  public static final class Builder {
    private @Nullable RecordPolicy policy;
    private @Nullable ExecutorKeys keys;
    private ReidentificationAudit audit = ReidentificationAudit.logging();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The policy the Dataset was pseudonymised with; {@code fpe.keyVersion} names an earlier key for
     * format-valid pseudonyms.
     *
     * @param policy the record policy
     * @return this builder
     */
    public Builder policy(RecordPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * How each executor opens the key provider that holds the policy's domain keys.
     *
     * @param keys the executor-side key source
     * @return this builder
     */
    public Builder keys(ExecutorKeys keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /**
     * Where the job's events go, as for {@code Pseudonymisation.Builder.audit}; by default INFO lines
     * on SLF4J.
     *
     * @param audit the audit sink
     * @return this builder
     */
    public Builder audit(ReidentificationAudit audit) {
      this.audit = Objects.requireNonNull(audit, "audit");
      return this;
    }

    /**
     * The clock that stamps the audit events and the key lookups; the system UTC clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Makes the re-identifier.
     *
     * @return the re-identifier
     * @throws NullPointerException if the policy or the keys are missing
     */
    public SparkReidentifier build() {
      return new SparkReidentifier(this);
    }
  }
}

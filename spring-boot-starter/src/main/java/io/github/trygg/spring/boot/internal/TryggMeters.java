package io.github.trygg.spring.boot.internal;

import io.github.trygg.core.message.Decision;
import io.github.trygg.crypto.record.FieldCounts;
import io.github.trygg.crypto.record.RecordReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Trygg's meters, bound to each registry Spring Boot configures. Tags are verdicts, rule ids,
 * outcome words, record-policy ids and field actions: a small, fixed set of values, never content,
 * an identifier or a key. The names are listed in the README's Spring Boot section.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class TryggMeters implements MeterBinder, TryggEvents {
  public static final String DECISIONS = "trygg.messages.decisions";
  public static final String DENIED = "trygg.messages.denied";
  public static final String SEALS = "trygg.envelopes.seals";
  public static final String OPENS = "trygg.envelopes.opens";
  public static final String VALUES = "trygg.pseudonymisation.values";
  public static final String RECORDS = "trygg.pseudonymisation.records";
  public static final String REQUESTS_OPEN = "trygg.dsr.requests.open";
  public static final String REQUESTS_OVERDUE = "trygg.dsr.requests.overdue";
  public static final String TASKS_OPEN = "trygg.dsr.tasks.open";
  public static final String TASKS_OVERDUE = "trygg.dsr.tasks.overdue";

  private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();
  private final @Nullable DsrCensus census;

  public TryggMeters(@Nullable DsrCensus census) {
    this.census = census;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    registries.add(registry);
    DsrCensus c = census;
    if (c != null) {
      gauge(registry, c, REQUESTS_OPEN, "DSR requests not yet finished", DsrCensus.Counts::requestsOpen);
      gauge(registry, c, REQUESTS_OVERDUE, "Unfinished DSR requests past their deadline", DsrCensus.Counts::requestsOverdue);
      gauge(registry, c, TASKS_OPEN, "DSR tasks not in a final status, of unfinished requests", DsrCensus.Counts::tasksOpen);
      gauge(registry, c, TASKS_OVERDUE, "Open DSR tasks whose request is past its deadline", DsrCensus.Counts::tasksOverdue);
    }
  }

  private static void gauge(MeterRegistry registry, DsrCensus census, String name, String description, ToDoubleFunction<DsrCensus.Counts> value) {
    // NaN while the store cannot be read, so a failing store is not mistaken for an empty one.
    Gauge.builder(name, census, c -> c.countsIfReadable().map(value::applyAsDouble).orElse(Double.NaN))
        .description(description)
        .register(registry);
  }

  @Override
  public void decided(Decision decision) {
    for (MeterRegistry r : registries) {
      Counter.builder(DECISIONS).description("Secure-message decisions, by verdict and rule id")
          .tag("verdict", Outcomes.of(decision.verdict())).tag("rule", decision.ruleId())
          .register(r).increment();
    }
  }

  @Override
  public void denied(Decision decision) {
    for (MeterRegistry r : registries) {
      Counter.builder(DENIED).description("Sends the rules denied; nothing was sealed")
          .tag("rule", decision.ruleId())
          .register(r).increment();
    }
  }

  @Override
  public void sealed(String outcome) {
    for (MeterRegistry r : registries) {
      Counter.builder(SEALS).description("Messages signed and sealed, by outcome").tag("outcome", outcome).register(r).increment();
    }
  }

  @Override
  public void opened(String outcome) {
    for (MeterRegistry r : registries) {
      Counter.builder(OPENS).description("Sealed messages opened, by outcome").tag("outcome", outcome).register(r).increment();
    }
  }

  @Override
  public void pseudonymised(RecordReport report) {
    long pseudonymised = 0;
    long generalised = 0;
    long kept = 0;
    long dropped = 0;
    long empty = 0;
    long invalid = 0;
    for (FieldCounts f : report.fields().values()) {
      pseudonymised += f.pseudonymised();
      generalised += f.generalised();
      kept += f.kept();
      dropped += f.dropped();
      empty += f.empty();
      invalid += f.invalid();
    }
    for (MeterRegistry r : registries) {
      values(r, report.policyId(), "pseudonymised", pseudonymised);
      values(r, report.policyId(), "generalised", generalised);
      values(r, report.policyId(), "kept", kept);
      values(r, report.policyId(), "dropped", dropped);
      values(r, report.policyId(), "empty", empty);
      values(r, report.policyId(), "invalid", invalid);
      Counter.builder(RECORDS).description("Records through a record policy").tag("policy", report.policyId())
          .register(r).increment(report.records());
    }
  }

  private static void values(MeterRegistry r, String policy, String action, long count) {
    Counter.builder(VALUES).description("Field values through a record policy, by what the policy did with them")
        .tag("policy", policy).tag("action", action)
        .register(r).increment(count);
  }
}

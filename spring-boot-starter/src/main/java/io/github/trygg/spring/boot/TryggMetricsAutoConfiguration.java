package io.github.trygg.spring.boot;

import io.github.trygg.spring.boot.internal.DsrCensus;
import io.github.trygg.spring.boot.internal.TryggMeters;
import org.apiguardian.api.API;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Trygg's Micrometer meters, when Micrometer is on the class path; Spring Boot binds them to its
 * registries. Counters of what passes through {@link TryggMessages} and {@link TryggRecords}, and
 * gauges of the DSR desk's open and overdue requests and tasks:
 *
 * <ul>
 *   <li>{@code trygg.messages.decisions} (verdict, rule), {@code trygg.messages.denied} (rule);
 *   <li>{@code trygg.envelopes.seals} and {@code trygg.envelopes.opens} (outcome);
 *   <li>{@code trygg.pseudonymisation.values} (policy, action), {@code trygg.pseudonymisation.records} (policy);
 *   <li>{@code trygg.dsr.requests.open}, {@code trygg.dsr.requests.overdue}, {@code trygg.dsr.tasks.open},
 *       {@code trygg.dsr.tasks.overdue}.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@AutoConfiguration(after = {TryggAutoConfiguration.class, TryggDsrAutoConfiguration.class})
@ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
public class TryggMetricsAutoConfiguration {
  TryggMetricsAutoConfiguration() {}

  @Bean
  TryggMeters tryggMeters(ObjectProvider<DsrCensus> census) {
    return new TryggMeters(census.getIfUnique());
  }
}

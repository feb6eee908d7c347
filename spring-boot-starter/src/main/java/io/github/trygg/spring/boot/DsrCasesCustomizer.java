package io.github.trygg.spring.boot;

import io.github.trygg.dsr.cases.DsrCases;
import org.apiguardian.api.API;

/**
 * Adjusts the DSR desk before it is built: legal grounds, calendar, consent rules, purposes, breach
 * rules, ids. Every bean of this type is applied, in order, after the starter has set the store,
 * register, pseudonymiser, jurisdiction, clock, pause policy and connectors.
 *
 * <pre>{@code
 * @Bean DsrCasesCustomizer localDays() {
 *   return desk -> desk.calendar(WorkingDayCalendar.bundled(Jurisdiction.SWEDEN).withLocalDays(days));
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface DsrCasesCustomizer {
  /**
   * Adjusts the desk's builder; called once, before the desk is built.
   *
   * @param desk the builder, with the starter's settings already applied
   */
  void customize(DsrCases.Builder desk);
}

package io.github.trygg.spring.boot;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.register.Organisation;
import io.github.trygg.core.register.Register;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import io.github.trygg.dsr.cases.AuditTrail;
import io.github.trygg.dsr.cases.Breaches;
import io.github.trygg.dsr.cases.Consents;
import io.github.trygg.dsr.cases.DsrCases;
import io.github.trygg.dsr.cases.Requests;
import io.github.trygg.dsr.connector.DsrConnector;
import io.github.trygg.dsr.connector.ManualConnector;
import io.github.trygg.dsr.consent.ConsentPurpose;
import io.github.trygg.dsr.deadline.WorkingDayCalendar;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import io.github.trygg.dsr.stores.JournalOptions;
import io.github.trygg.spring.boot.internal.Conditions;
import io.github.trygg.spring.boot.internal.DsrCensus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * The data-subject rights desk ({@code DsrCases}) and its four services ({@code Requests},
 * {@code Consents}, {@code Breaches}, {@code AuditTrail}) as beans, once a store is chosen: the file
 * journal at {@code trygg.dsr.journal}, or PostgreSQL ({@code trygg.dsr.store=postgres}) through
 * the application's {@code DataSource}, whose schema the store creates or migrates at start-up as
 * it always does. The desk needs the register ({@code trygg.register.files} or a {@code Register}
 * bean), the key id of the subject pseudonyms in the application's {@code KeyProvider} ({@code
 * trygg.dsr.subject-key-id}, or a {@code SubjectPseudonymiser} bean) and a jurisdiction: the register
 * organisation's, or {@code trygg.jurisdiction}. With {@code trygg.dsr.identifier-key-id} the store
 * seals the subjects' identifiers under that key id of the same {@code KeyProvider}.
 *
 * <p>Connectors: a {@code ManualConnector} for the channels people carry out, replaced per channel
 * by the application's {@code DsrConnector} beans. The application's {@code ConsentPurpose} beans
 * are added as purposes, and its {@link DsrCasesCustomizer} beans are applied last.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@AutoConfiguration(after = TryggAutoConfiguration.class, afterName = {
    // Spring Boot 3.5 and 4.0 keep the DataSource auto-configuration in different packages.
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@Import(DsrKeysConfiguration.class)
public class TryggDsrAutoConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(TryggDsrAutoConfiguration.class);

  TryggDsrAutoConfiguration() {}

  @Bean(DsrKeysConfiguration.STORE_BEAN)
  @ConditionalOnMissingBean
  @Conditional(Conditions.DsrStoreConfigured.class)
  DsrStore tryggDsrStore(TryggProperties properties, ObjectProvider<KeyProvider> keys, ObjectProvider<DataSource> dataSource) {
    TryggProperties.Dsr dsr = properties.getDsr();
    TryggProperties.Dsr.Store kind = dsr.getStore() != null ? dsr.getStore() : TryggProperties.Dsr.Store.JOURNAL;
    @Nullable String keyId = dsr.getIdentifierKeyId();
    @Nullable KeyProvider sealing = null;
    if (keyId == null || keyId.isBlank()) {
      keyId = null;
      LOG.warn("trygg.dsr.identifier-key-id is not set: the DSR store keeps subjects' identifiers unsealed");
    } else {
      sealing = DsrKeysConfiguration.usable(DsrKeysConfiguration.IDENTIFIER_KEY_ID, keyId, keys);
    }
    if (kind == TryggProperties.Dsr.Store.POSTGRES) {
      if (dsr.getJournal() != null) {
        throw new TryggConfigurationException("trygg.dsr.journal", "is set, but trygg.dsr.store is postgres; expected one store: "
            + "remove trygg.dsr.journal, or set trygg.dsr.store=journal");
      }
      DataSource ds = dataSource.getIfUnique();
      if (ds == null) {
        throw new TryggConfigurationException("trygg.dsr.store", "postgres needs the application's one DataSource (spring.datasource.*), "
            + "and there is " + (dataSource.stream().findAny().isPresent() ? "more than one" : "none"));
      }
      try {
        return sealing == null || keyId == null ? DsrStores.postgres(ds, dsr.getSchema()) : DsrStores.postgres(ds, dsr.getSchema(), sealing, keyId);
      } catch (RuntimeException e) {
        throw new TryggConfigurationException("trygg.dsr.store", "the PostgreSQL store (schema " + dsr.getSchema() + ") cannot be opened ("
            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
      }
    }
    Path journal = dsr.getJournal();
    if (journal == null) {
      throw new TryggConfigurationException("trygg.dsr.journal", "the journal store needs the journal's path");
    }
    Path dir = journal.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new TryggConfigurationException("trygg.dsr.journal", "the directory of " + journal + " does not exist; the journal is created in it");
    }
    try {
      return sealing == null || keyId == null ? DsrStores.fileJournal(journal)
          : DsrStores.fileJournal(journal, JournalOptions.defaults(), sealing, keyId);
    } catch (RuntimeException e) {
      throw new TryggConfigurationException("trygg.dsr.journal", "the journal " + journal + " cannot be opened ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
    }
  }

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.DsrAvailable.class)
  DsrCases tryggDsrCases(TryggProperties properties, DsrStore store, ObjectProvider<Register> register, SubjectPseudonymiser pseudonymiser,
      ObjectProvider<Clock> clock, ObjectProvider<DsrConnector> connectors, ObjectProvider<ConsentPurpose> purposes,
      ObjectProvider<DsrCasesCustomizer> customizers) {
    Register r = register.getIfUnique();
    if (r == null) {
      throw new TryggConfigurationException("trygg.register.files", "the DSR desk routes requests through the system register; "
          + "expected the register files in trygg.register.files, or a Register bean");
    }
    TryggProperties.Dsr dsr = properties.getDsr();
    Optional<Jurisdiction> declared = r.organisation().map(Organisation::jurisdiction);
    @Nullable Jurisdiction given = properties.getJurisdiction();
    if (declared.isEmpty() && given == null) {
      throw new TryggConfigurationException("trygg.jurisdiction", "the register's organisation names no jurisdiction; "
          + "expected sweden or norway, whose deadlines, consent ages and legal grounds the desk applies");
    }
    if (declared.isPresent() && given != null && declared.get() != given) {
      throw new TryggConfigurationException("trygg.jurisdiction", "is " + given + " but the register's organisation is in "
          + declared.get() + "; expected the same, or none");
    }
    DsrCases.Builder desk = DsrCases.builder().store(store).register(r).pseudonymiser(pseudonymiser).pausePolicy(dsr.getPausePolicy())
        .addConnector(ManualConnector.forPeople());
    if (given != null) {
      desk.jurisdiction(given);
    }
    clock.ifAvailable(desk::clock);
    connectors.orderedStream().forEach(desk::addConnector);
    purposes.orderedStream().forEach(desk::addPurpose);
    customizers.orderedStream().forEach(c -> c.customize(desk));
    return desk.build();
  }

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.DsrAvailable.class)
  Requests tryggDsrRequests(DsrCases desk) {
    return desk.requests();
  }

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.DsrAvailable.class)
  Consents tryggDsrConsents(DsrCases desk) {
    return desk.consents();
  }

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.DsrAvailable.class)
  Breaches tryggDsrBreaches(DsrCases desk) {
    return desk.breaches();
  }

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.DsrAvailable.class)
  AuditTrail tryggDsrAudit(DsrCases desk) {
    return desk.audit();
  }

  /** The open and overdue counts behind the health indicator and the DSR meters. */
  @Bean
  @Conditional(Conditions.DsrAvailable.class)
  DsrCensus tryggDsrCensus(DsrCases desk, TryggProperties properties, ObjectProvider<Clock> clock) {
    return new DsrCensus(desk.store(), WorkingDayCalendar.bundled(desk.jurisdiction()).zone(), clock.getIfAvailable(Clock::systemUTC),
        properties.getDsr().getCountInterval());
  }
}

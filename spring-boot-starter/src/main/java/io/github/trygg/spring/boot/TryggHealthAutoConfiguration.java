package io.github.trygg.spring.boot;

import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.spring.boot.internal.DsrCensus;
import io.github.trygg.spring.boot.internal.HealthCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Actuator health indicator {@code trygg}, when Actuator is on the class path: DOWN when a key
 * cannot be used (the key ids in {@code trygg.keys.ids}, the record policy's and those the starter's
 * DSR desk and store use, each used once through HKDF, inside the token for a PKCS#11 store) or the DSR store cannot be read; the status
 * {@code trygg.health.overdue-status} when a DSR request or task is past its deadline (UP unless
 * set, with the overdue counts in the details); UP otherwise. The details hold counts, key ids
 * and statuses, never key material or personal data. {@code management.health.trygg.enabled=false}
 * turns it off.
 *
 * <p>Spring Boot 4 moved the health API ({@code org.springframework.boot.actuate.health} to
 * {@code org.springframework.boot.health.contributor}); each version has its own small adapter,
 * chosen by which of the two is on the class path.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@AutoConfiguration(after = {TryggAutoConfiguration.class, TryggDsrAutoConfiguration.class})
public class TryggHealthAutoConfiguration {
  static final String BEAN = "tryggHealthIndicator";

  TryggHealthAutoConfiguration() {}

  static HealthCheck check(TryggProperties properties, BeanFactory beans, ObjectProvider<SecureMessageRules> rules, ObjectProvider<KeyProvider> keys,
      ObjectProvider<RecordPolicy> policy, ObjectProvider<DsrStore> store, ObjectProvider<DsrCensus> census) {
    String overdue = properties.getHealth().getOverdueStatus();
    if (!overdue.matches("[A-Za-z][A-Za-z_]*")) {
      throw new TryggConfigurationException("trygg.health.overdue-status", "'" + overdue
          + "' is not a health status; expected UP, OUT_OF_SERVICE, DOWN or a status of the application's own (letters and '_')");
    }
    List<String> named = new ArrayList<>(properties.getKeys().getIds());
    named.addAll(dsrKeyIds(properties, beans));
    return new HealthCheck(rules.getIfUnique(), keys.getIfUnique(),
        HealthCheck.keyIds(named, Optional.ofNullable(policy.getIfUnique())),
        store.getIfUnique(), census.getIfUnique(), properties.getHealth().getOverdueStatus());
  }

  /**
   * The key ids the starter's own DSR beans took from the key provider; an application's own
   * SubjectPseudonymiser or DsrStore may hold its keys elsewhere, so theirs are not probed here.
   */
  static List<String> dsrKeyIds(TryggProperties properties, BeanFactory beans) {
    List<String> ids = new ArrayList<>();
    String subject = properties.getDsr().getSubjectKeyId();
    if (subject != null && beans.containsBean(DsrKeysConfiguration.SUBJECT_PSEUDONYMISER_BEAN)) {
      ids.add(subject);
    }
    String identifier = properties.getDsr().getIdentifierKeyId();
    if (identifier != null && !identifier.isBlank() && beans.containsBean(DsrKeysConfiguration.STORE_BEAN)) {
      ids.add(identifier);
    }
    return ids;
  }

  /** Spring Boot 3: {@code org.springframework.boot.actuate.health}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"org.springframework.boot.actuate.health.HealthIndicator",
      "org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator"})
  static class Boot3 {
    // On the method, so that it is read only once the class condition holds.
    @Bean(BEAN)
    @org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator("trygg")
    @ConditionalOnMissingBean(name = BEAN)
    org.springframework.boot.actuate.health.HealthIndicator tryggHealthIndicator(TryggProperties properties, BeanFactory beans,
        ObjectProvider<SecureMessageRules> rules, ObjectProvider<KeyProvider> keys, ObjectProvider<RecordPolicy> policy, ObjectProvider<DsrStore> store,
        ObjectProvider<DsrCensus> census) {
      HealthCheck check = check(properties, beans, rules, keys, policy, store, census);
      return () -> {
        HealthCheck.Report r = check.run();
        return org.springframework.boot.actuate.health.Health.status(r.status()).withDetails(r.details()).build();
      };
    }
  }

  /** Spring Boot 4: {@code org.springframework.boot.health.contributor}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"org.springframework.boot.health.contributor.HealthIndicator",
      "org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator"})
  static class Boot4 {
    @Bean(BEAN)
    @org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator("trygg")
    @ConditionalOnMissingBean(name = BEAN)
    org.springframework.boot.health.contributor.HealthIndicator tryggHealthIndicator(TryggProperties properties, BeanFactory beans,
        ObjectProvider<SecureMessageRules> rules, ObjectProvider<KeyProvider> keys, ObjectProvider<RecordPolicy> policy, ObjectProvider<DsrStore> store,
        ObjectProvider<DsrCensus> census) {
      HealthCheck check = check(properties, beans, rules, keys, policy, store, census);
      return () -> {
        HealthCheck.Report r = check.run();
        return org.springframework.boot.health.contributor.Health.status(r.status()).withDetails(r.details()).build();
      };
    }
  }
}

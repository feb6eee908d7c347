package io.github.trygg.spring.boot;

import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.message.SensitiveContentDetector;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.propagation.PropagationRules;
import io.github.trygg.core.propagation.PropagationSettings;
import io.github.trygg.core.register.Register;
import io.github.trygg.crypto.pseudonym.KeyException;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.crypto.pseudonym.ReidentificationAudit;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.seal.CryptoPolicy;
import io.github.trygg.crypto.seal.Pem;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.crypto.send.SecureSender;
import io.github.trygg.spring.boot.internal.Conditions;
import io.github.trygg.spring.boot.internal.KeySources;
import io.github.trygg.spring.boot.internal.Locations;
import io.github.trygg.spring.boot.internal.TryggEvents;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ResourceLoader;

/**
 * Trygg's rules, register, keys, pseudonymisation and sealing as beans, from the {@code trygg.*}
 * properties ({@link TryggProperties}). Every bean steps aside for the application's own bean of
 * its type, and a bean the application defines is used to build the ones that depend on it (its
 * {@code KeyProvider} for pseudonymisation, its {@code SecureEnvelopes} for the sender).
 *
 * <ul>
 *   <li>always: {@code SecureMessageRules}, {@code SensitiveContentDetector}, {@code PropagationRules},
 *       {@code Propagation} — the bundled tables, or the files under {@code trygg.rules};
 *   <li>with {@code trygg.register.files}: the {@code Register}, read and validated at start-up;
 *   <li>with a key source under {@code trygg.keys}: the {@code KeyProvider}, and
 *       {@code Pseudonymisation} over it (with the application's {@code ReidentificationAudit}
 *       bean, if any);
 *   <li>with {@code trygg.pseudonymisation.policy}: the {@code RecordPolicy},
 *       {@code RecordPseudonymiser} and {@link TryggRecords}, over the pseudonymisation above
 *       (start-up fails if the policy's keys are missing);
 *   <li>with {@code trygg.sealing.trust-anchors}: {@code SecureEnvelopes}, the policy-enforcing
 *       {@code SecureSender} and {@link TryggMessages}.
 * </ul>
 *
 * A {@code java.time.Clock} bean of the application, if there is one, is the clock of the
 * envelopes, the sender and the DSR desk.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@AutoConfiguration
@EnableConfigurationProperties(TryggProperties.class)
public class TryggAutoConfiguration {
  TryggAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  SecureMessageRules tryggSecureMessageRules(TryggProperties properties, ResourceLoader loader) {
    String location = properties.getRules().getSecureMessages();
    return location == null ? SecureMessageRules.bundled()
        : new Locations(loader).read("trygg.rules.secure-messages", location, "secure-message rule table", SecureMessageRules::read);
  }

  @Bean
  @ConditionalOnMissingBean
  SensitiveContentDetector tryggSensitiveContentDetector(TryggProperties properties, ResourceLoader loader) {
    TryggProperties.Rules rules = properties.getRules();
    SensitiveContentDetector detector = rules.isBundledTermLists() ? SensitiveContentDetector.bundled() : SensitiveContentDetector.identityNumbersOnly();
    Locations locations = new Locations(loader);
    for (String location : rules.getTermLists()) {
      SensitiveContentDetector more = locations.read("trygg.rules.term-lists", location, "term-list file", SensitiveContentDetector::read);
      try {
        detector = detector.and(more);
      } catch (IllegalArgumentException e) {
        throw new TryggConfigurationException("trygg.rules.term-lists", location + ": " + e.getMessage() + "; expected list ids of its own", e);
      }
    }
    return detector;
  }

  @Bean
  @ConditionalOnMissingBean
  PropagationRules tryggPropagationRules(TryggProperties properties, ResourceLoader loader) {
    String location = properties.getRules().getPropagation();
    return location == null ? PropagationRules.bundled()
        : new Locations(loader).read("trygg.rules.propagation", location, "propagation rule file", PropagationRules::read);
  }

  @Bean
  @ConditionalOnMissingBean
  Propagation tryggPropagation(PropagationRules rules) {
    return Propagation.of(PropagationSettings.builder().rules(rules).build());
  }

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.RegisterConfigured.class)
  Register tryggRegister(TryggProperties properties, ResourceLoader loader) {
    return new Locations(loader).register("trygg.register.files", properties.getRegister().getFiles());
  }

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.KeysConfigured.class)
  KeyProvider tryggKeyProvider(TryggProperties properties) {
    return KeySources.open(properties.getKeys());
  }

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.KeysAvailable.class)
  Pseudonymisation tryggPseudonymisation(KeyProvider keys, ObjectProvider<ReidentificationAudit> audit, ObjectProvider<Clock> clock) {
    Pseudonymisation.Builder b = Pseudonymisation.builder().keys(keys);
    audit.ifAvailable(b::audit);
    clock.ifAvailable(b::clock);
    return b.build();
  }

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.PolicyConfigured.class)
  RecordPolicy tryggRecordPolicy(TryggProperties properties, ResourceLoader loader) {
    return new Locations(loader).read("trygg.pseudonymisation.policy", String.valueOf(properties.getPseudonymisation().getPolicy()),
        "record policy", RecordPolicy::read);
  }

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.PolicyConfigured.class)
  RecordPseudonymiser tryggRecordPseudonymiser(RecordPolicy policy, ObjectProvider<Pseudonymisation> configured) {
    Pseudonymisation pseudonymisation = configured.getIfUnique();
    if (pseudonymisation == null) {
      if (!policy.domains().isEmpty()) {
        throw new TryggConfigurationException("trygg.pseudonymisation.policy", "the record policy '" + policy.id()
            + "' pseudonymises with keys and there are none; expected trygg.keys.key-file, trygg.keys.pkcs12 or trygg.keys.pkcs11-config, "
            + "or a KeyProvider or Pseudonymisation bean");
      }
      // A policy that only generalises, keeps and drops needs no key.
      pseudonymisation = Pseudonymisation.builder().keys(KeyProvider.of(List.of())).build();
    }
    // Fail at start-up, not on the first record, when a domain's key is missing or has no primary version.
    for (PseudonymisationDomain domain : policy.domains()) {
      try {
        pseudonymisation.keys().primary(domain.keyId());
      } catch (KeyException e) {
        throw new TryggConfigurationException("trygg.pseudonymisation.policy", "the record policy '" + policy.id() + "' pseudonymises domain '"
            + domain.name() + "' with key id '" + domain.keyId() + "', which the key provider cannot use (" + e.reason().name() + ")", e);
      }
    }
    try {
      return RecordPseudonymiser.builder().policy(policy).pseudonymisation(pseudonymisation).build();
    } catch (RuntimeException e) {
      throw new TryggConfigurationException("trygg.pseudonymisation.policy",
          "the record policy '" + policy.id() + "' cannot be used with the configured pseudonymisation: " + e.getMessage(), e);
    }
  }

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.RecordsAvailable.class)
  TryggRecords tryggRecords(RecordPseudonymiser pseudonymiser, ObjectProvider<TryggEvents> events) {
    return new TryggRecords(pseudonymiser, TryggEvents.to(events.orderedStream().toList()));
  }

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.TrustAnchorsConfigured.class)
  SecureEnvelopes tryggSecureEnvelopes(TryggProperties properties, ResourceLoader loader, ObjectProvider<Clock> clock) {
    TryggProperties.Sealing sealing = properties.getSealing();
    Locations locations = new Locations(loader);
    SecureEnvelopes.Builder b = SecureEnvelopes.builder()
        .trustAnchors(certificates(locations, "trygg.sealing.trust-anchors", sealing.getTrustAnchors()))
        .intermediates(certificates(locations, "trygg.sealing.intermediates", sealing.getIntermediates()))
        .policy(sealing.isLegacyInterop() ? CryptoPolicy.legacyInterop() : CryptoPolicy.defaults());
    clock.ifAvailable(b::clock);
    return b.build();
  }

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.SealingAvailable.class)
  SecureSender tryggSecureSender(SecureMessageRules rules, SensitiveContentDetector detector, SecureEnvelopes envelopes, ObjectProvider<Clock> clock) {
    SecureSender.Builder b = SecureSender.builder().rules(rules).detector(detector).envelopes(envelopes);
    clock.ifAvailable(b::clock);
    return b.build();
  }

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.SealingAvailable.class)
  TryggMessages tryggMessages(SecureSender sender, SecureEnvelopes envelopes, ObjectProvider<TryggEvents> events) {
    return new TryggMessages(sender, envelopes, TryggEvents.to(events.orderedStream().toList()));
  }

  private static List<X509Certificate> certificates(Locations locations, String property, List<String> files) {
    List<X509Certificate> all = new ArrayList<>();
    for (String location : files) {
      String pem = locations.text(property, location, "PEM file of certificates");
      try {
        all.addAll(Pem.certificates(pem));
      } catch (IllegalArgumentException e) {
        throw new TryggConfigurationException(property, location + ": " + e.getMessage() + "; expected PEM blocks BEGIN CERTIFICATE", e);
      }
    }
    return all;
  }
}

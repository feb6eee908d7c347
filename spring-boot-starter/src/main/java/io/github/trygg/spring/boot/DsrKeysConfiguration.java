package io.github.trygg.spring.boot;

import io.github.trygg.crypto.pseudonym.KeyException;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import io.github.trygg.spring.boot.internal.Conditions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The DSR desk's keys: key ids in the application's one {@code KeyProvider} (the one built from
 * {@code trygg.keys.*}, or the application's own bean), as for every other key in Trygg. The subject
 * pseudonyms use {@code trygg.dsr.subject-key-id}; the store seals identifiers under {@code
 * trygg.dsr.identifier-key-id}. Each id is checked at start-up to have a usable primary version, so
 * that a typo stops the start instead of the first request.
 */
@Configuration(proxyBeanMethods = false)
class DsrKeysConfiguration {
  static final String SUBJECT_KEY_ID = "trygg.dsr.subject-key-id";
  static final String IDENTIFIER_KEY_ID = "trygg.dsr.identifier-key-id";
  /** The bean names the health indicator looks for to tell the starter's DSR beans from the application's. */
  static final String SUBJECT_PSEUDONYMISER_BEAN = "tryggDsrSubjectPseudonymiser";
  static final String STORE_BEAN = "tryggDsrStore";

  private static final String KEY_SOURCES = "trygg.keys.key-file, trygg.keys.pkcs12 or trygg.keys.pkcs11-config";

  DsrKeysConfiguration() {}

  @Bean(SUBJECT_PSEUDONYMISER_BEAN)
  @ConditionalOnMissingBean
  @Conditional(Conditions.DsrAvailable.class)
  SubjectPseudonymiser tryggDsrSubjectPseudonymiser(TryggProperties properties, ObjectProvider<KeyProvider> keys) {
    String keyId = properties.getDsr().getSubjectKeyId();
    if (keyId == null || keyId.isBlank()) {
      throw new TryggConfigurationException(SUBJECT_KEY_ID, "not set; the desk records subjects as keyed pseudonyms (HMAC-SHA-256) and "
          + "expected the id of a key that exists in the key provider (" + KEY_SOURCES + ", or the application's KeyProvider bean), "
          + "for example dsr-subjects; or a SubjectPseudonymiser bean");
    }
    return SubjectPseudonymiser.of(usable(SUBJECT_KEY_ID, keyId, keys), keyId);
  }

  /**
   * The key provider in which {@code keyId} has a usable primary version. Failures name the
   * property, the key id and the reason the provider gave: never anything read from a key.
   */
  static KeyProvider usable(String property, String keyId, ObjectProvider<KeyProvider> keys) {
    try {
      KeyRef.checkKeyId(keyId);
    } catch (IllegalArgumentException e) {
      throw new TryggConfigurationException(property, "'" + keyId + "' is not a key id; expected 1–64 letters, digits, '-' or '_'");
    }
    KeyProvider provider = keys.getIfUnique();
    if (provider == null) {
      throw new TryggConfigurationException(property, "is '" + keyId + "', but there is "
          + (keys.stream().findAny().isPresent() ? "more than one KeyProvider bean" : "no key provider")
          + "; configure trygg.keys.* (" + KEY_SOURCES + "), or provide one KeyProvider bean, holding the key '" + keyId + "'");
    }
    try {
      provider.primary(keyId);
    } catch (KeyException e) {
      String why = e.reason() == KeyException.Reason.UNKNOWN_KEY
          ? "the key provider has no key '" + keyId + "'"
          : "the key '" + keyId + "' cannot be used (" + e.reason().name() + ": " + e.reason().message() + ")";
      throw new TryggConfigurationException(property, why + "; expected the id of a key that exists in the key provider "
          + "(trygg.keys.* or the application's KeyProvider bean) and has a primary version", e);
    }
    return provider;
  }
}

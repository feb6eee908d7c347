package io.github.trygg.spring.boot;

import io.github.trygg.dsr.audit.HmacPseudonymiser;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import io.github.trygg.dsr.stores.IdentifierKey;
import io.github.trygg.spring.boot.internal.Conditions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The DSR desk's own keys, kept apart from the pseudonymisation {@code KeyProvider}: the subject
 * pseudonym key ({@code HmacPseudonymiser}) and the key the store encrypts identifiers under
 * ({@code IdentifierKey}), each read from a file of random bytes. All wiring of DSR key material
 * is here, so that it can be pointed at another source in one place.
 */
@Configuration(proxyBeanMethods = false)
class DsrKeysConfiguration {
  DsrKeysConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  @Conditional(Conditions.DsrAvailable.class)
  SubjectPseudonymiser tryggDsrSubjectPseudonymiser(TryggProperties properties) {
    TryggProperties.Dsr dsr = properties.getDsr();
    String property = "trygg.dsr.subject-key-file";
    Path file = dsr.getSubjectKeyFile();
    if (file == null) {
      throw new TryggConfigurationException(property, "not set; the desk records subjects as keyed pseudonyms (HMAC-SHA-256) and "
          + "needs a file of at least 32 random bytes (head -c 32 /dev/urandom > subject.key), or a SubjectPseudonymiser bean");
    }
    byte[] key = read(property, file, 32, Integer.MAX_VALUE);
    try {
      return HmacPseudonymiser.of(keyId("trygg.dsr.subject-key-id", dsr.getSubjectKeyId(), key), key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "trygg.dsr", name = "identifier-key-file")
  IdentifierKey tryggDsrIdentifierKey(TryggProperties properties) {
    TryggProperties.Dsr dsr = properties.getDsr();
    String property = "trygg.dsr.identifier-key-file";
    byte[] key = read(property, Path.of(String.valueOf(dsr.getIdentifierKeyFile())), 32, 32);
    try {
      return IdentifierKey.of(keyId("trygg.dsr.identifier-key-id", dsr.getIdentifierKeyId(), key), key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static byte[] read(String property, Path file, int min, int max) {
    String expected = min == max ? "exactly " + min + " random bytes" : "at least " + min + " random bytes";
    if (!Files.isRegularFile(file)) {
      throw new TryggConfigurationException(property, "no file at " + file + "; expected a file of " + expected);
    }
    byte[] key;
    try {
      key = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new TryggConfigurationException(property, "cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
    }
    if (key.length < min || key.length > max) {
      int length = key.length;
      Arrays.fill(key, (byte) 0);
      throw new TryggConfigurationException(property, file + " has " + length + " bytes; expected " + expected);
    }
    return key;
  }

  /** The id given, or one derived from the key: twelve hex digits of its SHA-256, which name it without revealing it. */
  private static String keyId(String property, @Nullable String given, byte[] key) {
    if (given != null) {
      if (!given.matches("[A-Za-z0-9-]{1,32}")) {
        throw new TryggConfigurationException(property, "expected 1–32 letters, digits or '-'");
      }
      return given;
    }
    try {
      return "key-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the runtime", e);
    }
  }
}

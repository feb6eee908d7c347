package io.github.trygg.spring.boot.internal;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.crypto.CryptoException;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyStoreProvider;
import io.github.trygg.spring.boot.TryggConfigurationException;
import io.github.trygg.spring.boot.TryggProperties;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Opens the key provider {@code trygg.keys.*} names: a key file, a PKCS#12 store or a PKCS#11
 * token. Failures name the property and the file, and the reason the store gave; never the
 * password, the PIN or anything read from the file.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class KeySources {
  private KeySources() {}

  public static KeyProvider open(TryggProperties.Keys keys) {
    List<String> given = new ArrayList<>();
    if (keys.getKeyFile() != null) {
      given.add("trygg.keys.key-file");
    }
    if (keys.getPkcs12() != null) {
      given.add("trygg.keys.pkcs12");
    }
    if (keys.getPkcs11Config() != null) {
      given.add("trygg.keys.pkcs11-config");
    }
    if (given.size() != 1) {
      throw new TryggConfigurationException("trygg.keys", given.isEmpty()
          ? "no key source; expected one of trygg.keys.key-file, trygg.keys.pkcs12, trygg.keys.pkcs11-config"
          : "more than one key source (" + String.join(", ", given) + "); expected exactly one");
    }
    Path keyFile = keys.getKeyFile();
    if (keyFile != null) {
      String property = "trygg.keys.key-file";
      exists(property, keyFile, "a Trygg key file (format trygg-keyset), made with KeyFileProvider.create or trygg pseudonymise --new-keys");
      try {
        return KeyFileProvider.open(keyFile);
      } catch (InvalidInputException e) {
        // The reader quotes what it found, and in a key file that may be key material in the wrong
        // place: report where and what was expected only, and leave the reader's exception out.
        throw new TryggConfigurationException(property, keyFile + " is not a valid key file: " + withoutValues(e));
      } catch (UncheckedIOException e) {
        throw new TryggConfigurationException(property, "cannot read " + keyFile + " (" + e.getCause().getClass().getSimpleName() + ")", e);
      }
    }
    Path pkcs12 = keys.getPkcs12();
    if (pkcs12 != null) {
      String property = "trygg.keys.pkcs12";
      exists(property, pkcs12, "a PKCS#12 key store");
      char[] password = password(keys, property, "the store's password");
      try {
        return KeyStoreProvider.pkcs12(pkcs12, password);
      } catch (CryptoException e) {
        throw new TryggConfigurationException(property, "cannot open " + pkcs12 + ": " + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw new TryggConfigurationException(property, "cannot read " + pkcs12 + " (" + e.getCause().getClass().getSimpleName() + ")", e);
      } finally {
        Arrays.fill(password, '\0');
      }
    }
    Path config = keys.getPkcs11Config();
    String property = "trygg.keys.pkcs11-config";
    exists(property, config, "a SunPKCS11 configuration file (name, library, slot)");
    char[] pin = password(keys, property, "the token's user PIN");
    try {
      return KeyStoreProvider.pkcs11(config, pin);
    } catch (CryptoException e) {
      throw new TryggConfigurationException(property, "cannot open the token configured in " + config + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new TryggConfigurationException(property, "cannot read " + config + " (" + e.getCause().getClass().getSimpleName() + ")", e);
    } finally {
      Arrays.fill(pin, '\0');
    }
  }

  private static String withoutValues(InvalidInputException e) {
    return e.problems().stream()
        .map(p -> p.location() + " [" + p.code() + "]; expected " + p.expected())
        .collect(Collectors.joining("; "));
  }

  /** What kind of provider, for the health details. */
  public static String kind(KeyProvider provider) {
    if (provider instanceof KeyFileProvider) {
      return "key-file";
    }
    if (provider instanceof KeyStoreProvider) {
      return "key-store";
    }
    return "application";
  }

  private static void exists(String property, @Nullable Path file, String expected) {
    if (file == null || !Files.isRegularFile(file)) {
      throw new TryggConfigurationException(property, "no file at " + file + "; expected " + expected);
    }
  }

  private static char[] password(TryggProperties.Keys keys, String property, String what) {
    String password = keys.getPassword();
    if (password == null || password.isEmpty()) {
      throw new TryggConfigurationException("trygg.keys.password", property + " needs " + what + " in trygg.keys.password");
    }
    return password.toCharArray();
  }
}

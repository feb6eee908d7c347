package io.github.trygg.crypto.pseudonym;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.login.LoginException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PKCS#11 token through the JDK's SunPKCS11 provider, configured for this store only (never added
 * to the JVM's provider list). Every version is a generic secret in the token holding the HKDF
 * pseudorandom key of the version; HKDF-Expand runs as HMAC-SHA-256 in the token, and only the
 * derived domain keys come out.
 */
final class Pkcs11Backend implements KeyStoreBackend {
  private static final Logger LOG = LoggerFactory.getLogger(Pkcs11Backend.class);

  /**
   * Appended to the host's configuration: every secret key this provider creates in the token —
   * generated there or imported — is sensitive, cannot be extracted, and can only compute HMACs.
   */
  static final String ATTRIBUTES = "\nattributes(*, CKO_SECRET_KEY, *) = {\n"
      + "  CKA_SENSITIVE = true\n"
      + "  CKA_EXTRACTABLE = false\n"
      + "  CKA_SIGN = true\n"
      + "  CKA_VERIFY = false\n"
      + "  CKA_ENCRYPT = false\n"
      + "  CKA_DECRYPT = false\n"
      + "  CKA_WRAP = false\n"
      + "  CKA_UNWRAP = false\n"
      + "  CKA_DERIVE = false\n"
      + "}\n";
  private static final String HMAC = "HmacSHA256";
  private static final int HASH_LENGTH = 32;

  private final Provider provider;
  private final KeyStore store;
  private final String name;
  /** Kept to log in again: SunPKCS11 maps the token's labels only when its key store is loaded. */
  private final char[] pin;

  private Pkcs11Backend(Provider provider, KeyStore store, char[] pin) {
    this.provider = provider;
    this.store = store;
    this.name = provider.getName();
    this.pin = pin.clone();
  }

  /**
   * Configures a SunPKCS11 provider from {@code config} (a SunPKCS11 configuration file: name,
   * library, slot or slotListIndex) and logs in with {@code pin}.
   */
  static Pkcs11Backend open(Path config, char[] pin) {
    String where = config.getFileName() == null ? config.toString() : config.getFileName().toString();
    String text;
    try {
      text = Files.readString(config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PKCS#11 configuration " + config, e);
    }
    Provider base = Security.getProvider("SunPKCS11");
    if (base == null) {
      throw new KeyStoreAccessException(KeyStoreAccessException.Reason.TOKEN_UNAVAILABLE, where, null,
          new ProviderException("this Java runtime has no SunPKCS11 provider (module jdk.crypto.cryptoki)"));
    }
    Provider provider;
    try {
      // "--" marks configuration text rather than a file name; the provider stays local to this store.
      provider = base.configure("--" + text + ATTRIBUTES);
    } catch (RuntimeException e) {
      throw new KeyStoreAccessException(KeyStoreAccessException.Reason.TOKEN_UNAVAILABLE, where, null, e);
    }
    KeyStore store;
    try {
      store = KeyStore.getInstance("PKCS11", provider);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new KeyStoreAccessException(KeyStoreAccessException.Reason.TOKEN_UNAVAILABLE, provider.getName(), null, e);
    }
    Pkcs11Backend backend = new Pkcs11Backend(provider, store, pin);
    backend.load();
    return backend;
  }

  /** Logs in if needed and reads the token's labels anew. */
  private void load() {
    synchronized (store) {
      try {
        store.load(null, pin);
      } catch (IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
          if (t instanceof LoginException) {
            throw new KeyStoreAccessException(KeyStoreAccessException.Reason.LOGIN_REFUSED, name, null, null);
          }
        }
        throw new KeyStoreAccessException(KeyStoreAccessException.Reason.TOKEN_UNAVAILABLE, name, null, e);
      } catch (GeneralSecurityException | RuntimeException e) {
        throw new KeyStoreAccessException(KeyStoreAccessException.Reason.TOKEN_UNAVAILABLE, name, null, e);
      }
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "PKCS#11";
  }

  @Override
  public Contents read() {
    Set<String> aliases;
    synchronized (store) {
      load();
      try {
        aliases = new TreeSet<>(Collections.list(store.aliases()));
      } catch (KeyStoreException | ProviderException e) {
        throw new KeyStoreAccessException(KeyStoreAccessException.Reason.TOKEN_UNAVAILABLE, name, null, e);
      }
    }
    return new Contents() {
      @Override
      public Set<String> aliases() {
        return aliases;
      }

      @Override
      public MasterKey open(String alias, KeyRef ref, KeyStatus status) {
        SecretKey key = secretKey(alias);
        if (!keptInside(key)) {
          LOG.warn("{}: {} can be read out of the token (it is not sensitive and non-extractable); "
              + "Trygg never reads it out, but the token would let others", name, alias);
        }
        return MasterKey.held(ref, status, new TokenKey(alias, ref, key));
      }
    };
  }

  private SecretKey secretKey(String alias) {
    Key key;
    synchronized (store) {
      try {
        key = store.getKey(alias, null);
      } catch (GeneralSecurityException | ProviderException e) {
        throw new KeyStoreAccessException(KeyStoreAccessException.Reason.TOKEN_UNAVAILABLE, name, alias, e);
      }
    }
    if (!(key instanceof SecretKey)) {
      throw new KeyStoreAccessException(KeyStoreAccessException.Reason.INVALID_ENTRY, name, alias, null);
    }
    return (SecretKey) key;
  }

  /**
   * Whether the token reports the key as sensitive and non-extractable. SunPKCS11 reads both
   * attributes from the token when it loads a key and shows them only in its description; asking
   * for the encoded key instead would read the value out of a token that allows it.
   */
  static boolean keptInside(Key key) {
    return key.toString().endsWith(", sensitive, unextractable)");
  }

  @Override
  public void generate(String alias) {
    SecretKey key;
    try {
      KeyGenerator generator = KeyGenerator.getInstance(HMAC, provider);
      generator.init(HASH_LENGTH * 8);
      key = generator.generateKey();
    } catch (GeneralSecurityException | ProviderException e) {
      throw new KeyStoreAccessException(KeyStoreAccessException.Reason.REFUSED, name, alias, e);
    }
    store(alias, key);
  }

  @Override
  public void put(String alias, MasterKey key) {
    byte[] prk = DomainKeys.pseudorandomKey(key);
    try {
      putPseudorandomKey(alias, prk);
    } finally {
      Arrays.fill(prk, (byte) 0);
    }
  }

  /** Stores an HKDF pseudorandom key as it is (the RFC 5869 vectors give one). */
  void putPseudorandomKey(String alias, byte[] prk) {
    store(alias, new SecretKeySpec(prk, HMAC));
  }

  /** Stores {@code key} as a token object under {@code alias}; one that the token would let out is deleted again. */
  private void store(String alias, SecretKey key) {
    synchronized (store) {
      try {
        store.setEntry(alias, new KeyStore.SecretKeyEntry(key), null);
      } catch (GeneralSecurityException | ProviderException e) {
        throw new KeyStoreAccessException(KeyStoreAccessException.Reason.REFUSED, name, alias, e);
      }
      if (!keptInside(secretKey(alias))) {
        delete(alias);
        throw new KeyStoreAccessException(KeyStoreAccessException.Reason.REFUSED, name, alias,
            new ProviderException("the token did not keep the key sensitive and non-extractable"));
      }
    }
  }

  @Override
  public void destroy(String alias, String marker) {
    synchronized (store) {
      load();
      boolean marked;
      boolean present;
      try {
        marked = store.containsAlias(marker);
        present = store.containsAlias(alias);
      } catch (KeyStoreException | ProviderException e) {
        throw new KeyStoreAccessException(KeyStoreAccessException.Reason.TOKEN_UNAVAILABLE, name, alias, e);
      }
      if (!marked) {
        // A token holds no plain data objects through JCA; the marker is a fresh key never used.
        generate(marker);
      }
      if (present) {
        delete(alias);
      }
    }
  }

  private void delete(String alias) {
    try {
      store.deleteEntry(alias);
      if (store.containsAlias(alias)) {
        throw new KeyStoreAccessException(KeyStoreAccessException.Reason.REFUSED, name, alias, null);
      }
    } catch (KeyStoreException | ProviderException e) {
      throw new KeyStoreAccessException(KeyStoreAccessException.Reason.REFUSED, name, alias, e);
    }
  }

  /** Whether the token still holds an entry under {@code alias}; true when it cannot tell. */
  private boolean holds(String alias) {
    synchronized (store) {
      try {
        load();
        return store.containsAlias(alias);
      } catch (KeyStoreException | KeyStoreAccessException | ProviderException e) {
        return true;
      }
    }
  }

  /** A version in the token: HKDF-Expand as HMAC-SHA-256 operations of the token. */
  private final class TokenKey implements MasterKey.Held {
    private final String alias;
    private final KeyRef ref;
    private final SecretKey key;

    TokenKey(String alias, KeyRef ref, SecretKey key) {
      this.alias = alias;
      this.ref = ref;
      this.key = key;
    }

    @Override
    public byte[] expand(byte[] info, int length) {
      if (length < 0 || length > 255 * HASH_LENGTH) {
        throw new IllegalArgumentException("HKDF-SHA-256 output is 0 to " + 255 * HASH_LENGTH + " bytes");
      }
      byte[] out = new byte[length];
      byte[] previous = new byte[0];
      try {
        Mac mac = Mac.getInstance(HMAC, provider);
        mac.init(key);
        for (int i = 1, at = 0; at < length; i++) {
          mac.update(previous);
          mac.update(info);
          mac.update((byte) i);
          byte[] next = mac.doFinal();
          Arrays.fill(previous, (byte) 0);
          previous = next;
          int n = Math.min(HASH_LENGTH, length - at);
          System.arraycopy(previous, 0, out, at, n);
          at += n;
        }
        return out;
      } catch (GeneralSecurityException | ProviderException e) {
        Arrays.fill(out, (byte) 0);
        // A token object deleted since this store was read is crypto-shredded, not unreachable.
        KeyException.Reason reason = holds(alias) ? KeyException.Reason.UNAVAILABLE : KeyException.Reason.DESTROYED;
        throw new KeyException(reason, ref.keyId(), ref.version(), e);
      } finally {
        Arrays.fill(previous, (byte) 0);
      }
    }

    @Override
    public String toString() {
      return "TokenKey[" + alias + "]";
    }
  }
}

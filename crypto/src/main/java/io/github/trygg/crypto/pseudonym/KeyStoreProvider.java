package io.github.trygg.crypto.pseudonym;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link KeyProvider} over a JCA key store: a PKCS#12 file, or a PKCS#11 token (an HSM) through
 * the JDK's SunPKCS11 provider.
 *
 * <pre>{@code
 * KeyStoreProvider file = KeyStoreProvider.pkcs12(Path.of("/etc/trygg/keys.p12"), password);
 * KeyStoreProvider hsm = KeyStoreProvider.pkcs11(Path.of("/etc/trygg/pkcs11.cfg"), pin);
 * }</pre>
 *
 * <p><b>Aliases.</b> Version {@code n} of key id {@code k} is the entry {@code trygg.<k>.<n>}, the
 * key id in lower case ({@code trygg.export.2}); key ids are compared without regard to case,
 * because PKCS#12 keeps aliases in lower case. The highest version is primary and makes new
 * pseudonyms; every earlier one still present is {@link KeyStatus#ENABLED} and reads what it made.
 * A version missing below the highest, or marked {@code trygg.<k>.<n>.destroyed}, is {@link
 * KeyStatus#DESTROYED}; if the highest version is destroyed the id has no primary until it is
 * rotated. Other aliases in the store are left alone. There is no disabled status in a key store.
 *
 * <p><b>What is stored.</b> In a PKCS#12 file each entry is the master key itself (32–64 bytes),
 * exactly what a key file holds. In a token each entry is the version's HKDF pseudorandom key,
 * HKDF-Extract(salt, master key): a 256-bit generic secret, sensitive and not extractable, that
 * only computes HMACs. HKDF-Expand, the part of the derivation that uses a secret key, runs as
 * HMAC-SHA-256 in the token, so only the derived per-domain keys leave it. A version generated in
 * the token ({@link #rotate}) has no master key outside it at all; one copied in with {@link
 * #importKey} gives the same pseudonyms as the key file or PKCS#12 store it came from.
 *
 * <p>The provider reads the store when it is opened and after each of its own changes; changes
 * made by others are seen after {@link #reload()}. A token version deleted since then is reported
 * as destroyed when it is used. Thread-safe; changes are made one at a time.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KeyStoreProvider implements KeyProvider {
  private static final Logger LOG = LoggerFactory.getLogger(KeyStoreProvider.class);

  private final KeyStoreBackend backend;
  private final Object lock = new Object();
  private volatile Map<String, List<MasterKey>> keys;

  private KeyStoreProvider(KeyStoreBackend backend) {
    this.backend = backend;
    this.keys = read(backend);
  }

  /**
   * Opens a PKCS#12 file whose entries and integrity are protected with {@code password}.
   *
   * @param file the PKCS#12 file
   * @param password the store's password; the caller should clear the array after use
   * @return the provider
   * @throws KeyStoreAccessException if the password is refused, the file is no PKCS#12 store, or
   *     an entry under a Trygg alias is not a 256–512-bit secret key
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static KeyStoreProvider pkcs12(Path file, char[] password) {
    Objects.requireNonNull(file, "file");
    return new KeyStoreProvider(Pkcs12Backend.open(file, Objects.requireNonNull(password, "password")));
  }

  /**
   * Creates a PKCS#12 file with version 1 of {@code keyId}, a fresh 256-bit key, primary.
   *
   * @param file the PKCS#12 file
   * @param password the store's password; the caller should clear the array after use
   * @param keyId the key id
   * @return the provider over the new file
   * @throws IllegalStateException if the file exists
   */
  public static KeyStoreProvider createPkcs12(Path file, char[] password, String keyId) {
    KeyRef ref = new KeyRef(keyId, 1);
    if (Files.exists(file)) {
      throw new IllegalStateException("the key store exists already: " + file);
    }
    return new KeyStoreProvider(Pkcs12Backend.create(file, Objects.requireNonNull(password, "password"), KeyStoreAliases.alias(ref)));
  }

  /**
   * Opens a PKCS#11 token through the JDK's SunPKCS11 provider. {@code config} is a SunPKCS11
   * configuration file ({@code name}, {@code library}, and {@code slot} or {@code slotListIndex};
   * absolute paths); Trygg adds to it only the attributes of the keys it creates (sensitive, not
   * extractable, HMAC only). The provider is used by this store alone and is not installed in the
   * JVM.
   *
   * @param config the SunPKCS11 configuration file
   * @param pin the token's user PIN; the caller should clear the array after use
   * @return the provider
   * @throws KeyStoreAccessException if the runtime has no SunPKCS11, the library, slot or token
   *     cannot be used, or the PIN is refused
   * @throws java.io.UncheckedIOException if the configuration cannot be read
   */
  public static KeyStoreProvider pkcs11(Path config, char[] pin) {
    Objects.requireNonNull(config, "config");
    return new KeyStoreProvider(Pkcs11Backend.open(config, Objects.requireNonNull(pin, "pin")));
  }

  /**
   * Adds a new primary version of {@code keyId} (version 1 if the id is new): in a token generated
   * there and never extractable, in a file from a {@link java.security.SecureRandom}. The former
   * primary becomes {@link KeyStatus#ENABLED}, so what was made with it can still be read.
   *
   * @return the new version
   * @param keyId the key id
   * @throws KeyStoreAccessException if the store refuses the new entry
   */
  public KeyRef rotate(String keyId) {
    KeyRef.checkKeyId(keyId);
    synchronized (lock) {
      KeyRef ref = new KeyRef(keyId, versionsNow(keyId).size() + 1);
      backend.generate(KeyStoreAliases.alias(ref));
      LOG.info("{} {}: key {} created", backend.kind(), backend.name(), ref);
      keys = read(backend);
      return ref;
    }
  }

  /**
   * Copies a version from another provider — a key file being moved into a key store — under its
   * own version number; a destroyed one becomes a destroyed marker. Into a token goes the version's
   * HKDF pseudorandom key, so pseudonyms stay the same. Import versions oldest first: the highest
   * version in the store is the primary one. Logged as an export with the permit's reason.
   *
   * @param key the version to copy
   * @param permit the capability to export the key from its source, with its reason
   * @return the version as stored here
   * @throws IllegalStateException if the store has that version already
   * @throws IllegalArgumentException if the version is {@link KeyStatus#DISABLED}: a key store has
   *     no such status, and importing would enable it again
   * @throws KeyException if {@code key} is held in a token itself
   */
  public KeyRef importKey(MasterKey key, KeyExport permit) {
    Objects.requireNonNull(permit, "permit");
    KeyRef ref = key.ref();
    if (key.status() == KeyStatus.DISABLED) {
      throw new IllegalArgumentException("key " + ref + " is disabled; a key store has no disabled status, so enable or destroy it first");
    }
    if (key.heldKey().isPresent()) {
      throw new KeyException(KeyException.Reason.NOT_EXPORTABLE, ref.keyId(), ref.version());
    }
    synchronized (lock) {
      if (versionsNow(ref.keyId()).size() >= ref.version()) {
        throw new IllegalStateException("the key store has " + ref + " already");
      }
      if (key.status() == KeyStatus.DESTROYED) {
        backend.destroy(KeyStoreAliases.alias(ref), KeyStoreAliases.marker(ref));
      } else {
        LOG.warn("Key {} copied into {} {}: {}", ref, backend.kind(), backend.name(), permit.reason());
        backend.put(KeyStoreAliases.alias(ref), key);
      }
      keys = read(backend);
      return ref;
    }
  }

  /**
   * Destroys a version for good (crypto-shredding): its entry is deleted from the file or the token
   * object destroyed, and the marker {@code trygg.<k>.<n>.destroyed} records that it existed.
   * Pseudonyms it made can never be reversed or linked again through this store; copies in backups
   * are the host's to destroy. Destroying the primary leaves the id without one until it is rotated.
   *
   * @param ref the key id and version
   * @throws KeyException if the version is unknown
   * @throws KeyStoreAccessException if the store refuses to delete it
   */
  public void destroy(KeyRef ref) {
    synchronized (lock) {
      List<KeyStoreAliases.Version> versions = versionsNow(ref.keyId());
      if (versions.isEmpty()) {
        throw new KeyException(KeyException.Reason.UNKNOWN_KEY, ref.keyId());
      }
      if (ref.version() > versions.size()) {
        throw new KeyException(KeyException.Reason.UNKNOWN_VERSION, ref.keyId(), ref.version());
      }
      backend.destroy(KeyStoreAliases.alias(ref), KeyStoreAliases.marker(ref));
      LOG.info("{} {}: key {} destroyed", backend.kind(), backend.name(), ref);
      keys = read(backend);
    }
  }

  /** Reads the store again, to see versions added or destroyed by others. */
  public void reload() {
    synchronized (lock) {
      keys = read(backend);
    }
  }

  /** The versions of {@code keyId} in the store now, from its aliases alone (no key is opened). */
  private List<KeyStoreAliases.Version> versionsNow(String keyId) {
    return KeyStoreAliases.layout(backend.read().aliases(), backend.name()).getOrDefault(KeyStoreAliases.id(keyId), List.of());
  }

  private static Map<String, List<MasterKey>> read(KeyStoreBackend backend) {
    KeyStoreBackend.Contents contents = backend.read();
    Map<String, List<MasterKey>> result = new LinkedHashMap<>();
    KeyStoreAliases.layout(contents.aliases(), backend.name()).forEach((id, versions) -> {
      List<MasterKey> list = new ArrayList<>(versions.size());
      int highest = versions.size();
      for (KeyStoreAliases.Version v : versions) {
        KeyRef ref = new KeyRef(id, v.version());
        Optional<String> alias = v.alias();
        list.add(alias.isEmpty()
            ? MasterKey.destroyed(ref)
            : contents.open(alias.get(), ref, v.version() == highest ? KeyStatus.PRIMARY : KeyStatus.ENABLED));
      }
      result.put(id, List.copyOf(list));
    });
    return Map.copyOf(result);
  }

  @Override
  public MasterKey primary(String keyId) {
    List<MasterKey> versions = keys.get(KeyStoreAliases.id(keyId));
    if (versions == null) {
      throw new KeyException(KeyException.Reason.UNKNOWN_KEY, keyId);
    }
    MasterKey newest = versions.get(versions.size() - 1);
    if (newest.status() != KeyStatus.PRIMARY) {
      throw new KeyException(KeyException.Reason.NO_PRIMARY, keyId);
    }
    return spelled(newest, keyId);
  }

  @Override
  public MasterKey key(KeyRef ref) {
    List<MasterKey> versions = keys.get(KeyStoreAliases.id(ref.keyId()));
    if (versions == null) {
      throw new KeyException(KeyException.Reason.UNKNOWN_KEY, ref.keyId());
    }
    if (ref.version() > versions.size()) {
      throw new KeyException(KeyException.Reason.UNKNOWN_VERSION, ref.keyId(), ref.version());
    }
    return spelled(versions.get(ref.version() - 1), ref.keyId());
  }

  @Override
  public List<KeyRef> versions(String keyId) {
    List<MasterKey> versions = keys.get(KeyStoreAliases.id(keyId));
    if (versions == null) {
      return List.of();
    }
    return versions.stream().map(k -> new KeyRef(keyId, k.ref().version())).toList();
  }

  /** The key under the caller's spelling of its id, which pseudonyms carry. */
  private static MasterKey spelled(MasterKey key, String keyId) {
    if (key.ref().keyId().equals(keyId)) {
      return key;
    }
    KeyRef ref = new KeyRef(keyId, key.ref().version());
    if (key.status() == KeyStatus.DESTROYED) {
      return MasterKey.destroyed(ref);
    }
    Optional<MasterKey.Held> held = key.heldKey();
    if (held.isPresent()) {
      return MasterKey.held(ref, key.status(), held.get());
    }
    byte[] material = key.material();
    try {
      return MasterKey.of(ref, key.status(), material);
    } finally {
      java.util.Arrays.fill(material, (byte) 0);
    }
  }

  @Override
  public String toString() {
    int versions = keys.values().stream().mapToInt(List::size).sum();
    return "KeyStoreProvider[" + backend.kind() + " " + backend.name() + ", " + versions + " versions]";
  }
}

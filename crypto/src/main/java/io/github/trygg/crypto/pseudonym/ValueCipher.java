package io.github.trygg.crypto.pseudonym;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * Seals small values at rest — the identifiers a store keeps while a request is open — with
 * AES-256-GCM under keys from the same {@link KeyProvider}, versions and derivation as pseudonyms.
 * A sealed value has the pseudonyms' text form, {@code <key id>.<version>.<base64url of nonce |
 * ciphertext | tag>}, so it names the version that sealed it:
 *
 * <ul>
 *   <li>{@link #seal} uses the key id's primary version at the time of the call: after a rotation,
 *       new values are sealed under the new version;
 *   <li>{@link #open} uses whichever version the value names, as long as it is primary or enabled:
 *       values sealed before a rotation stay readable, and once their version is destroyed they can
 *       never be opened again (crypto-shredding).
 * </ul>
 *
 * <p>Each version's key is derived with HKDF for this use and the {@code domain} name, so sealed
 * values share no key with pseudonyms or message tags of the same key id. A context the caller
 * binds — which record and field a value belongs to — is authenticated with it: a value moved to
 * another record does not open. Nonces are 96 random bits, so one version should seal no more than
 * 2<sup>32</sup> values; rotate long before that.
 *
 * <pre>{@code
 * ValueCipher identifiers = ValueCipher.of(KeyFileProvider.open(keyFile), "dsr-identifiers", "dsr.identifiers");
 * String sealed = identifiers.seal("LK-4471", "request r-17/device-id");   // "dsr-identifiers.2.…"
 * String value = identifiers.open(sealed, "request r-17/device-id");
 * }</pre>
 *
 * <p>Thread-safe. Derived keys are kept per version, but the provider is asked for the version's
 * status on every use, so a destroyed or disabled version is refused as soon as the provider knows.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ValueCipher {
  private static final int NONCE = 12;
  private static final int TAG = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeyProvider keys;
  private final String keyId;
  private final String domain;
  private final Map<KeyRef, SecretKey> derived = new ConcurrentHashMap<>();

  private ValueCipher(KeyProvider keys, String keyId, String domain) {
    this.keys = keys;
    this.keyId = keyId;
    this.domain = domain;
  }

  /**
   * A cipher over {@code keyId}'s versions, with keys derived for {@code domain}.
   *
   * @param domain lower-case letters, digits, '.', '_' and '-', 1–64 characters, such as {@code
   *     dsr.identifiers}; the same rules as a {@link PseudonymisationDomain}'s name
   * @param keys the key provider that holds the key
   * @param keyId the key id
   * @return the cipher
   * @throws IllegalArgumentException if the key id or the domain name is malformed
   */
  public static ValueCipher of(KeyProvider keys, String keyId, String domain) {
    Objects.requireNonNull(keys, "keys");
    return new ValueCipher(keys, KeyRef.checkKeyId(keyId), PseudonymisationDomain.checkName(domain));
  }

  /** {@return the key id whose versions seal and open values} */
  public String keyId() {
    return keyId;
  }

  /** {@return the domain the keys are derived for} */
  public String domain() {
    return domain;
  }

  /**
   * {@return the version {@link #seal} uses now: the key id's primary}
   *
   * @throws KeyException if the key id is unknown or has no primary version
   */
  public KeyRef current() {
    return keys.primary(keyId).ref();
  }

  /**
   * Seals {@code value} under the primary version, bound to {@code context}.
   *
   * @param context what the value belongs to (a record id and a field name); not secret, not stored
   *     in the result, and needed again to open it
   * @param value the value to seal
   * @return {@code <key id>.<version>.<base64url>}
   * @throws KeyException if the key id is unknown or has no usable primary version
   */
  public String seal(String value, String context) {
    MasterKey master = DomainKeys.requireUsable(keys.primary(keyId), true);
    SecretKey key = keyFor(master, true);
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG * 8, nonce));
      c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] ct = c.doFinal(value.getBytes(StandardCharsets.UTF_8));
      byte[] body = ByteBuffer.allocate(NONCE + ct.length).put(nonce).put(ct).array();
      return Pseudonyms.prefix(master.ref()) + Pseudonyms.encode(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM/NoPadding is not available in this JDK", e);
    }
  }

  /**
   * The key id and version a sealed value names, read without any key.
   *
   * @param sealed a sealed value
   * @return the key id and version it names
   * @throws SealedValueException if the text is not a sealed value
   */
  public static KeyRef keyOf(String sealed) {
    return parse(sealed).key();
  }

  /**
   * Opens a value sealed under any primary or enabled version of the key id.
   *
   * @param sealed a sealed value
   * @param context the context it was sealed with
   * @return the value
   * @throws KeyException if the version it names is unknown, disabled or destroyed
   * @throws SealedValueException if the text is not a sealed value, names another key id, or does
   *     not open: sealed by another key with this id and version, bound to another context, or
   *     altered. The message names the key id and version only.
   */
  public String open(String sealed, String context) {
    Pseudonyms.Parsed parsed = parse(sealed);
    KeyRef ref = parsed.key();
    if (!ref.keyId().equals(keyId)) {
      throw new SealedValueException(SealedValueException.Reason.OTHER_KEY, ref,
          "the value is sealed under key '" + ref.keyId() + "', not under '" + keyId + "'");
    }
    MasterKey master;
    try {
      master = DomainKeys.requireUsable(keys.key(ref), false);
    } catch (KeyException e) {
      derived.remove(ref);
      throw e;
    }
    byte[] body = parsed.body();
    if (body.length < NONCE + TAG) {
      throw new SealedValueException(SealedValueException.Reason.MALFORMED, ref, "the sealed value under key " + ref + " is too short");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, keyFor(master, false), new GCMParameterSpec(TAG * 8, body, 0, NONCE));
      c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return new String(c.doFinal(body, NONCE, body.length - NONCE), StandardCharsets.UTF_8);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new SealedValueException(SealedValueException.Reason.NOT_AUTHENTIC, ref,
          "the value does not open under key " + ref + ": another key with this id and version sealed it, it belongs elsewhere, or it was altered");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM/NoPadding is not available in this JDK", e);
    }
  }

  private static Pseudonyms.Parsed parse(String sealed) {
    try {
      return Pseudonyms.parseAny(sealed);
    } catch (InvalidPseudonymException e) {
      throw new SealedValueException(SealedValueException.Reason.MALFORMED, null, "not a sealed value: expected <key id>.<version>.<body>");
    }
  }

  private SecretKey keyFor(MasterKey master, boolean forWriting) {
    SecretKey key = derived.get(master.ref());
    if (key != null) {
      return key;
    }
    byte[] bytes = DomainKeys.derive(master, domain, DomainKeys.Use.VALUE_SEAL, forWriting);
    try {
      key = new SecretKeySpec(bytes, "AES");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
    derived.put(master.ref(), key);
    return key;
  }

  @Override
  public String toString() {
    return "ValueCipher[" + keyId + ", " + domain + "]";
  }
}

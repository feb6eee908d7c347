package io.github.trygg.crypto.pseudonym;

import io.github.trygg.crypto.internal.primitive.HmacSha256;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HMAC-SHA-256 tags of messages — signed webhook deliveries — under keys from the same {@link
 * KeyProvider}, versions and derivation as pseudonyms: each version's key is derived with HKDF for
 * this use and the {@code domain} name. A sender tags with the versions it holds; a receiver that
 * holds the same master key versions derives the same keys and {@link #verify verifies} under every
 * primary or enabled one, so a rotation needs no flag day. A peer that computes tags itself (a
 * receiving system outside Trygg) is given one version's derived key with {@link #export}, never
 * the master key.
 *
 * <pre>{@code
 * MessageMac mac = MessageMac.of(keys, "webhook-journal", "dsr.webhook");
 * byte[] tag = mac.tag(mac.readable().get(0), message);
 * Optional<KeyRef> by = mac.verify(message, tag);
 * }</pre>
 *
 * <p>Thread-safe. The provider is asked for the versions and their status on every call, so a
 * rotation, a disabled or a destroyed version takes effect as soon as the provider knows it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MessageMac {
  private static final Logger LOG = LoggerFactory.getLogger(MessageMac.class);

  private final KeyProvider keys;
  private final String keyId;
  private final String domain;

  private MessageMac(KeyProvider keys, String keyId, String domain) {
    this.keys = keys;
    this.keyId = keyId;
    this.domain = domain;
  }

  /**
   * Tags under {@code keyId}'s versions, with keys derived for {@code domain}.
   *
   * @param keys the key provider that holds the master key
   * @param keyId the id of the master key in the provider
   * @param domain lower-case letters, digits, '.', '_' and '-', 1–64 characters; the same rules as
   *     a {@link PseudonymisationDomain}'s name
   * @return the tagger and verifier
   * @throws IllegalArgumentException if the key id or the domain name is malformed
   */
  public static MessageMac of(KeyProvider keys, String keyId, String domain) {
    Objects.requireNonNull(keys, "keys");
    return new MessageMac(keys, KeyRef.checkKeyId(keyId), PseudonymisationDomain.checkName(domain));
  }

  /** {@return the id of the master key whose versions tag} */
  public String keyId() {
    return keyId;
  }

  /** {@return the domain name the tag keys are derived for} */
  public String domain() {
    return domain;
  }

  /**
   * {@return the versions that tag and verify now: the primary first, then enabled ones, newest
   * first} Disabled and destroyed versions are left out.
   *
   * @throws KeyException if the key id is unknown
   */
  public List<KeyRef> readable() {
    List<KeyRef> versions = keys.versions(keyId);
    if (versions.isEmpty()) {
      throw new KeyException(KeyException.Reason.UNKNOWN_KEY, keyId);
    }
    List<KeyRef> result = new ArrayList<>(versions.size());
    for (int i = versions.size() - 1; i >= 0; i--) {
      KeyStatus status = keys.key(versions.get(i)).status();
      if (status == KeyStatus.PRIMARY) {
        result.add(0, versions.get(i));
      } else if (status.readable()) {
        result.add(versions.get(i));
      }
    }
    return List.copyOf(result);
  }

  /**
   * The HMAC-SHA-256 tag (32 bytes) of {@code message} under one primary or enabled version.
   *
   * @param version the key version to tag with, usually the first of {@link #readable()}
   * @param message the bytes to tag
   * @return the 32-byte tag
   * @throws KeyException if the version is unknown, disabled or destroyed
   */
  public byte[] tag(KeyRef version, byte[] message) {
    return macFor(version).mac(message);
  }

  /**
   * The version whose tag {@code tag} is, trying every primary or enabled one; the comparison takes
   * the same time wherever the tags differ.
   *
   * @param message the bytes that were tagged
   * @param tag the tag received with them
   * @return the version that made the tag; empty when no readable version made it
   * @throws KeyException if the key id is unknown
   */
  public Optional<KeyRef> verify(byte[] message, byte[] tag) {
    for (KeyRef version : readable()) {
      if (MessageDigest.isEqual(tag(version, message), tag)) {
        return Optional.of(version);
      }
    }
    return Optional.empty();
  }

  /**
   * One version's derived key (32 bytes), for a peer that computes the tags itself. Logged with the
   * permit's reason, never with the bytes. The master key stays where it is.
   *
   * @param version the version whose derived key is exported
   * @param permit the capability to export, with its reason
   * @return the derived 32-byte key; the caller should clear it after use
   * @throws KeyException if the version is unknown, disabled or destroyed
   */
  public byte[] export(KeyRef version, KeyExport permit) {
    Objects.requireNonNull(permit, "permit");
    requireOwn(version);
    MasterKey master = DomainKeys.requireUsable(keys.key(version), false);
    LOG.warn("Message key {} of domain {} exported: {}", version, domain, permit.reason());
    return DomainKeys.derive(master, domain, DomainKeys.Use.MESSAGE_MAC, false);
  }

  private HmacSha256 macFor(KeyRef version) {
    requireOwn(version);
    MasterKey master = DomainKeys.requireUsable(keys.key(version), false);
    byte[] k = DomainKeys.derive(master, domain, DomainKeys.Use.MESSAGE_MAC, false);
    try {
      return new HmacSha256(k);
    } finally {
      Arrays.fill(k, (byte) 0);
    }
  }

  private void requireOwn(KeyRef version) {
    if (!version.keyId().equals(keyId)) {
      throw new IllegalArgumentException("version " + version + " is not of key '" + keyId + "'");
    }
  }

  @Override
  public String toString() {
    return "MessageMac[" + keyId + ", " + domain + "]";
  }
}

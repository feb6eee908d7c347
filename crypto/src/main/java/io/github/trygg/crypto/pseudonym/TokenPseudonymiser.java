package io.github.trygg.crypto.pseudonym;

import io.github.trygg.crypto.internal.primitive.HmacSha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Random tokens (128 bits after the key prefix) kept in a {@link TokenVault}: one per value and
 * document ({@link Technique#DOCUMENT_TOKEN}) or one per occurrence ({@link
 * Technique#RANDOM_TOKEN}). The vault gets the value sealed with AES-256-GCM and keyed digests to
 * find it by; the keys are the domain's, per key version.
 */
final class TokenPseudonymiser implements Pseudonymiser {
  private static final byte SUBJECT = 1;
  private static final byte DOCUMENT = 2;
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;

  private final PseudonymisationDomain domain;
  private final Technique technique;
  private final TokenVault vault;
  private final VersionKeys keys;
  private final byte @Nullable [] document;
  private final Clock clock;
  private final SecureRandom random;
  private final String prefix;

  TokenPseudonymiser(PseudonymisationDomain domain, Technique technique, MasterKey master, TokenVault vault,
      @Nullable String documentId, Clock clock, SecureRandom random) {
    this.domain = domain;
    this.technique = technique;
    this.vault = vault;
    this.keys = new VersionKeys(domain, master, true);
    this.document = documentId == null ? null : documentId.getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
    this.random = random;
    this.prefix = Pseudonyms.prefix(master.ref());
  }

  /** The index and sealing keys of one key version. */
  static final class VersionKeys {
    final KeyRef ref;
    final HmacSha256 index;
    final SecretKeySpec seal;

    VersionKeys(PseudonymisationDomain domain, MasterKey master, boolean forWriting) {
      this.ref = master.ref();
      byte[] i = DomainKeys.derive(master, domain, DomainKeys.Use.VAULT_INDEX, forWriting);
      byte[] s = DomainKeys.derive(master, domain, DomainKeys.Use.VAULT_SEAL, forWriting);
      this.index = new HmacSha256(i);
      this.seal = new SecretKeySpec(s, "AES");
      Arrays.fill(i, (byte) 0);
      Arrays.fill(s, (byte) 0);
    }

    byte[] subject(byte[] value) {
      return index.mac(new byte[] {SUBJECT}, value);
    }

    byte[] lookup(byte[] document, byte[] value) {
      byte[] length = ByteBuffer.allocate(4).putInt(document.length).array();
      return index.mac(new byte[] {DOCUMENT}, length, document, value);
    }

    byte[] seal(byte[] value, byte[] associatedData, SecureRandom random) {
      byte[] nonce = new byte[NONCE];
      random.nextBytes(nonce);
      try {
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, seal, new GCMParameterSpec(TAG_BITS, nonce));
        gcm.updateAAD(associatedData);
        byte[] body = gcm.doFinal(value);
        byte[] out = Arrays.copyOf(nonce, NONCE + body.length);
        System.arraycopy(body, 0, out, NONCE, body.length);
        return out;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the platform cannot run AES-GCM", e);
      }
    }

    byte @Nullable [] open(byte[] sealed, byte[] associatedData) {
      if (sealed.length < NONCE + TAG_BITS / 8) {
        return null;
      }
      try {
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.DECRYPT_MODE, seal, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
        gcm.updateAAD(associatedData);
        return gcm.doFinal(sealed, NONCE, sealed.length - NONCE);
      } catch (AEADBadTagException e) {
        return null;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the platform cannot run AES-GCM", e);
      }
    }
  }

  /** The sealed value is bound to its domain and token, so an entry cannot be moved to another. */
  static byte[] associatedData(String domain, String token) {
    return (domain + '\0' + token).getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public PseudonymisationDomain domain() {
    return domain;
  }

  @Override
  public Technique technique() {
    return technique;
  }

  @Override
  public KeyRef key() {
    return keys.ref;
  }

  @Override
  public String pseudonymise(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    byte[] id = new byte[16];
    random.nextBytes(id);
    String token = prefix + Pseudonyms.encode(id);
    byte[] lookup = document == null ? null : keys.lookup(document, bytes);
    VaultEntry entry = new VaultEntry(domain.name(), token, clock.instant(), keys.subject(bytes), lookup,
        keys.seal(bytes, associatedData(domain.name(), token), random));
    return vault.putIfAbsent(entry);
  }

  @Override
  public String toString() {
    return "Pseudonymiser[" + domain.name() + ", " + technique + ", " + keys.ref + "]";
  }

  /** Erases every token of a value, under every version whose keys can still be derived. */
  static int forget(PseudonymisationDomain domain, KeyProvider keyProvider, TokenVault vault, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    int removed = 0;
    for (KeyRef ref : keyProvider.versions(domain.keyId())) {
      MasterKey master = keyProvider.key(ref);
      if (master.status() != KeyStatus.DESTROYED) {
        // A disabled version's tokens are erased too: erasure must not wait for re-enabling.
        MasterKey usable = master.status() == KeyStatus.DISABLED ? master.withStatus(KeyStatus.ENABLED) : master;
        removed += vault.deleteSubject(domain.name(), new VersionKeys(domain, usable, false).subject(bytes));
      }
    }
    return removed;
  }

  /** Looks the token up and opens the sealed value with the keys of the version it names. */
  static final class Reverse extends AuditedReidentifier {
    private final KeyProvider keyProvider;
    private final TokenVault vault;
    private final Map<Integer, VersionKeys> byVersion = new ConcurrentHashMap<>();

    Reverse(PseudonymisationDomain domain, Technique technique, KeyProvider keyProvider, TokenVault vault,
        ReidentificationAudit audit, Clock clock) {
      super(domain, technique, audit, clock);
      this.keyProvider = keyProvider;
      this.vault = vault;
    }

    @Override
    Recovered recover(String token) {
      Pseudonyms.Parsed parsed = Pseudonyms.parse(token, domain().keyId());
      Optional<VaultEntry> entry = vault.find(domain().name(), token);
      if (entry.isEmpty()) {
        throw new InvalidPseudonymException("no such token in domain '" + domain().name() + "': never issued, or erased");
      }
      MasterKey master = DomainKeys.requireUsable(keyProvider.key(parsed.key()), false);
      VersionKeys keys = byVersion.computeIfAbsent(parsed.key().version(), v -> new VersionKeys(domain(), master, false));
      byte[] value = keys.open(entry.get().sealed(), associatedData(domain().name(), token));
      if (value == null) {
        throw new InvalidPseudonymException("the vault entry of this token is not authentic");
      }
      return new Recovered(new String(value, StandardCharsets.UTF_8), parsed.key());
    }
  }
}

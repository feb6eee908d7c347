package io.github.trygg.crypto.pseudonym;

import io.github.trygg.crypto.internal.primitive.AesSiv;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AES-SIV (RFC 5297, 512-bit key) of the value with the domain name as associated data. The value is
 * padded (ISO/IEC 7816-4: 0x80, then zeros) to whole 16-byte blocks first, so a pseudonym reveals
 * its value's length only to the nearest block.
 */
final class SivPseudonymiser implements Pseudonymiser {
  private static final int BLOCK = 16;

  private final PseudonymisationDomain domain;
  private final KeyRef key;
  private final AesSiv siv;
  private final byte[] associatedData;
  private final String prefix;

  SivPseudonymiser(PseudonymisationDomain domain, MasterKey master) {
    this.domain = domain;
    this.key = master.ref();
    this.siv = sivFor(domain, master, true);
    this.associatedData = associatedData(domain);
    this.prefix = Pseudonyms.prefix(key);
  }

  static AesSiv sivFor(PseudonymisationDomain domain, MasterKey master, boolean forWriting) {
    byte[] k = DomainKeys.derive(master, domain, DomainKeys.Use.AES_SIV, forWriting);
    try {
      return new AesSiv(k);
    } finally {
      Arrays.fill(k, (byte) 0);
    }
  }

  static byte[] associatedData(PseudonymisationDomain domain) {
    return domain.name().getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public PseudonymisationDomain domain() {
    return domain;
  }

  @Override
  public Technique technique() {
    return Technique.AES_SIV;
  }

  @Override
  public KeyRef key() {
    return key;
  }

  @Override
  public String pseudonymise(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    byte[] padded = Arrays.copyOf(bytes, (bytes.length / BLOCK + 1) * BLOCK);
    padded[bytes.length] = (byte) 0x80;
    return prefix + Pseudonyms.encode(siv.encrypt(padded, associatedData));
  }

  @Override
  public String toString() {
    return "Pseudonymiser[" + domain.name() + ", " + technique() + ", " + key + "]";
  }

  /** Decrypts with whichever readable version the pseudonym names. */
  static final class Reverse extends AuditedReidentifier {
    private final KeyProvider keys;
    private final byte[] associatedData;
    private final Map<Integer, AesSiv> byVersion = new ConcurrentHashMap<>();

    Reverse(PseudonymisationDomain domain, KeyProvider keys, ReidentificationAudit audit, Clock clock) {
      super(domain, Technique.AES_SIV, audit, clock);
      this.keys = keys;
      this.associatedData = SivPseudonymiser.associatedData(domain);
    }

    @Override
    Recovered recover(String pseudonym) {
      Pseudonyms.Parsed parsed = Pseudonyms.parse(pseudonym, domain().keyId());
      MasterKey master = DomainKeys.requireUsable(keys.key(parsed.key()), false);
      AesSiv siv = byVersion.computeIfAbsent(parsed.key().version(), v -> sivFor(domain(), master, false));
      byte[] padded = siv.decrypt(parsed.body(), associatedData);
      if (padded == null || padded.length == 0 || padded.length % BLOCK != 0) {
        throw new InvalidPseudonymException("not an authentic pseudonym of domain '" + domain().name() + "'");
      }
      int end = padded.length - 1;
      while (end >= 0 && padded[end] == 0) {
        end--;
      }
      if (end < 0 || padded[end] != (byte) 0x80) {
        throw new InvalidPseudonymException("not an authentic pseudonym of domain '" + domain().name() + "'");
      }
      return new Recovered(new String(padded, 0, end, StandardCharsets.UTF_8), parsed.key());
    }
  }
}

package io.github.trygg.crypto.pseudonym;

import io.github.trygg.crypto.internal.primitive.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** HMAC-SHA-256 of the value's UTF-8 bytes under the domain's HMAC key, truncated. */
final class HmacSha256Pseudonymiser implements Pseudonymiser {
  private final PseudonymisationDomain domain;
  private final KeyRef key;
  private final HmacSha256 mac;
  private final int bytes;
  private final String prefix;
  private final byte[] prefixBytes;

  HmacSha256Pseudonymiser(PseudonymisationDomain domain, MasterKey master, int bits) {
    this(domain, master, bits, true);
  }

  /** @param forWriting whether the version must be the primary; an enabled one serves look-ups */
  HmacSha256Pseudonymiser(PseudonymisationDomain domain, MasterKey master, int bits, boolean forWriting) {
    if (bits < 128 || bits > 256 || bits % 8 != 0) {
      throw new IllegalArgumentException("an HMAC pseudonym has 128 to 256 bits, in whole bytes");
    }
    this.domain = domain;
    this.key = master.ref();
    byte[] k = DomainKeys.derive(master, domain, DomainKeys.Use.HMAC, forWriting);
    this.mac = new HmacSha256(k);
    Arrays.fill(k, (byte) 0);
    this.bytes = bits / 8;
    this.prefix = Pseudonyms.prefix(key);
    this.prefixBytes = prefix.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public PseudonymisationDomain domain() {
    return domain;
  }

  @Override
  public Technique technique() {
    return Technique.HMAC_SHA256;
  }

  @Override
  public KeyRef key() {
    return key;
  }

  @Override
  public String pseudonymise(String value) {
    return Pseudonyms.withPrefix(prefixBytes, mac.mac(value.getBytes(StandardCharsets.UTF_8)), bytes);
  }

  @Override
  public String toString() {
    return "Pseudonymiser[" + domain.name() + ", " + technique() + ", " + key + ", " + bytes * 8 + " bits]";
  }
}

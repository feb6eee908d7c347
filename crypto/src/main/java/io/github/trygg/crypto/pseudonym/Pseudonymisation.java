package io.github.trygg.crypto.pseudonym;

import java.time.Clock;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The entry point: holds the {@link KeyProvider} (and, for tokens and re-identification, the vault
 * and the audit sink) and makes {@link Pseudonymiser}s for domains. Each pseudonymiser derives its
 * domain's keys once, from the key's primary version at the time it is made.
 *
 * <pre>{@code
 * Pseudonymisation p = Pseudonymisation.builder().keys(KeyFileProvider.open(keyFile)).build();
 * Pseudonymiser ids = p.hmac(domain);
 * String pseudonym = ids.pseudonymise("kund-4711");   // "export.2.Xq…" 
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Pseudonymisation {
  private final KeyProvider keys;
  private final ReidentificationAudit audit;
  private final Clock clock;

  private Pseudonymisation(Builder builder) {
    this.keys = Objects.requireNonNull(builder.keys, "keys");
    this.audit = builder.audit;
    this.clock = builder.clock;
  }

  public static Builder builder() {
    return new Builder();
  }

  public KeyProvider keys() {
    return keys;
  }

  /** HMAC-SHA-256 pseudonyms of 128 bits. */
  public Pseudonymiser hmac(PseudonymisationDomain domain) {
    return hmac(domain, 128);
  }

  /**
   * HMAC-SHA-256 pseudonyms of {@code bits} bits (128–256, whole bytes): 22 to 43 characters after
   * the prefix.
   */
  public Pseudonymiser hmac(PseudonymisationDomain domain, int bits) {
    requirePolicy(domain, Technique.HMAC_SHA256);
    return new HmacPseudonymiser(domain, keys.primary(domain.keyId()), bits);
  }

  /**
   * Reversible AES-SIV pseudonyms (RFC 5297, 512-bit key, the domain name as associated data). Equal
   * values give equal pseudonyms, which is all they reveal (and the value's length to 16 bytes).
   */
  public Pseudonymiser siv(PseudonymisationDomain domain) {
    requirePolicy(domain, Technique.AES_SIV);
    return new SivPseudonymiser(domain, keys.primary(domain.keyId()));
  }

  /**
   * The capability to reverse pseudonyms made with {@code technique} in {@code domain}. Hand it only
   * to the component that serves authorised requests; every call is audited.
   *
   * @throws IllegalArgumentException if the technique is one-way
   */
  public Reidentifier reidentifier(PseudonymisationDomain domain, Technique technique) {
    requirePolicy(domain, technique);
    switch (technique) {
      case AES_SIV:
        return new SivPseudonymiser.Reverse(domain, keys, audit, clock);
      default:
        throw new IllegalArgumentException(technique + " pseudonyms are one-way and cannot be re-identified");
    }
  }

  static void requirePolicy(PseudonymisationDomain domain, Technique technique) {
    if (domain.policy() != technique.policy()) {
      throw new IllegalArgumentException(
          "domain '" + domain.name() + "' is " + domain.policy() + ", but " + technique + " pseudonyms are " + technique.policy());
    }
  }

  @Override
  public String toString() {
    return "Pseudonymisation[" + keys + "]";
  }

  /** Builds a {@link Pseudonymisation}; the key provider is required. */
  public static final class Builder {
    private @Nullable KeyProvider keys;
    private ReidentificationAudit audit = ReidentificationAudit.logging();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder keys(KeyProvider keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /** Where re-identification events go; by default INFO lines on an SLF4J logger. */
    public Builder audit(ReidentificationAudit audit) {
      this.audit = Objects.requireNonNull(audit, "audit");
      return this;
    }

    /** The clock of audit events and vault entries. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Pseudonymisation build() {
      return new Pseudonymisation(this);
    }
  }
}

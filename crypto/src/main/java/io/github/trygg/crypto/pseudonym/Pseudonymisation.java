package io.github.trygg.crypto.pseudonym;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Pseudonymisation {
  private final KeyProvider keys;
  private final @Nullable TokenVault vault;
  private final ReidentificationAudit audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  private Pseudonymisation(Builder builder) {
    this.keys = Objects.requireNonNull(builder.keys, "keys");
    this.vault = builder.vault;
    this.audit = builder.audit;
    this.clock = builder.clock;
  }

  /**
   * Starts a pseudonymisation; the key provider is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the key provider every domain's key is taken from} */
  public KeyProvider keys() {
    return keys;
  }

  /** {@return the vault tokens are kept in, if one is set} */
  public Optional<TokenVault> vault() {
    return Optional.ofNullable(vault);
  }

  /** {@return the clock of audit events and vault entries, and of "today" when identity numbers are read} */
  public Clock clock() {
    return clock;
  }

  /**
   * HMAC-SHA-256 pseudonyms of 128 bits (22 characters after the prefix), under the primary version
   * of the domain's key.
   *
   * @param domain a domain whose policy is {@link PseudonymPolicy#DETERMINISTIC deterministic}
   * @return the pseudonymiser
   * @throws IllegalArgumentException if the domain's policy is another
   * @throws KeyException if the domain's key has no usable primary version
   */
  public Pseudonymiser hmac(PseudonymisationDomain domain) {
    return hmac(domain, 128);
  }

  /**
   * HMAC-SHA-256 pseudonyms of {@code bits} bits (128–256, whole bytes): 22 to 43 characters after
   * the prefix.
   *
   * @param domain a domain whose policy is {@link PseudonymPolicy#DETERMINISTIC deterministic}
   * @param bits the pseudonym's length in bits: 128 to 256, a multiple of 8
   * @return the pseudonymiser
   * @throws IllegalArgumentException if the domain's policy is another or {@code bits} is out of range
   * @throws KeyException if the domain's key has no usable primary version
   */
  public Pseudonymiser hmac(PseudonymisationDomain domain, int bits) {
    requirePolicy(domain, Technique.HMAC_SHA256);
    return new HmacSha256Pseudonymiser(domain, keys.primary(domain.keyId()), bits);
  }

  /**
   * HMAC-SHA-256 pseudonymisers of 128 bits for every readable version of the domain's key, the
   * primary first. Pseudonyms of different versions do not link; these find what was recorded under
   * a version before the last rotation (a subject's earlier records, a consent given last year).
   * Disabled and destroyed versions are left out: what they made can no longer be linked.
   *
   * @param domain a domain whose policy is {@link PseudonymPolicy#DETERMINISTIC deterministic}
   * @return one pseudonymiser per readable version, the primary first, then newest first
   * @throws KeyException if the domain's key id is unknown
   */
  public List<Pseudonymiser> hmacVersions(PseudonymisationDomain domain) {
    return hmacVersions(domain, 128);
  }

  /**
   * As {@link #hmacVersions(PseudonymisationDomain)}, with pseudonyms of {@code bits} bits.
   *
   * @param domain a domain whose policy is {@link PseudonymPolicy#DETERMINISTIC deterministic}
   * @param bits the pseudonym's length in bits: 128 to 256, a multiple of 8
   * @return one pseudonymiser per readable version, the primary first, then newest first
   * @throws KeyException if the domain's key id is unknown
   */
  public List<Pseudonymiser> hmacVersions(PseudonymisationDomain domain, int bits) {
    requirePolicy(domain, Technique.HMAC_SHA256);
    List<KeyRef> versions = keys.versions(domain.keyId());
    if (versions.isEmpty()) {
      throw new KeyException(KeyException.Reason.UNKNOWN_KEY, domain.keyId());
    }
    List<Pseudonymiser> result = new ArrayList<>(versions.size());
    // The primary first, then the others newest first: the likeliest match comes first.
    for (int i = versions.size() - 1; i >= 0; i--) {
      MasterKey master = keys.key(versions.get(i));
      if (master.status() == KeyStatus.PRIMARY) {
        result.add(0, new HmacSha256Pseudonymiser(domain, master, bits, false));
      } else if (master.status().readable()) {
        result.add(new HmacSha256Pseudonymiser(domain, master, bits, false));
      }
    }
    return List.copyOf(result);
  }

  /**
   * Reversible AES-SIV pseudonyms (RFC 5297, 512-bit key, the domain name as associated data). Equal
   * values give equal pseudonyms, which is all they reveal (and the value's length to 16 bytes).
   *
   * @param domain a domain whose policy allows AES-SIV pseudonyms
   * @return the pseudonymiser
   * @throws IllegalArgumentException if the domain's policy is another
   * @throws KeyException if the domain's key has no usable primary version
   */
  public Pseudonymiser siv(PseudonymisationDomain domain) {
    requirePolicy(domain, Technique.AES_SIV);
    return new SivPseudonymiser(domain, keys.primary(domain.keyId()));
  }

  /**
   * One-way pseudonyms of Swedish and Norwegian identity numbers: the canonical number through the
   * domain's HMAC, so {@code 640823-3234}, {@code 6408233234} and {@code 196408233234} get one
   * pseudonym, the same {@link #hmac} gives the canonical form. The default for identity numbers.
   *
   * @param domain a domain whose policy allows identity HMAC pseudonyms
   * @return the pseudonymiser; a value that is not a valid identity number is refused
   * @throws IllegalArgumentException if the domain's policy is another
   * @throws KeyException if the domain's key has no usable primary version
   */
  public Pseudonymiser identityHmac(PseudonymisationDomain domain) {
    requirePolicy(domain, Technique.IDENTITY_HMAC);
    return new IdentityHmacPseudonymiser(new HmacSha256Pseudonymiser(domain, keys.primary(domain.keyId()), 128), clock);
  }

  /**
   * Format-valid pseudonyms of identity numbers: valid numbers of the same kind (samordnings-, D-,
   * H- and synthetic numbers stay what they are) with FF1 over birth date and serial and recomputed
   * check digits. Opt-in only — read the warning on {@link IdentityFpeOptions}: a pseudonym may be a
   * real person's number.
   *
   * @param domain a domain whose policy allows format-valid identity pseudonyms
   * @param options what is preserved, the window of birth dates and the acknowledged risk
   * @return the pseudonymiser
   * @throws IllegalArgumentException if the options do not acknowledge that risk, the window ends in
   *     the future, or it leaves fewer than 10^6 numbers
   */
  public IdentityPseudonymiser identityFpe(PseudonymisationDomain domain, IdentityFpeOptions options) {
    requirePolicy(domain, Technique.IDENTITY_FPE);
    return new IdentityFpePseudonymiser(domain, keys.primary(domain.keyId()), options, clock);
  }

  /**
   * The capability to reverse format-valid identity pseudonyms made with these options; every call
   * is audited.
   *
   * @param domain the domain the pseudonyms were made in
   * @param options the options they were made with
   * @return the re-identifier
   * @throws IllegalArgumentException if the domain's policy does not allow format-valid pseudonyms
   */
  public Reidentifier reidentifier(PseudonymisationDomain domain, IdentityFpeOptions options) {
    requirePolicy(domain, Technique.IDENTITY_FPE);
    return new IdentityFpePseudonymiser.Reverse(domain, keys, options, audit, clock);
  }

  /**
   * Document-randomised tokens: the same value gets the same token within {@code documentId} (one
   * export, one file, one delivery) and a different one in every other document. The domain's
   * policy must be {@link PseudonymPolicy#DOCUMENT_RANDOMISED}; needs a vault.
   *
   * @param domain a document-randomised domain
   * @param documentId names the document; tokens repeat only within it
   * @return the pseudonymiser
   * @throws IllegalArgumentException if the domain's policy is another
   * @throws IllegalStateException if no vault is set
   */
  public Pseudonymiser documentTokens(PseudonymisationDomain domain, String documentId) {
    requirePolicy(domain, Technique.DOCUMENT_TOKEN);
    Objects.requireNonNull(documentId, "documentId");
    return new TokenPseudonymiser(domain, Technique.DOCUMENT_TOKEN, keys.primary(domain.keyId()), requireVault(), documentId, clock, random);
  }

  /**
   * Fully randomised tokens: a new token for every occurrence, linkable only through the vault. The
   * domain's policy must be {@link PseudonymPolicy#FULLY_RANDOMISED}; needs a vault.
   *
   * @param domain a fully randomised domain
   * @return the pseudonymiser
   * @throws IllegalArgumentException if the domain's policy is another
   * @throws IllegalStateException if no vault is set
   */
  public Pseudonymiser randomTokens(PseudonymisationDomain domain) {
    requirePolicy(domain, Technique.RANDOM_TOKEN);
    return new TokenPseudonymiser(domain, Technique.RANDOM_TOKEN, keys.primary(domain.keyId()), requireVault(), null, clock, random);
  }

  /**
   * Erases every vault token of {@code value} in the domain, under every key version that is not
   * destroyed: afterwards none of them can be re-identified or linked, and the value gets new
   * tokens if it comes again.
   *
   * @param domain the domain whose tokens are erased
   * @param value the original value, as it was pseudonymised
   * @return how many tokens were erased
   * @throws IllegalStateException if no vault is set
   */
  public int forgetTokens(PseudonymisationDomain domain, String value) {
    return TokenPseudonymiser.forget(domain, keys, requireVault(), value);
  }

  /**
   * The capability to reverse pseudonyms made with {@code technique} in {@code domain}. Hand it only
   * to the component that serves authorised requests; every call is audited.
   *
   * @param domain the domain the pseudonyms were made in
   * @param technique a reversible technique: AES-SIV or a vault token
   * @return the re-identifier
   * @throws IllegalArgumentException if the technique is one-way or format-valid (which needs its
   *     options), or does not fit the domain's policy
   * @throws IllegalStateException for tokens, if no vault is set
   */
  public Reidentifier reidentifier(PseudonymisationDomain domain, Technique technique) {
    requirePolicy(domain, technique);
    switch (technique) {
      case AES_SIV:
        return new SivPseudonymiser.Reverse(domain, keys, audit, clock);
      case DOCUMENT_TOKEN:
      case RANDOM_TOKEN:
        return new TokenPseudonymiser.Reverse(domain, technique, keys, requireVault(), audit, clock);
      case IDENTITY_FPE:
        throw new IllegalArgumentException("format-valid identity pseudonyms need their options: use reidentifier(domain, options)");
      default:
        throw new IllegalArgumentException(technique + " pseudonyms are one-way and cannot be re-identified");
    }
  }

  private TokenVault requireVault() {
    if (vault == null) {
      throw new IllegalStateException("tokens need a TokenVault: set one with Pseudonymisation.builder().vault(…)");
    }
    return vault;
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
    private @Nullable TokenVault vault;
    private ReidentificationAudit audit = ReidentificationAudit.logging();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The key provider every domain's key is taken from.
     *
     * @param keys the key provider
     * @return this builder
     */
    public Builder keys(KeyProvider keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /**
     * Where document-randomised and fully randomised tokens are kept.
     *
     * @param vault the token vault
     * @return this builder
     */
    public Builder vault(TokenVault vault) {
      this.vault = Objects.requireNonNull(vault, "vault");
      return this;
    }

    /**
     * Where re-identification events go; by default INFO lines on an SLF4J logger.
     *
     * @param audit the audit sink
     * @return this builder
     */
    public Builder audit(ReidentificationAudit audit) {
      this.audit = Objects.requireNonNull(audit, "audit");
      return this;
    }

    /**
     * The clock of audit events and vault entries, and of "today" when identity numbers are read.
     *
     * @param clock the clock; the system UTC clock by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Makes the pseudonymisation.
     *
     * @return the pseudonymisation
     * @throws NullPointerException if no key provider is set
     */
    public Pseudonymisation build() {
      return new Pseudonymisation(this);
    }
  }
}

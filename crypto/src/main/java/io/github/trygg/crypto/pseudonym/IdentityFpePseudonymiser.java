package io.github.trygg.crypto.pseudonym;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Location;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.core.identity.InvalidIdentityNumberException;
import io.github.trygg.crypto.internal.identity.IdentityFpe;
import io.github.trygg.crypto.internal.primitive.Ff1;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

/** Format-valid identity pseudonyms: {@link IdentityFpe} under the domain's FF1 key. */
final class IdentityFpePseudonymiser implements IdentityPseudonymiser {
  private static final Location INPUT = Location.of("value", "");

  private final PseudonymisationDomain domain;
  private final KeyRef key;
  private final IdentityFpeOptions options;
  private final IdentityFpe fpe;
  private final Clock clock;

  IdentityFpePseudonymiser(PseudonymisationDomain domain, MasterKey master, IdentityFpeOptions options, Clock clock) {
    this.domain = domain;
    this.key = master.ref();
    this.options = options;
    this.clock = clock;
    this.fpe = engine(domain, master, options, clock, true);
  }

  static IdentityFpe engine(PseudonymisationDomain domain, MasterKey master, IdentityFpeOptions options, Clock clock, boolean forWriting) {
    if (!options.acknowledgeRealPersonRisk()) {
      throw new IllegalArgumentException(
          "format-valid identity pseudonyms are valid numbers and may be real people's numbers; "
              + "prefer IDENTITY_HMAC, or opt in with IdentityFpeOptions.acknowledgeRealPersonRisk(true)");
    }
    if (options.latestBirthDate().isAfter(LocalDate.now(clock))) {
      throw new IllegalArgumentException("the latest birth date of pseudonyms must not be in the future");
    }
    byte[] k = DomainKeys.derive(master, domain, DomainKeys.Use.FF1, forWriting);
    IdentityFpe fpe;
    try {
      Preservation p = options.preservation();
      fpe = new IdentityFpe(k, options.earliestBirthDate().orElse(null), options.latestBirthDate(),
          p != Preservation.NONE, p == Preservation.DECADE_AND_SEX);
    } finally {
      Arrays.fill(k, (byte) 0);
    }
    if (options.preservation() == Preservation.NONE
        && fpe.fixedDomainSize(Jurisdiction.SWEDEN, -1) < Ff1.MIN_DOMAIN
        && fpe.fixedDomainSize(Jurisdiction.NORWAY, -1) < Ff1.MIN_DOMAIN) {
      throw new IllegalArgumentException("the window of birth dates leaves fewer than 10^6 numbers to permute");
    }
    return fpe;
  }

  @Override
  public PseudonymisationDomain domain() {
    return domain;
  }

  @Override
  public Technique technique() {
    return Technique.IDENTITY_FPE;
  }

  @Override
  public KeyRef key() {
    return key;
  }

  @Override
  public Preservation preservation() {
    return options.preservation();
  }

  @Override
  public IdentityNumber pseudonymise(IdentityNumber number) {
    IdentityFpe.Result result = fpe.encrypt(number);
    return result.number().orElseThrow(() -> new IdentityFpeException(reason(result), INPUT));
  }

  @Override
  public String pseudonymise(String value) {
    LocalDate today = LocalDate.now(clock);
    IdentityNumber pseudonym = pseudonymise(IdentityNumbers.parse(value, today));
    return IdentityForms.write(pseudonym, IdentityForms.of(value), today);
  }

  static IdentityFpeException.Reason reason(IdentityFpe.Result result) {
    return IdentityFpeException.Reason.valueOf(result.refusal().orElseThrow().name());
  }

  @Override
  public String toString() {
    return "Pseudonymiser[" + domain.name() + ", " + technique() + ", " + key + ", " + options.preservation() + "]";
  }

  /** Reverses with the configured (or primary) version's key. */
  static final class Reverse extends AuditedReidentifier {
    private final KeyRef key;
    private final IdentityFpe fpe;
    private final Clock clock;

    Reverse(PseudonymisationDomain domain, KeyProvider keys, IdentityFpeOptions options, ReidentificationAudit audit, Clock clock) {
      super(domain, Technique.IDENTITY_FPE, audit, clock);
      MasterKey master = options.keyVersion().isPresent()
          ? keys.key(new KeyRef(domain.keyId(), options.keyVersion().getAsInt()))
          : keys.primary(domain.keyId());
      this.key = master.ref();
      this.fpe = engine(domain, master, options, clock, false);
      this.clock = clock;
    }

    @Override
    Recovered recover(String pseudonym) {
      LocalDate today = LocalDate.now(clock);
      IdentityNumber number;
      try {
        number = IdentityNumbers.parse(pseudonym, today);
      } catch (InvalidIdentityNumberException e) {
        throw new InvalidPseudonymException("not a format-valid pseudonym: " + e.reason().message());
      }
      IdentityFpe.Result result = fpe.decrypt(number);
      if (result.number().isEmpty()) {
        throw new InvalidPseudonymException("not a pseudonym of domain '" + domain().name() + "': " + reason(result).message());
      }
      return new Recovered(IdentityForms.write(result.number().get(), IdentityForms.of(pseudonym), today), key);
    }
  }
}

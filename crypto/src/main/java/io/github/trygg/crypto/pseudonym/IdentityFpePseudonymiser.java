package io.github.trygg.crypto.pseudonym;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Location;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.core.identity.InvalidIdentityNumberException;
import io.github.trygg.crypto.internal.identity.BatchPseudonymiser;
import io.github.trygg.crypto.internal.identity.IdentityFpe;
import io.github.trygg.crypto.internal.primitive.Ff1;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Format-valid identity pseudonyms: {@link IdentityFpe} under the domain's FF1 key. */
final class IdentityFpePseudonymiser implements IdentityPseudonymiser, BatchPseudonymiser {
  private static final Location INPUT = Location.of("value", "");

  private final PseudonymisationDomain domain;
  private final KeyRef key;
  private final IdentityFpeOptions options;
  private final IdentityFpe fpe;
  private final Today today;

  IdentityFpePseudonymiser(PseudonymisationDomain domain, MasterKey master, IdentityFpeOptions options, Clock clock) {
    this.domain = domain;
    this.key = master.ref();
    this.options = options;
    this.today = new Today(clock);
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
    LocalDate today = this.today.get();
    IdentityNumber pseudonym = pseudonymise(IdentityNumbers.parse(value, today));
    return IdentityForms.write(pseudonym, IdentityForms.of(value), today);
  }

  /** As {@link #pseudonymise(String)} on each value, with the FF1 of all of them in step. */
  @Override
  public void pseudonymiseAll(String[] values, int n, @Nullable String[] pseudonyms, @Nullable RuntimeException[] failures) {
    LocalDate today = this.today.get();
    IdentityNumber[] numbers = new IdentityNumber[n];
    for (int i = 0; i < n; i++) {
      try {
        numbers[i] = IdentityNumbers.parse(values[i], today);
      } catch (RuntimeException e) {
        failures[i] = e;
      }
    }
    IdentityFpe.@Nullable Result[] results = fpe.encryptAll(numbers, n);
    for (int i = 0; i < n; i++) {
      IdentityFpe.Result result = results[i];
      if (result == null) {
        continue;
      }
      if (result.number().isPresent()) {
        pseudonyms[i] = IdentityForms.write(result.number().get(), IdentityForms.of(values[i]), today);
      } else {
        failures[i] = new IdentityFpeException(reason(result), INPUT);
      }
    }
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

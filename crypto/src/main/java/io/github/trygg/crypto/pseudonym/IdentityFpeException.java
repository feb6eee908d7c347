package io.github.trygg.crypto.pseudonym;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import java.util.Locale;
import org.apiguardian.api.API;

/** A valid identity number that the format-valid pseudonymiser cannot map. Never repeats the number. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class IdentityFpeException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** The birth date is outside the window of dates pseudonyms may have. */
    OUT_OF_WINDOW("the birth date is outside the window of dates pseudonyms may have", "a birth date within the configured window"),
    /** Fewer than 10^6 numbers share what the options preserve: too few to hide one among them. */
    DOMAIN_TOO_SMALL("fewer than 10^6 numbers share what is to be preserved", "a preservation that leaves at least 10^6 numbers"),
    /** A Norwegian number under the 2032 control rule, whose check digits cannot be kept. */
    NEW_CONTROL_RULE("a Norwegian number under the 2032 control rule cannot keep its check digits", "a number under the legacy control rule");

    private final String message;
    private final String expected;

    Reason(String message, String expected) {
      this.message = message;
      this.expected = expected;
    }

    /** {@return the reason in words, without the number} */
    public String message() {
      return message;
    }

    /** {@return the problem code, {@code identity-fpe-} and the reason in kebab case} */
    public String code() {
      return "identity-fpe-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Reason reason;

  /**
   * A number at {@code location} that cannot be mapped.
   *
   * @param reason why
   * @param location where the number was read
   */
  public IdentityFpeException(Reason reason, Location location) {
    super(new Problem(reason.code(), location, "cannot pseudonymise the identity number: " + reason.message, reason.expected));
    this.reason = reason;
  }

  /** {@return why the number cannot be mapped} */
  public Reason reason() {
    return reason;
  }
}

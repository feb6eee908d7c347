package io.github.trygg.core.message;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** May the message go. Ordered from the most to the least permissive. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Verdict implements Labelled {
  /** The message may go as it is. */
  ALLOW,
  /** It may go once the decision's required measures are in place. */
  ALLOW_WITH_CONDITIONS,
  /** The message may not go this way; the decision names remedies and, where there is one, a better channel. */
  DENY;

  /** {@return whether the message may go: allowed, with or without conditions} */
  public boolean permits() {
    return this != DENY;
  }

  /**
   * The stricter of two verdicts.
   *
   * @param a one verdict
   * @param b another
   * @return the stricter of the two
   */
  public static Verdict strictest(Verdict a, Verdict b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case ALLOW -> new LocalizedText("får skickas", "kan sendes", "allow");
      case ALLOW_WITH_CONDITIONS -> new LocalizedText("får skickas med villkor", "kan sendes med vilkår", "allow with conditions");
      case DENY -> new LocalizedText("får inte skickas", "kan ikke sendes", "deny");
    };
  }
}

package io.github.trygg.core.register;

import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/** Country codes and EU/EEA membership, for the transfer rules of GDPR Chapter V. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Countries {
  /** The 27 EU member states plus Iceland, Liechtenstein and Norway (ISO 3166-1 alpha-2). */
  private static final Set<String> EU_EEA = Set.of(
      "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
      "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
      "IS", "LI", "NO");

  private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

  private Countries() {}

  /**
   * Whether a country is in the EU or EEA, where transfers need no safeguards (GDPR chapter V).
   *
   * @param countryCode an ISO 3166-1 alpha-2 code, in either case
   * @return whether it is an EU or EEA member
   */
  public static boolean isEuEea(String countryCode) {
    return EU_EEA.contains(countryCode.toUpperCase(Locale.ROOT));
  }

  /**
   * An assigned ISO 3166-1 alpha-2 code in upper case.
   *
   * @param countryCode an ISO 3166-1 alpha-2 code, in either case
   * @return whether it is an assigned code
   */
  public static boolean isKnown(String countryCode) {
    return countryCode.length() == 2 && countryCode.equals(countryCode.toUpperCase(Locale.ROOT)) && ISO_CODES.contains(countryCode);
  }
}

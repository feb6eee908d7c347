package io.github.trygg.core;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How strongly a person or system is authenticated, on the eIDAS scale (Regulation 910/2014 Art. 8):
 * the common ground of Swedish tillitsnivåer and Norwegian ID-porten levels. Ordered: a higher
 * level satisfies every requirement for a lower one.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AssuranceLevel implements Labelled {
  /** No authentication, or an unverified claim such as a typed-in e-mail address. */
  NONE,
  /** eIDAS low: for example a password alone. */
  LOW,
  /** eIDAS substantial: multi-factor, such as a Swedish tillitsnivå 3 e-ID or ID-porten "betydelig". */
  SUBSTANTIAL,
  /** eIDAS high: such as BankID on tillitsnivå 4 or ID-porten "høyt". */
  HIGH;

  /**
   * {@return the level's name as the reader's eIDAS texts give it (låg/väsentlig/hög,
   * lav/betydelig/høy)}
   */
  @Override
  public LocalizedText label() {
    return LABELS[ordinal()];
  }

  private static final LocalizedText[] LABELS = {
      new LocalizedText("ingen", "ingen", "none"),
      new LocalizedText("låg", "lav", "low"),
      new LocalizedText("väsentlig", "betydelig", "substantial"),
      new LocalizedText("hög", "høy", "high")};

  /**
   * Whether this level is at least {@code required}.
   *
   * @param required the level needed
   * @return whether this one is enough
   */
  public boolean satisfies(AssuranceLevel required) {
    return compareTo(required) >= 0;
  }

  /**
   * A Swedish tillitsnivå (Tillitsramverket för Svensk e-legitimation, levels 1–4): 3 equals eIDAS
   * substantial and 4 eIDAS high (DIGG); 2 is stronger than eIDAS low but below substantial, and 1
   * has no Swedish counterpart, so both count as low.
   *
   * @param level the Swedish tillitsnivå, 1 to 4
   * @return the matching assurance level
   */
  public static AssuranceLevel fromSwedishTillitsniva(int level) {
    return switch (level) {
      case 1, 2 -> LOW;
      case 3 -> SUBSTANTIAL;
      case 4 -> HIGH;
      default -> throw new IllegalArgumentException("a Swedish tillitsnivå is 1–4");
    };
  }

  /**
   * A Norwegian ID-porten security level (sikkerhetsnivå 1–4): 3 (MinID, "betydelig") is eIDAS
   * substantial, 4 (BankID, Buypass, Commfides) eIDAS high; 1 and 2 are at most low.
   *
   * @param level the ID-porten level, 1 to 4
   * @return the matching assurance level
   */
  public static AssuranceLevel fromIdPortenLevel(int level) {
    return switch (level) {
      case 1 -> NONE;
      case 2 -> LOW;
      case 3 -> SUBSTANTIAL;
      case 4 -> HIGH;
      default -> throw new IllegalArgumentException("an ID-porten level is 1–4");
    };
  }

  /**
   * An eIDAS level of assurance by name ({@code low}, {@code substantial}, {@code high}, also the
   * Swedish {@code låg}, {@code väsentlig}, {@code hög} and Norwegian {@code lav}, {@code betydelig},
   * {@code høy}) or by its eIDAS URI ({@code http://eidas.europa.eu/LoA/substantial}).
   *
   * @param level the level's name in English, Swedish or Norwegian, or its eIDAS URI
   * @return the matching assurance level
   */
  public static AssuranceLevel fromEidas(String level) {
    String name = level.trim().toLowerCase(Locale.ROOT);
    int slash = name.lastIndexOf('/');
    if (name.startsWith("http") && slash >= 0) {
      name = name.substring(slash + 1);
    }
    return switch (name) {
      case "low", "låg", "lav" -> LOW;
      case "substantial", "väsentlig", "betydelig" -> SUBSTANTIAL;
      case "high", "hög", "høy", "høyt" -> HIGH;
      default -> throw new IllegalArgumentException("unknown eIDAS level of assurance; expected low, substantial or high");
    };
  }
}

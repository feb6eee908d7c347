package io.github.trygg.core.message;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.identity.IdentityKind;
import org.apiguardian.api.API;

/** What detection found in a text, or what a caller knows the content contains. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ContentHitKind implements Labelled {
  /** A Swedish personnummer, including Skatteverket's test numbers. */
  SE_PERSONNUMMER,
  /** A Swedish samordningsnummer (co-ordination number). */
  SE_SAMORDNINGSNUMMER,
  /** A fødselsnummer, including Skatteetaten's synthetic test numbers. */
  NO_FODSELSNUMMER,
  /** A D-nummer, including synthetic test D-numbers. */
  NO_D_NUMMER,
  /** A Norwegian H-nummer (help number in health care). */
  NO_H_NUMMER,
  /** A term from a health list: a diagnosis, a clinic, a medicine, a test result. */
  HEALTH_TERM,
  /** A term from a social-services list: a measure, a statute, a case type. */
  SOCIAL_SERVICES_TERM;

  /**
   * The hit kind for a kind of identity number; synthetic test numbers count as the real kind.
   *
   * @param kind the kind of identity number
   * @return the matching kind
   */
  public static ContentHitKind of(IdentityKind kind) {
    return switch (kind) {
      case SE_PERSONNUMMER -> SE_PERSONNUMMER;
      case SE_SAMORDNINGSNUMMER -> SE_SAMORDNINGSNUMMER;
      case NO_FODSELSNUMMER, NO_SYNTHETIC_FODSELSNUMMER -> NO_FODSELSNUMMER;
      case NO_D_NUMMER, NO_SYNTHETIC_D_NUMMER -> NO_D_NUMMER;
      case NO_H_NUMMER -> NO_H_NUMMER;
    };
  }

  /** {@return whether this kind is an identity number rather than a term} */
  public boolean isIdentityNumber() {
    return this != HEALTH_TERM && this != SOCIAL_SERVICES_TERM;
  }

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      // An identity number is called what its kind is called; one table of those words, in identity.
      case HEALTH_TERM -> new LocalizedText("hälsoterm", "helseterm", "health term");
      case SOCIAL_SERVICES_TERM -> new LocalizedText("term från socialtjänsten", "term fra sosialtjenesten", "social-services term");
      default -> IdentityKind.valueOf(name()).label();
    };
  }
}

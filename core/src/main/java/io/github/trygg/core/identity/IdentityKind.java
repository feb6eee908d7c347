package io.github.trygg.core.identity;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** The kinds of national identity number Trygg understands, and how each marks itself. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum IdentityKind implements Labelled {
  /** Swedish personnummer (folkbokföringslagen 18 §). */
  SE_PERSONNUMMER(Jurisdiction.SWEDEN, false),
  /** Swedish samordningsnummer: the day plus 60 (folkbokföringslagen 18 a §). */
  SE_SAMORDNINGSNUMMER(Jurisdiction.SWEDEN, false),
  /** Norwegian fødselsnummer. */
  NO_FODSELSNUMMER(Jurisdiction.NORWAY, false),
  /** Norwegian D-nummer: the first digit plus 4 (the day plus 40). */
  NO_D_NUMMER(Jurisdiction.NORWAY, false),
  /** Norwegian H-nummer (hjelpenummer): the month plus 40. */
  NO_H_NUMMER(Jurisdiction.NORWAY, false),
  /** A synthetic test fødselsnummer of Skatteetaten's test population: the month plus 80. */
  NO_SYNTHETIC_FODSELSNUMMER(Jurisdiction.NORWAY, true),
  /** A synthetic test D-nummer: the day plus 40 and the month plus 80. */
  NO_SYNTHETIC_D_NUMMER(Jurisdiction.NORWAY, true);

  private final Jurisdiction jurisdiction;
  private final boolean synthetic;

  IdentityKind(Jurisdiction jurisdiction, boolean synthetic) {
    this.jurisdiction = jurisdiction;
    this.synthetic = synthetic;
  }

  /** {@return the jurisdiction that issues this kind of number} */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** {@return whether this is a test number that no real person has} */
  public boolean synthetic() {
    return synthetic;
  }

  /** {@return what is added to the day of month in the number} */
  int dayOffset() {
    return switch (this) {
      case SE_SAMORDNINGSNUMMER -> 60;
      case NO_D_NUMMER, NO_SYNTHETIC_D_NUMMER -> 40;
      default -> 0;
    };
  }

  /** {@return what is added to the month in the number} */
  int monthOffset() {
    return switch (this) {
      case NO_H_NUMMER -> 40;
      case NO_SYNTHETIC_FODSELSNUMMER, NO_SYNTHETIC_D_NUMMER -> 80;
      default -> 0;
    };
  }

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case SE_PERSONNUMMER -> new LocalizedText("personnummer", "svensk personnummer", "Swedish personal identity number");
      case SE_SAMORDNINGSNUMMER -> new LocalizedText("samordningsnummer", "svensk samordningsnummer", "Swedish co-ordination number");
      case NO_FODSELSNUMMER -> new LocalizedText("norskt födelsenummer", "fødselsnummer", "Norwegian national identity number");
      case NO_D_NUMMER -> new LocalizedText("norskt D-nummer", "D-nummer", "Norwegian D number");
      case NO_H_NUMMER -> new LocalizedText("norskt H-nummer", "H-nummer", "Norwegian H number");
      case NO_SYNTHETIC_FODSELSNUMMER -> new LocalizedText("syntetiskt norskt födelsenummer", "syntetisk fødselsnummer", "synthetic Norwegian identity number");
      case NO_SYNTHETIC_D_NUMMER -> new LocalizedText("syntetiskt norskt D-nummer", "syntetisk D-nummer", "synthetic Norwegian D number");
    };
  }
}

package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** The exception that allows special-category data under GDPR Art. 9(2). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SpecialCategoryBasis implements Labelled {
  /** Art. 9(2)(a). */
  EXPLICIT_CONSENT,
  /** Art. 9(2)(b). */
  EMPLOYMENT_SOCIAL_SECURITY,
  /** Art. 9(2)(c). */
  VITAL_INTERESTS,
  /** Art. 9(2)(d). */
  NOT_FOR_PROFIT_BODY,
  /** Art. 9(2)(e). */
  MADE_PUBLIC,
  /** Art. 9(2)(f). */
  LEGAL_CLAIMS,
  /** Art. 9(2)(g). */
  SUBSTANTIAL_PUBLIC_INTEREST,
  /** Art. 9(2)(h): health care, social care and their management. */
  HEALTH_OR_SOCIAL_CARE,
  /** Art. 9(2)(i). */
  PUBLIC_HEALTH,
  /** Art. 9(2)(j). */
  ARCHIVING_RESEARCH_STATISTICS;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case EXPLICIT_CONSENT -> new LocalizedText("uttryckligt samtycke", "uttrykkelig samtykke", "explicit consent");
      case EMPLOYMENT_SOCIAL_SECURITY -> new LocalizedText("arbetsrätt, social trygghet och socialt skydd", "arbeidsrett, trygd og sosial beskyttelse", "employment and social security law");
      case VITAL_INTERESTS -> new LocalizedText("grundläggande intresse", "vitale interesser", "vital interests");
      case NOT_FOR_PROFIT_BODY -> new LocalizedText("ideell organisation", "ideell organisasjon", "not-for-profit body");
      case MADE_PUBLIC -> new LocalizedText("offentliggjorda av den registrerade", "offentliggjort av den registrerte", "made public by the data subject");
      case LEGAL_CLAIMS -> new LocalizedText("rättsliga anspråk", "rettskrav", "legal claims");
      case SUBSTANTIAL_PUBLIC_INTEREST -> new LocalizedText("viktigt allmänt intresse", "viktige allmenne interesser", "substantial public interest");
      case HEALTH_OR_SOCIAL_CARE -> new LocalizedText("hälso- och sjukvård eller social omsorg", "helse- og omsorgstjenester", "health or social care");
      case PUBLIC_HEALTH -> new LocalizedText("folkhälsa", "folkehelse", "public health");
      case ARCHIVING_RESEARCH_STATISTICS -> new LocalizedText("arkiv, forskning eller statistik", "arkiv, forskning eller statistikk", "archiving, research or statistics");
    };
  }
}

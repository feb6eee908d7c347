package io.github.trygg.core.risk;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** What kind of harm a risk is about. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RiskCategory implements Labelled {
  /** Confidentiality, integrity, availability or traceability of information. */
  INFORMATION_SECURITY,
  /** The data subjects' rights and freedoms (the GDPR's risk). */
  PRIVACY,
  /** Disclosure of what secrecy or a duty of confidentiality protects. */
  SECRECY,
  /** Interruption of a service people depend on. */
  CONTINUITY,
  /** A vendor or sub-processor failing or acting outside its instructions. */
  SUPPLIER,
  /** Breaking a law, regulation or contract. */
  LEGAL_COMPLIANCE,
  /** Unintended discrimination or data bias: people treated differently on a protected ground. */
  UNINTENDED_DISCRIMINATION,
  /** Ethical consequences for individuals, the public service or society, short and long term. */
  ETHICS;

  /**
   * Categories that call for a fairness assessment.
   *
   * @return whether the category calls for a fairness assessment
   */
  public boolean concernsFairness() {
    return this == UNINTENDED_DISCRIMINATION || this == ETHICS;
  }

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case INFORMATION_SECURITY -> new LocalizedText("informationssäkerhet", "informasjonssikkerhet", "information security");
      case PRIVACY -> new LocalizedText("integritet", "personvern", "privacy");
      case SECRECY -> new LocalizedText("sekretess", "taushetsplikt", "secrecy");
      case CONTINUITY -> new LocalizedText("kontinuitet", "kontinuitet", "continuity");
      case SUPPLIER -> new LocalizedText("leverantör", "leverandør", "supplier");
      case LEGAL_COMPLIANCE -> new LocalizedText("regelefterlevnad", "regeletterlevelse", "legal compliance");
      case UNINTENDED_DISCRIMINATION -> new LocalizedText("oavsiktlig diskriminering", "utilsiktet diskriminering", "unintended discrimination");
      case ETHICS -> new LocalizedText("etik", "etikk", "ethics");
    };
  }
}

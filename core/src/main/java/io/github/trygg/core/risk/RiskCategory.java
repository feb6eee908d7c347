package io.github.trygg.core.risk;

import org.apiguardian.api.API;

/** What kind of harm a risk is about. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RiskCategory {
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

  /** Categories that call for a fairness assessment. */
  public boolean concernsFairness() {
    return this == UNINTENDED_DISCRIMINATION || this == ETHICS;
  }
}

package io.github.trygg.crypto.pseudonym;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** How a pseudonym is computed, and what that allows. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Technique implements Labelled {
  /** HMAC-SHA-256 with the domain's key, truncated to 128 bits or more. One-way. */
  HMAC_SHA256(PseudonymPolicy.DETERMINISTIC, false),
  /** AES-SIV (RFC 5297) with the domain name as associated data: reversible by an authorised role. */
  AES_SIV(PseudonymPolicy.DETERMINISTIC, true),
  /** A random token per value and document, kept in a {@link TokenVault}. */
  DOCUMENT_TOKEN(PseudonymPolicy.DOCUMENT_RANDOMISED, true),
  /** A random token per occurrence, kept in a {@link TokenVault}. */
  RANDOM_TOKEN(PseudonymPolicy.FULLY_RANDOMISED, true),
  /**
   * A valid identity number of the same kind (FF1 over birth date and serial, check digits
   * recomputed). Opt-in only: the output may be another real person's number.
   */
  IDENTITY_FPE(PseudonymPolicy.DETERMINISTIC, true),
  /** An identity number brought to its canonical form, then {@link #HMAC_SHA256}. One-way. */
  IDENTITY_HMAC(PseudonymPolicy.DETERMINISTIC, false);

  private final PseudonymPolicy policy;
  private final boolean reversible;

  Technique(PseudonymPolicy policy, boolean reversible) {
    this.policy = policy;
    this.reversible = reversible;
  }

  /** {@return the domain policy this technique fulfils; it may be used only in domains with that policy} */
  public PseudonymPolicy policy() {
    return policy;
  }

  /** {@return whether an authorised {@link Reidentifier} can recover the value} */
  public boolean reversible() {
    return reversible;
  }

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case HMAC_SHA256 -> new LocalizedText("nyckelad pseudonym (HMAC-SHA-256)", "nøkkelbasert pseudonym (HMAC-SHA-256)", "keyed pseudonym (HMAC-SHA-256)");
      case AES_SIV -> new LocalizedText("återställbar pseudonym (AES-SIV)", "reversibel pseudonym (AES-SIV)", "reversible pseudonym (AES-SIV)");
      case DOCUMENT_TOKEN -> new LocalizedText("token per dokument", "token per dokument", "token per document");
      case RANDOM_TOKEN -> new LocalizedText("slumpmässig token", "tilfeldig token", "random token");
      case IDENTITY_FPE -> new LocalizedText("giltigt nummer i samma format", "gyldig nummer i samme format", "format-preserving identity number");
      case IDENTITY_HMAC -> new LocalizedText("nyckelad pseudonym av personnummer", "nøkkelbasert pseudonym av fødselsnummer", "keyed pseudonym of an identity number");
    };
  }
}

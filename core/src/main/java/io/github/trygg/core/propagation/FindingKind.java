package io.github.trygg.core.propagation;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** The built-in checks run over the propagated levels. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FindingKind implements Labelled {
  /** A system or flow must meet more than it is cleared for (for a system, through its weakest part). */
  CLEARANCE_EXCEEDED,
  /** A flow crosses a network the organisation does not control without encryption. */
  UNENCRYPTED_OPEN_NETWORK,
  /** No user authentication into a system, or no sender authentication into it, although its data need it. */
  MISSING_AUTHENTICATION,
  /** Authentication below what the data need (below the required assurance, or a shared secret over an open network). */
  WEAK_AUTHENTICATION,
  /** A system must meet level 4 for some aspect, which no requirement catalogue covers (one finding per system). */
  LEVEL_4_PRESENT,
  /** Personal data at a processor outside the EU/EEA with no transfer safeguard recorded. */
  THIRD_COUNTRY_WITHOUT_SAFEGUARD,
  /** A system cannot be restored as fast, or with as little data loss, as it must. */
  RECOVERY_GAP,
  /** An override without reason, approver or evidence: not applied. */
  UNDOCUMENTED_OVERRIDE,
  /**
   * An override whose claim the register contradicts — "pseudonymised only" while a flow brings
   * identity numbers, "no personal data" while personal data reach the target: not applied.
   */
  OVERRIDE_CONTRADICTED,
  /**
   * Identity numbers, special-category or criminal-offence data at a processor or sub-processor in a
   * third country without an adequacy decision, whose safeguards have no supplementary measures.
   */
  TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES,
  /** A processing that relies on consent (its basis, or a condition the law sets) and records none. */
  CONSENT_NOT_RECORDED,
  /** A retention rule kept in a system or asset the register does not have. */
  RETENTION_FOR_UNKNOWN_ENTRY;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case CLEARANCE_EXCEEDED -> new LocalizedText("kraven överstiger det godkända", "kravene overstiger det godkjente", "clearance exceeded");
      case UNENCRYPTED_OPEN_NETWORK -> new LocalizedText("okrypterat över öppet nät", "ukryptert over åpent nett", "unencrypted over an open network");
      case MISSING_AUTHENTICATION -> new LocalizedText("autentisering saknas", "autentisering mangler", "authentication missing");
      case WEAK_AUTHENTICATION -> new LocalizedText("för svag autentisering", "for svak autentisering", "authentication too weak");
      case LEVEL_4_PRESENT -> new LocalizedText("nivå 4 kräver särskild analys", "nivå 4 krever egen analyse", "level 4 needs a separate analysis");
      case THIRD_COUNTRY_WITHOUT_SAFEGUARD -> new LocalizedText("tredjeland utan skyddsåtgärd för överföringen", "tredjeland uten overføringsgrunnlag", "third country without a transfer safeguard");
      case RECOVERY_GAP -> new LocalizedText("kan inte återställas i tid", "kan ikke gjenopprettes i tide", "cannot be restored in time");
      case UNDOCUMENTED_OVERRIDE -> new LocalizedText("odokumenterat undantag", "udokumentert unntak", "undocumented override");
      case OVERRIDE_CONTRADICTED -> new LocalizedText("undantaget motsägs av registret", "unntaket motsies av registeret", "override contradicted by the register");
      case TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES -> new LocalizedText("överföring utan kompletterande skyddsåtgärder", "overføring uten supplerende tiltak", "transfer without supplementary measures");
      case CONSENT_NOT_RECORDED -> new LocalizedText("samtycke är inte registrerat", "samtykke er ikke registrert", "consent not recorded");
      case RETENTION_FOR_UNKNOWN_ENTRY -> new LocalizedText("gallringsregel för något som inte finns i registret", "sletteregel for noe som ikke finnes i registeret", "retention rule for an entry the register lacks");
    };
  }
}

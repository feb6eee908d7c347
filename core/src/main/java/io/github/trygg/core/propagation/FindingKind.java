package io.github.trygg.core.propagation;

import org.apiguardian.api.API;

/** The built-in checks run over the propagated levels. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FindingKind {
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
  RETENTION_FOR_UNKNOWN_ENTRY
}

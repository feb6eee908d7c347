package io.github.trygg.core.internal.propagation;

import org.apiguardian.api.API;

/** The built-in checks; {@code Propagation} maps them to and from the public {@code FindingKind}. */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum Check {
  CLEARANCE_EXCEEDED,
  UNENCRYPTED_OPEN_NETWORK,
  MISSING_AUTHENTICATION,
  WEAK_AUTHENTICATION,
  LEVEL_4_PRESENT,
  THIRD_COUNTRY_WITHOUT_SAFEGUARD,
  RECOVERY_GAP,
  UNDOCUMENTED_OVERRIDE,
  OVERRIDE_CONTRADICTED,
  TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES,
  CONSENT_NOT_RECORDED,
  RETENTION_FOR_UNKNOWN_ENTRY
}

package io.github.trygg.dsr.request;

import org.apiguardian.api.API;

/** What shows that someone may act for the data subject. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum EvidenceKind {
  /** Custody in the population register (Navet in Sweden, Folkeregisteret in Norway). */
  POPULATION_REGISTER,
  /** An appointment by a court or the chief guardian (god man, förvaltare, verge). */
  GUARDIANSHIP_APPOINTMENT,
  /** A written power of attorney. */
  POWER_OF_ATTORNEY,
  OTHER
}

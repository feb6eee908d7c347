package io.github.trygg.core.register;

import org.apiguardian.api.API;

/** Whether the records of a processing are public records under archive law (arkivlagen, arkivlova), which can turn erasure into restriction. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ArchiveStatus {
  /** Not public records; erasure applies as GDPR says. */
  NOT_PUBLIC_RECORDS,
  /** Public records to be preserved; erasure becomes restriction. */
  PRESERVE,
  /** Public records disposed of by a disposal rule (gallring, kassasjon); until then erasure becomes restriction. */
  DISPOSE_BY_RULE
}

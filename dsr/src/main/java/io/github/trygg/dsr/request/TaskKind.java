package io.github.trygg.dsr.request;

import org.apiguardian.api.API;

/** Why a task exists. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TaskKind {
  /** A system or processor that holds data on the subject must act. */
  FULFIL,
  /** A recipient must be told of a rectification, erasure or restriction (GDPR Art. 19). */
  NOTIFY_RECIPIENT
}

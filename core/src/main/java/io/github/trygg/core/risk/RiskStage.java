package io.github.trygg.core.risk;

import org.apiguardian.api.API;

/** The three assessments of a risk, kept apart: residual is re-assessed, never computed from inherent. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RiskStage {
  /** Without any measures (as IMY asks for camera surveillance). */
  INHERENT,
  /** With the measures in place today. */
  CURRENT,
  /** After the planned risk-reducing measures (riskreducerande åtgärder). */
  RESIDUAL
}

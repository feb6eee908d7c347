package io.github.trygg.core.risk;

import org.apiguardian.api.API;

/** Whether a risk level may be accepted as it is; ordered from best to worst. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Acceptance {
  /** Can be accepted without further measures. */
  ACCEPTABLE,
  /** Can be accepted by the risk owner when measures are not reasonable; needs a documented decision. */
  TOLERABLE,
  /** Must be reduced; accepting it needs escalation and, for personal data, may call for prior consultation. */
  UNACCEPTABLE
}

package io.github.trygg.core.propagation;

import org.apiguardian.api.API;

/** What a flow is assumed to carry when following confidentiality and traceability downstream (R3). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DataForwarding {
  /**
   * A flow carries exactly the assets the register names on it. The level of every asset is
   * followed through every hop that names it, and the trace shows the whole way from where the
   * asset enters the register.
   */
  AS_DECLARED,
  /**
   * In addition, a system passes on everything that reached it over flows, on every flow it sends
   * data on — the cautious reading for a register whose flow lists are incomplete. A system's own
   * stored data still leave only on flows that name them.
   */
  PASS_THROUGH
}

package io.github.trygg.core.propagation;

import org.apiguardian.api.API;

/** What a flow is assumed to carry when following confidentiality and traceability downstream (R3). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DataForwarding {
  /**
   * A flow carries exactly the assets the register names on it — for registers whose flows list
   * everything they carry. The level of every asset is
   * followed through every hop that names it, and the trace shows the whole way from where the
   * asset enters the register.
   */
  AS_DECLARED,
  /**
   * The default. In addition, a system passes on everything that reached it over flows, on every
   * flow it sends data on, so confidentiality and traceability follow the data through every hop. A
   * system's own stored data still leave only on flows that name them; a documented override on a
   * flow or system (for example "only reminders go to the SMS gateway") brings a level down.
   */
  PASS_THROUGH
}

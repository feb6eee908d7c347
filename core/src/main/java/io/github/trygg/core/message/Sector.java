package io.github.trygg.core.message;

import org.apiguardian.api.API;

/** The kind of activity the sender carries out. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Sector {
  /** Health care: vårdgivare, helse- og omsorgstjeneste, including municipal care. */
  HEALTHCARE,
  /** Social services: socialtjänst, NAV sosial, barnevern. */
  SOCIAL_SERVICES,
  /** Anything else, for example a municipality's other services. */
  OTHER
}

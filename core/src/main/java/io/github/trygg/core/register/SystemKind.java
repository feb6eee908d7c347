package io.github.trygg.core.register;

import org.apiguardian.api.API;

/** What kind of entry an information system is. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SystemKind {
  /** An application or service that processes information. */
  APPLICATION,
  /** A hosting platform or shared runtime other systems run on; it must meet the highest level of what it hosts. */
  PLATFORM,
  /** A device at the person, such as an alarm unit, sensor or camera. */
  DEVICE,
  /** Middleware that carries flows between systems. */
  INTEGRATION_PLATFORM
}

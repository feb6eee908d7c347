package io.github.trygg.core.propagation;

import org.apiguardian.api.API;

/** What raises a review item: a compilation a person should judge (R5), or an override to confirm (R6). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ReviewTrigger {
  /** Personal data in one system from the configured volume (WP248 "large scale"). */
  LARGE_VOLUME,
  /** Personal data collected for different purposes brought together in one system. */
  JOINED_PURPOSES,
  /** Location data together with health or care data from another asset. */
  LOCATION_WITH_HEALTH,
  /** Many systems at substantial availability or higher on one platform (BSI Kumulationseffekt). */
  PLATFORM_AVAILABILITY,
  /** An override that lowers nothing: without it the level would be the same or lower. */
  OVERRIDE_NOT_LOWER
}

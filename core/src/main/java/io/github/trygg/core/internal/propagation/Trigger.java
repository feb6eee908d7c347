package io.github.trygg.core.internal.propagation;

import org.apiguardian.api.API;

/** What raises a review item, in the order the public {@code ReviewTrigger} lists them. */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum Trigger {
  LARGE_VOLUME,
  JOINED_PURPOSES,
  LOCATION_WITH_HEALTH,
  PLATFORM_AVAILABILITY,
  OVERRIDE_NOT_LOWER
}

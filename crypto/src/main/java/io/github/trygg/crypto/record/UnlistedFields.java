package io.github.trygg.crypto.record;

import org.apiguardian.api.API;

/** What happens to a field no rule names. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum UnlistedFields {
  /** Passed through unchanged. */
  KEEP,
  /** Left out (the default): data minimisation means only what is listed leaves. */
  DROP
}

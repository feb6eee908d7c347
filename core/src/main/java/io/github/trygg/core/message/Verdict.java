package io.github.trygg.core.message;

import org.apiguardian.api.API;

/** May the message go. Ordered from the most to the least permissive. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Verdict {
  ALLOW,
  /** It may go once the decision's required measures are in place. */
  ALLOW_WITH_CONDITIONS,
  DENY;

  public boolean permits() {
    return this != DENY;
  }

  /** The stricter of two verdicts. */
  public static Verdict strictest(Verdict a, Verdict b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}

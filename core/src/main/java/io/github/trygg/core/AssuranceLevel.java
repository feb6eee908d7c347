package io.github.trygg.core;

import org.apiguardian.api.API;

/**
 * How strongly a person or system is authenticated, on the eIDAS scale (Regulation 910/2014 Art. 8):
 * the common ground of Swedish tillitsnivåer and Norwegian ID-porten levels. Ordered: a higher
 * level satisfies every requirement for a lower one.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum AssuranceLevel {
  /** No authentication, or an unverified claim such as a typed-in e-mail address. */
  NONE,
  /** eIDAS low: for example a password alone. */
  LOW,
  /** eIDAS substantial: multi-factor, such as a Swedish tillitsnivå 3 e-ID or ID-porten "betydelig". */
  SUBSTANTIAL,
  /** eIDAS high: such as BankID on tillitsnivå 4 or ID-porten "høyt". */
  HIGH;

  public boolean satisfies(AssuranceLevel required) {
    return compareTo(required) >= 0;
  }
}

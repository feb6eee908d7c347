package io.github.trygg.crypto.split;

import org.apiguardian.api.API;

/** How a secret was shared. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ShareScheme {
  /** Two shares: a random pad, and the secret XOR the pad. Both are needed. */
  XOR,
  /** Shamir's scheme over GF(2^8): any k of n shares. */
  SHAMIR
}

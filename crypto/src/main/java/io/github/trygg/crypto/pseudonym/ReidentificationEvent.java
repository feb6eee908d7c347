package io.github.trygg.crypto.pseudonym;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to re-identify: when, where, who, why and how it ended. Holds the pseudonym, never the
 * value behind it.
 *
 * @param at when the attempt was made
 * @param domain the domain's name
 * @param technique the technique of the pseudonym
 * @param key the key version the pseudonym names, when it could be read
 * @param pseudonym the pseudonym asked about, or for a job the job's description; never the value
 * @param authorisation who asked, in which role and why
 * @param outcome how it ended
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReidentificationEvent(
    Instant at,
    String domain,
    Technique technique,
    @Nullable KeyRef key,
    String pseudonym,
    Authorisation authorisation,
    Outcome outcome) {

  /** How an attempt ended. */
  public enum Outcome {
    /** The value was recovered and handed to the caller. */
    GRANTED,
    /** The role may not re-identify in this domain. */
    DENIED,
    /** Not an authentic pseudonym of the domain, or its key version cannot be used. */
    FAILED
  }

  /** {@return the key version the pseudonym names, when it could be read} */
  public Optional<KeyRef> keyRef() {
    return Optional.ofNullable(key);
  }
}

package io.github.trygg.dsr.request;

import io.github.trygg.core.AssuranceLevel;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The outcome of establishing who asks: the method, the assurance reached, and whether it passed.
 *
 * @param method how the identity was checked
 * @param level the assurance level the check reached
 * @param at when the check was made
 * @param passed whether the identity was established
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record IdentityCheck(IdentityMethod method, AssuranceLevel level, Instant at, boolean passed) {}

package io.github.trygg.dsr.request;

import io.github.trygg.core.AssuranceLevel;
import java.time.Instant;
import org.apiguardian.api.API;

/** The outcome of establishing who asks: the method, the assurance reached, and whether it passed. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record IdentityCheck(IdentityMethod method, AssuranceLevel level, Instant at, boolean passed) {}

package io.github.trygg.core.message;

import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** A requirement of the matched rule that the context does not meet, which is why it was denied. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record UnmetRequirement(String id, LocalizedText text) {}

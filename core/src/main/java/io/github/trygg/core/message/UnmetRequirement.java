package io.github.trygg.core.message;

import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * A requirement of the matched rule that the context does not meet, which is why it was denied.
 *
 * @param id the requirement's id in the rule, such as a measure's wire id
 * @param text the requirement in words
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record UnmetRequirement(String id, LocalizedText text) {}

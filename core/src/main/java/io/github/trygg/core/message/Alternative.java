package io.github.trygg.core.message;

import io.github.trygg.core.LocalizedText;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A channel to use instead, with the advice in three languages.
 *
 * @param channel the channel to use instead
 * @param infrastructure the named infrastructure, when the channel is one
 * @param advice the advice in words
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Alternative(Channel channel, Optional<SecureInfrastructure> infrastructure, LocalizedText advice) {}

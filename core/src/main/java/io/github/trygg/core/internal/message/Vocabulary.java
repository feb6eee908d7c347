package io.github.trygg.core.internal.message;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The enum classes of the public message vocabulary, handed in so this package never names them.
 * Routes are the channels followed by the infrastructures: a message on a named infrastructure
 * matches that infrastructure's route and the catch-all {@code secure-infrastructure}.
 *
 * @param secureInfrastructureChannel ordinal of the channel that stands for all infrastructures
 * @param infrastructureJurisdiction per infrastructure, the ordinal of its jurisdiction
 * @param deny ordinal of the DENY verdict
 * @param consentContentCeiling the highest content ordinal a consent-dependent rule may allow
 * @param notes keys of the fixed explanatory texts the table must give
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Vocabulary(
    Class<? extends Enum<?>> sector,
    Class<? extends Enum<?>> recipient,
    Class<? extends Enum<?>> channel,
    Class<? extends Enum<?>> infrastructure,
    Class<? extends Enum<?>> content,
    Class<? extends Enum<?>> purpose,
    Class<? extends Enum<?>> consentBasis,
    Class<? extends Enum<?>> hitKind,
    Class<? extends Enum<?>> control,
    Class<? extends Enum<?>> measure,
    Class<? extends Enum<?>> verdict,
    int secureInfrastructureChannel,
    int[] infrastructureJurisdiction,
    int deny,
    int consentContentCeiling,
    List<String> notes) {

  public int channelCount() {
    return channel.getEnumConstants().length;
  }

  public int routeOf(int infrastructureOrdinal) {
    return channelCount() + infrastructureOrdinal;
  }

  public long allInfrastructureRoutes() {
    long bits = 0;
    for (int i = 0; i < infrastructure.getEnumConstants().length; i++) {
      bits |= 1L << routeOf(i);
    }
    return bits;
  }
}

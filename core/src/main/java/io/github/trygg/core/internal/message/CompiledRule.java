package io.github.trygg.core.internal.message;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.Scope;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Location;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One row of the table. When {@link #when} holds the rule decides: {@link #verdict} if every
 * requirement holds, otherwise {@link #otherwise} with the unmet requirements named.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record CompiledRule(
    String id,
    Scope scope,
    int row,
    LocalizedText title,
    Condition when,
    int verdict,
    List<Requirement> requires,
    int otherwise,
    List<Enum<?>> measures,
    List<Enum<?>> remedies,
    List<LegalReference> basis,
    LocalizedText rationale,
    Optional<LocalizedText> otherwiseRationale,
    List<AlternativeSpec> alternatives,
    Location location) {

  /** A condition that must also hold for the rule's own verdict. */
  public record Requirement(String id, Condition condition, LocalizedText text) {}

  /**
   * A channel to suggest instead, for recipients and sectors its filter admits.
   *
   * @param route a route ordinal (see {@link Vocabulary})
   */
  public record AlternativeSpec(int route, Condition filter, LocalizedText text) {}

  public boolean mentionsConsent() {
    return when.mentionsConsent() || requires.stream().anyMatch(r -> r.condition().mentionsConsent());
  }

  /** The highest content ordinal the rule can let through with its own verdict. */
  public int contentCeiling() {
    int ceiling = when.contentMax();
    for (Requirement r : requires) {
      ceiling = Math.min(ceiling, r.condition().contentMax());
    }
    return ceiling;
  }
}

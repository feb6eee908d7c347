package io.github.trygg.core.dpia;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An Art. 35(3) case or an entry of a national Art. 35(4) list: it matches when any of its
 * {@link #when()} groups holds entirely (each a set of facts such as {@code criterion:large-scale} or
 * {@code data:location}), or — for a list such as IMY's — when at least {@link #minCriteria()}
 * WP248 criteria are met.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class ListItem {
  public abstract String id();

  /** Empty for the GDPR's own cases, which apply everywhere. */
  public abstract Optional<Jurisdiction> jurisdiction();

  public abstract LocalizedText label();

  /** Any one group matching is enough; every fact in the group must hold. */
  public abstract List<Set<String>> when();

  public abstract OptionalInt minCriteria();

  public abstract List<LegalReference> references();

  @Value.Check
  protected void check() {
    if (when().isEmpty() && minCriteria().isEmpty()) {
      throw new IllegalArgumentException("list item " + id() + " can never match: give 'when' or 'minCriteria'");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableListItem.Builder {}
}

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
  /** {@return the item's id} */
  public abstract String id();

  /** {@return the jurisdiction whose list the item is on; empty for the GDPR's own cases, which apply everywhere} */
  public abstract Optional<Jurisdiction> jurisdiction();

  /** {@return the item in words} */
  public abstract LocalizedText label();

  /**
   * {@return the groups of facts that make the item match} Any one group matching is enough; every
   * fact in the group must hold.
   */
  public abstract List<Set<String>> when();

  /** {@return how many WP248 criteria must also be met for the item to match, if any} */
  public abstract OptionalInt minCriteria();

  /** {@return the list and provision the item comes from} */
  public abstract List<LegalReference> references();

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    if (when().isEmpty() && minCriteria().isEmpty()) {
      throw new IllegalArgumentException("list item " + id() + " can never match: give 'when' or 'minCriteria'");
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListItem}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableListItem.Builder {}
}

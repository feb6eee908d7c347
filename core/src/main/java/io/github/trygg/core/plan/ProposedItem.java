package io.github.trygg.core.plan;

import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An item as an analysis proposes it, before it meets the plan: a stable id (the same gap gives the
 * same id on every run), its origin, a title in three languages, the derived priority and, where
 * the source knows them, an owner and a due date. Make them with {@link PlanSources} or build your
 * own for a source Trygg does not know.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class ProposedItem {
  /** {@return the item's id, stable across runs of the analysis} */
  public abstract String id();

  /** {@return what produced the item} */
  public abstract ItemOrigin origin();

  /** {@return the item's title in words} */
  public abstract LocalizedText title();

  /** {@return the derived priority and why} */
  public abstract Priority.Derived priority();

  /** {@return who should do it, when the analysis knows} */
  public abstract Optional<String> owner();

  /** {@return when it should be done, when the analysis knows} */
  public abstract Optional<LocalDate> due();

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    if (origin().kind() == OriginKind.MANUAL) {
      throw new IllegalArgumentException("an analysis does not propose manual items");
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProposedItem}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableProposedItem.Builder {}
}

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
  public abstract String id();

  public abstract ItemOrigin origin();

  public abstract LocalizedText title();

  public abstract Priority.Derived priority();

  public abstract Optional<String> owner();

  public abstract Optional<LocalDate> due();

  @Value.Check
  protected void check() {
    if (origin().kind() == OriginKind.MANUAL) {
      throw new IllegalArgumentException("an analysis does not propose manual items");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableProposedItem.Builder {}
}

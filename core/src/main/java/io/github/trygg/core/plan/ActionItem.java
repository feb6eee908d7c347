package io.github.trygg.core.plan;

import io.github.trygg.core.Location;
import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One thing to do. The analysis owns {@link #title()}, {@link #priority()}, {@link
 * #priorityReason()}, {@link #origin()} and {@link #resolvedOn()} of the items it produces and
 * refreshes them on every merge; everything else — owner, due date, status and its reason and
 * approver, evidence, dependencies, notes — is the person's and a merge never changes it. An item
 * of origin {@link OriginKind#MANUAL} is entirely the person's.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class ActionItem {
  public abstract String id();

  public abstract String title();

  @Value.Default
  public ItemOrigin origin() {
    return ItemOrigin.manual();
  }

  public abstract Priority priority();

  /** Why the priority is what it is. */
  public abstract Optional<String> priorityReason();

  /** A role or a person. */
  public abstract Optional<String> owner();

  public abstract Optional<LocalDate> due();

  @Value.Default
  public ActionStatus status() {
    return ActionStatus.OPEN;
  }

  /** Why the item is accepted as is (or any note on the status). */
  public abstract Optional<String> statusReason();

  /** Who approved leaving it as is. */
  public abstract Optional<String> approvedBy();

  public abstract Optional<LocalDate> approvedOn();

  public abstract List<Evidence> evidence();

  /** Ids of items that must be done first. */
  public abstract List<String> dependsOn();

  public abstract Optional<String> notes();

  public abstract Optional<LocalDate> createdOn();

  /** Set by a merge when the analysis no longer produces the item: the gap or finding is gone. */
  public abstract Optional<LocalDate> resolvedOn();

  /** Where the item was read from, when it was read from a file. */
  @Value.Auxiliary
  public abstract Optional<Location> location();

  /** Open or in progress and not resolved by the analysis. */
  public final boolean isOpen() {
    return status().isOpen() && resolvedOn().isEmpty();
  }

  /** Still open after its due date. */
  public final boolean isOverdue(LocalDate today) {
    return isOpen() && due().isPresent() && today.isAfter(due().get());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableActionItem.Builder {}
}

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
  /** {@return the item's id} */
  public abstract String id();

  /** {@return what is to be done} */
  public abstract String title();

  /** {@return what produced the item; written by hand by default} */
  @Value.Default
  public ItemOrigin origin() {
    return ItemOrigin.manual();
  }

  /** {@return how urgent the item is} */
  public abstract Priority priority();

  /** {@return why the priority is what it is} */
  public abstract Optional<String> priorityReason();

  /** {@return a role or a person} */
  public abstract Optional<String> owner();

  /** {@return when it is due, if set} */
  public abstract Optional<LocalDate> due();

  /** {@return where the item stands; open by default} */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.OPEN;
  }

  /** {@return why the item is accepted as is (or any note on the status)} */
  public abstract Optional<String> statusReason();

  /** {@return who approved leaving it as is} */
  public abstract Optional<String> approvedBy();

  /** {@return when leaving it as is was approved} */
  public abstract Optional<LocalDate> approvedOn();

  /** {@return what shows the work was done: links and fingerprinted files} */
  public abstract List<Evidence> evidence();

  /** {@return ids of items that must be done first} */
  public abstract List<String> dependsOn();

  /** {@return free notes, if any} */
  public abstract Optional<String> notes();

  /** {@return when the item entered the plan} */
  public abstract Optional<LocalDate> createdOn();

  /** {@return when a merge found that the analysis no longer produces the item: the gap or finding is gone} */
  public abstract Optional<LocalDate> resolvedOn();

  /** {@return where the item was read from, when it was read from a file} */
  @Value.Auxiliary
  public abstract Optional<Location> location();

  /**
   * Open or in progress and not resolved by the analysis.
   *
   * @return whether there is still work to do
   */
  public final boolean isOpen() {
    return status().isOpen() && resolvedOn().isEmpty();
  }

  /**
   * Still open after its due date.
   *
   * @param today today's date
   * @return whether it is past its due date and still open
   */
  public final boolean isOverdue(LocalDate today) {
    return isOpen() && due().isPresent() && today.isAfter(due().get());
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ActionItem}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableActionItem.Builder {}
}

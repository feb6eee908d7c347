package io.github.trygg.core.register;

import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A documented decision to set a system's or flow's level for one aspect below what propagation
 * would give — for example because only pseudonymised data reach it. Never silent: it names reason,
 * approver and evidence, and results show the level as overridden.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class LevelOverride implements RegisterEntry {
  @Override
  public abstract String id();

  /** The system or integration whose level is set. */
  public abstract EntryRef target();

  public abstract SecurityAspect aspect();

  public abstract ConsequenceLevel level();

  public abstract String reason();

  public abstract String approvedBy();

  public abstract LocalDate approvedOn();

  /** Where the supporting analysis is, for example a document reference. */
  public abstract String evidence();

  /** What the override claims about the data that reach its target, checked against the register. */
  public abstract Optional<OverrideClaim> claim();

  @Override
  public abstract Optional<Review> review();

  @Override
  public final EntryKind kind() {
    return EntryKind.OVERRIDE;
  }

  @Value.Check
  protected void check() {
    if (target().kind() != EntryKind.SYSTEM && target().kind() != EntryKind.INTEGRATION) {
      throw new IllegalArgumentException("an override targets a system or an integration");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableLevelOverride.Builder {}
}

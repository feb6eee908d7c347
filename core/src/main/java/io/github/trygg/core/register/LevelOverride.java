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

  /** {@return the system or integration whose level is set} */
  public abstract EntryRef target();

  /** {@return the security aspect whose level is set} */
  public abstract SecurityAspect aspect();

  /** {@return the level set for the target} */
  public abstract ConsequenceLevel level();

  /** {@return why the level differs from what propagation derives} */
  public abstract String reason();

  /** {@return who approved the override, as a role or name the organisation records} */
  public abstract String approvedBy();

  /** {@return when it was approved} */
  public abstract LocalDate approvedOn();

  /** {@return where the supporting analysis is, for example a document reference} */
  public abstract String evidence();

  /**
   * {@return what the override claims about the data that reach its target, checked against the
   * register}
   */
  public abstract Optional<OverrideClaim> claim();

  @Override
  public abstract Optional<Review> review();

  @Override
  public final EntryKind kind() {
    return EntryKind.OVERRIDE;
  }

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    if (target().kind() != EntryKind.SYSTEM && target().kind() != EntryKind.INTEGRATION) {
      throw new IllegalArgumentException("an override targets a system or an integration");
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LevelOverride}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableLevelOverride.Builder {}
}

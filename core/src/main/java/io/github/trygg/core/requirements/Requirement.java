package io.github.trygg.core.requirements;

import io.github.trygg.core.Actor;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.Scope;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A technology-neutral requirement: it applies when a system's level for {@link #aspect()} is at
 * least {@link #minimumLevel()} and every condition holds. {@link #text()} states it for the
 * organisation (ÄR-krav), {@link #procurement()} for a vendor (SKA-krav).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class Requirement {
  /** {@return the requirement's id, such as {@code lg-02}} */
  public abstract String id();

  /** {@return the id of the area it belongs to} */
  public abstract String area();

  /** {@return the security aspect it protects} */
  public abstract SecurityAspect aspect();

  /**
   * {@return the least level of the aspect at which the requirement applies} Level 0 means it applies
   * whenever its conditions hold.
   */
  public abstract ConsequenceLevel minimumLevel();

  /** {@return the conditions that must hold for it to apply, such as special-category data} */
  public abstract Set<RequirementCondition> conditions();

  /** {@return the requirement in words} */
  public abstract LocalizedText text();

  /** {@return the requirement as a procurement demand on a vendor} */
  public abstract LocalizedText procurement();

  /** {@return every reference the requirement rests on, general and scoped} */
  public abstract List<LegalReference> references();

  /**
   * {@return whom the requirement binds; the catalogue's requirements are technology-neutral and
   * general unless scoped}
   */
  @Value.Default
  public Scope scope() {
    return Scope.general();
  }

  /**
   * The references that bind {@code actor}: a health-care regulation is not cited for social services.
   *
   * @param actor who acts: jurisdiction, kind of organisation, sectors
   * @return the binding references
   */
  public final List<LegalReference> references(Actor actor) {
    return LegalReference.binding(references(), actor);
  }

  /**
   * Whether the requirement applies in {@code context}: the aspect's level reaches the minimum and every condition holds.
   *
   * @param context the system's levels and conditions
   * @return whether it applies
   */
  public final boolean appliesTo(RequirementContext context) {
    return context.levels().get(aspect()).atLeast(minimumLevel()) && context.conditions().keySet().containsAll(conditions());
  }

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    if (references().isEmpty()) {
      throw new IllegalArgumentException("requirement " + id() + " needs at least one reference");
    }
    if (minimumLevel() == ConsequenceLevel.VERY_SERIOUS) {
      throw new IllegalArgumentException("requirement " + id() + ": level 4 is outside the catalogue and needs a separate analysis");
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Requirement}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableRequirement.Builder {}
}

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
  public abstract String id();

  public abstract String area();

  public abstract SecurityAspect aspect();

  /** Level 0 means the requirement applies whenever its conditions hold. */
  public abstract ConsequenceLevel minimumLevel();

  public abstract Set<RequirementCondition> conditions();

  public abstract LocalizedText text();

  public abstract LocalizedText procurement();

  public abstract List<LegalReference> references();

  /** Whom the requirement binds; the catalogue's requirements are technology-neutral and general unless scoped. */
  @Value.Default
  public Scope scope() {
    return Scope.general();
  }

  /** The references that bind {@code actor}: a health-care regulation is not cited for social services. */
  public final List<LegalReference> references(Actor actor) {
    return LegalReference.binding(references(), actor);
  }

  public final boolean appliesTo(RequirementContext context) {
    return context.levels().get(aspect()).atLeast(minimumLevel()) && context.conditions().keySet().containsAll(conditions());
  }

  @Value.Check
  protected void check() {
    if (references().isEmpty()) {
      throw new IllegalArgumentException("requirement " + id() + " needs at least one reference");
    }
    if (minimumLevel() == ConsequenceLevel.VERY_SERIOUS) {
      throw new IllegalArgumentException("requirement " + id() + ": level 4 is outside the catalogue and needs a separate analysis");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRequirement.Builder {}
}

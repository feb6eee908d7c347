package io.github.trygg.core.requirements;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.data.Messages;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A versioned requirement catalogue. {@link #requirementsFor(RequirementContext)} gives the
 * requirements that apply to a classified system, each with why. The shipped one is
 * {@link RequirementCatalogues#bundled()}; a host can read its own.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class RequirementCatalogue {
  /** {@return the catalogue's id} */
  public abstract String id();

  /** {@return the catalogue's version} */
  public abstract String version();

  /** {@return the catalogue's title} */
  public abstract LocalizedText title();

  /** {@return the areas requirements are grouped in, in order} */
  public abstract List<RequirementArea> areas();

  /** {@return the requirements, in catalogue order} */
  public abstract List<Requirement> requirements();

  /** {@return the frameworks and regulations the requirements are drawn from, with their verification status} */
  public abstract List<LegalReference> sources();

  /**
   * The requirement with this id.
   *
   * @param id the requirement's id
   * @return the requirement; empty if there is none
   */
  public final Optional<Requirement> requirement(String id) {
    return requirements().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The area with this id.
   *
   * @param id the area's id
   * @return the area; empty if there is none
   */
  public final Optional<RequirementArea> area(String id) {
    return areas().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * The requirements that apply to {@code context}, in catalogue order, none assessed yet.
   *
   * @param context the system's levels and conditions
   * @return the applicable requirements, none assessed yet
   */
  public final RequirementList requirementsFor(RequirementContext context) {
    List<ApplicableRequirement> applicable = new ArrayList<>();
    // One text per aspect and minimum level, shared by every requirement it explains: the level's
    // reasons are whole traces, and a large register would otherwise hold a copy per requirement.
    LocalizedText[][] because = new LocalizedText[SecurityAspect.values().length][ConsequenceLevel.values().length];
    for (Requirement r : requirements()) {
      if (!r.appliesTo(context)) {
        continue;
      }
      List<LocalizedText> reasons = new ArrayList<>();
      SecurityAspect aspect = r.aspect();
      int level = context.levels().get(aspect).ordinalLevel();
      int minimum = r.minimumLevel().ordinalLevel();
      if (minimum == 0) {
        reasons.add(Messages.text("requirements.applies-always"));
      } else {
        LocalizedText text = because[aspect.ordinal()][r.minimumLevel().ordinal()];
        if (text == null) {
          List<LocalizedText> why = context.levelReasons(aspect);
          text = Messages.text("requirements.applies", Messages.text("aspect." + aspect.name()), level, minimum,
              why.isEmpty() ? Messages.text("requirements.level-given") : join(why));
          because[aspect.ordinal()][r.minimumLevel().ordinal()] = text;
        }
        reasons.add(text);
      }
      r.conditions().forEach(c -> reasons.add(context.conditions().get(c)));
      applicable.add(new ApplicableRequirement(r, context.levels().get(aspect), reasons, Optional.empty(), r.references(context.actor())));
    }
    return new RequirementList(this, context, applicable);
  }

  private static LocalizedText join(List<LocalizedText> texts) {
    return new LocalizedText(
        String.join("; ", texts.stream().map(LocalizedText::sv).toList()),
        String.join("; ", texts.stream().map(LocalizedText::nb).toList()),
        String.join("; ", texts.stream().map(LocalizedText::en).toList()));
  }

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    Set<String> ids = new HashSet<>();
    Set<String> areaIds = new HashSet<>();
    areas().forEach(a -> areaIds.add(a.id()));
    for (Requirement r : requirements()) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("requirement id '" + r.id() + "' appears twice in catalogue " + id());
      }
      if (!areaIds.contains(r.area())) {
        throw new IllegalArgumentException("requirement " + r.id() + " names unknown area '" + r.area() + "'");
      }
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RequirementCatalogue}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableRequirementCatalogue.Builder {}
}

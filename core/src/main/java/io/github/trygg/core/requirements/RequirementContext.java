package io.github.trygg.core.requirements;

import io.github.trygg.core.Actor;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.data.Messages;
import io.github.trygg.core.register.Countries;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.Vendor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What the catalogue is applied to: a subject's level per aspect with where each level comes from,
 * and the conditions that hold with why. Build one by hand (for example from propagated levels) or
 * from a register entry with {@link #forSystem(Register, String)}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RequirementContext {
  private final String subject;
  private final Levels levels;
  private final Map<SecurityAspect, List<LocalizedText>> levelReasons;
  private final Map<RequirementCondition, LocalizedText> conditions;
  private final Actor actor;

  private RequirementContext(Builder b) {
    this.subject = b.subject;
    this.levels = b.levels;
    Map<SecurityAspect, List<LocalizedText>> reasons = new EnumMap<>(SecurityAspect.class);
    b.levelReasons.forEach((k, v) -> reasons.put(k, List.copyOf(v)));
    this.levelReasons = Collections.unmodifiableMap(reasons);
    Map<RequirementCondition, LocalizedText> holding = new EnumMap<>(RequirementCondition.class);
    holding.putAll(b.conditions);
    this.conditions = Collections.unmodifiableMap(holding);
    this.actor = b.actor;
  }

  /** {@return what the list is for, such as {@code system:journal}} */
  public String subject() {
    return subject;
  }

  /** {@return the system's level per aspect} */
  public Levels levels() {
    return levels;
  }

  /**
   * Why the aspect has its level; empty when nothing raised it above 0.
   *
   * @param aspect the aspect
   * @return the reasons, in the order found
   */
  public List<LocalizedText> levelReasons(SecurityAspect aspect) {
    return levelReasons.getOrDefault(aspect, List.of());
  }

  /**
   * {@return who acts through the system: jurisdiction, kind of organisation and the sectors the
   * system serves} Only references that bind this actor are cited; anyone when not given.
   */
  public Actor actor() {
    return actor;
  }

  /** {@return the conditions that hold, each with its reason} */
  public Map<RequirementCondition, LocalizedText> conditions() {
    return conditions;
  }

  /**
   * Starts a context.
   *
   * @param subject what the list is for, such as {@code system:journal}
   * @return a new builder
   */
  public static Builder builder(String subject) {
    return new Builder(subject);
  }

  /**
   * A system's context from the register: each aspect at the highest of the system's own
   * assessment and every asset it stores or processes (the maximum principle; propagation along
   * flows and dependencies is not applied here — pass propagated levels with {@link Builder#levels}
   * when you have them), and the conditions its assets, flows, vendor and locations make true.
   *
   * @param register the register
   * @param systemId the system's id
   * @return the context: the system's levels from propagation, its actor and the conditions that hold
   */
  public static RequirementContext forSystem(Register register, String systemId) {
    InformationSystem system = register.system(systemId)
        .orElseThrow(() -> new IllegalArgumentException("no system '" + systemId + "' in the register"));
    Builder b = builder("system:" + systemId).actor(register.actorFor(systemId));
    Map<SecurityAspect, ConsequenceLevel> levels = new EnumMap<>(SecurityAspect.class);
    Map<SecurityAspect, List<Source>> sources = new EnumMap<>(SecurityAspect.class);
    system.assessed().ifPresent(own -> own.asMap().forEach((aspect, level) ->
        sources.computeIfAbsent(aspect, k -> new ArrayList<>()).add(new Source(level, Messages.text("requirements.level-own", level.ordinalLevel())))));
    Set<String> assetIds = new LinkedHashSet<>(system.assetsStored());
    assetIds.addAll(system.assetsProcessed());
    List<InformationAsset> assets = new ArrayList<>();
    for (String id : assetIds) {
      register.asset(id).ifPresent(asset -> {
        assets.add(asset);
        asset.levels().asMap().forEach((aspect, level) -> sources.computeIfAbsent(aspect, k -> new ArrayList<>())
            .add(new Source(level, Messages.text("requirements.level-from-asset", level.ordinalLevel(), asset.name(), asset.id()))));
      });
    }
    for (SecurityAspect aspect : SecurityAspect.values()) {
      List<Source> all = sources.getOrDefault(aspect, List.of());
      ConsequenceLevel max = all.stream().map(Source::level).reduce(ConsequenceLevel.NONE, ConsequenceLevel::max);
      levels.put(aspect, max);
      if (max != ConsequenceLevel.NONE) {
        all.stream().filter(s -> s.level() == max).forEach(s -> b.levelReason(aspect, s.why()));
      }
    }
    b.levels(Levels.of(levels));

    assets.stream().filter(a -> a.personalData() || a.specialCategory() || a.criminalData()).findFirst()
        .ifPresent(a -> b.condition(RequirementCondition.PERSONAL_DATA, Messages.text("requirements.condition.personal-data", a.name())));
    assets.stream().filter(a -> a.specialCategory() || a.criminalData()).findFirst()
        .ifPresent(a -> b.condition(RequirementCondition.SPECIAL_CATEGORY, Messages.text("requirements.condition.special-category", a.name())));
    if (system.internetExposed()) {
      b.condition(RequirementCondition.INTERNET_EXPOSED, Messages.text("requirements.condition.internet-exposed"));
      b.condition(RequirementCondition.OPEN_NETWORK, Messages.text("requirements.condition.internet-exposed"));
    }
    for (Integration flow : register.integrationsOf(systemId)) {
      if (flow.crossesOpenNetwork() && !b.conditions.containsKey(RequirementCondition.OPEN_NETWORK)) {
        b.condition(RequirementCondition.OPEN_NETWORK, Messages.text("requirements.condition.open-network", flow.name().orElse(flow.id())));
      }
    }
    Optional<Vendor> vendor = system.vendor().flatMap(register::vendor);
    vendor.filter(Vendor::processesOnBehalf).filter(v -> b.conditions.containsKey(RequirementCondition.PERSONAL_DATA))
        .ifPresent(v -> b.condition(RequirementCondition.PROCESSOR, Messages.text("requirements.condition.processor", v.name())));
    List<String> outside = new ArrayList<>(system.dataLocations().stream().filter(c -> !Countries.isEuEea(c)).toList());
    vendor.filter(v -> !v.inEuEea()).ifPresent(v -> outside.add(v.country()));
    if (!outside.isEmpty()) {
      b.condition(RequirementCondition.THIRD_COUNTRY, Messages.text("requirements.condition.third-country", String.join(", ", new LinkedHashSet<>(outside))));
    }
    return b.build();
  }

  private record Source(ConsequenceLevel level, LocalizedText why) {}

  @Override
  public String toString() {
    return "RequirementContext[" + subject + " " + levels + " " + conditions.keySet() + "]";
  }

  /** Collects a context; levels default to 0 and no condition holds until added. */
  public static final class Builder {
    private final String subject;
    private Levels levels = Levels.none();
    private final Map<SecurityAspect, List<LocalizedText>> levelReasons = new EnumMap<>(SecurityAspect.class);
    private final Map<RequirementCondition, LocalizedText> conditions = new EnumMap<>(RequirementCondition.class);
    private Actor actor = Actor.anyone();

    private Builder(String subject) {
      this.subject = subject;
    }

    /**
     * Who acts through the system, for choosing the references that bind.
     *
     * @param actor who acts: jurisdiction, kind of organisation, sectors
     * @return this builder
     */
    public Builder actor(Actor actor) {
      this.actor = actor;
      return this;
    }

    /**
     * The system's level per aspect.
     *
     * @param levels the levels
     * @return this builder
     */
    public Builder levels(Levels levels) {
      this.levels = levels;
      return this;
    }

    /**
     * Adds a reason for an aspect's level.
     *
     * @param aspect the aspect
     * @param reason why it has its level
     * @return this builder
     */
    public Builder levelReason(SecurityAspect aspect, LocalizedText reason) {
      levelReasons.computeIfAbsent(aspect, k -> new ArrayList<>()).add(reason);
      return this;
    }

    /**
     * Records a condition that holds, with why; the first reason given for a condition is kept.
     *
     * @param condition the condition
     * @param reason why it holds
     * @return this builder
     */
    public Builder condition(RequirementCondition condition, LocalizedText reason) {
      conditions.putIfAbsent(condition, reason);
      return this;
    }

    /**
     * Makes the context.
     *
     * @return the context
     */
    public RequirementContext build() {
      return new RequirementContext(this);
    }
  }
}

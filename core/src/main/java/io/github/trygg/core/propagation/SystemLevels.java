package io.github.trygg.core.propagation;

import io.github.trygg.core.internal.data.Lookup;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.RecoveryObjectives;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What one system must meet and what it is cleared for: per aspect the required level with its
 * trace, the clearance through its weakest part (R10), the personal-data flags it holds (R8), and
 * the recovery it must and can deliver (R9).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class SystemLevels {
  public abstract String id();

  public abstract String name();

  /** The required level per aspect; every aspect is present. */
  public abstract Map<SecurityAspect, DerivedLevel> levels();

  /** The cleared level per aspect, limited by the system's platform and parts; empty when nothing is declared. */
  public abstract Optional<Levels> clearedFor();

  /** Where each aspect's clearance comes from (the weakest part); aspects without clearance are absent. */
  @Value.Auxiliary
  public abstract Map<SecurityAspect, Trace> clearance();

  public abstract Set<PersonalDataFlag> personalData();

  /** The strictest recovery objectives that apply, its own or those of what relies on it. */
  public abstract Optional<RecoveryObjectives> recoveryObjectives();

  /** The recovery it can deliver, no better than its platform's and parts'. */
  public abstract Optional<RecoveryObjectives> recoveryCapability();

  public final EntryRef ref() {
    return new EntryRef(EntryKind.SYSTEM, id());
  }

  public final DerivedLevel level(SecurityAspect aspect) {
    return Lookup.in(levels(), aspect, "level");
  }

  /** The required level per aspect. */
  @Value.Lazy
  public Levels required() {
    return DerivedLevel.levelsOf(levels());
  }

  /** Aspects whose required level is above the clearance. */
  @Value.Lazy
  public Set<SecurityAspect> exceeded() {
    Set<SecurityAspect> exceeded = EnumSet.noneOf(SecurityAspect.class);
    clearedFor().ifPresent(cleared -> {
      for (SecurityAspect a : SecurityAspect.values()) {
        if (required().get(a).compareTo(cleared.get(a)) > 0) {
          exceeded.add(a);
        }
      }
    });
    return exceeded;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableSystemLevels.Builder {}
}

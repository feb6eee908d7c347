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
  /** {@return the system's id} */
  public abstract String id();

  /** {@return the system's name} */
  public abstract String name();

  /** {@return the required level per aspect; every aspect is present} */
  public abstract Map<SecurityAspect, DerivedLevel> levels();

  /**
   * {@return the cleared level per aspect, limited by the system's platform and parts; empty when
   * nothing is declared}
   */
  public abstract Optional<Levels> clearedFor();

  /**
   * {@return where each aspect's clearance comes from (the weakest part); aspects without clearance
   * are absent}
   */
  @Value.Auxiliary
  public abstract Map<SecurityAspect, Trace> clearance();

  /** {@return the kinds of personal data that reach the system} */
  public abstract Set<PersonalDataFlag> personalData();

  /** {@return the strictest recovery objectives that apply, its own or those of what relies on it} */
  public abstract Optional<RecoveryObjectives> recoveryObjectives();

  /** {@return the recovery it can deliver, no better than its platform's and parts'} */
  public abstract Optional<RecoveryObjectives> recoveryCapability();

  /** {@return the system as a register entry reference} */
  public final EntryRef ref() {
    return new EntryRef(EntryKind.SYSTEM, id());
  }

  /**
   * The derived level of one aspect.
   *
   * @param aspect the aspect
   * @return its level with the trace behind it
   */
  public final DerivedLevel level(SecurityAspect aspect) {
    return Lookup.in(levels(), aspect, "level");
  }

  /** {@return the required level per aspect} */
  @Value.Lazy
  public Levels required() {
    return DerivedLevel.levelsOf(levels());
  }

  /** {@return aspects whose required level is above the clearance} */
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

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SystemLevels}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableSystemLevels.Builder {}
}

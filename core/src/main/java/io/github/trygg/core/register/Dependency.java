package io.github.trygg.core.register;

import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The consumer needs the supplier for its integrity and/or availability: the supplier must meet
 * what the consumer requires for those aspects.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class Dependency implements RegisterEntry {
  @Override
  public abstract String id();

  public abstract String consumer();

  public abstract String supplier();

  /** INTEGRITY and/or AVAILABILITY. */
  public abstract Set<SecurityAspect> aspects();

  public abstract Optional<String> description();

  @Override
  public abstract Optional<Review> review();

  @Override
  public final EntryKind kind() {
    return EntryKind.DEPENDENCY;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableDependency.Builder {}
}

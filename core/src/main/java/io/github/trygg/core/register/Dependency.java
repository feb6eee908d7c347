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

  /** {@return the id of the system that depends on the other} */
  public abstract String consumer();

  /** {@return the id of the system it depends on} */
  public abstract String supplier();

  /** {@return the aspects that carry over the dependency: integrity, availability or both} */
  public abstract Set<SecurityAspect> aspects();

  /** {@return what the dependency is, in words} */
  public abstract Optional<String> description();

  @Override
  public abstract Optional<Review> review();

  @Override
  public final EntryKind kind() {
    return EntryKind.DEPENDENCY;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dependency}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableDependency.Builder {}
}

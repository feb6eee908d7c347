package io.github.trygg.core.propagation;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Scope;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One of the propagation rules R1–R11 as the rule pack states it, with its sources. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class PropagationRule {
  /** {@return the rule's id, {@code R1} to {@code R11}} */
  public abstract String id();

  /** {@return the rule's title} */
  public abstract LocalizedText title();

  /** {@return what the rule does and why} */
  public abstract LocalizedText explanation();

  /** {@return the methods and provisions the rule rests on, with their verification status} */
  public abstract List<LegalReference> sources();

  /** {@return whom the rule binds; the propagation rules are methods and bind everyone} */
  @Value.Default
  public Scope scope() {
    return Scope.general();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PropagationRule}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutablePropagationRule.Builder {}
}

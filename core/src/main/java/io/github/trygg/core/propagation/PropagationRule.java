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
  public abstract String id();

  public abstract LocalizedText title();

  public abstract LocalizedText explanation();

  public abstract List<LegalReference> sources();

  /** Whom the rule binds; the propagation rules are methods and bind everyone. */
  @Value.Default
  public Scope scope() {
    return Scope.general();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePropagationRule.Builder {}
}

package io.github.trygg.spring.boot.internal;

import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.dsr.store.DsrStore;
import java.util.List;
import org.apiguardian.api.API;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * When a bean is made: "configured" conditions read the {@code trygg.*} properties (lists bound
 * the way the properties class binds them, so a YAML list and a comma-separated value count
 * alike); "available" conditions also accept the application's own bean of the type the next
 * bean is built from.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Conditions {
  private Conditions() {}

  /** {@code trygg.register.files} names at least one file. */
  public static final class RegisterConfigured extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return anyListed(context, "trygg.register.files");
    }
  }

  /** {@code trygg.sealing.trust-anchors} names at least one file. */
  public static final class TrustAnchorsConfigured extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return anyListed(context, "trygg.sealing.trust-anchors");
    }
  }

  /** One of {@code trygg.keys.key-file}, {@code .pkcs12}, {@code .pkcs11-config} is set. */
  public static final class KeysConfigured extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return anySet(context, "trygg.keys.key-file", "trygg.keys.pkcs12", "trygg.keys.pkcs11-config");
    }
  }

  /** {@code trygg.pseudonymisation.policy} is set. */
  public static final class PolicyConfigured extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return anySet(context, "trygg.pseudonymisation.policy");
    }
  }

  /** {@code trygg.dsr.store} or {@code trygg.dsr.journal} is set. */
  public static final class DsrStoreConfigured extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return anySet(context, "trygg.dsr.store", "trygg.dsr.journal");
    }
  }

  /** Keys configured, or the application's KeyProvider. */
  public static final class KeysAvailable extends AnyNestedCondition {
    KeysAvailable() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @Conditional(KeysConfigured.class)
    static final class Configured {}

    @ConditionalOnBean(KeyProvider.class)
    static final class Provided {}
  }

  /** A record policy, or the application's RecordPseudonymiser. */
  public static final class RecordsAvailable extends AnyNestedCondition {
    RecordsAvailable() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @Conditional(PolicyConfigured.class)
    static final class Configured {}

    @ConditionalOnBean(RecordPseudonymiser.class)
    static final class Provided {}
  }

  /** Trust anchors configured, or the application's SecureEnvelopes. */
  public static final class SealingAvailable extends AnyNestedCondition {
    SealingAvailable() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @Conditional(TrustAnchorsConfigured.class)
    static final class Configured {}

    @ConditionalOnBean(SecureEnvelopes.class)
    static final class Provided {}
  }

  /** A DSR store configured, or the application's DsrStore. */
  public static final class DsrAvailable extends AnyNestedCondition {
    DsrAvailable() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @Conditional(DsrStoreConfigured.class)
    static final class Configured {}

    @ConditionalOnBean(DsrStore.class)
    static final class Provided {}
  }

  private static ConditionOutcome anyListed(ConditionContext context, String property) {
    List<String> values = Binder.get(context.getEnvironment()).bind(property, Bindable.listOf(String.class)).orElse(List.of());
    return values.stream().anyMatch(v -> !v.isBlank())
        ? ConditionOutcome.match(property + " is set")
        : ConditionOutcome.noMatch(property + " is not set");
  }

  private static ConditionOutcome anySet(ConditionContext context, String... properties) {
    Binder binder = Binder.get(context.getEnvironment());
    for (String property : properties) {
      if (binder.bind(property, Bindable.of(String.class)).map(v -> !v.isBlank()).orElse(false)) {
        return ConditionOutcome.match(property + " is set");
      }
    }
    return ConditionOutcome.noMatch(String.join(", ", properties) + " not set");
  }
}

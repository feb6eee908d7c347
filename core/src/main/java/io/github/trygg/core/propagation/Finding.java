package io.github.trygg.core.propagation;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.register.EntryRef;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Something in the chain that does not meet what the data require, with its severity, the levels
 * that matter, a text in three languages, its sources and the trace of the level behind it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class Finding {
  /** {@return what kind of finding it is: clearance exceeded, unencrypted open network, weak authentication …} */
  public abstract FindingKind kind();

  /** {@return how serious it is} */
  public abstract Severity severity();

  /** {@return the system, flow or override concerned} */
  public abstract EntryRef subject();

  /** {@return the aspect concerned, where one is} */
  public abstract Optional<SecurityAspect> aspect();

  /** {@return the level the subject must meet, where one applies} */
  public abstract Optional<ConsequenceLevel> required();

  /** {@return the level it is cleared for, where one applies} */
  public abstract Optional<ConsequenceLevel> cleared();

  /**
   * {@return entries that explain the finding: the weakest part, the receiving system, the vendor,
   * the overridden entry}
   */
  public abstract List<EntryRef> related();

  /** {@return the finding's title} */
  public abstract LocalizedText title();

  /** {@return the finding in words, naming the subject and the levels} */
  public abstract LocalizedText message();

  /**
   * {@return the sources that bind the organisation in the sectors of the subject (HSLF-FS only
   * where health care is)}
   */
  public abstract List<LegalReference> sources();

  /**
   * {@return when a sector-specific source of the check does not bind here: which, and that the
   * general rule applies instead}
   */
  public abstract Optional<LocalizedText> scopeNote();

  /** {@return how the level behind the finding came about} */
  @Value.Auxiliary
  public abstract Trace trace();

  /** {@return the rule that produced the level behind the finding} */
  public final String rule() {
    return trace().rule();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableFinding.Builder {}
}

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
  public abstract FindingKind kind();

  public abstract Severity severity();

  /** The system, flow or override concerned. */
  public abstract EntryRef subject();

  public abstract Optional<SecurityAspect> aspect();

  /** The level the subject must meet, where one applies. */
  public abstract Optional<ConsequenceLevel> required();

  /** The level it is cleared for, where one applies. */
  public abstract Optional<ConsequenceLevel> cleared();

  /** Entries that explain the finding: the weakest part, the receiving system, the vendor, the overridden entry. */
  public abstract List<EntryRef> related();

  public abstract LocalizedText title();

  public abstract LocalizedText message();

  /** The sources that bind the organisation in the sectors of the subject (HSLF-FS only where health care is). */
  public abstract List<LegalReference> sources();

  /**
   * When a sector-specific source of the check does not bind here: which, and that the general
   * rule applies instead.
   */
  public abstract Optional<LocalizedText> scopeNote();

  /** How the level behind the finding came about. */
  @Value.Auxiliary
  public abstract Trace trace();

  /** The rule that produced the level behind the finding. */
  public final String rule() {
    return trace().rule();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableFinding.Builder {}
}

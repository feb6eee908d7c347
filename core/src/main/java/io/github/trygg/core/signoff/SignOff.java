package io.github.trygg.core.signoff;

import io.github.trygg.core.Location;
import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.register.EntryRef;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One recorded approval: who signed, in what role and when, what it is about, and exactly what was
 * approved — the fields that matter for its kind with their values, and their fingerprint. Record
 * one with {@link SignOffChecker#sign}, which fills in what is approved from the register as it is.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class SignOff {
  public abstract String id();

  public abstract SignOffKind kind();

  public abstract EntryRef subject();

  /** Who signed: a person or a body (for example "Socialnämnden"). */
  public abstract String signedBy();

  /** In what role: information owner, committee, data protection officer. */
  public abstract String role();

  public abstract LocalDate signedOn();

  /** What was approved: field → value, in a fixed order per kind. */
  public abstract Map<String, String> approved();

  /** {@code sha256:…} of {@link #approved()}. */
  @Value.Derived
  public String fingerprint() {
    return Snapshots.fingerprint(approved());
  }

  /** The decision or opinion in words, if recorded. */
  public abstract Optional<String> statement();

  /** Where the decision is recorded, for example the minutes' paragraph. */
  public abstract Optional<String> reference();

  @Value.Auxiliary
  public abstract Optional<Location> location();

  @Value.Check
  protected void check() {
    if (!kind().subjects().contains(subject().kind())) {
      throw new IllegalArgumentException("a " + kind() + " sign-off cannot be about " + subject());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableSignOff.Builder {}
}

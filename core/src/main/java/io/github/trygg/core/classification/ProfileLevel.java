package io.github.trygg.core.classification;

import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One step of a profile's scale: how the profile writes it ({@code "2"}, {@code "hoch"}), its label
 * and description, the ordinal it stands for when read, and the ordinals it is shown for. A
 * three-step scale such as BSI's covers the five ordinals with fewer steps.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class ProfileLevel {
  /** {@return how the profile numbers or names the step, for example {@code 3} or {@code sehr-hoch}} */
  public abstract String code();

  /** {@return the step's name in the profile's words} */
  public abstract LocalizedText label();

  /** {@return what the step means, in the profile's words} */
  public abstract LocalizedText description();

  /** {@return the ordinal a rating given as this step gets} */
  public abstract ConsequenceLevel level();

  /** {@return every ordinal shown as this step; contains {@link #level()}} */
  public abstract Set<ConsequenceLevel> covers();

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    if (!covers().contains(level())) {
      throw new IllegalArgumentException("profile step '" + code() + "' must cover its own level " + level().ordinalLevel());
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProfileLevel}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableProfileLevel.Builder {}
}

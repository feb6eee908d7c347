package io.github.trygg.crypto.pseudonym;

import io.github.trygg.core.internal.value.TryggStyle;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Where pseudonyms live and may be linked (the pseudonymisation domain of EDPB Guidelines 01/2025):
 * a name, the purpose, the linkability {@link PseudonymPolicy}, the master key its keys are derived
 * from, and the roles that may re-identify. Two domains never share pseudonyms: each derives its
 * own keys from the name.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class PseudonymisationDomain {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /**
   * {@return the domain's name: lower-case letters, digits, '.', '_' and '-', 1–64 characters} Keys
   * are derived from it, so pseudonyms of two domains never link.
   */
  public abstract String name();

  /** {@return why data are pseudonymised here, for example "statistics on alarm response times"} */
  public abstract String purpose();

  /** {@return how pseudonyms repeat in the domain; deterministic by default} */
  @Value.Default
  public PseudonymPolicy policy() {
    return PseudonymPolicy.DETERMINISTIC;
  }

  /** {@return the master key's id in the {@link KeyProvider}} */
  public abstract String keyId();

  /** {@return roles allowed to re-identify; empty means nobody} */
  public abstract Set<String> reidentifierRoles();

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    checkName(name());
    if (purpose().isBlank()) {
      throw new IllegalArgumentException("domain '" + name() + "' needs a purpose");
    }
    KeyRef.checkKeyId(keyId());
  }

  /** Checks a domain name: keys are derived from it, so every use of keys names its domain alike. */
  static String checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a domain name is 1–64 lower-case letters, digits, '.', '_' or '-'");
    }
    return name;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PseudonymisationDomain}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutablePseudonymisationDomain.Builder {}
}

package io.github.trygg.core.register;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.OrganisationKind;
import java.util.List;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The organisation that keeps the register: a municipality, region or company. It is controller of
 * its processing activities unless a unit of it (a committee) is named as controller of one.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class Organisation {
  /** {@return the organisation's name} */
  public abstract String name();

  /** {@return the organisationsnummer (SE) or organisasjonsnummer (NO), if recorded} */
  public abstract Optional<String> organisationNumber();

  /** {@return whose law the organisation is under: Sweden or Norway} */
  public abstract Jurisdiction jurisdiction();

  /** {@return a functional contact (mailbox or role), never a private person's details} */
  public abstract Optional<String> contact();

  /** {@return how to reach the data protection officer} */
  public abstract Optional<String> dpoContact();

  /** {@return a public authority (a municipality, say) unless the register says otherwise} */
  @Value.Default
  public OrganisationKind kind() {
    return OrganisationKind.PUBLIC_AUTHORITY;
  }

  /**
   * {@return the units that are controllers of their own processing, such as a Swedish
   * municipality's committees (nämnder); a processing names its unit in {@link
   * ProcessingActivity#controller()}}
   */
  public abstract List<OrganisationUnit> units();

  /**
   * The unit with this id.
   *
   * @param id the unit's id
   * @return the unit; empty if there is none
   */
  public final Optional<OrganisationUnit> unit(String id) {
    return units().stream().filter(u -> u.id().equals(id)).findFirst();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Organisation}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableOrganisation.Builder {}
}

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
  public abstract String name();

  /** Organisationsnummer (SE) or organisasjonsnummer (NO). */
  public abstract Optional<String> organisationNumber();

  public abstract Jurisdiction jurisdiction();

  /** A functional contact (mailbox or role), never a private person's details. */
  public abstract Optional<String> contact();

  /** How to reach the data protection officer. */
  public abstract Optional<String> dpoContact();

  /** A public authority (a municipality, say) unless the register says otherwise. */
  @Value.Default
  public OrganisationKind kind() {
    return OrganisationKind.PUBLIC_AUTHORITY;
  }

  /**
   * The units that are controllers of their own processing, such as a Swedish municipality's
   * committees (nämnder); a processing names its unit in {@link ProcessingActivity#controller()}.
   */
  public abstract List<OrganisationUnit> units();

  public final Optional<OrganisationUnit> unit(String id) {
    return units().stream().filter(u -> u.id().equals(id)).findFirst();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableOrganisation.Builder {}
}

package io.github.trygg.core;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Who a decision is about, for choosing the rules that bind: the jurisdiction, the sectors the
 * processing belongs to and the kind of organisation. A register's organisation gives the
 * jurisdiction and kind; the processing activities a system serves give its sectors.
 *
 * @param sectors the sectors the actor is known to act in; empty when none is known, so that no
 *     sector-specific rule is taken to bind it
 * @param jurisdiction the jurisdiction, when known
 * @param organisation the kind of organisation, when known
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Actor(Optional<Jurisdiction> jurisdiction, Set<Sector> sectors, Optional<OrganisationKind> organisation) {
  private static final Actor ANYONE = new Actor(Optional.empty(), EnumSet.allOf(Sector.class), Optional.empty());

  /**
   * Copies the sectors.
   *
   * @param sectors the sectors the actor is known to act in; empty when none is known, so that no
   *     sector-specific rule is taken to bind it
   * @param jurisdiction the jurisdiction, when known
   * @param organisation the kind of organisation, when known
   */
  public Actor {
    sectors = sectors.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(sectors));
  }

  /**
   * Nothing is known about the actor: every rule is kept (for example a vendor's product profile).
   *
   * @return the actor every rule binds
   */
  public static Actor anyone() {
    return ANYONE;
  }

  /**
   * An actor of a known kind in a jurisdiction, in some sectors.
   *
   * @param jurisdiction the jurisdiction
   * @param organisation the kind of organisation
   * @param sectors the sectors it acts in
   * @return the actor
   */
  public static Actor of(Jurisdiction jurisdiction, OrganisationKind organisation, Set<Sector> sectors) {
    return new Actor(Optional.of(jurisdiction), sectors, Optional.of(organisation));
  }

  /**
   * An actor in one jurisdiction and sector, of an unknown kind.
   *
   * @param jurisdiction the jurisdiction
   * @param sector the sector
   * @return the actor
   */
  public static Actor of(Jurisdiction jurisdiction, Sector sector) {
    return new Actor(Optional.of(jurisdiction), EnumSet.of(sector), Optional.empty());
  }

  /**
   * The same actor acting in these sectors.
   *
   * @param sectors the sectors it acts in
   * @return the scope limited to those sectors
   */
  public Actor inSectors(Set<Sector> sectors) {
    return new Actor(jurisdiction, sectors, organisation);
  }
}

package io.github.trygg.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Whom a rule or citation binds: the jurisdictions, sectors and kinds of organisation it is written
 * for. An empty set means no restriction on that dimension, so {@link #general()} (all three empty)
 * binds everyone — GDPR, say, or a method. HSLF-FS 2016:40 is
 * {@code Scope.of(SWEDEN).inSectors(HEALTHCARE)}: it binds Swedish health-care providers and nobody
 * else.
 *
 * @param jurisdictions the jurisdictions bound; empty for all
 * @param sectors the sectors bound; empty for all
 * @param organisations the kinds of organisation bound; empty for all
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Scope(Set<Jurisdiction> jurisdictions, Set<Sector> sectors, Set<OrganisationKind> organisations) {
  private static final Scope GENERAL = new Scope(Set.of(), Set.of(), Set.of());

  /**
   * Copies the sets.
   *
   * @param jurisdictions the jurisdictions bound; empty for all
   * @param sectors the sectors bound; empty for all
   * @param organisations the kinds of organisation bound; empty for all
   */
  public Scope {
    jurisdictions = copy(jurisdictions, Jurisdiction.class);
    sectors = copy(sectors, Sector.class);
    organisations = copy(organisations, OrganisationKind.class);
  }

  /**
   * Binds everyone: every jurisdiction, sector and kind of organisation.
   *
   * @return the scope that binds everyone
   */
  public static Scope general() {
    return GENERAL;
  }

  /**
   * Every sector and kind of organisation in these jurisdictions.
   *
   * @param first one jurisdiction
   * @param more any others
   * @return the scope
   */
  public static Scope of(Jurisdiction first, Jurisdiction... more) {
    EnumSet<Jurisdiction> js = EnumSet.of(first, more);
    return new Scope(js, Set.of(), Set.of());
  }

  /**
   * This scope limited to these sectors.
   *
   * @param first one kind of organisation
   * @param more any others
   * @return the scope limited to those sectors
   */
  public Scope inSectors(Sector first, Sector... more) {
    return new Scope(jurisdictions, EnumSet.of(first, more), organisations);
  }

  /**
   * This scope limited to these kinds of organisation.
   *
   * @param first one sector
   * @param more any others
   * @return the scope limited to those kinds of organisation
   */
  public Scope forOrganisations(OrganisationKind first, OrganisationKind... more) {
    return new Scope(jurisdictions, sectors, EnumSet.of(first, more));
  }

  /** {@return whether the scope binds everyone: no jurisdiction, sector or kind of organisation named} */
  public boolean isGeneral() {
    return jurisdictions.isEmpty() && sectors.isEmpty() && organisations.isEmpty();
  }

  /**
   * Written for some sectors only.
   *
   * @return whether the scope names some sectors only
   */
  public boolean sectorSpecific() {
    return !sectors.isEmpty();
  }

  /**
   * Whether the rule binds {@code actor}. Where the actor's jurisdiction or kind is unknown, the
   * scope is not narrowed on that dimension; a sector-specific rule binds only an actor known to
   * act in one of its sectors.
   *
   * @param actor who acts: jurisdiction, kind of organisation, sectors
   * @return whether the scope covers the actor
   */
  public boolean binds(Actor actor) {
    if (!jurisdictions.isEmpty() && actor.jurisdiction().isPresent() && !jurisdictions.contains(actor.jurisdiction().get())) {
      return false;
    }
    if (!organisations.isEmpty() && actor.organisation().isPresent() && !organisations.contains(actor.organisation().get())) {
      return false;
    }
    return sectors.isEmpty() || !Collections.disjoint(sectors, actor.sectors());
  }

  /**
   * For example "Sverige · hälso- och sjukvård" or "alla".
   *
   * @return the scope in words, such as "health care in Sweden"
   */
  public LocalizedText label() {
    if (isGeneral()) {
      return new LocalizedText("gäller alla", "gjelder alle", "applies to all");
    }
    List<LocalizedText> parts = new ArrayList<>();
    if (!jurisdictions.isEmpty()) {
      parts.add(join(jurisdictions.stream().map(Jurisdiction::label).toList()));
    }
    if (!sectors.isEmpty()) {
      parts.add(join(sectors.stream().map(Sector::label).toList()));
    }
    if (!organisations.isEmpty()) {
      parts.add(join(organisations.stream().map(OrganisationKind::label).toList()));
    }
    return new LocalizedText(parts.stream().map(LocalizedText::sv).collect(Collectors.joining(" · ")),
        parts.stream().map(LocalizedText::nb).collect(Collectors.joining(" · ")),
        parts.stream().map(LocalizedText::en).collect(Collectors.joining(" · ")));
  }

  private static LocalizedText join(List<LocalizedText> texts) {
    return new LocalizedText(texts.stream().map(LocalizedText::sv).collect(Collectors.joining(", ")),
        texts.stream().map(LocalizedText::nb).collect(Collectors.joining(", ")),
        texts.stream().map(LocalizedText::en).collect(Collectors.joining(", ")));
  }

  private static <E extends Enum<E>> Set<E> copy(Collection<E> values, Class<E> type) {
    return values.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(values));
  }

  @Override
  public String toString() {
    return isGeneral() ? "general" : "Scope" + jurisdictions + sectors + organisations;
  }
}

package io.github.trygg.core.register;

import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import io.github.trygg.core.Actor;
import io.github.trygg.core.Sector;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A system register: everything an organisation knows about its information, systems, vendors and
 * flows. Immutable. Equality ignores {@link #provenance()}, so a register read back from what was
 * written equals the original.
 *
 * <p>Read one from files with {@link RegisterReader}, write it with {@link RegisterWriter}, check
 * it with {@link RegisterValidator}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class Register {
  /** The version of the file format this library reads and writes. */
  public static final String FORMAT = "trygg-register/1";

  /** {@return the register's name, such as the organisation's} */
  public abstract Optional<String> name();

  /** {@return the organisation the register describes: jurisdiction, sector, units} */
  public abstract Optional<Organisation> organisation();

  /** {@return the information assets, in register order} */
  public abstract List<InformationAsset> assets();

  /** {@return the information systems, in register order} */
  public abstract List<InformationSystem> systems();

  /** {@return the vendors and processors, in register order} */
  public abstract List<Vendor> vendors();

  /** {@return the integrations between systems, in register order} */
  public abstract List<Integration> integrations();

  /** {@return the dependencies between systems, in register order} */
  public abstract List<Dependency> dependencies();

  /** {@return the processing activities, in register order} */
  public abstract List<ProcessingActivity> activities();

  /** {@return the approved level overrides, in register order} */
  public abstract List<LevelOverride> overrides();

  /** {@return where entries and fields came from; empty for a register built in code} */
  @Value.Auxiliary
  @Value.Default
  public Provenance provenance() {
    return Provenance.none();
  }

  /**
   * The asset with this id.
   *
   * @param id the asset's id
   * @return the asset; empty if there is none
   */
  public final Optional<InformationAsset> asset(String id) {
    return Optional.ofNullable(index().assets.get(id));
  }

  /**
   * The system with this id.
   *
   * @param id the system's id
   * @return the system; empty if there is none
   */
  public final Optional<InformationSystem> system(String id) {
    return Optional.ofNullable(index().systems.get(id));
  }

  /**
   * The vendor with this id.
   *
   * @param id the vendor's id
   * @return the vendor; empty if there is none
   */
  public final Optional<Vendor> vendor(String id) {
    return Optional.ofNullable(index().vendors.get(id));
  }

  /**
   * The integration with this id.
   *
   * @param id the integration's id
   * @return the integration; empty if there is none
   */
  public final Optional<Integration> integration(String id) {
    return Optional.ofNullable(index().integrations.get(id));
  }

  /**
   * The processing activity with this id.
   *
   * @param id the activity's id
   * @return the activity; empty if there is none
   */
  public final Optional<ProcessingActivity> activity(String id) {
    return Optional.ofNullable(index().activities.get(id));
  }

  /**
   * The processing activities that use a system, in register order.
   *
   * @param systemId the system's id
   * @return the processing activities that use the system, in register order
   */
  public final List<ProcessingActivity> activitiesOf(String systemId) {
    return index().activitiesBySystem.getOrDefault(systemId, List.of());
  }

  /**
   * The integrations a system sends or receives: those whose source or target it is, in register
   * order, each once.
   *
   * @param systemId the system's id
   * @return the integrations with the system at one end, in register order; empty if none
   */
  public final List<Integration> integrationsOf(String systemId) {
    return index().flows().bySystem.getOrDefault(systemId, List.of());
  }

  /**
   * The integrations with at least one end among these systems, in register order, each once. Looked
   * up per system, so its cost follows the systems' own flows, not the size of the register.
   *
   * @param systemIds the systems' ids
   * @return the integrations whose source or target is one of the systems, in register order
   */
  public final List<Integration> integrationsOf(java.util.Collection<String> systemIds) {
    Index.Flows flows = index().flows();
    java.util.BitSet positions = new java.util.BitSet();
    for (String id : systemIds) {
      for (Integration i : flows.bySystem.getOrDefault(id, List.of())) {
        positions.set(java.util.Objects.requireNonNull(flows.position.get(i)));
      }
    }
    List<Integration> all = integrations();
    List<Integration> out = new ArrayList<>(positions.cardinality());
    positions.stream().forEach(p -> out.add(all.get(p)));
    return out;
  }

  /**
   * The sectors a system serves: those of the activities that use it, of the systems it hosts and
   * of the composites it is part of. Empty when no activity says.
   *
   * @param systemId the system's id
   * @return the sectors the system serves: its activities', then those carried to platforms and parts
   */
  public final Set<Sector> sectorsOf(String systemId) {
    return index().sectors().getOrDefault(systemId, Set.of());
  }

  /**
   * {@return who acts in the register (jurisdiction and kind of organisation), without sectors;
   * anyone when the register names no organisation}
   */
  public final Actor actor() {
    return organisation().map(o -> Actor.of(o.jurisdiction(), o.kind(), Set.of())).orElse(Actor.anyone());
  }

  /**
   * The organisation acting through a system, in the sectors the system serves.
   *
   * @param systemId the system's id
   * @return who acts: the organisation's jurisdiction and kind, the activity's or system's sectors
   */
  public final Actor actorFor(String systemId) {
    return organisation().map(o -> Actor.of(o.jurisdiction(), o.kind(), sectorsOf(systemId))).orElse(Actor.anyone());
  }

  /**
   * The organisation acting in a processing activity, in its sectors.
   *
   * @param activity the processing activity
   * @return who acts: the organisation's jurisdiction and kind, the activity's or system's sectors
   */
  public final Actor actorFor(ProcessingActivity activity) {
    return organisation().map(o -> Actor.of(o.jurisdiction(), o.kind(), Set.copyOf(activity.sectors()))).orElse(Actor.anyone());
  }

  /**
   * The controller of a processing: the unit it names (a committee), or the organisation itself
   * (as a unit with the organisation's name and contacts). Empty when the register names no
   * organisation. A unit without its own DPO contact shares the organisation's.
   *
   * @param activity the processing activity
   * @return the unit that is the activity's controller, if it names one
   */
  public final Optional<OrganisationUnit> controllerOf(ProcessingActivity activity) {
    return organisation().map(o -> {
      Optional<OrganisationUnit> unit = activity.controller().flatMap(o::unit);
      if (unit.isPresent()) {
        OrganisationUnit u = unit.get();
        return u.dpoContact().isPresent() || o.dpoContact().isEmpty() ? u : OrganisationUnit.builder().from(u).dpoContact(o.dpoContact()).build();
      }
      OrganisationUnit.Builder b = OrganisationUnit.builder().id("").name(o.name());
      o.contact().ifPresent(b::contact);
      o.dpoContact().ifPresent(b::dpoContact);
      return b.build();
    });
  }

  /** {@return every entry, section by section, in register order} */
  public final List<RegisterEntry> entries() {
    List<RegisterEntry> all = new ArrayList<>();
    all.addAll(assets());
    all.addAll(systems());
    all.addAll(vendors());
    all.addAll(integrations());
    all.addAll(dependencies());
    all.addAll(activities());
    all.addAll(overrides());
    return all;
  }

  /**
   * Entries never reviewed or whose next review is before {@code today}.
   *
   * @param today today's date
   * @return the entries whose review is due, in register order
   */
  public final List<OverdueReview> overdueReviews(LocalDate today) {
    List<OverdueReview> overdue = new ArrayList<>();
    for (RegisterEntry entry : entries()) {
      if (entry.review().isEmpty()) {
        overdue.add(new OverdueReview(entry.ref(), Optional.empty()));
      } else if (entry.review().get().isOverdue(today)) {
        overdue.add(new OverdueReview(entry.ref(), Optional.of(entry.review().get().nextDue())));
      }
    }
    return overdue;
  }

  /** {@return every problem with this register; empty when it is consistent} */
  public final List<io.github.trygg.core.Problem> problems() {
    return RegisterValidator.validate(this);
  }

  @Value.Lazy
  Index index() {
    return new Index(this);
  }

  /** Lookup by id; the first entry wins where ids repeat (validation reports the repeat). */
  static final class Index {
    final Map<String, InformationAsset> assets;
    final Map<String, InformationSystem> systems;
    final Map<String, Vendor> vendors;
    final Map<String, Integration> integrations;
    final Map<String, ProcessingActivity> activities;
    final Map<String, List<ProcessingActivity>> activitiesBySystem;
    private volatile @org.jspecify.annotations.Nullable Map<String, Set<Sector>> sectors;
    private volatile @org.jspecify.annotations.Nullable Flows flows;
    private final List<Integration> allFlows;

    /** Integrations per system at either end, and each integration's place in the register. */
    static final class Flows {
      final Map<String, List<Integration>> bySystem;
      final java.util.IdentityHashMap<Integration, Integer> position;

      Flows(List<Integration> all) {
        Map<String, List<Integration>> by = new java.util.HashMap<>();
        position = new java.util.IdentityHashMap<>(all.size() * 2);
        for (int k = 0; k < all.size(); k++) {
          Integration i = all.get(k);
          position.putIfAbsent(i, k);
          by.computeIfAbsent(i.source(), x -> new ArrayList<>()).add(i);
          if (!i.target().equals(i.source())) {
            by.computeIfAbsent(i.target(), x -> new ArrayList<>()).add(i);
          }
        }
        by.replaceAll((k, v) -> Collections.unmodifiableList(v));
        bySystem = by;
      }
    }

    /** {@return the integrations per system, built on first use: most callers never ask} */
    Flows flows() {
      Flows f = flows;
      if (f == null) {
        f = new Flows(allFlows);
        flows = f;
      }
      return f;
    }

    Index(Register r) {
      allFlows = r.integrations();
      assets = byId(r.assets(), InformationAsset::id);
      systems = byId(r.systems(), InformationSystem::id);
      vendors = byId(r.vendors(), Vendor::id);
      integrations = byId(r.integrations(), Integration::id);
      activities = byId(r.activities(), ProcessingActivity::id);
      Map<String, List<ProcessingActivity>> bySystem = new LinkedHashMap<>();
      for (ProcessingActivity a : r.activities()) {
        for (String system : new java.util.LinkedHashSet<>(a.systems())) {
          bySystem.computeIfAbsent(system, k -> new ArrayList<>()).add(a);
        }
      }
      bySystem.replaceAll((k, v) -> List.copyOf(v));
      activitiesBySystem = Collections.unmodifiableMap(bySystem);
    }

    /**
     * {@return sectors per system: the activities' own, then carried to platforms and components
     * until nothing changes}
     */
    Map<String, Set<Sector>> sectors() {
      Map<String, Set<Sector>> s = sectors;
      if (s != null) {
        return s;
      }
      Map<String, java.util.EnumSet<Sector>> found = new java.util.HashMap<>();
      java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>();
      activitiesBySystem.forEach((system, acts) -> {
        java.util.EnumSet<Sector> set = java.util.EnumSet.noneOf(Sector.class);
        acts.forEach(a -> set.addAll(a.sectors()));
        if (!set.isEmpty()) {
          found.put(system, set);
          work.add(system);
        }
      });
      while (!work.isEmpty()) {
        String id = work.poll();
        InformationSystem sys = systems.get(id);
        if (sys == null) {
          continue;
        }
        List<String> next = new ArrayList<>(sys.components());
        sys.hostedOn().ifPresent(next::add);
        for (String t : next) {
          java.util.EnumSet<Sector> target = found.computeIfAbsent(t, k -> java.util.EnumSet.noneOf(Sector.class));
          if (target.addAll(found.get(id))) {
            work.add(t);
          }
        }
      }
      Map<String, Set<Sector>> result = new java.util.HashMap<>();
      found.forEach((k, v) -> result.put(k, Collections.unmodifiableSet(v)));
      s = Collections.unmodifiableMap(result);
      sectors = s;
      return s;
    }

    private static <T> Map<String, T> byId(List<T> entries, Function<T, String> id) {
      Map<String, T> map = new LinkedHashMap<>();
      for (T entry : entries) {
        map.putIfAbsent(id.apply(entry), entry);
      }
      return Collections.unmodifiableMap(map);
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Register}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableRegister.Builder {}
}

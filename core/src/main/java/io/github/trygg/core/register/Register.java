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

  public abstract Optional<String> name();

  public abstract Optional<Organisation> organisation();

  public abstract List<InformationAsset> assets();

  public abstract List<InformationSystem> systems();

  public abstract List<Vendor> vendors();

  public abstract List<Integration> integrations();

  public abstract List<Dependency> dependencies();

  public abstract List<ProcessingActivity> activities();

  public abstract List<LevelOverride> overrides();

  /** Where entries and fields came from; empty for a register built in code. */
  @Value.Auxiliary
  @Value.Default
  public Provenance provenance() {
    return Provenance.none();
  }

  public final Optional<InformationAsset> asset(String id) {
    return Optional.ofNullable(index().assets.get(id));
  }

  public final Optional<InformationSystem> system(String id) {
    return Optional.ofNullable(index().systems.get(id));
  }

  public final Optional<Vendor> vendor(String id) {
    return Optional.ofNullable(index().vendors.get(id));
  }

  public final Optional<Integration> integration(String id) {
    return Optional.ofNullable(index().integrations.get(id));
  }

  public final Optional<ProcessingActivity> activity(String id) {
    return Optional.ofNullable(index().activities.get(id));
  }

  /** Every entry, section by section, in register order. */
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

  /** Entries never reviewed or whose next review is before {@code today}. */
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

  /** Every problem with this register; empty when it is consistent. */
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

    Index(Register r) {
      assets = byId(r.assets(), InformationAsset::id);
      systems = byId(r.systems(), InformationSystem::id);
      vendors = byId(r.vendors(), Vendor::id);
      integrations = byId(r.integrations(), Integration::id);
      activities = byId(r.activities(), ProcessingActivity::id);
    }

    private static <T> Map<String, T> byId(List<T> entries, Function<T, String> id) {
      Map<String, T> map = new LinkedHashMap<>();
      for (T entry : entries) {
        map.putIfAbsent(id.apply(entry), entry);
      }
      return Collections.unmodifiableMap(map);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRegister.Builder {}
}

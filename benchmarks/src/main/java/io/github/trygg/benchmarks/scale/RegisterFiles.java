package io.github.trygg.benchmarks.scale;

import io.github.trygg.benchmarks.propagation.GeneratedRegisters;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.register.Dependency;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.LegalBasis;
import io.github.trygg.core.register.LevelOverride;
import io.github.trygg.core.register.Organisation;
import io.github.trygg.core.register.OrganisationUnit;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterWriter;
import io.github.trygg.core.register.Review;
import io.github.trygg.core.register.SpecialCategoryBasis;
import io.github.trygg.core.register.TransferSafeguard;
import io.github.trygg.core.register.Vendor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link GeneratedRegisters} register made into what a user keeps: a valid register (processors
 * with agreements and transfer safeguards, activities with a controller and an Art. 9 exception),
 * reviews on every entry (one in fifty overdue), systems owned per area, one processing activity
 * per service of 50 systems — written as YAML files the {@code trygg} tool reads, one per 1 000
 * systems with their outgoing flows and dependencies, as a register merged from many
 * municipalities' files is. The first file also holds the organisation, the assets, vendors,
 * activities and overrides.
 */
public final class RegisterFiles {
  static final int SYSTEMS_PER_FILE = 1_000;
  static final int DEPTH = 50;
  static final int FLOWS_PER_SYSTEM = 10;
  private static final String[] DOMAINS = {"omsorg", "skola", "socialtjanst", "halsa", "samhallsbyggnad"};
  private static final LocalDate REVIEWED = LocalDate.of(2026, 3, 1);
  private static final LocalDate LONG_AGO = LocalDate.of(2024, 3, 1);

  private RegisterFiles() {}

  /** The date the tool is run with, so that which reviews are overdue never depends on the day of the run. */
  public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  /** Writes the register of {@code systems} systems into {@code dir} and returns its files in the order to merge them. */
  public static List<Path> write(int systems, long seed, Path dir) throws IOException {
    Register r = register(systems, seed);
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    int chunks = (systems + SYSTEMS_PER_FILE - 1) / SYSTEMS_PER_FILE;
    Map<Integer, List<InformationSystem>> systemsIn = new TreeMap<>();
    Map<Integer, List<Integration>> flowsIn = new TreeMap<>();
    Map<Integer, List<Dependency>> dependenciesIn = new TreeMap<>();
    for (InformationSystem s : r.systems()) {
      systemsIn.computeIfAbsent(chunk(s.id()), k -> new ArrayList<>()).add(s);
    }
    for (Integration i : r.integrations()) {
      flowsIn.computeIfAbsent(chunk(i.source()), k -> new ArrayList<>()).add(i);
    }
    for (Dependency d : r.dependencies()) {
      dependenciesIn.computeIfAbsent(chunk(d.consumer()), k -> new ArrayList<>()).add(d);
    }
    for (int c = 0; c < chunks; c++) {
      Register.Builder b = Register.builder().systems(systemsIn.getOrDefault(c, List.of())).integrations(flowsIn.getOrDefault(c, List.of()))
          .dependencies(dependenciesIn.getOrDefault(c, List.of()));
      // Assets and activities spread over the files like the systems, so that no file outgrows the
      // reader's default limit of values per document at 100 000 systems.
      b.assets(slice(r.assets(), c, chunks)).activities(slice(r.activities(), c, chunks));
      if (c == 0) {
        b.name(r.name().orElseThrow()).organisation(r.organisation().orElseThrow()).vendors(r.vendors()).overrides(r.overrides());
      }
      Path file = dir.resolve(String.format("register-%03d.yaml", c));
      RegisterWriter.write(b.build(), file);
      files.add(file);
    }
    return files;
  }

  private static <T> List<T> slice(List<T> all, int c, int chunks) {
    return all.subList((int) ((long) all.size() * c / chunks), (int) ((long) all.size() * (c + 1) / chunks));
  }

  private static int chunk(String systemId) {
    return Integer.parseInt(systemId.substring(1)) / SYSTEMS_PER_FILE;
  }

  /** The generated register, made valid and given owners, reviews and activities. */
  public static Register register(int systems, long seed) {
    Register g = GeneratedRegisters.generate(systems, FLOWS_PER_SYSTEM, DEPTH, seed);
    List<OrganisationUnit> units = new ArrayList<>();
    for (String d : DOMAINS) {
      units.add(OrganisationUnit.builder().id(d).name("Nämnden för " + d).build());
    }
    Organisation org = Organisation.builder().name("Generated region of " + systems + " systems").jurisdiction(Jurisdiction.SWEDEN).units(units).build();
    int[] n = {0};
    List<InformationAsset> assets = g.assets().stream().map(a -> InformationAsset.builder().from(a).review(review(n[0]++)).build()).toList();
    Map<String, InformationAsset> assetById = new TreeMap<>();
    assets.forEach(a -> assetById.put(a.id(), a));
    List<InformationSystem> list = g.systems().stream().map(s -> InformationSystem.builder().from(s).owner(owner(number(s.id()))).review(review(n[0]++)).build())
        .toList();
    List<Vendor> vendors = g.vendors().stream().map(v -> {
      Vendor.Builder b = Vendor.builder().from(v).review(review(n[0]++));
      if (v.safeguards().isEmpty() && !v.inEuEea()) {
        b.addSafeguards(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES);
      }
      return b.build();
    }).toList();
    List<Integration> flows = g.integrations().stream().map(i -> Integration.builder().from(i).review(review(n[0]++)).build()).toList();
    List<Dependency> dependencies = g.dependencies().stream().map(d -> Dependency.builder().from(d).review(review(n[0]++)).build()).toList();
    List<LevelOverride> overrides = g.overrides().stream().map(o -> LevelOverride.builder().from(o).review(review(n[0]++)).build()).toList();
    // One activity per service: the 50 systems of one column, which share a domain.
    Map<Integer, List<InformationSystem>> services = new TreeMap<>();
    for (InformationSystem s : list) {
      services.computeIfAbsent(number(s.id()) / DEPTH, k -> new ArrayList<>()).add(s);
    }
    List<ProcessingActivity> activities = new ArrayList<>();
    services.forEach((column, members) -> {
      Set<String> data = new LinkedHashSet<>();
      members.forEach(s -> {
        data.addAll(s.assetsStored());
        data.addAll(s.assetsProcessed());
      });
      if (data.isEmpty()) {
        return; // platforms only
      }
      String domain = DOMAINS[column % DOMAINS.length];
      ProcessingActivity.Builder b = ProcessingActivity.builder().id(String.format("p%05d", column)).name("Tjänst " + column + " inom " + domain)
          .purpose("Verksamhet inom " + domain).legalBasis(LegalBasis.PUBLIC_TASK).controller(domain).assets(data)
          .systems(members.stream().map(InformationSystem::id).sorted().toList()).review(review(n[0]++));
      if (data.stream().map(assetById::get).anyMatch(InformationAsset::specialCategory)) {
        b.specialCategoryBasis(SpecialCategoryBasis.HEALTH_OR_SOCIAL_CARE);
      }
      activities.add(b.build());
    });
    return Register.builder().name("Generated region of " + systems + " systems").organisation(org).assets(assets).systems(list).vendors(vendors)
        .integrations(flows).dependencies(dependencies).overrides(overrides).activities(activities).build();
  }

  private static int number(String systemId) {
    return Integer.parseInt(systemId.substring(1));
  }

  /** The area a system belongs to: its domain in the file (the municipality) it is written to, 200 systems each. */
  static String owner(int s) {
    return "Systemägare " + DOMAINS[(s / DEPTH) % DOMAINS.length] + " " + (s / SYSTEMS_PER_FILE + 1);
  }

  /** Reviewed this year, one entry in fifty not since long ago. */
  private static Review review(int k) {
    return Review.of(k % 50 == 7 ? LONG_AGO : REVIEWED, Period.ofYears(1));
  }
}

package io.github.trygg.benchmarks.propagation;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.DataVolume;
import io.github.trygg.core.register.Dependency;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.IntegrationAuthentication;
import io.github.trygg.core.register.LegalBasis;
import io.github.trygg.core.register.LevelOverride;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.RecoveryObjectives;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SystemKind;
import io.github.trygg.core.register.TransferSafeguard;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Registers the size of a national vendor's multi-tenant view: {@code systems} systems in
 * {@code depth} layers, about {@code flowsPerSystem} flows out of each — nine in ten to the next layer,
 * so data travel through chains up to {@code depth} hops, the rest anywhere, which closes cycles —
 * every system depending on one in the next layer (supplier chains {@code depth} long), platforms,
 * composites, vendors in and outside the EU/EEA, processing activities and a few overrides. Lists
 * are shuffled, as a register read from many files would be. The same seed gives the same register.
 */
public final class GeneratedRegisters {
  private static final String[] COUNTRIES = {"SE", "SE", "SE", "NO", "FI", "DK", "US", "GB"};
  private static final String[] CATEGORIES = {"health", "contact", "contact", "social-services", "medication"};

  private GeneratedRegisters() {}

  public static Register generate(int systems, int flowsPerSystem, int depth, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int assetCount = Math.max(DOMAINS * 4, systems / 5);
    int columns = systems / depth;
    List<InformationAsset> assets = new ArrayList<>(assetCount);
    for (int x = 0; x < assetCount; x++) {
      assets.add(asset(rnd, x));
    }
    List<Vendor> vendors = new ArrayList<>();
    for (int v = 0; v < 50; v++) {
      Vendor.Builder b = Vendor.builder().id(String.format("v%03d", v)).name("Vendor " + v)
          .country(COUNTRIES[rnd.nextInt(COUNTRIES.length)]).role(rnd.nextInt(5) == 0 ? VendorRole.SUPPLIER : VendorRole.PROCESSOR)
          .agreementDate(LocalDate.of(2025, 1, 1));
      if (rnd.nextInt(10) != 0) {
        b.addSafeguards(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES);
      }
      vendors.add(b.build());
    }
    int platforms = Math.max(1, systems / 100);
    int[][] natives = new int[systems][];
    for (int s = 0; s < systems; s++) {
      natives[s] = s < platforms ? new int[0] : pickInDomain(rnd, domain(s, depth), assetCount, 1 + rnd.nextInt(3));
    }
    int[] flowSource = new int[systems * flowsPerSystem];
    int[] flowTarget = new int[flowSource.length];
    int f = 0;
    for (int s = 0; s < systems; s++) {
      int layer = s % depth;
      for (int k = 0; k < flowsPerSystem; k++) {
        int target;
        if (rnd.nextInt(10) < 9 && layer + 1 < depth) {
          // The next layer, same domain: a chain through all layers is depth hops long.
          target = sameDomainColumn(rnd, domain(s, depth), columns) * depth + layer + 1;
        } else if (rnd.nextInt(5) == 0) {
          target = rnd.nextInt(systems); // anywhere: back edges and cycles, across domains
        } else {
          target = sameDomainColumn(rnd, domain(s, depth), columns) * depth + rnd.nextInt(depth);
        }
        flowSource[f] = s;
        flowTarget[f++] = target == s ? (s + 1) % systems : target;
      }
    }
    // Entries are created in list order, as a reader creates them from a file, and the list order
    // is shuffled, as files written by many people are.
    List<InformationSystem> list = new ArrayList<>(systems);
    for (int s : shuffled(systems, seed)) {
      list.add(system(new SplittableRandom(seed * 31 + s), s, systems, platforms, natives[s]));
    }
    List<Integration> flows = new ArrayList<>(f);
    for (int k : shuffled(f, seed + 1)) {
      int s = flowSource[k];
      flows.add(flow(new SplittableRandom(seed * 37 + k), k, s, flowTarget[k], natives[s], domain(s, depth), domain(flowTarget[k], depth), assetCount));
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (int s = 0; s < systems; s++) {
      int layer = s % depth;
      int column = s / depth;
      if (layer + 1 >= depth) {
        continue;
      }
      int supplier;
      if (column % 10 == 0) {
        supplier = s + 1; // one column in ten is a supplier chain through every layer
      } else if (rnd.nextInt(5) == 0) {
        supplier = rnd.nextInt(columns) * depth + layer + 1;
      } else {
        continue;
      }
      Dependency.Builder b = Dependency.builder().id(String.format("d%07d", s)).consumer(id(s)).supplier(id(supplier));
      b.addAspects(SecurityAspect.AVAILABILITY);
      if (rnd.nextBoolean()) {
        b.addAspects(SecurityAspect.INTEGRITY);
      }
      dependencies.add(b.build());
    }
    List<LevelOverride> overrides = new ArrayList<>();
    for (int o = 0; o < Math.max(1, systems / 1000); o++) {
      boolean onSystem = rnd.nextBoolean();
      overrides.add(LevelOverride.builder().id(String.format("o%05d", o))
          .target(onSystem ? new EntryRef(EntryKind.SYSTEM, id(rnd.nextInt(systems))) : new EntryRef(EntryKind.INTEGRATION, flowId(rnd.nextInt(f))))
          .aspect(SecurityAspect.values()[rnd.nextInt(4)]).level(ConsequenceLevel.ofOrdinal(rnd.nextInt(3)))
          .reason("Only pseudonymised data").approvedBy("CISO").approvedOn(LocalDate.of(2026, 1, 1)).evidence("PIA-" + o).build());
    }
    // One processing activity per domain: data of one domain share a purpose.
    List<ProcessingActivity> activities = new ArrayList<>();
    for (int d = 0; d < DOMAINS; d++) {
      ProcessingActivity.Builder b = ProcessingActivity.builder().id("p" + d).name("Activity " + d).purpose("Purpose " + d)
          .legalBasis(LegalBasis.PUBLIC_TASK);
      for (int x = d; x < assetCount; x += DOMAINS) {
        b.addAssets(assetId(x));
      }
      activities.add(b.build());
    }
    return Register.builder().name("Generated " + systems).assets(assets).systems(list).vendors(vendors).integrations(flows)
        .dependencies(dependencies).overrides(overrides).activities(activities).build();
  }

  private static final int DOMAINS = 5;

  private static List<Integer> shuffled(int n, long seed) {
    List<Integer> order = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      order.add(k);
    }
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  /** Systems of one column share a domain (care, schools, …): most of their data and flows stay in it. */
  private static int domain(int s, int depth) {
    return (s / depth) % DOMAINS;
  }

  private static int sameDomainColumn(SplittableRandom rnd, int domain, int columns) {
    int c = rnd.nextInt(Math.max(1, columns / DOMAINS)) * DOMAINS + domain;
    return c < columns ? c : domain % Math.max(1, columns);
  }

  private static int[] pickInDomain(SplittableRandom rnd, int domain, int assets, int count) {
    int[] picked = new int[count];
    for (int k = 0; k < count; k++) {
      picked[k] = rnd.nextInt(assets / DOMAINS) * DOMAINS + domain;
    }
    return picked;
  }

  static String id(int s) {
    return String.format("s%07d", s);
  }

  static String assetId(int x) {
    return String.format("a%06d", x);
  }

  static String flowId(int f) {
    return String.format("f%08d", f);
  }

  private static InformationAsset asset(SplittableRandom rnd, int x) {
    Map<SecurityAspect, AspectRating> ratings = new EnumMap<>(SecurityAspect.class);
    for (SecurityAspect a : SecurityAspect.values()) {
      // Mostly low levels, so that a high one has far to travel.
      int p = rnd.nextInt(1000);
      int level = p < 1 ? 4 : p < 40 ? 3 : p < 300 ? 2 : p < 700 ? 1 : 0;
      ratings.put(a, AspectRating.builder().aspect(a).level(ConsequenceLevel.ofOrdinal(level)).justification("generated").build());
    }
    boolean personal = rnd.nextInt(3) != 0;
    InformationAsset.Builder b = InformationAsset.builder().id(assetId(x)).name("Asset " + x).personalData(personal)
        .classification(AssetClassification.builder().profileId("klassa-se").profileVersion("1").ratings(ratings).build());
    if (personal) {
      b.specialCategory(rnd.nextInt(4) == 0).volume(rnd.nextInt(200) == 0 ? DataVolume.VERY_MANY : DataVolume.values()[rnd.nextInt(3)]);
    }
    b.addDataCategories(rnd.nextInt(50) == 0 ? "location" : CATEGORIES[rnd.nextInt(CATEGORIES.length)]);
    return b.build();
  }

  private static InformationSystem system(SplittableRandom rnd, int s, int systems, int platforms, int[] natives) {
    boolean platform = s < platforms;
    InformationSystem.Builder b = InformationSystem.builder().id(id(s)).name("System " + s)
        .systemKind(platform ? SystemKind.PLATFORM : rnd.nextInt(10) == 0 ? SystemKind.DEVICE : SystemKind.APPLICATION)
        .vendor(String.format("v%03d", rnd.nextInt(50)));
    if (!platform && rnd.nextInt(10) < 6) {
      b.hostedOn(id(rnd.nextInt(platforms)));
    }
    if (!platform && rnd.nextInt(50) == 0) {
      b.addComponents(id(platforms + rnd.nextInt(systems - platforms)), id(platforms + rnd.nextInt(systems - platforms)));
    }
    b.clearedFor(Levels.of(cleared(rnd), cleared(rnd), cleared(rnd), cleared(rnd)));
    b.authentication(rnd.nextInt(50) == 0 ? AssuranceLevel.LOW : rnd.nextBoolean() ? AssuranceLevel.SUBSTANTIAL : AssuranceLevel.HIGH);
    for (int x : natives) {
      if (rnd.nextBoolean()) {
        b.addAssetsStored(assetId(x));
      } else {
        b.addAssetsProcessed(assetId(x));
      }
    }
    if (rnd.nextInt(5) == 0) {
      b.recoveryObjectives(RecoveryObjectives.builder().maxDowntime(Duration.ofHours(1 + rnd.nextInt(24))).maxDataLoss(Duration.ofHours(1 + rnd.nextInt(8))).build());
    }
    if (platform || rnd.nextInt(5) < 4) {
      b.recoveryCapability(RecoveryObjectives.builder().maxDowntime(Duration.ofHours(1 + rnd.nextInt(24))).maxDataLoss(Duration.ofHours(1 + rnd.nextInt(8))).build());
    }
    return b.build();
  }

  private static int cleared(SplittableRandom rnd) {
    int p = rnd.nextInt(20);
    return p == 0 ? 4 : p < 4 ? 2 : 3;
  }

  /** A flow sends mostly what its source holds, sometimes other data of its domain; some answer back. */
  private static Integration flow(SplittableRandom rnd, int f, int source, int target, int[] natives, int sourceDomain, int targetDomain,
      int assets) {
    Integration.Builder b = Integration.builder().id(flowId(f)).source(id(source)).target(id(target))
        .transport(rnd.nextInt(200) == 0 ? TransportProtection.NONE : TransportProtection.TLS)
        .authentication(rnd.nextInt(50) == 0 ? IntegrationAuthentication.SHARED_SECRET : rnd.nextBoolean() ? IntegrationAuthentication.MUTUAL_TLS
            : IntegrationAuthentication.OAUTH2)
        .crossesOpenNetwork(rnd.nextInt(3) == 0);
    if (natives.length > 0 && rnd.nextInt(10) < 7) {
      b.addAssetsSent(assetId(natives[rnd.nextInt(natives.length)]));
    } else {
      b.addAssetsSent(assetId(pickInDomain(rnd, sourceDomain, assets, 1)[0]));
    }
    if (rnd.nextInt(5) == 0) {
      b.addAssetsReceived(assetId(pickInDomain(rnd, targetDomain, assets, 1)[0]));
    }
    return b.build();
  }
}

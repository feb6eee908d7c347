package io.github.trygg.core.propagation;

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
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Seeded random registers for property tests: chains, cycles in flows, dependencies, hosting and
 * composition, overrides (documented or not), references to systems that do not exist, every
 * kind of entry. Ids are unique, so shuffling the lists must not change any result.
 */
final class RandomRegisters {
  private static final String[] CATEGORIES = {"health", "location", "contact", "social-services", "medication"};
  private static final String[] COUNTRIES = {"SE", "NO", "FI", "US", "GB", "IN"};

  private RandomRegisters() {}

  static Register generate(SplittableRandom rnd, int systemCount) {
    int assetCount = 2 + rnd.nextInt(10);
    List<InformationAsset> assets = new ArrayList<>();
    for (int x = 0; x < assetCount; x++) {
      assets.add(asset(rnd, "a" + name(rnd, x)));
    }
    List<Vendor> vendors = new ArrayList<>();
    for (int v = 0; v < 4; v++) {
      VendorRole role = VendorRole.values()[rnd.nextInt(VendorRole.values().length)];
      Vendor.Builder b = Vendor.builder().id("v" + v).name("Vendor " + v).country(COUNTRIES[rnd.nextInt(COUNTRIES.length)]).role(role);
      if (rnd.nextBoolean()) {
        b.addSafeguards(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES);
      }
      vendors.add(b.build());
    }
    List<String> systemIds = new ArrayList<>();
    for (int s = 0; s < systemCount; s++) {
      systemIds.add("s" + name(rnd, s));
    }
    List<InformationSystem> systems = new ArrayList<>();
    for (String id : systemIds) {
      systems.add(system(rnd, id, systemIds, assets, vendors));
    }
    List<Integration> flows = new ArrayList<>();
    int flowCount = rnd.nextInt(systemCount * 3 + 1);
    for (int f = 0; f < flowCount; f++) {
      flows.add(flow(rnd, "f" + name(rnd, f), systemIds, assets));
    }
    List<Dependency> dependencies = new ArrayList<>();
    int depCount = rnd.nextInt(systemCount + 1);
    for (int d = 0; d < depCount; d++) {
      Dependency.Builder b = Dependency.builder().id("d" + name(rnd, d)).consumer(pick(rnd, systemIds)).supplier(pick(rnd, systemIds));
      int mask = 1 + rnd.nextInt(3);
      if ((mask & 1) != 0) {
        b.addAspects(SecurityAspect.INTEGRITY);
      }
      if ((mask & 2) != 0) {
        b.addAspects(SecurityAspect.AVAILABILITY);
      }
      if (rnd.nextInt(10) == 0) {
        b.addAspects(SecurityAspect.CONFIDENTIALITY); // invalid: must be ignored
      }
      dependencies.add(b.build());
    }
    List<LevelOverride> overrides = new ArrayList<>();
    int overrideCount = rnd.nextInt(4);
    for (int o = 0; o < overrideCount; o++) {
      boolean onSystem = flows.isEmpty() || rnd.nextBoolean();
      String target = onSystem ? pick(rnd, systemIds) : flows.get(rnd.nextInt(flows.size())).id();
      boolean documented = rnd.nextInt(4) != 0;
      overrides.add(LevelOverride.builder()
          .id("o" + name(rnd, o))
          .target(new EntryRef(onSystem ? EntryKind.SYSTEM : EntryKind.INTEGRATION, target))
          .aspect(SecurityAspect.values()[rnd.nextInt(4)])
          .level(ConsequenceLevel.ofOrdinal(rnd.nextInt(5)))
          .reason(documented ? "Only pseudonymised data" : "")
          .approvedBy("CISO")
          .approvedOn(LocalDate.of(2026, 1, 1))
          .evidence("DOC-" + o)
          .build());
    }
    List<ProcessingActivity> activities = new ArrayList<>();
    for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
      ProcessingActivity.Builder b = ProcessingActivity.builder().id("p" + k).name("Activity " + k).purpose("Purpose " + k)
          .legalBasis(LegalBasis.PUBLIC_TASK);
      for (InformationAsset a : assets) {
        if (rnd.nextInt(3) == 0) {
          b.addAssets(a.id());
        }
      }
      activities.add(b.build());
    }
    return Register.builder().name("Random").assets(assets).systems(systems).vendors(vendors).integrations(flows)
        .dependencies(dependencies).overrides(overrides).activities(activities).build();
  }

  /** The same register with every list in another order. */
  static Register shuffled(Register r, long seed) {
    Random random = new Random(seed);
    return Register.builder().from(r)
        .assets(shuffle(r.assets(), random))
        .systems(shuffle(r.systems(), random))
        .vendors(shuffle(r.vendors(), random))
        .integrations(shuffle(r.integrations(), random))
        .dependencies(shuffle(r.dependencies(), random))
        .overrides(shuffle(r.overrides(), random))
        .activities(shuffle(r.activities(), random))
        .build();
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** Ids whose order has nothing to do with creation order. */
  private static String name(SplittableRandom rnd, int k) {
    return Integer.toString(rnd.nextInt(1000), 36) + "-" + k;
  }

  private static String pick(SplittableRandom rnd, List<String> ids) {
    return ids.get(rnd.nextInt(ids.size()));
  }

  static InformationAsset asset(SplittableRandom rnd, String id) {
    InformationAsset.Builder b = InformationAsset.builder().id(id).name("Asset " + id);
    boolean personal = rnd.nextInt(3) != 0;
    b.personalData(personal);
    if (personal) {
      b.specialCategory(rnd.nextBoolean()).criminalData(rnd.nextInt(5) == 0).nationalIdentityNumbers(rnd.nextBoolean())
          .children(rnd.nextInt(4) == 0).volume(DataVolume.values()[rnd.nextInt(4)]);
    }
    for (String c : CATEGORIES) {
      if (rnd.nextInt(3) == 0) {
        b.addDataCategories(c);
      }
    }
    if (rnd.nextInt(6) != 0) {
      AssetClassification.Builder c = AssetClassification.builder().profileId("klassa-se").profileVersion("1");
      for (SecurityAspect a : SecurityAspect.values()) {
        if (rnd.nextInt(5) != 0) {
          c.putRatings(a, AspectRating.builder().aspect(a).level(ConsequenceLevel.ofOrdinal(rnd.nextInt(5))).justification("test").build());
        }
      }
      b.classification(c.build());
    }
    return b.build();
  }

  private static InformationSystem system(SplittableRandom rnd, String id, List<String> ids, List<InformationAsset> assets, List<Vendor> vendors) {
    SystemKind kind = SystemKind.values()[rnd.nextInt(SystemKind.values().length)];
    InformationSystem.Builder b = InformationSystem.builder().id(id).name("System " + id).systemKind(kind);
    if (rnd.nextInt(3) == 0) {
      b.hostedOn(rnd.nextInt(10) == 0 ? "missing-platform" : pick(rnd, ids));
    }
    if (rnd.nextInt(6) == 0) {
      b.addComponents(pick(rnd, ids));
    }
    if (rnd.nextInt(4) == 0) {
      b.assessed(randomLevels(rnd));
    }
    if (rnd.nextBoolean()) {
      b.clearedFor(randomLevels(rnd));
    }
    if (rnd.nextInt(3) != 0) {
      b.authentication(AssuranceLevel.values()[rnd.nextInt(4)]);
    }
    if (rnd.nextBoolean()) {
      b.vendor(vendors.get(rnd.nextInt(vendors.size())).id());
    }
    if (rnd.nextInt(4) == 0) {
      b.addDataLocations(COUNTRIES[rnd.nextInt(COUNTRIES.length)]);
    }
    for (InformationAsset a : assets) {
      int r = rnd.nextInt(6);
      if (r == 0) {
        b.addAssetsStored(a.id());
      } else if (r == 1) {
        b.addAssetsProcessed(a.id());
      }
    }
    if (rnd.nextInt(3) == 0) {
      b.recoveryObjectives(recovery(rnd));
    }
    if (rnd.nextInt(3) == 0) {
      b.recoveryCapability(recovery(rnd));
    }
    return b.build();
  }

  private static RecoveryObjectives recovery(SplittableRandom rnd) {
    RecoveryObjectives.Builder b = RecoveryObjectives.builder();
    if (rnd.nextBoolean()) {
      b.maxDowntime(Duration.ofMinutes(5L * (1 + rnd.nextInt(100))));
    }
    if (rnd.nextBoolean()) {
      b.maxDataLoss(Duration.ofMinutes(1L + rnd.nextInt(600)));
    }
    return b.build();
  }

  static Levels randomLevels(SplittableRandom rnd) {
    return Levels.of(rnd.nextInt(5), rnd.nextInt(5), rnd.nextInt(5), rnd.nextInt(5));
  }

  static Integration flow(SplittableRandom rnd, String id, List<String> systemIds, List<InformationAsset> assets) {
    String source = rnd.nextInt(25) == 0 ? "missing-system" : pick(rnd, systemIds);
    String target = pick(rnd, systemIds);
    Integration.Builder b = Integration.builder().id(id).source(source).target(target)
        .transport(TransportProtection.values()[rnd.nextInt(3)])
        .authentication(IntegrationAuthentication.values()[rnd.nextInt(IntegrationAuthentication.values().length)])
        .crossesOpenNetwork(rnd.nextBoolean());
    if (rnd.nextBoolean()) {
      b.name("Flow " + id);
    }
    boolean sends = rnd.nextInt(5) != 0;
    for (InformationAsset a : assets) {
      if (sends && rnd.nextInt(3) == 0) {
        b.addAssetsSent(a.id());
      }
      if (rnd.nextInt(6) == 0) {
        b.addAssetsReceived(a.id());
      }
    }
    if (rnd.nextInt(4) == 0) {
      b.clearedFor(randomLevels(rnd));
    }
    return b.build();
  }
}

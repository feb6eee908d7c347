package io.github.trygg.examples.report;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.DataVolume;
import io.github.trygg.core.register.Dependency;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.IntegrationAuthentication;
import io.github.trygg.core.register.LegalBasis;
import io.github.trygg.core.register.Organisation;
import io.github.trygg.core.register.OrganisationUnit;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.Review;
import io.github.trygg.core.register.SpecialCategoryBasis;
import io.github.trygg.core.register.SystemKind;
import io.github.trygg.core.register.TransferSafeguard;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A generated register of a large region: areas of 200 systems under one system owner, ten flows
 * out of each system to systems a little further down the chain (so that each system's trace is a
 * short walk: what traces cost over a register whose flows cross everything is the scale
 * benchmark's business, not this test's), one platform per hundred systems, mostly low classifications with a few
 * high ones, a few flows in clear text over an open network and systems cleared below what they
 * hold, so that the chain has findings of every kind. The same seed gives the same register.
 */
final class ScaleRegister {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final String[] COUNTRIES = {"SE", "SE", "NO", "FI", "DK", "US"};

  private ScaleRegister() {}

  static Register generate(int systems, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Review reviewed = Review.of(LocalDate.of(2026, 3, 1), Period.ofYears(1));
    int areas = Math.max(1, systems / 200);
    List<OrganisationUnit> units = new ArrayList<>();
    for (int a = 0; a < areas; a++) {
      units.add(OrganisationUnit.builder().id("u" + a).name("Nämnd " + a).build());
    }
    int assetCount = Math.max(10, systems / 5);
    List<InformationAsset> assets = new ArrayList<>();
    for (int x = 0; x < assetCount; x++) {
      Map<SecurityAspect, AspectRating> ratings = new EnumMap<>(SecurityAspect.class);
      for (SecurityAspect aspect : SecurityAspect.values()) {
        int p = rnd.nextInt(1000);
        int level = p < 2 ? 4 : p < 40 ? 3 : p < 300 ? 2 : p < 700 ? 1 : 0;
        ratings.put(aspect, AspectRating.builder().aspect(aspect).level(ConsequenceLevel.ofOrdinal(level)).justification("generated").build());
      }
      boolean personal = rnd.nextInt(3) != 0;
      InformationAsset.Builder b = InformationAsset.builder().id(String.format("a%06d", x)).name("Asset " + x).personalData(personal).review(reviewed)
          .classification(AssetClassification.builder().profileId("klassa-se").profileVersion("1").ratings(ratings).build());
      if (personal) {
        b.specialCategory(rnd.nextInt(4) == 0).volume(DataVolume.values()[rnd.nextInt(3)]);
      }
      assets.add(b.build());
    }
    List<Vendor> vendors = new ArrayList<>();
    for (int v = 0; v < 20; v++) {
      vendors.add(Vendor.builder().id("v" + v).name("Vendor " + v).country(COUNTRIES[v % COUNTRIES.length]).role(VendorRole.PROCESSOR)
          .agreementDate(LocalDate.of(2025, 1, 1)).addSafeguards(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES).review(reviewed).build());
    }
    int platforms = Math.max(1, systems / 100);
    List<InformationSystem> list = new ArrayList<>();
    int[][] natives = new int[systems][];
    for (int s = 0; s < systems; s++) {
      boolean platform = s < platforms;
      natives[s] = platform ? new int[0] : new int[] {rnd.nextInt(assetCount), rnd.nextInt(assetCount)};
      InformationSystem.Builder b = InformationSystem.builder().id(id(s)).name("System " + s).owner("Område " + area(s, platforms, areas))
          .systemKind(platform ? SystemKind.PLATFORM : SystemKind.APPLICATION).vendor("v" + rnd.nextInt(vendors.size())).review(reviewed)
          .authentication(rnd.nextBoolean() ? AssuranceLevel.SUBSTANTIAL : AssuranceLevel.HIGH)
          .clearedFor(Levels.of(cleared(rnd), cleared(rnd), cleared(rnd), cleared(rnd)));
      if (!platform) {
        b.hostedOn(id(rnd.nextInt(platforms))).addAssetsStored(String.format("a%06d", natives[s][0])).addAssetsProcessed(String.format("a%06d", natives[s][1]));
      }
      list.add(b.build());
    }
    List<Integration> flows = new ArrayList<>();
    int f = 0;
    for (int s = platforms; s < systems; s++) {
      for (int k = 0; k < 10; k++) {
        int target = Math.min(systems - 1, s + 1 + rnd.nextInt(rnd.nextInt(10) < 9 ? 20 : 100));
        if (target == s) {
          continue;
        }
        boolean clear = rnd.nextInt(400) == 0;
        flows.add(Integration.builder().id(String.format("f%07d", f++)).source(id(s)).target(id(target)).review(reviewed)
            .transport(clear ? TransportProtection.NONE : TransportProtection.TLS).crossesOpenNetwork(clear || rnd.nextInt(3) == 0)
            .authentication(rnd.nextBoolean() ? IntegrationAuthentication.MUTUAL_TLS : IntegrationAuthentication.OAUTH2)
            .addAssetsSent(String.format("a%06d", natives[s][rnd.nextInt(2)])).build());
      }
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (int s = platforms; s + 1 < systems; s += 7) {
      dependencies.add(Dependency.builder().id("d" + s).consumer(id(s)).supplier(id(s + 1)).addAspects(SecurityAspect.AVAILABILITY).review(reviewed).build());
    }
    List<ProcessingActivity> activities = new ArrayList<>();
    for (int a = 0; a < areas; a++) {
      ProcessingActivity.Builder b = ProcessingActivity.builder().id("p" + a).name("Verksamhet " + a).purpose("Uppdrag " + a)
          .legalBasis(LegalBasis.PUBLIC_TASK).specialCategoryBasis(SpecialCategoryBasis.HEALTH_OR_SOCIAL_CARE).controller("u" + a).review(reviewed);
      java.util.Set<String> data = new java.util.TreeSet<>();
      for (int s = platforms; s < systems; s++) {
        if (area(s, platforms, areas) == a) {
          b.addSystems(id(s));
          for (int x : natives[s]) {
            data.add(String.format("a%06d", x));
          }
        }
      }
      activities.add(b.assets(data).build());
    }
    return Register.builder().name("Generated region of " + systems + " systems")
        .organisation(Organisation.builder().name("Region").jurisdiction(Jurisdiction.SWEDEN).units(units).build())
        .assets(assets).systems(list).vendors(vendors).integrations(flows).dependencies(dependencies).activities(activities).build();
  }

  private static int area(int s, int platforms, int areas) {
    return Math.min(areas - 1, s / 200);
  }

  private static int cleared(SplittableRandom rnd) {
    int p = rnd.nextInt(20);
    return p == 0 ? 4 : p < 3 ? 2 : 3;
  }

  private static String id(int s) {
    return String.format("s%06d", s);
  }
}

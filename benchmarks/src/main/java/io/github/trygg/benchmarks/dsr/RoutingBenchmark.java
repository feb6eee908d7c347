package io.github.trygg.benchmarks.dsr;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.core.register.DsrEndpoint;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.LegalBasis;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.routing.Router;
import io.github.trygg.dsr.routing.RoutingPlan;
import io.github.trygg.dsr.routing.RoutingQuery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Routing one access-and-erasure request across a generated register of 1 000 systems (2 000
 * assets, 200 vendors, 300 activities): the indexed {@link Router} (built once per register),
 * building the router and routing, and as the baseline the naive scan a hand-written routine does
 * — every system, every stored asset looked up by id, every activity checked per system.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@State(Scope.Benchmark)
public class RoutingBenchmark {
  @Param({"1000"})
  public int systems;

  Register register;
  Router router;
  RoutingQuery query;

  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom random = new SplittableRandom(20260302L);
    String[] categories = {"care-recipient", "employee", "relative", "pupil", "applicant", "guardian", "child", "resident"};
    String[] identifiers = {"se-personnummer", "device-id", "employee-number", "email", "case-number", "phone-number"};
    Register.Builder b = Register.builder().name("generated");
    List<InformationAsset> assets = new ArrayList<>();
    for (int i = 0; i < systems * 2; i++) {
      InformationAsset a = InformationAsset.builder().id("asset-" + i).name("Asset " + i).personalData(true)
          .specialCategory(random.nextInt(4) == 0)
          .addDataSubjectCategories(categories[random.nextInt(categories.length)], categories[random.nextInt(categories.length)])
          .addIdentifierTypes(identifiers[random.nextInt(identifiers.length)], identifiers[random.nextInt(identifiers.length)])
          .addDataCategories("health").build();
      assets.add(a);
      b.addAssets(a);
    }
    for (int v = 0; v < systems / 5; v++) {
      Vendor.Builder vb = Vendor.builder().id("vendor-" + v).name("Vendor " + v).country("SE");
      if (v % 10 == 9) {
        vb.role(VendorRole.SUB_PROCESSOR).processorOf("vendor-" + (v - 1));
      } else {
        vb.role(VendorRole.PROCESSOR).contact("dpo@vendor" + v + ".example");
      }
      b.addVendors(vb.build());
    }
    for (int s = 0; s < systems; s++) {
      InformationSystem.Builder sb = InformationSystem.builder().id("system-" + s).name("System " + s).vendor("vendor-" + random.nextInt(systems / 5));
      for (int k = 0; k < 3; k++) {
        sb.addAssetsStored("asset-" + random.nextInt(assets.size()));
      }
      sb.addAssetsProcessed("asset-" + random.nextInt(assets.size()));
      if (s % 3 == 0) {
        sb.dsrEndpoint(DsrEndpoint.of(DsrChannel.API, "https://system" + s + ".example/dsr"));
      }
      b.addSystems(sb.build());
    }
    for (int a = 0; a < systems * 3 / 10; a++) {
      ProcessingActivity.Builder ab = ProcessingActivity.builder().id("activity-" + a).name("Activity " + a).purpose("Purpose " + a)
          .legalBasis(LegalBasis.PUBLIC_TASK).addDataSubjectCategories(categories[random.nextInt(categories.length)])
          .archiveStatus(ArchiveStatus.values()[random.nextInt(3)]).addRecipients(io.github.trygg.core.register.Recipient.of("Recipient " + a));
      for (int k = 0; k < 8; k++) {
        ab.addSystems("system-" + random.nextInt(systems));
        ab.addAssets("asset-" + random.nextInt(assets.size()));
      }
      b.addActivities(ab.build());
    }
    register = b.build();
    router = Router.of(register);
    query = new RoutingQuery(Jurisdiction.SWEDEN, "care-recipient", Set.of("se-personnummer", "device-id"),
        Set.of(RequestType.ACCESS, RequestType.ERASURE), Set.of());
  }

  @Benchmark
  public RoutingPlan route() {
    return router.route(query);
  }

  @Benchmark
  public RoutingPlan buildRouterAndRoute() {
    return Router.of(register).route(query);
  }

  /** What routing looks like without an index: scan everything, look each asset up by id. */
  @Benchmark
  public List<String> naiveScan() {
    List<String> out = new ArrayList<>();
    for (InformationSystem s : register.systems()) {
      Set<String> activities = new LinkedHashSet<>();
      boolean holds = false;
      for (String assetId : s.assetsStored()) {
        for (InformationAsset a : register.assets()) {
          if (a.id().equals(assetId) && a.personalData() && a.dataSubjectCategories().contains(query.subjectCategory())
              && a.identifierTypes().stream().anyMatch(query.identifierTypes()::contains)) {
            holds = true;
          }
        }
      }
      if (!holds) {
        continue;
      }
      for (ProcessingActivity act : register.activities()) {
        if (act.systems().contains(s.id())) {
          activities.add(act.id());
        }
      }
      for (RequestType right : query.rights()) {
        out.add(s.id() + ":" + right + ":" + activities.size());
      }
    }
    return out;
  }
}

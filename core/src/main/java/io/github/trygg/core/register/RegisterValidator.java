package io.github.trygg.core.register;

import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.classification.SecurityAspect;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Checks a whole register and reports every problem at once: duplicate ids, references to entries
 * that do not exist, processors without an agreement, third-country vendors without a safeguard,
 * inconsistent personal-data flags, missing Art. 9 bases, cycles in hosting, composition and
 * sub-processing. Each problem points to the file, line and JSON Pointer the field came from, or to
 * its JSON Pointer in the register when it was built in code.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RegisterValidator {
  private final Register register;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<EntryRef, Integer> positions = new HashMap<>();

  private final Set<EntryRef> presentElsewhere;

  private RegisterValidator(Register register, Set<EntryRef> presentElsewhere) {
    this.register = register;
    this.presentElsewhere = presentElsewhere;
  }

  /**
   * Every problem, in register order; empty when the register is consistent.
   *
   * @param register the register
   * @return every problem; empty when the register is consistent
   */
  public static List<Problem> validate(Register register) {
    return validate(register, Set.of());
  }

  /**
   * As {@link #validate(Register)}, treating references to {@code presentElsewhere} as resolved —
   * entries that exist but are not part of this register (or could not be read), so that a
   * reference to them is not reported a second time.
   *
   * @param register the register
   * @param presentElsewhere ids of entries that exist in registers not given here
   * @return every problem; empty when the register is consistent
   */
  public static List<Problem> validate(Register register, Set<EntryRef> presentElsewhere) {
    RegisterValidator v = new RegisterValidator(register, Set.copyOf(presentElsewhere));
    v.run();
    return List.copyOf(v.problems);
  }

  private void run() {
    uniqueIds(register.assets(), EntryKind.ASSET);
    uniqueIds(register.systems(), EntryKind.SYSTEM);
    uniqueIds(register.vendors(), EntryKind.VENDOR);
    uniqueIds(register.integrations(), EntryKind.INTEGRATION);
    uniqueIds(register.dependencies(), EntryKind.DEPENDENCY);
    uniqueIds(register.activities(), EntryKind.ACTIVITY);
    uniqueIds(register.overrides(), EntryKind.OVERRIDE);
    register.organisation().ifPresent(o -> {
      Set<String> units = new HashSet<>();
      for (int k = 0; k < o.units().size(); k++) {
        if (!units.add(o.units().get(k).id())) {
          add("duplicate-id", Location.of(register.provenance().sources().isEmpty() ? "register" : register.provenance().sources().get(0),
              "/organisation/units/" + k + "/id"), "unit id '" + o.units().get(k).id() + "' is used more than once", "unit ids unique within the organisation");
        }
      }
    });
    register.assets().forEach(this::asset);
    register.systems().forEach(this::system);
    register.vendors().forEach(this::vendor);
    register.integrations().forEach(this::integration);
    register.dependencies().forEach(this::dependency);
    register.activities().forEach(this::activity);
    register.overrides().forEach(this::override);
    noCycles(EntryKind.SYSTEM, "hostedOn", "hosting-cycle", s -> register.system(s).flatMap(InformationSystem::hostedOn).map(List::of).orElse(List.of()));
    noCycles(EntryKind.SYSTEM, "components", "composition-cycle", s -> register.system(s).map(InformationSystem::components).orElse(List.of()));
    noCycles(EntryKind.VENDOR, "processorOf", "sub-processor-cycle", v -> register.vendor(v).flatMap(Vendor::processorOf).map(List::of).orElse(List.of()));
  }

  private <T extends RegisterEntry> void uniqueIds(List<T> entries, EntryKind kind) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      T entry = entries.get(i);
      positions.putIfAbsent(entry.ref(), i);
      if (entry.id().isBlank()) {
        add("blank-id", where(entry.ref(), i, "id"), "a " + noun(kind) + " has an empty id", "a non-empty id");
      } else if (!seen.add(entry.id())) {
        add("duplicate-id", where(entry.ref(), i, "id"), noun(kind) + " id '" + entry.id() + "' is used more than once", "ids unique within " + kind.section());
      }
    }
  }

  private void asset(InformationAsset a) {
    if (!a.personalData() && (a.specialCategory() || a.criminalData() || a.nationalIdentityNumbers() || a.children())) {
      add("inconsistent-flags", at(a.ref(), "personalData"),
          "asset '" + a.id() + "' has special-category, criminal, identity-number or children flags but is not marked as personal data",
          "personalData: true");
    }
    if (a.personalData() && a.volume().isEmpty()) {
      add("missing-volume", at(a.ref(), "volume"), "asset '" + a.id() + "' holds personal data but has no volume", "one of: very-few, few, many, very-many");
    }
  }

  private void system(InformationSystem s) {
    s.vendor().ifPresent(v -> exists(register.vendor(v), s.ref(), "vendor", v, EntryKind.VENDOR));
    s.hostedOn().ifPresent(p -> {
      Optional<InformationSystem> platform = register.system(p);
      if (exists(platform, s.ref(), "hostedOn", p, EntryKind.SYSTEM)) {
        if (platform.get().systemKind() != SystemKind.PLATFORM) {
          add("not-a-platform", at(s.ref(), "hostedOn"), "system '" + s.id() + "' is hosted on '" + p + "', which is not a platform", "a system with systemKind: platform");
        }
      }
    });
    s.components().forEach(c -> exists(register.system(c), s.ref(), "components", c, EntryKind.SYSTEM));
    s.assetsStored().forEach(a -> exists(register.asset(a), s.ref(), "assetsStored", a, EntryKind.ASSET));
    s.assetsProcessed().forEach(a -> exists(register.asset(a), s.ref(), "assetsProcessed", a, EntryKind.ASSET));
    s.dataLocations().forEach(c -> country(c, s.ref(), "dataLocations"));
  }

  private void vendor(Vendor v) {
    country(v.country(), v.ref(), "country");
    if (v.role() == VendorRole.SUB_PROCESSOR && v.processorOf().isEmpty()) {
      add("sub-processor-without-processor", at(v.ref(), "processorOf"), "sub-processor '" + v.id() + "' does not say whose sub-processor it is", "processorOf: <vendor id>");
    }
    v.processorOf().ifPresent(p -> {
      if (v.role() != VendorRole.SUB_PROCESSOR) {
        add("processor-of-without-sub-processor-role", at(v.ref(), "processorOf"), "vendor '" + v.id() + "' names a processor but its role is " + v.role(), "role: sub-processor");
      }
      Optional<Vendor> processor = register.vendor(p);
      if (exists(processor, v.ref(), "processorOf", p, EntryKind.VENDOR) && !processor.get().processesOnBehalf()) {
        add("processor-of-not-a-processor", at(v.ref(), "processorOf"), "vendor '" + p + "' is not a processor or sub-processor", "a vendor with role processor or sub-processor");
      }
    });
    if (v.processesOnBehalf() && v.agreementDate().isEmpty()) {
      add("processor-without-agreement", at(v.ref(), "agreementDate"), "processor '" + v.id() + "' has no processing agreement (GDPR Art. 28(3))", "agreementDate: <date the agreement was signed>");
    }
    if (v.role() != VendorRole.SUPPLIER && Countries.isKnown(v.country()) && !v.inEuEea() && v.safeguards().isEmpty()) {
      add("transfer-without-safeguard", at(v.ref(), "safeguards"),
          "vendor '" + v.id() + "' in third country " + v.country() + " has no recorded transfer safeguard (GDPR Chapter V)",
          "safeguards: adequacy-decision, standard-contractual-clauses, binding-corporate-rules, code-or-certification or derogation");
    }
  }

  private void integration(Integration i) {
    boolean source = exists(register.system(i.source()), i.ref(), "source", i.source(), EntryKind.SYSTEM);
    boolean target = exists(register.system(i.target()), i.ref(), "target", i.target(), EntryKind.SYSTEM);
    if (source && target && i.source().equals(i.target())) {
      add("flow-to-itself", at(i.ref(), "target"), "integration '" + i.id() + "' goes from a system to itself", "a target other than the source");
    }
    i.assetsSent().forEach(a -> exists(register.asset(a), i.ref(), "assetsSent", a, EntryKind.ASSET));
    i.assetsReceived().forEach(a -> exists(register.asset(a), i.ref(), "assetsReceived", a, EntryKind.ASSET));
    if (i.assetsSent().isEmpty() && i.assetsReceived().isEmpty()) {
      add("flow-without-assets", at(i.ref(), "assetsSent"), "integration '" + i.id() + "' carries no assets", "assetsSent or assetsReceived with at least one asset id");
    }
  }

  private void dependency(Dependency d) {
    exists(register.system(d.consumer()), d.ref(), "consumer", d.consumer(), EntryKind.SYSTEM);
    exists(register.system(d.supplier()), d.ref(), "supplier", d.supplier(), EntryKind.SYSTEM);
    if (d.aspects().isEmpty() || d.aspects().stream().anyMatch(a -> !a.followsDependencies())) {
      add("dependency-aspects", at(d.ref(), "aspects"), "dependency '" + d.id() + "' must name integrity and/or availability only", "aspects: [integrity, availability]");
    }
    if (d.consumer().equals(d.supplier())) {
      add("dependency-on-itself", at(d.ref(), "supplier"), "dependency '" + d.id() + "' has the same consumer and supplier", "two different systems");
    }
  }

  private void activity(ProcessingActivity a) {
    a.controller().ifPresent(c -> {
      boolean known = register.organisation().map(o -> o.unit(c).isPresent()).orElse(false);
      if (!known) {
        add("unknown-reference", at(a.ref(), "controller"), "activity '" + a.id() + "' names controller '" + c + "', which is not a unit of the organisation",
            "the id of one of organisation.units (a committee, nämnd)");
      }
    });
    a.assets().forEach(x -> exists(register.asset(x), a.ref(), "assets", x, EntryKind.ASSET));
    a.systems().forEach(x -> exists(register.system(x), a.ref(), "systems", x, EntryKind.SYSTEM));
    boolean special = a.assets().stream().map(register::asset).flatMap(Optional::stream).anyMatch(InformationAsset::specialCategory);
    if (special && a.specialCategoryBasis().isEmpty()) {
      add("missing-special-category-basis", at(a.ref(), "specialCategoryBasis"),
          "activity '" + a.id() + "' processes special-category data without an Art. 9(2) exception", "specialCategoryBasis, for example health-or-social-care");
    }
  }

  private void override(LevelOverride o) {
    EntryRef target = o.target();
    boolean found = target.kind() == EntryKind.SYSTEM ? register.system(target.id()).isPresent() : register.integration(target.id()).isPresent();
    if (!found && !target.id().isBlank() && !presentElsewhere.contains(target)) {
      add("unknown-reference", at(o.ref(), "target"), "override '" + o.id() + "' targets " + noun(target.kind()) + " '" + target.id() + "', which is not in the register",
          "the id of an existing " + noun(target.kind()));
    }
    if (o.reason().isBlank() || o.approvedBy().isBlank() || o.evidence().isBlank()) {
      add("undocumented-override", at(o.ref(), "reason"), "override '" + o.id() + "' lacks a reason, an approver or evidence", "reason, approvedBy and evidence, all non-empty");
    }
  }

  /**
   * Depth-first search with its own stack, so a register with a very long hosting, composition or
   * sub-processor chain is reported on instead of overflowing the thread's stack.
   */
  private void noCycles(EntryKind kind, String field, String code, Function<String, List<String>> next) {
    List<? extends RegisterEntry> entries = kind == EntryKind.SYSTEM ? register.systems() : register.vendors();
    Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
    Set<String> reported = new HashSet<>();
    List<String> path = new ArrayList<>();
    Deque<Iterator<String>> pending = new ArrayDeque<>();
    for (RegisterEntry start : entries) {
      if (state.containsKey(start.id())) {
        continue;
      }
      enter(start.id(), next, state, path, pending);
      while (!pending.isEmpty()) {
        Iterator<String> successors = pending.peek();
        if (!successors.hasNext()) {
          pending.pop();
          state.put(path.remove(path.size() - 1), 2);
          continue;
        }
        String n = successors.next();
        Integer s = state.get(n);
        if (s == null) {
          enter(n, next, state, path, pending);
        } else if (s == 1 && reported.add(n)) {
          List<String> cycle = new ArrayList<>(path.subList(path.indexOf(n), path.size()));
          cycle.add(n);
          EntryRef ref = new EntryRef(kind, path.get(path.size() - 1));
          add(code, at(ref, field), "cycle through " + String.join(" → ", cycle), "no " + noun(kind) + " that leads back to itself through " + field);
        }
      }
    }
  }

  private static void enter(String id, Function<String, List<String>> next, Map<String, Integer> state, List<String> path, Deque<Iterator<String>> pending) {
    state.put(id, 1);
    path.add(id);
    pending.push(next.apply(id).iterator());
  }

  // ---- helpers -------------------------------------------------------------------------------

  private boolean exists(Optional<?> target, EntryRef from, String field, String id, EntryKind kind) {
    if (target.isPresent()) {
      return true;
    }
    if (id.isBlank() || presentElsewhere.contains(new EntryRef(kind, id))) {
      return false; // a blank reference was reported by the reader as a missing property
    }
    add("unknown-reference", at(from, field), noun(from.kind()) + " '" + from.id() + "' refers in " + field + " to " + noun(kind) + " '" + id + "', which is not in the register",
        "the id of an existing " + noun(kind));
    return false;
  }

  private void country(String code, EntryRef from, String field) {
    if (!Countries.isKnown(code)) {
      add("unknown-country", at(from, field), "'" + code + "' is not an ISO 3166-1 alpha-2 country code", "two upper-case letters such as SE, NO or US");
    }
  }

  private Location at(EntryRef ref, String field) {
    return where(ref, positions.getOrDefault(ref, 0), field);
  }

  private Location where(EntryRef ref, int index, String field) {
    Provenance provenance = register.provenance();
    return provenance.of(ref, field)
        .or(() -> provenance.of(ref))
        .orElseGet(() -> Location.of("register", "/" + ref.kind().section() + "/" + index + "/" + field));
  }

  private void add(String code, Location location, String message, String expected) {
    problems.add(new Problem(code, location, message, expected));
  }

  private static String noun(EntryKind kind) {
    switch (kind) {
      case ASSET:
        return "asset";
      case SYSTEM:
        return "system";
      case VENDOR:
        return "vendor";
      case INTEGRATION:
        return "integration";
      case DEPENDENCY:
        return "dependency";
      case ACTIVITY:
        return "activity";
      default:
        return "override";
    }
  }
}

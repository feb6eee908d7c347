package io.github.trygg.core.internal.propagation;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.Countries;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.IntegrationAuthentication;
import io.github.trygg.core.register.LevelOverride;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.core.register.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The built-in checks over the propagated levels; severities come from the rule pack. */
final class Checks {
  private final RegisterIndex ix;
  private final Outcome out;
  private final Engine.Config config;
  private final List<RawFinding> findings = new ArrayList<>();

  private Checks(RegisterIndex ix, Outcome out) {
    this.ix = ix;
    this.out = out;
    this.config = out.config;
  }

  static List<RawFinding> run(RegisterIndex ix, Outcome out) {
    Checks checks = new Checks(ix, out);
    checks.clearance();
    checks.transport();
    checks.authentication();
    checks.levelFour();
    checks.thirdCountry();
    checks.recovery();
    checks.undocumentedOverrides();
    checks.contradictedOverrides();
    checks.transfers();
    checks.consent();
    checks.retention();
    return List.copyOf(checks.findings);
  }

  private void add(Check check, int drivingLevel, EntryKind kind, int subject, int aspect, int required, int cleared, int related) {
    add(check, drivingLevel, kind, subject, aspect, required, cleared, related, 0);
  }

  private void add(Check check, int drivingLevel, EntryKind kind, int subject, int aspect, int required, int cleared, int related, int aspects) {
    int severity = config.severity()[check.ordinal()][Math.max(0, Math.min(4, drivingLevel))];
    findings.add(new RawFinding(check, severity, kind, subject, aspect, required, cleared, related, aspects));
  }

  private int required(int aspect, int s) {
    return Keys.levelOf(out.required[aspect][s]);
  }

  /** Required above what the system (through its weakest part, R10) or the flow is cleared for. */
  private void clearance() {
    for (int s = 0; s < ix.systemCount; s++) {
      for (int a = 0; a < RegisterIndex.ASPECTS; a++) {
        long cleared = out.cleared[a][s];
        int required = required(a, s);
        if (cleared != Keys.NONE && required > Keys.weakestLevelOf(cleared)) {
          add(Check.CLEARANCE_EXCEEDED, required, EntryKind.SYSTEM, s, a, required, Keys.weakestLevelOf(cleared), Keys.originOf(cleared));
        }
      }
    }
    for (int f = 0; f < ix.flowCount; f++) {
      Optional<Levels> clearedFor = ix.flows[f].clearedFor();
      if (clearedFor.isEmpty()) {
        continue;
      }
      for (SecurityAspect aspect : SecurityAspect.values()) {
        int a = aspect.ordinal();
        int required = Keys.levelOf(out.flowRequired(a, f));
        int cleared = clearedFor.get().get(aspect).ordinal();
        if (required > cleared) {
          add(Check.CLEARANCE_EXCEEDED, required, EntryKind.INTEGRATION, f, a, required, cleared, -1);
        }
      }
    }
  }

  /** Data in clear over a network the organisation does not control; severity by the data's C and I. */
  private void transport() {
    for (int f = 0; f < ix.flowCount; f++) {
      Integration i = ix.flows[f];
      if (i.transport() != TransportProtection.NONE || !i.crossesOpenNetwork()) {
        continue;
      }
      int c = Keys.levelOf(out.flowRequired(Engine.C, f));
      int integrity = Keys.levelOf(out.flowRequired(Engine.I, f));
      if (c < 0 && integrity < 0) {
        continue; // carries nothing the register knows of
      }
      int aspect = integrity > c ? Engine.I : Engine.C;
      add(Check.UNENCRYPTED_OPEN_NETWORK, Math.max(c, integrity), EntryKind.INTEGRATION, f, aspect, Math.max(c, integrity), -1, -1);
    }
  }

  /** The aspect that makes a system need strong authentication, or -1 (C first, then I, then A). */
  private int sensitiveAspect(int s) {
    if (required(Engine.C, s) >= config.authenticationConfidentialityFrom()) {
      return Engine.C;
    }
    if (required(Engine.I, s) >= config.authenticationIntegrityFrom()) {
      return Engine.I;
    }
    if (required(Engine.A, s) >= config.authenticationAvailabilityFrom()) {
      return Engine.A;
    }
    return -1;
  }

  private void authentication() {
    // Per system, the aspect, the level that drives the severity and the required level of the
    // aspect packed into one int, so the pass over a million flows reads one value per target.
    int[] sensitive = new int[ix.systemCount];
    for (int s = 0; s < ix.systemCount; s++) {
      int aspect = sensitiveAspect(s);
      sensitive[s] = aspect < 0 ? -1
          : aspect | (Math.max(required(Engine.C, s), required(Engine.I, s)) + 1) << 8 | (required(aspect, s) + 1) << 16;
    }
    for (int s = 0; s < ix.systemCount; s++) {
      InformationSystem sys = ix.systems[s];
      int packed = sensitive[s];
      if (packed < 0 || !config.authenticatedKinds()[sys.systemKind().ordinal()]) {
        continue;
      }
      int aspect = packed & 0xFF;
      int level = (packed >>> 8 & 0xFF) - 1;
      int required = (packed >>> 16 & 0xFF) - 1;
      AssuranceLevel given = sys.authentication().orElse(AssuranceLevel.NONE);
      if (given == AssuranceLevel.NONE) {
        add(Check.MISSING_AUTHENTICATION, level, EntryKind.SYSTEM, s, aspect, required, given.ordinal(), -1);
      } else if (given.ordinal() < config.requiredAssurance()) {
        add(Check.WEAK_AUTHENTICATION, level, EntryKind.SYSTEM, s, aspect, required, given.ordinal(), -1);
      }
    }
    for (int f = 0; f < ix.flowCount; f++) {
      int t = ix.flowTarget[f];
      if (t < 0 || ix.flowSource[f] < 0) {
        continue;
      }
      int packed = sensitive[t];
      if (packed < 0) {
        continue;
      }
      int aspect = packed & 0xFF;
      int level = (packed >>> 8 & 0xFF) - 1;
      int required = (packed >>> 16 & 0xFF) - 1;
      Integration i = ix.flows[f];
      if (i.authentication() == IntegrationAuthentication.NONE) {
        add(Check.MISSING_AUTHENTICATION, level, EntryKind.INTEGRATION, f, aspect, required, -1, t);
      } else if (i.authentication() == IntegrationAuthentication.SHARED_SECRET && i.crossesOpenNetwork()
          && config.sharedSecretIsWeakOverOpenNetwork()) {
        add(Check.WEAK_AUTHENTICATION, level, EntryKind.INTEGRATION, f, aspect, required, -1, t);
      }
    }
  }

  /**
   * KLASSA gives no action plan for level 4: every system that must meet it somewhere needs its own
   * analysis. One finding per system, naming every aspect at 4; the flows into and out of it carry
   * the same data and are not reported again.
   */
  private void levelFour() {
    for (int s = 0; s < ix.systemCount; s++) {
      int aspects = 0;
      int first = -1;
      for (int a = 0; a < RegisterIndex.ASPECTS; a++) {
        if (required(a, s) == 4) {
          aspects |= 1 << a;
          first = first < 0 ? a : first;
        }
      }
      if (aspects != 0) {
        add(Check.LEVEL_4_PRESENT, 4, EntryKind.SYSTEM, s, first, 4, -1, -1, aspects);
      }
    }
  }

  /** Personal data (R8) at a processor outside the EU/EEA, or stored there, with no safeguard recorded. */
  private void thirdCountry() {
    for (int s = 0; s < ix.systemCount; s++) {
      if (out.flags[RegisterIndex.PERSONAL][s] == Keys.NONE || ix.vendorOf[s] < 0) {
        continue;
      }
      Vendor vendor = ix.vendors[ix.vendorOf[s]];
      if (!vendor.processesOnBehalf() || !vendor.safeguards().isEmpty()) {
        continue;
      }
      boolean outside = Countries.isKnown(vendor.country()) && !vendor.inEuEea();
      for (String country : ix.systems[s].dataLocations()) {
        outside |= Countries.isKnown(country) && !Countries.isEuEea(country);
      }
      if (outside) {
        int c = required(Engine.C, s);
        add(Check.THIRD_COUNTRY_WITHOUT_SAFEGUARD, c, EntryKind.SYSTEM, s, Engine.C, c, -1, ix.vendorOf[s]);
      }
    }
  }

  /** What the system can deliver (R9, worst of its platform and parts) against what it must (strictest). */
  private void recovery() {
    for (int s = 0; s < ix.systemCount; s++) {
      for (int k = 0; k < 2; k++) {
        long objective = out.objective[k][s];
        if (objective == Keys.NONE) {
          continue;
        }
        long capability = out.capability[k][s];
        if (capability == Keys.NONE || Keys.worstSecondsOf(capability) > Keys.strictestSecondsOf(objective)) {
          add(Check.RECOVERY_GAP, required(Engine.A, s), EntryKind.SYSTEM, s, k, -1, -1, Keys.originOf(objective));
        }
      }
    }
  }

  /** An override whose claim the register contradicts is not applied; it is reported with the level that holds instead. */
  private void contradictedOverrides() {
    for (int o = 0; o < ix.overrides.length; o++) {
      if (!ix.contradicted[o]) {
        continue;
      }
      LevelOverride ov = ix.overrides[o];
      int a = ov.aspect().ordinal();
      int target;
      int level;
      if (ov.target().kind() == EntryKind.SYSTEM && (target = ix.systemIndex.get(ov.target().id())) >= 0) {
        level = required(a, target);
      } else if (ov.target().kind() == EntryKind.INTEGRATION && (target = ix.overrideFlow[o]) >= 0) {
        level = Keys.levelOf(out.flowRequired(a, target));
      } else {
        continue;
      }
      add(Check.OVERRIDE_CONTRADICTED, level, EntryKind.OVERRIDE, o, a, level, ov.level().ordinal(), target);
    }
  }

  /**
   * Identity numbers, special-category or criminal data (R8) at a processor or any of its
   * sub-processors outside the EU/EEA without an adequacy decision, whose safeguards lack
   * supplementary measures (EDPB Recommendations 01/2020). A direct processor with no safeguard at
   * all is {@link Check#THIRD_COUNTRY_WITHOUT_SAFEGUARD} already.
   */
  private void transfers() {
    java.util.Map<String, List<Integer>> subs = new java.util.HashMap<>();
    for (int v = 0; v < ix.vendors.length; v++) {
      int vendor = v;
      ix.vendors[v].processorOf().ifPresent(p -> subs.computeIfAbsent(p, k -> new ArrayList<>()).add(vendor));
    }
    int sensitiveFlags = (1 << RegisterIndex.SPECIAL) | (1 << RegisterIndex.CRIMINAL) | (1 << RegisterIndex.IDENTITY_NUMBERS);
    for (int s = 0; s < ix.systemCount; s++) {
      // What the register says reaches the system, not what passing on may bring: the finding
      // names the data, and a guess would make it an accusation.
      if (ix.vendorOf[s] < 0 || !ix.vendors[ix.vendorOf[s]].processesOnBehalf() || (ix.declaredFlags(s) & sensitiveFlags) == 0) {
        continue;
      }
      List<Integer> chain = new ArrayList<>();
      chain.add(ix.vendorOf[s]);
      java.util.Set<Integer> seen = new java.util.HashSet<>(chain);
      for (int k = 0; k < chain.size(); k++) {
        for (int sub : subs.getOrDefault(ix.vendors[chain.get(k)].id(), List.of())) {
          if (seen.add(sub)) {
            chain.add(sub);
          }
        }
      }
      for (int v : chain) {
        Vendor vendor = ix.vendors[v];
        boolean outside = Countries.isKnown(vendor.country()) && !vendor.inEuEea();
        boolean direct = v == ix.vendorOf[s];
        if (!outside || !vendor.processesOnBehalf() || vendor.safeguards().contains(io.github.trygg.core.register.TransferSafeguard.ADEQUACY_DECISION)
            || vendor.safeguards().contains(io.github.trygg.core.register.TransferSafeguard.SUPPLEMENTARY_MEASURES)
            || (direct && vendor.safeguards().isEmpty())) {
          continue;
        }
        int c = required(Engine.C, s);
        add(Check.TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES, c, EntryKind.SYSTEM, s, Engine.C, c, -1, v);
      }
    }
  }

  /** A processing that relies on consent and does not say where the consents are recorded. */
  private void consent() {
    for (int a = 0; a < ix.activities.length; a++) {
      io.github.trygg.core.register.ProcessingActivity act = ix.activities[a];
      if (!act.reliesOnConsent() || act.consent().flatMap(io.github.trygg.core.register.ConsentRequirement::recordedIn).isPresent()) {
        continue;
      }
      int level = 0;
      for (String asset : act.assets()) {
        int x = ix.assetIndex.get(asset);
        if (x >= 0) {
          level = Math.max(level, ix.level(x, Engine.C));
        }
      }
      add(Check.CONSENT_NOT_RECORDED, level, EntryKind.ACTIVITY, a, -1, -1, -1, -1);
    }
  }

  /** A retention rule said to be kept in a system or asset the register does not have. */
  private void retention() {
    for (int a = 0; a < ix.activities.length; a++) {
      io.github.trygg.core.register.ProcessingActivity act = ix.activities[a];
      if (act.retention().isEmpty()) {
        continue;
      }
      boolean unknown = act.retention().get().keptIn().stream().anyMatch(id -> ix.systemIndex.get(id) < 0 && ix.assetIndex.get(id) < 0);
      if (unknown) {
        add(Check.RETENTION_FOR_UNKNOWN_ENTRY, 0, EntryKind.ACTIVITY, a, -1, -1, -1, -1);
      }
    }
  }

  /** An override without reason, approver or evidence is never applied; it is reported instead. */
  private void undocumentedOverrides() {
    for (int o = 0; o < ix.overrides.length; o++) {
      if (ix.documented[o]) {
        continue;
      }
      LevelOverride ov = ix.overrides[o];
      int a = ov.aspect().ordinal();
      int target;
      int level;
      if (ov.target().kind() == EntryKind.SYSTEM && (target = ix.systemIndex.get(ov.target().id())) >= 0) {
        level = required(a, target);
      } else if (ov.target().kind() == EntryKind.INTEGRATION && (target = ix.overrideFlow[o]) >= 0) {
        level = Keys.levelOf(out.flowRequired(a, target));
      } else {
        continue;
      }
      add(Check.UNDOCUMENTED_OVERRIDE, level, EntryKind.OVERRIDE, o, a, level, ov.level().ordinal(), target);
    }
  }
}

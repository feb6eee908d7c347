package io.github.trygg.core.internal.propagation;

import io.github.trygg.core.register.Register;
import java.util.Arrays;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Runs rules R1–R11 over an indexed register.
 *
 * <ol>
 *   <li>R1/R2: what each system holds itself — its own assessment, the assets it stores or
 *       processes, and the assets named on every flow it sends or receives — and each flow's level
 *       from the assets it names. Integrity and availability come over a flow only when the
 *       receiving use depends on the data ({@code DataUse}); a copy for follow-up, statistics,
 *       archive or backup carries them only for the data the receiver holds as its own.
 *   <li>R3 (only when data are passed on): confidentiality and traceability travel further along
 *       the flows, a max-fixpoint over the flow graph.
 *   <li>R4/R7: integrity and availability go upstream along dependencies and into the components of
 *       a composite; every aspect goes from a hosted system to its platform. A max-fixpoint over the
 *       support graph that keeps, for every system and aspect, the edge its level came over.
 *   <li>R8: personal-data flags roll up the same way; R9/R10: recovery objectives (strictest),
 *       recovery capabilities and clearances (weakest link).
 * </ol>
 *
 * A documented override (R6) seals a system's or flow's level: it is reported as given and is what
 * travels on.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Engine {
  static final int C = 0;
  static final int I = 1;
  static final int A = 2;
  static final int T = 3;

  /** Support-graph edge kinds. */
  static final int HOSTING = 0;
  static final int COMPOSITION = 1;
  static final int DEPENDENCY = 2;

  /**
   * What the engine needs from the rule pack and settings, as plain values.
   *
   * @param severity for each {@link Check} (by ordinal) the severity ordinal per driving level 0–4
   */
  public record Config(
      boolean passThrough,
      int[][] severity,
      int authenticationConfidentialityFrom,
      int authenticationIntegrityFrom,
      int authenticationAvailabilityFrom,
      int requiredAssurance,
      boolean[] authenticatedKinds,
      boolean sharedSecretIsWeakOverOpenNetwork,
      int largeVolume,
      int largeVolumeSpecialCategory,
      int joinedPurposes,
      Set<String> locationCategories,
      Set<String> healthCategories,
      int platformAvailabilityLevel,
      int platformAvailabilityCount) {}

  private Engine() {}

  public static Outcome run(Register register, Config config) {
    RegisterIndex ix = RegisterIndex.of(register);
    Outcome out = new Outcome(ix, config);
    held(ix, out);
    if (config.passThrough()) {
      passOn(ix, out);
    }
    support(ix, out);
    capabilities(ix, out);
    recovery(ix, out);
    wouldBe(ix, out);
    out.findings = Checks.run(ix, out);
    out.reviews = Aggregation.run(ix, out);
    return out;
  }

  // ---- R1/R2 ---------------------------------------------------------------------------------

  /**
   * One pass over systems, one over channels and one over flows, for all aspects and flags at once.
   * Levels and flags are gathered per system side by side (one cache line per update instead of
   * nine arrays touched at random) and spread into per-aspect arrays at the end.
   */
  private static void held(RegisterIndex ix, Outcome out) {
    int n = ix.systemCount;
    int aspects = RegisterIndex.ASPECTS;
    int width = aspects + RegisterIndex.FLAGS;
    long[] packed = new long[n * width];
    for (int s = 0; s < n; s++) {
      for (int a = 0; a < aspects; a++) {
        int own = ix.assessed[s * aspects + a];
        packed[s * width + a] = own >= 0 ? Keys.level(own, ix.assessedOrigin(s)) : Keys.NONE;
        int o = ix.systemOverride[s * aspects + a];
        if (o >= 0) {
          out.sealed(a)[s] = true;
          out.overrideKey[a][s] = Keys.level(ix.overrides[o].level().ordinal(), ix.overrideOrigin(o));
        }
      }
      for (int k = ix.nativeStart[s]; k < ix.nativeStart[s + 1]; k++) {
        raise(ix, packed, s * width, ix.nativeAsset[k]);
      }
    }
    int[] overridden = ix.overriddenChannels;
    int nextOverridden = 0;
    long[] viaFlows = new long[n * aspects];
    // Channels are numbered by sender, so the sender's side is read in order; what each channel
    // names was reduced to one key per aspect and flag when the register was indexed.
    for (int c = 0; c < ix.channelCount; c++) {
      int su = ix.channelFrom[c] * aspects;
      int sv = ix.channelTo[c] * aspects;
      boolean overriddenFlow = nextOverridden < overridden.length && overridden[nextOverridden] == c;
      nextOverridden += overriddenFlow ? 1 : 0;
      // The sender has what it sends; the receiver gets what the flow delivers (R2).
      for (int a = 0; a < aspects; a++) {
        long key = ix.declaredKey(c, a);
        if (key > viaFlows[su + a]) {
          viaFlows[su + a] = key;
        }
        long delivered = overriddenFlow ? out.delivered(c, a, key) : key;
        if (delivered > viaFlows[sv + a]) {
          viaFlows[sv + a] = delivered;
        }
      }
      int u = ix.channelFrom[c] * width + aspects;
      int v = ix.channelTo[c] * width + aspects;
      for (int flag = 0; flag < RegisterIndex.FLAGS; flag++) {
        long key = ix.declaredFlagKey(c, flag);
        if (key > packed[u + flag]) {
          packed[u + flag] = key;
        }
        if (key > packed[v + flag]) {
          packed[v + flag] = key;
        }
      }
    }
    for (int s = 0; s < n; s++) {
      for (int a = 0; a < aspects; a++) {
        // What a system stores or processes itself keeps a tie against what only passes over its
        // flows, so its level is explained by its own data where they suffice.
        long own = packed[s * width + a];
        long flows = viaFlows[s * aspects + a];
        out.held[a][s] = Keys.levelOf(flows) > Keys.levelOf(own) ? flows : own;
      }
      for (int flag = 0; flag < RegisterIndex.FLAGS; flag++) {
        out.flags[flag][s] = packed[s * width + aspects + flag];
      }
    }
    long[] best = new long[aspects];
    for (int f = 0; f < ix.flowCount; f++) {
      Arrays.fill(best, Keys.NONE);
      ix.maxLevels(ix.sent, ix.sentStart[f], ix.sentStart[f + 1], best);
      ix.maxLevels(ix.received, ix.receivedStart[f], ix.receivedStart[f + 1], best);
      if (ix.flowSource[f] >= 0 && ix.flowTarget[f] >= 0) {
        // Integrity and availability of a flow are those its receivers depend on.
        best[I] = ix.flowDependentKey(f, I);
        best[A] = ix.flowDependentKey(f, A);
      }
      for (int a = 0; a < aspects; a++) {
        out.flowLevel[a][f] = best[a];
      }
    }
  }

  /** The system at {@code base} stores or processes asset {@code x}: its levels and flags. */
  private static void raise(RegisterIndex ix, long[] packed, int base, int x) {
    for (int a = 0; a < RegisterIndex.ASPECTS; a++) {
      long key = Keys.level(ix.assetLevel[x * RegisterIndex.ASPECTS + a], x);
      if (key > packed[base + a]) {
        packed[base + a] = key;
      }
    }
    int bits = ix.assetFlags[x];
    if (bits == 0) {
      return;
    }
    long key = Keys.level(1, x);
    for (int flag = 0; flag < RegisterIndex.FLAGS; flag++) {
      int at = base + RegisterIndex.ASPECTS + flag;
      if ((bits & (1 << flag)) != 0 && key > packed[at]) {
        packed[at] = key;
      }
    }
  }

  // ---- R3 ------------------------------------------------------------------------------------

  private static void passOn(RegisterIndex ix, Outcome out) {
    int n = ix.systemCount;
    Csr g = out.channels();
    long[] inject = new long[ix.channelCount];
    boolean[] blocked = ix.flowOverride == null ? null : new boolean[ix.channelCount];
    // Overridden flows and systems only cut some paths: the components of the whole channel graph
    // still order every walk (the solver finds, inside a component, who reaches whom).
    Components open = Components.of(g, null, null);
    for (int a : new int[] {C, T}) {
      for (int c = 0; c < ix.channelCount; c++) {
        inject[c] = ix.declaredKey(c, a);
      }
      boolean overridden = false;
      if (blocked != null) {
        Arrays.fill(blocked, false);
        for (int c : ix.overriddenChannels) {
          int o = ix.flowOverride(ix.channelFlow[c], a);
          if (o >= 0) {
            inject[c] = Keys.level(ix.overrides[o].level().ordinal(), ix.overrideOrigin(o));
            blocked[c] = true;
            overridden = true;
          }
        }
      }
      boolean[] sealed = out.sealedOrNull(a);
      long[] arrived = new long[n];
      if (sealed != null) {
        for (int s = 0; s < n; s++) {
          if (sealed[s]) {
            arrived[s] = out.overrideKey[a][s];
          }
        }
      }
      Solver.solve(g, arrived, inject, overridden ? blocked : null, sealed, null, open);
      out.arrived[a] = arrived;
      long[] flow = out.flowLevel[a];
      // A flow carries on what reached the system it leaves, in each direction that carries data;
      // overridden flows too: flowLevel is what the flow would carry without its override. Read in
      // flow order, so the flows' levels are written in order.
      for (int f = 0; f < ix.flowCount; f++) {
        int source = ix.flowSource[f];
        int target = ix.flowTarget[f];
        if (source < 0 || target < 0) {
          continue;
        }
        if (ix.sentStart[f + 1] > ix.sentStart[f] && arrived[source] > flow[f]) {
          flow[f] = arrived[source];
        }
        if (ix.receivedStart[f + 1] > ix.receivedStart[f] && arrived[target] > flow[f]) {
          flow[f] = arrived[target];
        }
      }
    }
    // The five flags travel over the same open channels: one walk carries all of them.
    int flags = RegisterIndex.FLAGS;
    long[] arrived = new long[n * flags];
    Solver.solveAll(g, arrived, ix::declaredFlagKey, flags, open);
    for (int flag = 0; flag < flags; flag++) {
      long[] held = out.flags[flag];
      for (int s = 0; s < n; s++) {
        held[s] = Math.max(held[s], arrived[s * flags + flag]);
      }
    }
  }

  // ---- R4, R7, R8 ----------------------------------------------------------------------------

  private static void support(RegisterIndex ix, Outcome out) {
    int n = ix.systemCount;
    Csr g = out.support();
    boolean[] blocked = new boolean[g.edges];
    for (int a = 0; a < RegisterIndex.ASPECTS; a++) {
      long[] val = new long[n];
      boolean[] sealed = out.sealedOrNull(a);
      for (int s = 0; s < n; s++) {
        if (sealed != null && sealed[s]) {
          val[s] = out.overrideKey[a][s];
        } else {
          val[s] = out.local(a, s);
        }
      }
      for (int e = 0; e < g.edges; e++) {
        blocked[e] = (out.supportAspects[e] & (1 << a)) == 0;
      }
      Solver.solve(g, val, null, blocked, sealed, out.requiredPred[a], null);
      out.required[a] = val;
    }
    // Personal-data flags follow hosting only: a platform holds what its systems hold (R7, R8).
    for (int e = 0; e < g.edges; e++) {
      blocked[e] = out.supportKind[e] != HOSTING;
    }
    Components hosting = Components.of(g, blocked, null);
    for (int flag = 0; flag < RegisterIndex.FLAGS; flag++) {
      Solver.solve(g, out.flags[flag], null, blocked, null, out.flagPred[flag], hosting);
    }
  }

  // ---- R10 -----------------------------------------------------------------------------------

  private static void capabilities(RegisterIndex ix, Outcome out) {
    int n = ix.systemCount;
    Csr g = out.capability();
    Components scc = Components.of(g, null, null);
    for (int a = 0; a < RegisterIndex.ASPECTS; a++) {
      long[] val = new long[n];
      for (int s = 0; s < n; s++) {
        int own = ix.cleared[s * RegisterIndex.ASPECTS + a];
        val[s] = own >= 0 ? Keys.weakest(own, s) : Keys.NONE;
      }
      Solver.solve(g, val, null, null, null, out.clearedPred[a], scc);
      out.cleared[a] = val;
    }
  }

  // ---- R9 ------------------------------------------------------------------------------------

  private static void recovery(RegisterIndex ix, Outcome out) {
    int n = ix.systemCount;
    Csr support = out.support();
    boolean[] blocked = new boolean[support.edges];
    long[][] objectives = {ix.downtimeObjective, ix.dataLossObjective};
    // Downtime follows dependencies for availability; data loss follows any dependency.
    int[] dependencyMask = {1 << A, (1 << A) | (1 << I)};
    for (int k = 0; k < 2; k++) {
      long[] val = new long[n];
      for (int s = 0; s < n; s++) {
        val[s] = objectives[k][s] >= 0 ? Keys.strictest(objectives[k][s], s) : Keys.NONE;
      }
      for (int e = 0; e < support.edges; e++) {
        blocked[e] = out.supportKind[e] == DEPENDENCY && (out.supportAspects[e] & dependencyMask[k]) == 0;
      }
      Solver.solve(support, val, null, blocked, null, out.objectivePred[k], null);
      out.objective[k] = val;
    }
    Csr capability = out.capability();
    Components scc = Components.of(capability, null, null);
    long[][] capabilities = {ix.downtimeCapability, ix.dataLossCapability};
    for (int k = 0; k < 2; k++) {
      long[] val = new long[n];
      for (int s = 0; s < n; s++) {
        val[s] = capabilities[k][s] >= 0 ? Keys.worst(capabilities[k][s], s) : Keys.NONE;
      }
      Solver.solve(capability, val, null, null, null, out.capabilityPred[k], scc);
      out.capability[k] = val;
    }
  }

  // ---- what an override replaced -------------------------------------------------------------

  private static void wouldBe(RegisterIndex ix, Outcome out) {
    for (int a = 0; a < RegisterIndex.ASPECTS; a++) {
      boolean[] sealed = out.sealedOrNull(a);
      if (sealed == null) {
        continue;
      }
      long[] without = new long[ix.systemCount];
      for (int s = 0; s < ix.systemCount; s++) {
        if (sealed[s]) {
          without[s] = out.held[a][s];
        }
      }
      if (out.arrived[a] != null) {
        long[] arrived = out.arrived[a];
        for (int c = 0; c < ix.channelCount; c++) {
          int v = ix.channelTo[c];
          if (sealed[v]) {
            int o = ix.flowOverride(ix.channelFlow[c], a);
            long carry = o >= 0 ? Keys.level(ix.overrides[o].level().ordinal(), ix.overrideOrigin(o))
                : Math.max(ix.declaredKey(c, a), arrived[ix.channelFrom[c]]);
            without[v] = Math.max(without[v], carry);
          }
        }
      }
      Csr g = out.support();
      for (int e = 0; e < g.edges; e++) {
        int v = g.to[e];
        if (sealed[v] && (out.supportAspects[e] & (1 << a)) != 0) {
          without[v] = Math.max(without[v], out.required[a][g.from[e]]);
        }
      }
      out.withoutOverride[a] = without;
    }
  }
}

package io.github.trygg.core.internal.propagation;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Everything the engine computed, as arrays indexed like {@link RegisterIndex}: per system and
 * aspect the packed level key ({@link Keys}) and the edge it came over, per flow its level, and the
 * raw findings and review items. Paths are not stored; {@link Tracer} rebuilds one on demand from
 * the edges kept here, so memory stays linear in the register.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Outcome {
  public final RegisterIndex index;
  public final Engine.Config config;

  /** R1/R2: what a system holds itself. */
  final long[][] held;
  /** R3: what reached a system over flows; null per aspect when nothing is passed on. */
  final long[] @Nullable [] arrived = new long[RegisterIndex.ASPECTS][];
  /** The required level per aspect and system. */
  public final long[][] required;
  final int[][] requiredPred;
  final boolean[] @Nullable [] sealed = new boolean[RegisterIndex.ASPECTS][];
  final long[][] overrideKey;
  /** For a sealed system, the level it would have without its override. */
  final long[] @Nullable [] withoutOverride = new long[RegisterIndex.ASPECTS][];
  /** Per aspect and flow, the level derived before any override of the flow. */
  public final long[][] flowLevel;
  public final long[][] flags;
  final int[][] flagPred;
  public final long[][] cleared;
  final int[][] clearedPred;
  /** [0] downtime, [1] data loss. */
  public final long[][] objective = new long[2][];
  final int[][] objectivePred;
  public final long[][] capability = new long[2][];
  final int[][] capabilityPred;

  List<RawFinding> findings = List.of();
  List<RawReview> reviews = List.of();

  private @Nullable Csr channels;
  private @Nullable Csr support;
  int[] supportKind = new int[0];
  int[] supportAspects = new int[0];
  int[] supportRef = new int[0];
  private @Nullable Csr capabilityGraph;
  int[] capabilityKind = new int[0];

  Outcome(RegisterIndex index, Engine.Config config) {
    this.index = index;
    this.config = config;
    int n = index.systemCount;
    int aspects = RegisterIndex.ASPECTS;
    held = new long[aspects][n];
    required = new long[aspects][];
    requiredPred = new int[aspects][n];
    overrideKey = new long[aspects][n];
    flowLevel = new long[aspects][index.flowCount];
    flags = new long[RegisterIndex.FLAGS][n];
    flagPred = new int[RegisterIndex.FLAGS][n];
    cleared = new long[aspects][];
    clearedPred = new int[aspects][n];
    objectivePred = new int[2][n];
    capabilityPred = new int[2][n];
  }

  public List<RawFinding> findings() {
    return findings;
  }

  public List<RawReview> reviews() {
    return reviews;
  }

  public boolean isSealed(int aspect, int s) {
    boolean[] b = sealed[aspect];
    return b != null && b[s];
  }

  /** The level a sealed system would have without its override. */
  public long withoutOverride(int aspect, int s) {
    long[] w = withoutOverride[aspect];
    return w == null ? required[aspect][s] : w[s];
  }

  /** The flow's level after its override, if any. */
  public long flowRequired(int aspect, int f) {
    int o = index.flowOverride(f, aspect);
    return o >= 0 ? Keys.level(index.overrides[o].level().ordinal(), index.overrideOrigin(o)) : flowLevel[aspect][f];
  }

  boolean[] sealed(int aspect) {
    boolean[] b = sealed[aspect];
    if (b == null) {
      b = new boolean[index.systemCount];
      sealed[aspect] = b;
    }
    return b;
  }

  boolean @Nullable [] sealedOrNull(int aspect) {
    return sealed[aspect];
  }

  /** What a system has before support edges: its own data and (R3) what reached it. */
  long local(int aspect, int s) {
    long[] a = arrived[aspect];
    // What the system holds itself keeps a tie against what was passed on to it: the shorter story.
    return a == null || Keys.levelOf(a[s]) <= Keys.levelOf(held[aspect][s]) ? held[aspect][s] : a[s];
  }

  /** What a channel delivers to its receiver: the flow's override when there is one. */
  long delivered(int channel, int aspect, long declared) {
    int o = index.flowOverride(index.channelFlow[channel], aspect);
    return o >= 0 ? Keys.level(index.overrides[o].level().ordinal(), index.overrideOrigin(o)) : declared;
  }

  Csr channels() {
    if (channels == null) {
      channels = Csr.ofRows(index.systemCount, index.channelFrom, index.channelTo, index.channelStart);
    }
    return channels;
  }

  /** Hosted → platform (every aspect), composite → component and consumer → supplier (I and A). */
  Csr support() {
    if (support == null) {
      RegisterIndex ix = index;
      int edges = ix.component.length + ix.dependencyCount;
      for (int s = 0; s < ix.systemCount; s++) {
        edges += ix.hostedOn[s] >= 0 ? 1 : 0;
      }
      int[] from = new int[edges];
      int[] to = new int[edges];
      supportKind = new int[edges];
      supportAspects = new int[edges];
      supportRef = new int[edges];
      int e = 0;
      int all = (1 << RegisterIndex.ASPECTS) - 1;
      int integrityAvailability = (1 << Engine.I) | (1 << Engine.A);
      for (int s = 0; s < ix.systemCount; s++) {
        if (ix.hostedOn[s] >= 0) {
          e = edge(from, to, e, s, ix.hostedOn[s], Engine.HOSTING, all, s);
        }
      }
      for (int s = 0; s < ix.systemCount; s++) {
        for (int k = ix.componentStart[s]; k < ix.componentStart[s + 1]; k++) {
          e = edge(from, to, e, s, ix.component[k], Engine.COMPOSITION, integrityAvailability, k);
        }
      }
      for (int d = 0; d < ix.dependencyCount; d++) {
        e = edge(from, to, e, ix.dependencyConsumer[d], ix.dependencySupplier[d], Engine.DEPENDENCY, ix.dependencyAspects[d], d);
      }
      support = Csr.of(ix.systemCount, from, to, e, Integer::compare);
    }
    return support;
  }

  private int edge(int[] from, int[] to, int e, int u, int v, int kind, int aspects, int ref) {
    from[e] = u;
    to[e] = v;
    supportKind[e] = kind;
    supportAspects[e] = aspects;
    supportRef[e] = ref;
    return e + 1;
  }

  /** Platform → hosted and component → composite: what a system can rely on (R9, R10). */
  Csr capability() {
    if (capabilityGraph == null) {
      Csr s = support();
      int edges = 0;
      for (int e = 0; e < s.edges; e++) {
        edges += supportKind[e] == Engine.DEPENDENCY ? 0 : 1;
      }
      int[] from = new int[edges];
      int[] to = new int[edges];
      capabilityKind = new int[edges];
      int k = 0;
      for (int e = 0; e < s.edges; e++) {
        if (supportKind[e] != Engine.DEPENDENCY) {
          from[k] = s.to[e];
          to[k] = s.from[e];
          capabilityKind[k++] = supportKind[e];
        }
      }
      capabilityGraph = Csr.of(index.systemCount, from, to, edges, Integer::compare);
    }
    return capabilityGraph;
  }

  /** Whether a system's level for an aspect is its own (came over no support edge). */
  public boolean isOwn(int aspect, int s) {
    return requiredPred[aspect][s] < 0;
  }

  /** The edge a system's level for an aspect came over, or -1. */
  int requiredPred(int aspect, int s) {
    return requiredPred[aspect][s];
  }
}

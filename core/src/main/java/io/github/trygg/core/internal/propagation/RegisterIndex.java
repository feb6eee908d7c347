package io.github.trygg.core.internal.propagation;

import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.DataUse;
import io.github.trygg.core.register.Dependency;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.LevelOverride;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.RecoveryObjectives;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.Vendor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A register turned into int-indexed arrays. Assets, systems, vendors, activities and overrides are
 * numbered in id order, so every tie is broken by id and the result does not depend on the order
 * of the register's lists; integrations keep register order (there may be a million of them) and are
 * sorted only where output needs it. Where the id of any other entry repeats, the first entry wins,
 * as in {@link Register#system(String)}; a repeated integration id counts each entry. References to
 * entries that do not exist are ignored.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RegisterIndex {
  public static final int ASPECTS = 4;
  static final int INTEGRITY = 1;
  static final int AVAILABILITY = 2;
  public static final int FLAGS = 5;
  public static final int PERSONAL = 0;
  public static final int SPECIAL = 1;
  public static final int CRIMINAL = 2;
  public static final int IDENTITY_NUMBERS = 3;
  public static final int CHILDREN = 4;

  public final Register register;

  // assets, by id
  public final int assetCount;
  public final InformationAsset[] assets;
  public final IdTable assetIndex;
  /** {@code assetLevel[x * 4 + aspect]}. */
  public final byte[] assetLevel;
  /** Bit {@code 1 << flag} for each personal-data flag. */
  public final int[] assetFlags;
  /** Activities (by index) that name the asset: {@code assetActivity[assetActivityStart[x]…]}. */
  public final int[] assetActivityStart;
  public final int[] assetActivity;

  // systems, by id
  public final int systemCount;
  public final InformationSystem[] systems;
  public final IdTable systemIndex;
  /** {@code assessed[s * 4 + aspect]}, -1 where not assessed. */
  public final byte[] assessed;
  /** Declared clearance, -1 where not declared. */
  public final byte[] cleared;
  public final int[] hostedOn;
  public final int[] nativeStart;
  public final int[] nativeAsset;
  public final int[] componentStart;
  public final int[] component;
  public final int[] vendorOf;
  /** {@link #declaredFlags(int)} per system. */
  private final int[] declared;
  /** Seconds; -1 where not given. */
  public final long[] downtimeObjective;
  public final long[] dataLossObjective;
  public final long[] downtimeCapability;
  public final long[] dataLossCapability;

  public final Vendor[] vendors;
  public final ProcessingActivity[] activities;

  // integrations, in register order
  public final int flowCount;
  public final Integration[] flows;
  private volatile @Nullable IdTable flowIndex;
  public final int[] flowSource;
  public final int[] flowTarget;
  public final int[] sentStart;
  public final int[] sent;
  public final int[] receivedStart;
  public final int[] received;

  /**
   * Channels: one per direction of a flow that carries data (source → target for sent assets,
   * target → source for received ones).
   */
  public final int channelCount;
  /** The channels out of system {@code s} are {@code channelStart[s] … channelStart[s + 1] - 1}. */
  public final int[] channelStart;
  public final int[] channelFrom;
  public final int[] channelTo;
  public final int[] channelFlow;
  public final boolean[] channelBack;
  /**
   * {@code channelBest[c * 4 + aspect]}: the asset (plus one; 0 for none) with the best level key
   * among those the channel names, read as a key by {@link #declaredKey(int, int)}. An int per slot
   * rather than the key itself halves what a million channels take and every pass reads.
   */
  private final int[] channelBest;
  /** {@code channelFlagBest[c * 5 + flag]}: likewise, the asset with the best key for each flag. */
  private final int[] channelFlagBest;
  /** Per flow, the best integrity key [f * 2] and availability key [f * 2 + 1] over its channels. */
  private final int[] flowDependentBest;
  /** The channels of flows with an override of any aspect, ascending. */
  public final int[] overriddenChannels;
  private volatile int @Nullable [] flowChannels;
  /** {@link #assetChannels()}, built when first asked for (only traces need it). */
  private volatile int @Nullable [][] assetChannels;

  // dependencies, in id order
  public final int dependencyCount;
  public final Dependency[] dependencies;
  public final int[] dependencyConsumer;
  public final int[] dependencySupplier;
  /** Bit {@code 1 << aspect} for each aspect the consumer depends on. */
  public final int[] dependencyAspects;

  // overrides, in id order
  public final LevelOverride[] overrides;
  public final boolean[] documented;
  /** An override whose claim the register contradicts: reported and not applied. */
  public final boolean[] contradicted;
  /** Override applied to {@code [s * 4 + aspect]}, or -1. */
  public final int[] systemOverride;
  /** For an override of an integration, the integration's index (or -1 when it does not exist). */
  public final int[] overrideFlow;
  /** Override applied to {@code [f * 4 + aspect]}, or -1; null when no flow is overridden. */
  public final int @Nullable [] flowOverride;

  private RegisterIndex(Register r) {
    this.register = r;
    assets = sortedUnique(r.assets(), InformationAsset::id, InformationAsset[]::new);
    assetCount = assets.length;
    assetIndex = IdTable.of(ids(assets, InformationAsset::id));
    assetLevel = new byte[assetCount * ASPECTS];
    assetFlags = new int[assetCount];
    for (int x = 0; x < assetCount; x++) {
      InformationAsset a = assets[x];
      Levels levels = a.levels();
      for (SecurityAspect aspect : SecurityAspect.values()) {
        assetLevel[x * ASPECTS + aspect.ordinal()] = (byte) levels.get(aspect).ordinal();
      }
      assetFlags[x] = (a.personalData() ? 1 << PERSONAL : 0) | (a.specialCategory() ? 1 << SPECIAL : 0)
          | (a.criminalData() ? 1 << CRIMINAL : 0) | (a.nationalIdentityNumbers() ? 1 << IDENTITY_NUMBERS : 0)
          | (a.children() ? 1 << CHILDREN : 0);
    }

    systems = sortedUnique(r.systems(), InformationSystem::id, InformationSystem[]::new);
    systemCount = systems.length;
    systemIndex = IdTable.of(ids(systems, InformationSystem::id));
    vendors = sortedUnique(r.vendors(), Vendor::id, Vendor[]::new);
    IdTable vendorIndex = IdTable.of(ids(vendors, Vendor::id));
    activities = sortedUnique(r.activities(), ProcessingActivity::id, ProcessingActivity[]::new);

    int n = systemCount;
    assessed = new byte[n * ASPECTS];
    cleared = new byte[n * ASPECTS];
    hostedOn = new int[n];
    vendorOf = new int[n];
    downtimeObjective = new long[n];
    dataLossObjective = new long[n];
    downtimeCapability = new long[n];
    dataLossCapability = new long[n];
    IntLists natives = new IntLists(n);
    IntLists parts = new IntLists(n);
    for (int s = 0; s < n; s++) {
      InformationSystem sys = systems[s];
      fillLevels(assessed, s, sys.assessed());
      fillLevels(cleared, s, sys.clearedFor());
      hostedOn[s] = sys.hostedOn().map(systemIndex::get).orElse(-1);
      vendorOf[s] = sys.vendor().map(vendorIndex::get).orElse(-1);
      for (String id : sys.assetsStored()) {
        natives.add(s, assetIndex.get(id));
      }
      for (String id : sys.assetsProcessed()) {
        natives.add(s, assetIndex.get(id));
      }
      for (String id : sys.components()) {
        parts.add(s, systemIndex.get(id));
      }
      downtimeObjective[s] = seconds(sys.recoveryObjectives(), RecoveryObjectives::maxDowntime);
      dataLossObjective[s] = seconds(sys.recoveryObjectives(), RecoveryObjectives::maxDataLoss);
      downtimeCapability[s] = seconds(sys.recoveryCapability(), RecoveryObjectives::maxDowntime);
      dataLossCapability[s] = seconds(sys.recoveryCapability(), RecoveryObjectives::maxDataLoss);
    }
    nativeStart = natives.starts();
    nativeAsset = natives.values();
    componentStart = parts.starts();
    component = parts.values();

    IntLists activityOfAsset = new IntLists(assetCount);
    for (int k = 0; k < activities.length; k++) {
      for (String id : activities[k].assets()) {
        activityOfAsset.add(assetIndex.get(id), k);
      }
    }
    assetActivityStart = activityOfAsset.starts();
    assetActivity = activityOfAsset.values();

    // Integrations stay in register order, and each counts as listed: numbering a million of them
    // by id, or even hashing every id to find repeats (which Register#problems reports), would cost
    // more than the whole propagation. The id lookup is built only when someone asks for it.
    flows = r.integrations().toArray(new Integration[0]);
    flowCount = flows.length;
    flowSource = new int[flowCount];
    flowTarget = new int[flowCount];
    // Flows are read in order, so their asset lists are appended row by row: no pairs to sort.
    RowsInOrder sentRows = new RowsInOrder(flowCount, flowCount + 16);
    RowsInOrder receivedRows = new RowsInOrder(flowCount, flowCount / 4 + 16);
    for (int f = 0; f < flowCount; f++) {
      Integration i = flows[f];
      flowSource[f] = systemIndex.get(i.source());
      flowTarget[f] = systemIndex.get(i.target());
      sentRows.row(i.assetsSent(), assetIndex);
      receivedRows.row(i.assetsReceived(), assetIndex);
    }
    sentStart = sentRows.starts;
    sent = sentRows.values();
    receivedStart = receivedRows.starts;
    received = receivedRows.values();
    overrides = sortedUnique(r.overrides(), LevelOverride::id, LevelOverride[]::new);
    documented = new boolean[overrides.length];
    contradicted = new boolean[overrides.length];
    systemOverride = new int[n * ASPECTS];
    Arrays.fill(systemOverride, -1);
    int[] overriddenFlow = overriddenFlows();
    overrideFlow = overriddenFlow;
    int[] perFlow = null;
    for (int o = 0; o < overrides.length; o++) {
      LevelOverride ov = overrides[o];
      documented[o] = !ov.reason().isBlank() && !ov.approvedBy().isBlank() && !ov.evidence().isBlank();
      if (!documented[o]) {
        continue; // never applied: a downgrade needs reason, approver and evidence
      }
      if (ov.claim().isPresent() && contradictingAssets(o, overriddenFlow[o]).length > 0) {
        contradicted[o] = true;
        continue; // the register shows the claim false: the level is not lowered
      }
      int slot;
      int[] table;
      if (ov.target().kind() == EntryKind.SYSTEM && systemIndex.get(ov.target().id()) >= 0) {
        table = systemOverride;
        slot = systemIndex.get(ov.target().id()) * ASPECTS + ov.aspect().ordinal();
      } else if (ov.target().kind() == EntryKind.INTEGRATION && overriddenFlow[o] >= 0) {
        if (perFlow == null) {
          perFlow = new int[flowCount * ASPECTS];
          Arrays.fill(perFlow, -1);
        }
        table = perFlow;
        slot = overriddenFlow[o] * ASPECTS + ov.aspect().ordinal();
      } else {
        continue;
      }
      // Two documented overrides of one level: the higher (more cautious) one holds.
      if (table[slot] < 0 || overrides[table[slot]].level().compareTo(ov.level()) < 0) {
        table[slot] = o;
      }
    }
    flowOverride = perFlow;

    // Channels are numbered by the system they leave (in flow order within one system), so the
    // channel graph's rows are runs of consecutive channels and every pass over them reads memory
    // in order; numbering carries no meaning, since every result is a maximum over channels.
    int[] rowStart = new int[n + 1];
    int channels = 0;
    for (int f = 0; f < flowCount; f++) {
      if (flowSource[f] >= 0 && flowTarget[f] >= 0) {
        if (sentStart[f + 1] > sentStart[f]) {
          rowStart[flowSource[f] + 1]++;
          channels++;
        }
        if (receivedStart[f + 1] > receivedStart[f]) {
          rowStart[flowTarget[f] + 1]++;
          channels++;
        }
      }
    }
    for (int s = 0; s < n; s++) {
      rowStart[s + 1] += rowStart[s];
    }
    channelStart = rowStart;
    channelCount = channels;
    channelFrom = new int[channels];
    channelTo = new int[channels];
    channelFlow = new int[channels];
    channelBack = new boolean[channels];
    channelBest = new int[channels * ASPECTS];
    channelFlagBest = new int[channels * FLAGS];
    flowDependentBest = new int[flowCount * 2];
    copyUse = copyUses(r, n);
    // Each channel is completed where it is placed, in flow order: the flow, its asset lists and
    // its per-flow results are read in order and only the channel's own slots are written out of
    // order (a write does not wait for memory as a read does).
    IntLists overridden = new IntLists(1);
    int[] fill = Arrays.copyOf(rowStart, n);
    long[] best = new long[ASPECTS];
    int[] scratch = new int[ASPECTS + FLAGS];
    for (int f = 0; f < flowCount; f++) {
      int source = flowSource[f];
      int target = flowTarget[f];
      if (source < 0 || target < 0) {
        continue;
      }
      boolean withOverride = isOverridden(f);
      DataUse declaredUse = flows[f].use().orElse(null);
      if (sentStart[f + 1] > sentStart[f]) {
        int c = fill[source]++;
        channel(c, f, false, source, target, declaredUse, best, scratch);
        if (withOverride) {
          overridden.add(0, c);
        }
      }
      if (receivedStart[f + 1] > receivedStart[f]) {
        int c = fill[target]++;
        channel(c, f, true, target, source, declaredUse, best, scratch);
        if (withOverride) {
          overridden.add(0, c);
        }
      }
    }
    overriddenChannels = overridden.values();
    Arrays.sort(overriddenChannels);

    List<Dependency> deps = new ArrayList<>();
    for (Dependency d : sortedUnique(r.dependencies(), Dependency::id, Dependency[]::new)) {
      if (systemIndex.get(d.consumer()) >= 0 && systemIndex.get(d.supplier()) >= 0) {
        deps.add(d);
      }
    }
    dependencies = deps.toArray(new Dependency[0]);
    dependencyCount = dependencies.length;
    dependencyConsumer = new int[dependencyCount];
    dependencySupplier = new int[dependencyCount];
    dependencyAspects = new int[dependencyCount];
    for (int d = 0; d < dependencyCount; d++) {
      dependencyConsumer[d] = systemIndex.get(dependencies[d].consumer());
      dependencySupplier[d] = systemIndex.get(dependencies[d].supplier());
      int mask = 0;
      for (SecurityAspect a : dependencies[d].aspects()) {
        if (a.followsDependencies()) {
          mask |= 1 << a.ordinal();
        }
      }
      dependencyAspects[d] = mask;
    }
    declared = declaredFlags();
  }

  /**
   * The assets the register brings to override {@code o}'s target that contradict its claim: for a
   * system, what it stores or processes and what every flow delivers to it; for a flow, what it
   * names in either direction.
   */
  public int[] contradictingAssets(int o, int flow) {
    LevelOverride ov = overrides[o];
    if (ov.claim().isEmpty()) {
      return new int[0];
    }
    int mask = switch (ov.claim().get()) {
      case PSEUDONYMISED_ONLY -> 1 << IDENTITY_NUMBERS;
      case NO_PERSONAL_DATA -> 1 << PERSONAL;
      case NO_SPECIAL_CATEGORY -> (1 << SPECIAL) | (1 << CRIMINAL);
    };
    java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
    if (ov.target().kind() == EntryKind.SYSTEM) {
      int s = systemIndex.get(ov.target().id());
      if (s < 0) {
        return new int[0];
      }
      for (int k = nativeStart[s]; k < nativeStart[s + 1]; k++) {
        if ((assetFlags[nativeAsset[k]] & mask) != 0) {
          found.add(nativeAsset[k]);
        }
      }
      for (int f = 0; f < flowCount; f++) {
        if (flowTarget[f] == s && flowSource[f] >= 0) {
          collect(sent, sentStart[f], sentStart[f + 1], mask, found);
        }
        if (flowSource[f] == s && flowTarget[f] >= 0) {
          collect(received, receivedStart[f], receivedStart[f + 1], mask, found);
        }
      }
    } else if (flow >= 0) {
      collect(sent, sentStart[flow], sentStart[flow + 1], mask, found);
      collect(received, receivedStart[flow], receivedStart[flow + 1], mask, found);
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  private void collect(int[] list, int from, int to, int mask, java.util.Set<Integer> into) {
    for (int k = from; k < to; k++) {
      if ((assetFlags[list[k]] & mask) != 0) {
        into.add(list[k]);
      }
    }
  }

  /**
   * For each override of an integration, the first integration with the target id (or -1): one
   * pass over the flows against a table of the few target ids, instead of a table of every flow.
   */
  private int[] overriddenFlows() {
    int[] result = new int[overrides.length];
    Arrays.fill(result, -1);
    IdTable wanted = new IdTable(overrides.length);
    int distinct = 0;
    for (LevelOverride ov : overrides) {
      if (ov.target().kind() == EntryKind.INTEGRATION && wanted.putIfAbsent(ov.target().id(), distinct) == distinct) {
        distinct++;
      }
    }
    if (distinct == 0) {
      return result;
    }
    int[] flowOf = new int[distinct];
    Arrays.fill(flowOf, -1);
    for (int f = 0; f < flowCount; f++) {
      int k = wanted.get(flows[f].id());
      if (k >= 0 && flowOf[k] < 0) {
        flowOf[k] = f;
      }
    }
    for (int o = 0; o < overrides.length; o++) {
      if (overrides[o].target().kind() == EntryKind.INTEGRATION) {
        result[o] = flowOf[wanted.get(overrides[o].target().id())];
      }
    }
    return result;
  }

  private boolean isOverridden(int f) {
    if (flowOverride == null) {
      return false;
    }
    for (int a = 0; a < ASPECTS; a++) {
      if (flowOverride[f * ASPECTS + a] >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per system, the use when every processing activity that uses it only copies data (follow-up,
   * statistics, archive, backup), or null when some use is operational or no activity says.
   */
  private final @Nullable DataUse @Nullable [] copyUse;

  private @Nullable DataUse @Nullable [] copyUses(Register r, int n) {
    @Nullable DataUse[] use = null;
    boolean[] operational = null;
    for (ProcessingActivity a : activities) {
      DataUse u = a.use().orElse(DataUse.OPERATIONAL);
      for (String id : a.systems()) {
        int s = systemIndex.get(id);
        if (s < 0) {
          continue;
        }
        if (use == null || operational == null) {
          use = new DataUse[n];
          operational = new boolean[n];
        }
        if (u.dependsOnData()) {
          operational[s] = true;
          use[s] = null;
        } else if (!operational[s] && use[s] == null) {
          use[s] = u;
        }
      }
    }
    return use;
  }

  /**
   * Whether the receiver's use of what the channel delivers depends on it ({@link DataUse#dependsOnData()}):
   * only then do integrity and availability travel over it. The flow's declared use decides, else
   * the use of the processing activities that use the receiver.
   */
  public boolean operational(int c) {
    return use(c).dependsOnData();
  }

  /** The use of what channel {@code c} of flow {@code f} delivers to its receiver. */
  public DataUse use(int c) {
    return use(flows[channelFlow[c]].use().orElse(null), channelTo[c]);
  }

  private DataUse use(@Nullable DataUse declared, int receiver) {
    if (declared != null) {
      return declared;
    }
    DataUse copy = copyUse == null ? null : copyUse[receiver];
    return copy == null ? DataUse.OPERATIONAL : copy;
  }

  /** Places channel {@code c}: flow {@code f} in one direction, the assets it names and their keys. */
  private void channel(int c, int f, boolean back, int sender, int receiver, @Nullable DataUse declaredUse, long[] best, int[] found) {
    channelFrom[c] = sender;
    channelTo[c] = receiver;
    channelFlow[c] = f;
    channelBack[c] = back;
    boolean operational = use(declaredUse, receiver).dependsOnData();
    int[] list = back ? received : sent;
    int from = back ? receivedStart[f] : sentStart[f];
    int to = back ? receivedStart[f + 1] : sentStart[f + 1];
    // found[aspect] and found[4 + flag]: the best asset so far, plus one.
    Arrays.fill(best, Keys.NONE);
    Arrays.fill(found, 0);
    for (int k = from; k < to; k++) {
      int x = list[k];
      // A copy the receiver does not depend on carries its integrity and availability only for
      // the data the receiver holds as its own (the copy's own use, assessed for it).
      boolean dependent = operational || holdsNatively(receiver, x);
      for (int a = 0; a < ASPECTS; a++) {
        if (!dependent && (a == INTEGRITY || a == AVAILABILITY)) {
          continue;
        }
        long key = Keys.level(assetLevel[x * ASPECTS + a], x);
        if (key > best[a]) {
          best[a] = key;
          found[a] = x + 1;
        }
      }
      int bits = assetFlags[x];
      for (int flag = 0; flag < FLAGS; flag++) {
        int at = ASPECTS + flag;
        if ((bits & (1 << flag)) != 0 && (found[at] == 0 || x < found[at] - 1)) {
          found[at] = x + 1;
        }
      }
    }
    System.arraycopy(found, 0, channelBest, c * ASPECTS, ASPECTS);
    System.arraycopy(found, ASPECTS, channelFlagBest, c * FLAGS, FLAGS);
    if (declaredKey(c, INTEGRITY) > assetKey(flowDependentBest[f * 2], INTEGRITY)) {
      flowDependentBest[f * 2] = channelBest[c * ASPECTS + INTEGRITY];
    }
    if (declaredKey(c, AVAILABILITY) > assetKey(flowDependentBest[f * 2 + 1], AVAILABILITY)) {
      flowDependentBest[f * 2 + 1] = channelBest[c * ASPECTS + AVAILABILITY];
    }
  }


  /**
   * The channels that name each asset, ascending: {@code [1][[0][x]…[0][x + 1])} are those of asset
   * {@code x}. Built on first use by counting the channel-asset pairs.
   */
  public int[][] assetChannels() {
    int[][] table = assetChannels;
    if (table == null) {
      int[] start = new int[assetCount + 1];
      for (int c = 0; c < channelCount; c++) {
        int f = channelFlow[c];
        int[] list = channelBack[c] ? received : sent;
        for (int k = channelBack[c] ? receivedStart[f] : sentStart[f], end = channelBack[c] ? receivedStart[f + 1] : sentStart[f + 1]; k < end; k++) {
          start[list[k] + 1]++;
        }
      }
      for (int x = 0; x < assetCount; x++) {
        start[x + 1] += start[x];
      }
      int[] fill = Arrays.copyOf(start, assetCount);
      int[] channels = new int[start[assetCount]];
      for (int c = 0; c < channelCount; c++) {
        int f = channelFlow[c];
        int[] list = channelBack[c] ? received : sent;
        for (int k = channelBack[c] ? receivedStart[f] : sentStart[f], end = channelBack[c] ? receivedStart[f + 1] : sentStart[f + 1]; k < end; k++) {
          channels[fill[list[k]]++] = c;
        }
      }
      table = new int[][] {start, channels};
      assetChannels = table;
    }
    return table;
  }

  /** The channels of flow {@code f}: the one it sends over first, then the one it answers over. */
  public int[] channelsOf(int f) {
    int[] table = flowChannels;
    if (table == null) {
      table = new int[flowCount * 2];
      Arrays.fill(table, -1);
      for (int c = 0; c < channelCount; c++) {
        table[channelFlow[c] * 2 + (channelBack[c] ? 1 : 0)] = c;
      }
      flowChannels = table;
    }
    int sentOver = table[f * 2];
    int answeredOver = table[f * 2 + 1];
    if (sentOver >= 0 && answeredOver >= 0) {
      return new int[] {sentOver, answeredOver};
    }
    return sentOver >= 0 ? new int[] {sentOver} : answeredOver >= 0 ? new int[] {answeredOver} : new int[0];
  }

  /** The index of the first integration with this id, or -1. */
  public int flowIndex(String id) {
    IdTable table = flowIndex;
    if (table == null) {
      table = new IdTable(flowCount);
      for (int f = 0; f < flowCount; f++) {
        table.putIfAbsent(flows[f].id(), f);
      }
      flowIndex = table;
    }
    return table.get(id);
  }

  public static RegisterIndex of(Register register) {
    return new RegisterIndex(register);
  }

  /** The origin code of asset {@code x}. */
  public int assetOrigin(int x) {
    return x;
  }

  /** The origin code of system {@code s}'s own assessment. */
  public int assessedOrigin(int s) {
    return assetCount + s;
  }

  /** The origin code of override {@code o}. */
  public int overrideOrigin(int o) {
    return assetCount + systemCount + o;
  }

  public boolean isAsset(int origin) {
    return origin >= 0 && origin < assetCount;
  }

  public boolean isAssessed(int origin) {
    return origin >= assetCount && origin < assetCount + systemCount;
  }

  public boolean isOverride(int origin) {
    return origin >= assetCount + systemCount;
  }

  public int level(int asset, int aspect) {
    return assetLevel[asset * ASPECTS + aspect];
  }

  public int flowOverride(int f, int aspect) {
    return flowOverride == null ? -1 : flowOverride[f * ASPECTS + aspect];
  }

  /** The best key over the assets one direction of a flow declares. */
  public long declaredKey(int channel, int aspect) {
    return assetKey(channelBest[channel * ASPECTS + aspect], aspect);
  }

  /** The level key of asset {@code best - 1} for the aspect, or {@link Keys#NONE} for 0. */
  private long assetKey(int best, int aspect) {
    return best == 0 ? Keys.NONE : Keys.level(assetLevel[(best - 1) * ASPECTS + aspect], best - 1);
  }

  /** The best integrity ({@code aspect} 1) or availability (2) key over the channels of flow {@code f}. */
  long flowDependentKey(int f, int aspect) {
    return assetKey(flowDependentBest[f * 2 + aspect - INTEGRITY], aspect);
  }

  public long maxLevel(int[] list, int from, int to, int aspect) {
    long best = Keys.NONE;
    for (int k = from; k < to; k++) {
      int x = list[k];
      if (x >= 0) {
        best = Math.max(best, Keys.level(assetLevel[x * ASPECTS + aspect], x));
      }
    }
    return best;
  }

  public long declaredFlagKey(int channel, int flag) {
    int best = channelFlagBest[channel * FLAGS + flag];
    return best == 0 ? Keys.NONE : Keys.level(1, best - 1);
  }

  /** Raises {@code best[aspect]} to the best key over a list of assets, for every aspect at once. */
  public void maxLevels(int[] list, int from, int to, long[] best) {
    for (int k = from; k < to; k++) {
      int x = list[k];
      for (int a = 0; a < ASPECTS; a++) {
        best[a] = Math.max(best[a], Keys.level(assetLevel[x * ASPECTS + a], x));
      }
    }
  }

  /** Whether the channel's direction of its flow names asset {@code x}. */
  public boolean declares(int channel, int x) {
    int f = channelFlow[channel];
    int[] list = channelBack[channel] ? received : sent;
    int from = channelBack[channel] ? receivedStart[f] : sentStart[f];
    int to = channelBack[channel] ? receivedStart[f + 1] : sentStart[f + 1];
    for (int k = from; k < to; k++) {
      if (list[k] == x) {
        return true;
      }
    }
    return false;
  }

  public boolean holdsNatively(int s, int x) {
    for (int k = nativeStart[s]; k < nativeStart[s + 1]; k++) {
      if (nativeAsset[k] == x) {
        return true;
      }
    }
    return false;
  }

  /**
   * The personal-data flags of what the register says reaches system {@code s}: the assets it
   * stores or processes and those named on the flows into it (not what passing on may bring).
   */
  public int declaredFlags(int s) {
    return declared[s];
  }

  /** {@link #declaredFlags(int)} of every system, in one pass over assets and flows. */
  private int[] declaredFlags() {
    int[] bits = new int[systemCount];
    for (int s = 0; s < systemCount; s++) {
      for (int k = nativeStart[s]; k < nativeStart[s + 1]; k++) {
        bits[s] |= assetFlags[nativeAsset[k]];
      }
    }
    for (int f = 0; f < flowCount; f++) {
      int source = flowSource[f];
      int target = flowTarget[f];
      if (source < 0 || target < 0) {
        continue;
      }
      for (int k = sentStart[f]; k < sentStart[f + 1]; k++) {
        bits[target] |= assetFlags[sent[k]];
      }
      for (int k = receivedStart[f]; k < receivedStart[f + 1]; k++) {
        bits[source] |= assetFlags[received[k]];
      }
    }
    return bits;
  }


  /** Orders two channels by their flow's id, for canonical traversals. */
  public int compareChannels(int a, int b) {
    int byFlow = flows[channelFlow[a]].id().compareTo(flows[channelFlow[b]].id());
    return byFlow != 0 ? byFlow : Boolean.compare(channelBack[a], channelBack[b]);
  }

  private static void fillLevels(byte[] target, int s, Optional<Levels> levels) {
    for (SecurityAspect a : SecurityAspect.values()) {
      target[s * ASPECTS + a.ordinal()] = (byte) levels.map(l -> l.get(a).ordinal()).orElse(-1).intValue();
    }
  }

  private static long seconds(Optional<RecoveryObjectives> objectives, Function<RecoveryObjectives, Optional<Duration>> field) {
    return objectives.flatMap(field).map(d -> Math.max(0, d.getSeconds())).orElse(-1L);
  }

  private static <T> T[] sortedUnique(List<T> entries, Function<T, String> id, java.util.function.IntFunction<T[]> array) {
    // A stable sort keeps repeats in register order, so the first of each run is the first entry.
    T[] sorted = entries.toArray(array.apply(0));
    Arrays.sort(sorted, Comparator.comparing(id));
    int kept = 0;
    for (int k = 0; k < sorted.length; k++) {
      if (kept == 0 || !id.apply(sorted[k]).equals(id.apply(sorted[kept - 1]))) {
        sorted[kept++] = sorted[k];
      }
    }
    return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
  }

  private static <T> String[] ids(T[] entries, Function<T, String> id) {
    String[] ids = new String[entries.length];
    for (int k = 0; k < entries.length; k++) {
      ids[k] = id.apply(entries[k]);
    }
    return ids;
  }

  /** Compressed rows appended in row order: each row the known ids of a list, resolved once. */
  static final class RowsInOrder {
    final int[] starts;
    private int[] values;
    private int size;
    private int rows;

    RowsInOrder(int rowCount, int expectedValues) {
      starts = new int[rowCount + 1];
      values = new int[expectedValues];
    }

    /** Appends the next row: the indices of the ids the table knows, in list order. */
    void row(List<String> ids, IdTable table) {
      for (String id : ids) {
        int x = table.get(id);
        if (x >= 0) {
          if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 16);
          }
          values[size++] = x;
        }
      }
      starts[++rows] = size;
    }

    int[] values() {
      return size == values.length ? values : Arrays.copyOf(values, size);
    }
  }

  /** Per-owner lists of ints gathered in one pass and packed into compressed rows. */
  static final class IntLists {
    private final int owners;
    private int[] owner = new int[16];
    private int[] value = new int[16];
    private int size;
    private int[] starts = new int[0];
    private int[] packed = new int[0];
    private boolean done;

    IntLists(int owners) {
      this.owners = owners;
    }

    void add(int who, int what) {
      if (who < 0 || what < 0) {
        return; // an unknown reference
      }
      if (size == owner.length) {
        owner = Arrays.copyOf(owner, size * 2);
        value = Arrays.copyOf(value, size * 2);
      }
      owner[size] = who;
      value[size++] = what;
    }

    int[] starts() {
      pack();
      return starts;
    }

    int[] values() {
      pack();
      return packed;
    }

    private void pack() {
      if (done) {
        return;
      }
      done = true;
      starts = new int[owners + 1];
      for (int k = 0; k < size; k++) {
        starts[owner[k] + 1]++;
      }
      for (int v = 0; v < owners; v++) {
        starts[v + 1] += starts[v];
      }
      int[] fill = Arrays.copyOf(starts, owners);
      packed = new int[size];
      for (int k = 0; k < size; k++) {
        packed[fill[owner[k]]++] = value[k];
      }
      owner = new int[0];
      value = new int[0];
    }
  }
}

package io.github.trygg.core.internal.propagation;

import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.InformationAsset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * R5 and R6: compilations that may deserve a higher level than any of their parts, and overrides
 * that no longer lower anything, become review items — never silent raises. Looks at what the
 * register says each system stores, processes, sends and receives.
 */
final class Aggregation {
  private Aggregation() {}

  static List<RawReview> run(RegisterIndex ix, Outcome out) {
    Engine.Config config = out.config;
    List<RawReview> reviews = new ArrayList<>();
    int assets = ix.assetCount;
    int[] volume = new int[assets];
    boolean[] location = new boolean[assets];
    boolean[] health = new boolean[assets];
    for (int x = 0; x < assets; x++) {
      InformationAsset a = ix.assets[x];
      volume[x] = a.volume().map(Enum::ordinal).orElse(-1);
      for (String category : a.dataCategories()) {
        location[x] |= config.locationCategories().contains(category);
        health[x] |= config.healthCategories().contains(category);
      }
    }
    // Only assets some check can look at are gathered: the rest cannot change a review.
    boolean[] relevant = new boolean[assets];
    for (int x = 0; x < assets; x++) {
      boolean personal = (ix.assetFlags[x] & (1 << RegisterIndex.PERSONAL)) != 0;
      relevant[x] = location[x] || health[x]
          || personal && (volume[x] >= 0 || ix.assetActivityStart[x + 1] > ix.assetActivityStart[x]);
    }
    // What each system holds: its own assets and those named on the flows it sends and receives,
    // laid out once as one run per system, so each system reads its run in order instead of
    // following the channels into it across memory.
    int[] start = new int[ix.systemCount + 1];
    int[] row = holdings(ix, relevant, start);
    int[] stamp = new int[assets];
    Arrays.fill(stamp, -1);
    int[] held = new int[assets]; // a system holds each asset once
    int[] parent = new int[ix.activities.length];
    Arrays.fill(parent, -1);
    int[] touched = new int[ix.activities.length];
    for (int s = 0; s < ix.systemCount; s++) {
      int count = 0;
      for (int k = start[s], end = start[s + 1]; k < end; k++) {
        int x = row[k];
        if (stamp[x] != s) {
          stamp[x] = s;
          held[count++] = x;
        }
      }
      if (count == 0) {
        continue;
      }
      if (count > 1) {
        Arrays.sort(held, 0, count);
      }
      large(ix, config, reviews, volume, s, held, count);
      locationWithHealth(reviews, location, health, s, held, count);
      joined(ix, config, reviews, parent, touched, s, held, count);
    }
    platforms(ix, out, config, reviews);
    overrides(ix, out, reviews);
    return List.copyOf(reviews);
  }

  /**
   * Per system the relevant assets it stores or processes and those named on every flow between it
   * and a known system, in either direction (repeats included): {@code row[start[s]…start[s + 1])}.
   * Two passes over the flows in register order, counting and then placing.
   */
  private static int[] holdings(RegisterIndex ix, boolean[] relevant, int[] start) {
    int n = ix.systemCount;
    for (int s = 0; s < n; s++) {
      start[s + 1] = count(ix.nativeAsset, ix.nativeStart[s], ix.nativeStart[s + 1], relevant);
    }
    int[] named = new int[ix.flowCount];
    for (int f = 0; f < ix.flowCount; f++) {
      int source = ix.flowSource[f];
      int target = ix.flowTarget[f];
      if (source < 0 || target < 0) {
        continue;
      }
      int k = count(ix.sent, ix.sentStart[f], ix.sentStart[f + 1], relevant)
          + count(ix.received, ix.receivedStart[f], ix.receivedStart[f + 1], relevant);
      named[f] = k;
      start[source + 1] += k;
      start[target + 1] += k;
    }
    for (int s = 0; s < n; s++) {
      start[s + 1] += start[s];
    }
    int[] row = new int[start[n]];
    int[] fill = Arrays.copyOf(start, n);
    for (int s = 0; s < n; s++) {
      fill[s] = place(ix.nativeAsset, ix.nativeStart[s], ix.nativeStart[s + 1], relevant, row, fill[s]);
    }
    for (int f = 0; f < ix.flowCount; f++) {
      if (named[f] == 0) {
        continue;
      }
      int source = ix.flowSource[f];
      int target = ix.flowTarget[f];
      int at = place(ix.sent, ix.sentStart[f], ix.sentStart[f + 1], relevant, row, fill[source]);
      fill[source] = place(ix.received, ix.receivedStart[f], ix.receivedStart[f + 1], relevant, row, at);
      at = place(ix.sent, ix.sentStart[f], ix.sentStart[f + 1], relevant, row, fill[target]);
      fill[target] = place(ix.received, ix.receivedStart[f], ix.receivedStart[f + 1], relevant, row, at);
    }
    return row;
  }

  private static int count(int[] list, int from, int to, boolean[] relevant) {
    int k = 0;
    for (int j = from; j < to; j++) {
      k += relevant[list[j]] ? 1 : 0;
    }
    return k;
  }

  private static int place(int[] list, int from, int to, boolean[] relevant, int[] row, int at) {
    for (int j = from; j < to; j++) {
      if (relevant[list[j]]) {
        row[at++] = list[j];
      }
    }
    return at;
  }

  /** (b) Large amounts of personal data in one place (WP248 "large scale"). */
  private static void large(RegisterIndex ix, Engine.Config config, List<RawReview> reviews, int[] volume, int s, int[] held, int count) {
    int[] found = new int[count];
    int n = 0;
    for (int k = 0; k < count; k++) {
      int x = held[k];
      int flags = ix.assetFlags[x];
      if ((flags & (1 << RegisterIndex.PERSONAL)) == 0 || volume[x] < 0) {
        continue;
      }
      boolean sensitive = (flags & ((1 << RegisterIndex.SPECIAL) | (1 << RegisterIndex.CRIMINAL))) != 0;
      if (volume[x] >= (sensitive ? config.largeVolumeSpecialCategory() : config.largeVolume())) {
        found[n++] = x;
      }
    }
    if (n > 0) {
      reviews.add(new RawReview(Trigger.LARGE_VOLUME, EntryKind.SYSTEM, s, -1, Arrays.copyOf(found, n), new int[0]));
    }
  }

  /** (c) Location brought together with health or care data from another asset. */
  private static void locationWithHealth(List<RawReview> reviews, boolean[] location, boolean[] health, int s, int[] held, int count) {
    boolean combined = false;
    for (int i = 0; i < count && !combined; i++) {
      if (!location[held[i]]) {
        continue;
      }
      for (int j = 0; j < count; j++) {
        if (j != i && health[held[j]]) {
          combined = true;
          break;
        }
      }
    }
    if (!combined) {
      return;
    }
    int[] involved = new int[count];
    int n = 0;
    for (int k = 0; k < count; k++) {
      if (location[held[k]] || health[held[k]]) {
        involved[n++] = held[k];
      }
    }
    reviews.add(new RawReview(Trigger.LOCATION_WITH_HEALTH, EntryKind.SYSTEM, s, Engine.C, Arrays.copyOf(involved, n), new int[0]));
  }

  /**
   * (c) Personal data collected for different purposes joined in one system: assets whose processing
   * activities share no purpose fall in different groups; enough groups make a review.
   */
  private static void joined(RegisterIndex ix, Engine.Config config, List<RawReview> reviews, int[] parent, int[] touched,
      int s, int[] held, int count) {
    int used = 0;
    int[] involved = new int[count];
    int n = 0;
    for (int k = 0; k < count; k++) {
      int x = held[k];
      int lo = ix.assetActivityStart[x];
      int hi = ix.assetActivityStart[x + 1];
      if ((ix.assetFlags[x] & (1 << RegisterIndex.PERSONAL)) == 0 || lo == hi) {
        continue; // no purpose recorded: nothing to compare
      }
      involved[n++] = x;
      for (int j = lo; j < hi; j++) {
        int act = ix.assetActivity[j];
        if (parent[act] == -1) {
          parent[act] = act;
          touched[used++] = act;
        }
        union(parent, ix.assetActivity[lo], act);
      }
    }
    int groups = 0;
    for (int j = 0; j < used; j++) {
      if (find(parent, touched[j]) == touched[j]) {
        groups++;
      }
    }
    for (int j = 0; j < used; j++) {
      parent[touched[j]] = -1;
    }
    if (groups >= config.joinedPurposes()) {
      reviews.add(new RawReview(Trigger.JOINED_PURPOSES, EntryKind.SYSTEM, s, -1, Arrays.copyOf(involved, n), new int[0]));
    }
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** (a) Many systems with substantial availability on one platform (BSI Kumulationseffekt). */
  private static void platforms(RegisterIndex ix, Outcome out, Engine.Config config, List<RawReview> reviews) {
    int n = ix.systemCount;
    int[] counts = new int[n];
    for (int s = 0; s < n; s++) {
      int p = ix.hostedOn[s];
      if (p >= 0 && Keys.levelOf(out.required[Engine.A][s]) >= config.platformAvailabilityLevel()) {
        counts[p]++;
      }
    }
    int[][] hosted = new int[n][];
    int[] filled = new int[n];
    for (int s = 0; s < n; s++) {
      int p = ix.hostedOn[s];
      if (p >= 0 && counts[p] >= config.platformAvailabilityCount()
          && Keys.levelOf(out.required[Engine.A][s]) >= config.platformAvailabilityLevel()) {
        if (hosted[p] == null) {
          hosted[p] = new int[counts[p]];
        }
        hosted[p][filled[p]++] = s;
      }
    }
    for (int p = 0; p < n; p++) {
      if (hosted[p] != null) {
        reviews.add(new RawReview(Trigger.PLATFORM_AVAILABILITY, EntryKind.SYSTEM, p, Engine.A, new int[0], hosted[p]));
      }
    }
  }

  /** R6: an override at or above what would be derived lowers nothing; confirm or remove it. */
  private static void overrides(RegisterIndex ix, Outcome out, List<RawReview> reviews) {
    for (int a = 0; a < RegisterIndex.ASPECTS; a++) {
      for (int s = 0; s < ix.systemCount; s++) {
        int o = ix.systemOverride[s * RegisterIndex.ASPECTS + a];
        if (o >= 0 && Keys.levelOf(out.withoutOverride(a, s)) <= ix.overrides[o].level().ordinal()) {
          reviews.add(new RawReview(Trigger.OVERRIDE_NOT_LOWER, EntryKind.SYSTEM, s, a, new int[0], new int[0]));
        }
      }
      if (ix.flowOverride == null) {
        continue;
      }
      for (int f = 0; f < ix.flowCount; f++) {
        int o = ix.flowOverride(f, a);
        if (o >= 0 && Keys.levelOf(out.flowLevel[a][f]) <= ix.overrides[o].level().ordinal()) {
          reviews.add(new RawReview(Trigger.OVERRIDE_NOT_LOWER, EntryKind.INTEGRATION, f, a, new int[0], new int[0]));
        }
      }
    }
  }
}

package io.github.trygg.spark.internal;

import org.apiguardian.api.API;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.record.RecordValues;
import io.github.trygg.spark.ExecutorKeys;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything an executor needs to build the driver's {@link RecordValues} itself: the policy, how to
 * open the keys, the driver's clock reading (so "today" — which century a ten-digit number is in —
 * is the same on every node) and the document of document tokens. No key material.
 *
 * @param id unique per engine built on the driver; executors cache what they built under it
 * @param versions the key version of each domain the driver saw; an executor that opens another
 *     refuses to run (empty: not checked, as for re-identification, which reads every version)
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record EngineSpec(String id, PolicyCopy policy, ExecutorKeys keys, long epochMilli, String documentId, Map<String, Integer> versions)
    implements Serializable {

  public EngineSpec {
    versions = Map.copyOf(versions);
  }

  /** A spec whose executors check they pseudonymise with the key versions the driver checked. */
  public EngineSpec pinnedTo(RecordValues driver) {
    Map<String, Integer> seen = new java.util.HashMap<>();
    driver.keys().forEach((domain, key) -> seen.put(domain, key.version()));
    return new EngineSpec(id, policy, keys, epochMilli, documentId, seen);
  }

  private static final int CACHED = 8;
  private static final Map<String, RecordValues> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, RecordValues> eldest) {
      return size() > CACHED;
    }
  };

  public Clock clock() {
    return Clock.fixed(Instant.ofEpochMilli(epochMilli), ZoneOffset.UTC);
  }

  private static final Map<String, KeyProvider> PROVIDERS = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, KeyProvider> eldest) {
      return size() > CACHED;
    }
  };

  /** This JVM's key provider for the spec, opened on first use. */
  public KeyProvider keyProvider() {
    synchronized (PROVIDERS) {
      KeyProvider k = PROVIDERS.get(id);
      if (k == null) {
        k = keys.open();
        PROVIDERS.put(id, k);
      }
      return k;
    }
  }

  /** Builds the values from this JVM's key provider (on the driver, to check; on executors, once). */
  public RecordValues build() {
    Pseudonymisation pseudonymisation = Pseudonymisation.builder().keys(keyProvider()).clock(clock()).build();
    return RecordPseudonymiser.builder().policy(policy.policy()).pseudonymisation(pseudonymisation).documentId(documentId).build().values();
  }

  /** This JVM's values for the spec, built on first use; at most a few jobs' keys are kept. */
  public RecordValues values() {
    synchronized (CACHE) {
      RecordValues v = CACHE.get(id);
      if (v == null) {
        v = build();
        check(v);
        CACHE.put(id, v);
      }
      return v;
    }
  }

  private void check(RecordValues built) {
    versions.forEach((domain, version) -> {
      KeyRef here = built.keys().get(domain);
      if (here != null && here.version() != version) {
        throw new IllegalStateException("domain '" + domain + "': this node's keys make pseudonyms with " + here + ", the job was checked with version "
            + version + "; the key file changed during the job or differs between nodes");
      }
    });
  }

  @Override
  public String toString() {
    return "EngineSpec[" + id + ", " + policy.id() + " r" + policy.revision() + "]";
  }
}

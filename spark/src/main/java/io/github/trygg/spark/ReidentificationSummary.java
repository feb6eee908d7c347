package io.github.trygg.spark;

import io.github.trygg.crypto.pseudonym.Technique;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The counts of one re-identification job, per domain: no value, no pseudonym.
 *
 * @param source the name the job was given
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReidentificationSummary(String source, List<DomainCounts> domains) {

  public ReidentificationSummary {
    domains = List.copyOf(domains);
  }

  /**
   * @param granted values recovered
   * @param failed values that were not authentic pseudonyms of the domain, or whose key version is
   *     disabled or destroyed; null in the output
   * @param grantedByKeyVersion values recovered per key version
   */
  public record DomainCounts(String domain, Technique technique, long granted, long failed, Map<Integer, Long> grantedByKeyVersion) {
    public DomainCounts {
      grantedByKeyVersion = Map.copyOf(grantedByKeyVersion);
    }
  }
}

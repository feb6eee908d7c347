package io.github.trygg.spark;

import io.github.trygg.crypto.pseudonym.Technique;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The counts of one re-identification job, per domain: no value, no pseudonym.
 *
 * @param source the name the job was given
 * @param domains the counts of each domain the job reversed, in the order the policy names them
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReidentificationSummary(String source, List<DomainCounts> domains) {

  /**
   * Copies the domain counts.
   *
   * @param source the name the job was given
   * @param domains the counts of each domain the job reversed, in the order the policy names them
   */
  public ReidentificationSummary {
    domains = List.copyOf(domains);
  }

  /**
   * The counts of one domain.
   *
   * @param domain the pseudonymisation domain's name
   * @param technique the reversible technique of the domain's rules
   * @param granted values recovered
   * @param failed values that were not authentic pseudonyms of the domain, or whose key version is
   *     disabled or destroyed; null in the output
   * @param grantedByKeyVersion values recovered per key version
   */
  public record DomainCounts(String domain, Technique technique, long granted, long failed, Map<Integer, Long> grantedByKeyVersion) {
    /**
     * Copies the per-version counts.
     *
     * @param domain the pseudonymisation domain's name
     * @param technique the reversible technique of the domain's rules
     * @param granted values recovered
     * @param failed values that were not authentic pseudonyms of the domain, or whose key version is
     *     disabled or destroyed; null in the output
     * @param grantedByKeyVersion values recovered per key version
     */
    public DomainCounts {
      grantedByKeyVersion = Map.copyOf(grantedByKeyVersion);
    }
  }
}

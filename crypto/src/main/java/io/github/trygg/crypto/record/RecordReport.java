package io.github.trygg.crypto.record;

import io.github.trygg.core.Problem;
import io.github.trygg.crypto.pseudonym.KeyRef;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The account of one run, without a single value: how many records and bytes, what happened to
 * each field, which key version each domain used (format-valid identity pseudonyms carry no version
 * of their own, so keep this with the data), the first invalid values' locations, and the rules
 * that matched nothing.
 *
 * @param source the name of the input
 * @param policyId the policy's id
 * @param policyRevision the policy's revision
 * @param records records read
 * @param bytesRead bytes read from the input
 * @param bytesWritten bytes written to the output
 * @param fields what happened per field (rule label or unlisted field), in policy order
 * @param keys the key version used per domain name
 * @param invalid how many values were invalid, in all
 * @param unmatchedRules labels of the rules that matched no field
 * @param invalidValues the locations and reasons of the first {@value #MAX_LISTED} invalid values
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RecordReport(
    String source,
    String policyId,
    int policyRevision,
    long records,
    long bytesRead,
    long bytesWritten,
    Map<String, FieldCounts> fields,
    Map<String, KeyRef> keys,
    long invalid,
    List<Problem> invalidValues,
    List<String> unmatchedRules) {

  /** How many invalid values are listed with their location. */
  public static final int MAX_LISTED = 100;

  /**
   * Copies the maps and lists.
   *
   * @param source the name of the input
   * @param policyId the policy's id
   * @param policyRevision the policy's revision
   * @param records records read
   * @param bytesRead bytes read from the input
   * @param bytesWritten bytes written to the output
   * @param fields what happened per field (rule label or unlisted field), in policy order
   * @param keys the key version used per domain name
   * @param invalid how many values were invalid, in all
   * @param unmatchedRules labels of the rules that matched no field
   * @param invalidValues the locations and reasons of the first {@value #MAX_LISTED} invalid values
   */
  public RecordReport {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    keys = Map.copyOf(keys);
    invalidValues = List.copyOf(invalidValues);
    unmatchedRules = List.copyOf(unmatchedRules);
  }
}

package io.github.trygg.crypto.record;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * What happened to one field's values in a run.
 *
 * @param invalidByCode invalid values by problem code, such as {@code identity-number-bad-check-digit}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FieldCounts(long pseudonymised, long generalised, long kept, long dropped, long empty, long invalid, Map<String, Long> invalidByCode) {
  public FieldCounts {
    invalidByCode = Map.copyOf(invalidByCode);
  }
}

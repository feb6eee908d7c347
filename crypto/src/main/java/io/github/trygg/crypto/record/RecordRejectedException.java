package io.github.trygg.crypto.record;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import org.apiguardian.api.API;

/**
 * A record the policy cannot take: malformed CSV or JSON, a record with the wrong number of
 * fields, or an invalid value under {@link InvalidValues#REJECT}. Carries the location, never the
 * value. Output written so far is incomplete; the file methods of {@link RecordPseudonymiser}
 * leave no output file then.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class RecordRejectedException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * A rejected record.
   *
   * @param problem the code, the location (line, column, JSON Pointer) and what was expected
   */
  public RecordRejectedException(Problem problem) {
    super(problem);
  }
}

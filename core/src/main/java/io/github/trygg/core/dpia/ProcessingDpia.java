package io.github.trygg.core.dpia;

import io.github.trygg.core.register.DpiaRecord;
import io.github.trygg.core.register.ProcessingActivity;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The DPIA of one processing activity: the screening of the activity (not of a system — a DPIA
 * assesses "a type of processing", Art. 35(1)), what the register records of the assessment, and
 * where it stands. The systems it covers are the activity's; a system serving several activities is
 * covered by each of their assessments.
 *
 * @param activity the processing activity
 * @param screening the screening of the activity, with the criteria and lists that matched
 * @param recorded the assessment as the register records it, if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ProcessingDpia(ProcessingActivity activity, ScreeningResult screening, Optional<DpiaRecord> recorded) {
  /**
   * Checks that every part is given.
   *
   * @param activity the processing activity
   * @param screening the screening of the activity, with the criteria and lists that matched
   * @param recorded the assessment as the register records it, if any
   * @throws NullPointerException if a part is missing
   */
  public ProcessingDpia {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(screening, "screening");
    Objects.requireNonNull(recorded, "recorded");
  }

  /** {@return whether a DPIA is to be carried out: the screening expects one} */
  public boolean required() {
    return screening.outcome().dpiaExpected();
  }

  /** {@return the systems the assessment covers: the activity's} */
  public List<String> systems() {
    return activity.systems();
  }

  /**
   * {@return the parts of Art. 35(7), the DPO's advice (Art. 35(2)) and the controller's decision
   * that are still to be recorded: all of them when a required DPIA is not recorded, none when none
   * is needed}
   */
  public List<DpiaRecord.Part> missingParts() {
    if (recorded.isPresent()) {
      return recorded.get().missingParts();
    }
    return required() ? Arrays.asList(DpiaRecord.Part.values()) : List.of();
  }

  /**
   * {@return whether the supervisory authority must be consulted before the processing starts (Art.
   * 36): the controller decided so, or high risk remains, and no consultation is recorded}
   */
  public boolean priorConsultationPending() {
    return recorded.flatMap(DpiaRecord::decision).map(d -> d.outcome() == DpiaRecord.Outcome.CONSULT_AUTHORITY).orElse(false)
        && recorded.flatMap(DpiaRecord::priorConsultation).isEmpty();
  }

  /** {@return where the activity's DPIA stands: not required, not started, incomplete, awaiting prior consultation or complete} */
  public DpiaStatus status() {
    if (recorded.isEmpty()) {
      return required() ? DpiaStatus.NOT_STARTED : DpiaStatus.NOT_REQUIRED;
    }
    if (!missingParts().isEmpty()) {
      return DpiaStatus.INCOMPLETE;
    }
    return priorConsultationPending() ? DpiaStatus.AWAITING_PRIOR_CONSULTATION : DpiaStatus.COMPLETE;
  }
}

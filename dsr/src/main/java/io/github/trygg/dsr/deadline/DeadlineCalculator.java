package io.github.trygg.dsr.deadline;

import io.github.trygg.core.CitationKind;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.VerificationStatus;
import io.github.trygg.dsr.Reason;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The one place deadlines of data-subject requests are computed.
 *
 * <ol>
 *   <li>The receipt instant is read as a date in the controller's zone; that day is not counted
 *       (Reg. 1182/71 Art. 3(1)).
 *   <li>One month ends on the same date in the next month, or on the last day of that month when it
 *       has no such date (Art. 3(2)(c)): 31 January gives 28 or 29 February. Never "30 days".
 *   <li>Closed pauses add their whole days.
 *   <li>A date that is not a working day moves to the next working day (Art. 3(4)).
 *   <li>An extension must be notified by the initial due date (GDPR Art. 12(3)); the extended date
 *       is three months from the original receipt date, not two months from the first due date.
 * </ol>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DeadlineCalculator {
  static final LegalReference REG_1182_71_ART_3_1 =
      LegalReference.of("Reg. (EEC, Euratom) 1182/71 Art. 3(1)", CitationKind.STATUTE, VerificationStatus.SECONDARY, "https://blog.eprivacy.eu/?p=1491");
  static final LegalReference REG_1182_71_ART_3_2_C =
      LegalReference.of("Reg. (EEC, Euratom) 1182/71 Art. 3(2)(c); GDPR Art. 12(3)", CitationKind.STATUTE, VerificationStatus.SECONDARY, "https://blog.eprivacy.eu/?p=1491");
  static final LegalReference GDPR_12_3 =
      LegalReference.of("GDPR Art. 12(3)", CitationKind.STATUTE, VerificationStatus.VERIFIED, "https://dataprotection.ie/en/individuals/know-your-rights/how-long-will-it-take");
  // Read together: three months from receipt (an interpretation, hence unverified).
  static final LegalReference EXTENSION_FROM_ORIGINAL =
      LegalReference.of("GDPR Art. 12(3); Reg. (EEC, Euratom) 1182/71 Art. 3(2)(c)", CitationKind.STATUTE,
          VerificationStatus.UNVERIFIED);
  // Supervisory practice accepts a pause while identity is established.
  static final LegalReference PAUSE =
      LegalReference.of("GDPR Art. 12(6)", CitationKind.DECISION,
          VerificationStatus.SECONDARY);

  private final WorkingDayCalendar calendar;
  private final PausePolicy pausePolicy;

  /**
   * Makes a calculator on this working-day calendar and pause policy.
   *
   * @param calendar the working-day calendar
   * @param pausePolicy when the clock may stop
   * @return the calculator
   */
  public static DeadlineCalculator of(WorkingDayCalendar calendar, PausePolicy pausePolicy) {
    return new DeadlineCalculator(calendar, pausePolicy);
  }

  private DeadlineCalculator(WorkingDayCalendar calendar, PausePolicy pausePolicy) {
    this.calendar = calendar;
    this.pausePolicy = pausePolicy;
  }

  /** {@return the working-day calendar due dates are rolled on} */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** {@return when the clock may stop} */
  public PausePolicy pausePolicy() {
    return pausePolicy;
  }

  /**
   * The deadline of a request received at {@code receivedAt}.
   *
   * @param receivedAt the instant of receipt
   * @return the deadline: one month from receipt, rolled to a working day
   */
  public Deadline initial(Instant receivedAt) {
    return compute(receivedAt.atZone(calendar.zone()).toLocalDate(), List.of(), Optional.empty());
  }

  /**
   * The deadline of a request received on {@code received} (a date in the controller's zone).
   *
   * @param received the day of receipt in the controller's zone
   * @return the deadline: one month from receipt, rolled to a working day
   */
  public Deadline initial(LocalDate received) {
    return compute(received, List.of(), Optional.empty());
  }

  /**
   * Extends by two further months. Allowed once, and only when the notice to the requester is sent
   * no later than the initial due date.
   *
   * @param deadline the deadline as it stands
   * @param reasonCode why, as a code; never free text
   * @param noticeSentOn the day the requester was told
   * @return the deadline after the change
   */
  public Deadline extend(Deadline deadline, String reasonCode, LocalDate noticeSentOn) {
    if (deadline.isExtended()) {
      throw new DeadlineException("dsr.deadline.extension-once", "the request has already been extended");
    }
    if (noticeSentOn.isAfter(deadline.extensionNoticeBy())) {
      throw new DeadlineException(
          "dsr.deadline.extension-after-due",
          "an extension must be notified by " + deadline.extensionNoticeBy() + " (the first due date); notice on " + noticeSentOn + " is too late");
    }
    if (noticeSentOn.isBefore(deadline.received())) {
      throw new DeadlineException("dsr.deadline.extension-before-receipt", "an extension notice cannot precede receipt");
    }
    if (reasonCode.isBlank()) {
      throw new DeadlineException("dsr.deadline.extension-reason", "an extension needs a reason");
    }
    return compute(deadline.received(), deadline.pauses(), Optional.of(new Extension(reasonCode, noticeSentOn)));
  }

  /**
   * Stops the clock from {@code from}; the policy must allow it and no pause may be open.
   *
   * @param deadline the deadline as it stands
   * @param from the first day of the pause
   * @param reasonCode why, as a code; never free text
   * @return the deadline after the change
   */
  public Deadline pause(Deadline deadline, LocalDate from, String reasonCode) {
    if (pausePolicy == PausePolicy.NEVER) {
      throw new DeadlineException("dsr.deadline.pause-not-allowed", "the controller's policy does not pause the clock");
    }
    if (deadline.isPaused()) {
      throw new DeadlineException("dsr.deadline.pause-open", "a pause is already open");
    }
    if (from.isBefore(deadline.received())) {
      throw new DeadlineException("dsr.deadline.pause-before-receipt", "a pause cannot start before receipt");
    }
    List<Pause> pauses = new ArrayList<>(deadline.pauses());
    pauses.add(new Pause(from, Optional.empty(), reasonCode));
    return compute(deadline.received(), pauses, deadline.extension());
  }

  /**
   * Restarts the clock on {@code on}; the whole days paused move the due dates.
   *
   * @param deadline the deadline as it stands
   * @param on the day the clock restarts
   * @return the deadline after the change
   */
  public Deadline resume(Deadline deadline, LocalDate on) {
    if (!deadline.isPaused()) {
      throw new DeadlineException("dsr.deadline.no-open-pause", "no pause is open");
    }
    List<Pause> pauses = new ArrayList<>(deadline.pauses());
    Pause open = pauses.remove(pauses.size() - 1);
    if (on.isBefore(open.from())) {
      throw new DeadlineException("dsr.deadline.resume-before-pause", "the clock cannot restart before it stopped");
    }
    pauses.add(new Pause(open.from(), Optional.of(on), open.reasonCode()));
    return compute(deadline.received(), pauses, deadline.extension());
  }

  /**
   * The rules that produced {@code deadline}, in order, in three languages. Recomputed from the
   * deadline's inputs, so a stored deadline is explained by the calendar in force.
   *
   * @param deadline the deadline as it stands
   * @return each step with its provision, in order
   */
  public List<Reason> explain(Deadline deadline) {
    List<Reason> trace = new ArrayList<>();
    compute(deadline.received(), deadline.pauses(), deadline.extension(), trace);
    return trace;
  }

  private Deadline compute(LocalDate received, List<Pause> pauses, Optional<Extension> extension) {
    return compute(received, pauses, extension, new ArrayList<>());
  }

  private Deadline compute(LocalDate received, List<Pause> pauses, Optional<Extension> extension, List<Reason> trace) {
    trace.add(new Reason("dsr.deadline.receipt", REG_1182_71_ART_3_1, new LocalizedText(
        "Mottagen " + received + " (" + calendar.zone() + "); mottagningsdagen räknas inte.",
        "Mottatt " + received + " (" + calendar.zone() + "); mottaksdagen telles ikke.",
        "Received on " + received + " (" + calendar.zone() + "); the day of receipt is not counted.")));
    LocalDate oneMonth = received.plusMonths(1);
    trace.add(new Reason("dsr.deadline.one-month", REG_1182_71_ART_3_2_C, monthText(received, oneMonth, 1)));
    long paused = pauses.stream().mapToLong(Pause::days).sum();
    LocalDate initialBase = oneMonth.plusDays(paused);
    LocalDate extendedBase = received.plusMonths(3).plusDays(paused);
    if (paused > 0) {
      trace.add(new Reason("dsr.deadline.pause", PAUSE, new LocalizedText(
          "Klockan stod still " + paused + " dagar; fristerna flyttas lika mycket.",
          "Klokken stod stille i " + paused + " dager; fristene flyttes like mye.",
          "The clock stood still for " + paused + " days; the due dates move by as much.")));
    }
    LocalDate initialDue = roll(initialBase, trace);
    LocalDate extendedDue;
    if (extension.isPresent()) {
      trace.add(new Reason("dsr.deadline.extension", EXTENSION_FROM_ORIGINAL, monthText(received, received.plusMonths(3), 3)));
      extendedDue = roll(extendedBase, trace);
      trace.add(new Reason("dsr.deadline.extension-notice", GDPR_12_3, new LocalizedText(
          "Förlängningen meddelades " + extension.get().noticeSentOn() + ", senast " + initialDue + ".",
          "Forlengelsen ble varslet " + extension.get().noticeSentOn() + ", senest " + initialDue + ".",
          "The extension was notified on " + extension.get().noticeSentOn() + ", no later than " + initialDue + ".")));
    } else {
      extendedDue = calendar.onOrNextWorkingDay(extendedBase);
    }
    return new Deadline(received, initialDue, initialDue, extendedDue, extension, pauses);
  }

  private LocalDate roll(LocalDate date, List<Reason> trace) {
    LocalDate rolled = calendar.onOrNextWorkingDay(date);
    if (!rolled.equals(date)) {
      String why = calendar.holiday(date).map(h -> h.name().en()).orElse(weekday(date));
      String sv = calendar.holiday(date).map(h -> h.name().sv()).orElse(weekdaySv(date));
      String nb = calendar.holiday(date).map(h -> h.name().nb()).orElse(weekdayNb(date));
      trace.add(new Reason("dsr.deadline.working-day", calendar.reference(), new LocalizedText(
          date + " är inte en arbetsdag (" + sv + "); fristen går ut " + rolled + ".",
          date + " er ikke en virkedag (" + nb + "); fristen løper ut " + rolled + ".",
          date + " is not a working day (" + why + "); the period ends on " + rolled + ".")));
    }
    return rolled;
  }

  private static LocalizedText monthText(LocalDate from, LocalDate to, int months) {
    boolean clamped = to.getDayOfMonth() != from.getDayOfMonth();
    String en = months + (months == 1 ? " month" : " months") + " from " + from + " ends on " + to
        + (clamped ? ", the last day of that month, which has no day " + from.getDayOfMonth() : ", the same date") + ".";
    String sv = months + " månad" + (months == 1 ? "" : "er") + " från " + from + " löper ut " + to
        + (clamped ? ", sista dagen i månaden, som saknar dag " + from.getDayOfMonth() : ", samma datum") + ".";
    String nb = months + " måned" + (months == 1 ? "" : "er") + " fra " + from + " løper ut " + to
        + (clamped ? ", siste dag i måneden, som ikke har dag " + from.getDayOfMonth() : ", samme dato") + ".";
    return new LocalizedText(sv, nb, en);
  }

  private static String weekday(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY ? "Saturday" : d.getDayOfWeek() == DayOfWeek.SUNDAY ? "Sunday" : "weekend";
  }

  private static String weekdaySv(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY ? "lördag" : d.getDayOfWeek() == DayOfWeek.SUNDAY ? "söndag" : "helg";
  }

  private static String weekdayNb(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY ? "lørdag" : d.getDayOfWeek() == DayOfWeek.SUNDAY ? "søndag" : "helg";
  }
}

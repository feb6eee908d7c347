package io.github.trygg.dsr.request;

import java.util.Objects;
import static io.github.trygg.dsr.request.RequestStatus.*;
import static io.github.trygg.dsr.request.TaskStatus.ACKNOWLEDGED;
import static io.github.trygg.dsr.request.TaskStatus.DONE;
import static io.github.trygg.dsr.request.TaskStatus.FAILED;
import static io.github.trygg.dsr.request.TaskStatus.NO_DATA;
import static io.github.trygg.dsr.request.TaskStatus.PENDING;
import static io.github.trygg.dsr.request.TaskStatus.SENT;
import static io.github.trygg.dsr.request.TaskStatus.SKIPPED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The two-level state machine. A request moves RECEIVED → (AWAITING_IDENTITY) → VERIFIED →
 * ASSESSING → APPROVED → IN_PROGRESS → COMPILING → AWAITING_SIGNOFF → (SECONDARY) → RESPONDED →
 * CLOSED, with side exits to REJECTED, DUPLICATE, WITHDRAWN, CANCELLED and ON_HOLD; a task moves
 * PENDING → SENT → ACKNOWLEDGED → IN_PROGRESS → DONE | NO_DATA | FAILED | SKIPPED | CANCELLED, and a
 * failed task may be retried. Anything else is refused.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Lifecycle {
  private static final Map<RequestStatus, Set<RequestStatus>> REQUEST = new EnumMap<>(RequestStatus.class);
  private static final Map<TaskStatus, Set<TaskStatus>> TASK = new EnumMap<>(TaskStatus.class);
  private static final Set<RequestStatus> HOLDABLE = EnumSet.of(ASSESSING, APPROVED, IN_PROGRESS, COMPILING);

  static {
    r(RECEIVED, AWAITING_IDENTITY, VERIFIED, DUPLICATE, REJECTED, WITHDRAWN, CANCELLED);
    r(AWAITING_IDENTITY, VERIFIED, IDENTITY_FAILED, WITHDRAWN, CANCELLED);
    r(IDENTITY_FAILED, AWAITING_IDENTITY, REJECTED, WITHDRAWN, CANCELLED);
    r(VERIFIED, ASSESSING, WITHDRAWN, CANCELLED);
    r(ASSESSING, APPROVED, REJECTED, ON_HOLD, WITHDRAWN, CANCELLED);
    r(APPROVED, IN_PROGRESS, ON_HOLD, WITHDRAWN, CANCELLED);
    r(IN_PROGRESS, COMPILING, ON_HOLD, WITHDRAWN, CANCELLED);
    // Back to IN_PROGRESS: a task is reprocessed from where it failed.
    r(COMPILING, AWAITING_SIGNOFF, IN_PROGRESS, ON_HOLD, WITHDRAWN, CANCELLED);
    r(AWAITING_SIGNOFF, RESPONDED, SECONDARY, COMPILING, CANCELLED);
    r(SECONDARY, RESPONDED, CANCELLED);
    // Resumes to the status it was held from (checked with heldFrom).
    r(ON_HOLD, ASSESSING, APPROVED, IN_PROGRESS, COMPILING, WITHDRAWN, CANCELLED);
    r(RESPONDED, CLOSED);
    r(REJECTED, CLOSED);
    // A duplicate may be reopened, but only through identity verification again.
    r(DUPLICATE, AWAITING_IDENTITY, CLOSED);
    r(WITHDRAWN, CLOSED);
    r(CANCELLED, CLOSED);
    r(CLOSED);

    // FAILED straight from PENDING: the connector could not deliver the task at all.
    t(PENDING, SENT, FAILED, SKIPPED, TaskStatus.CANCELLED);
    t(SENT, ACKNOWLEDGED, TaskStatus.IN_PROGRESS, DONE, NO_DATA, FAILED, TaskStatus.CANCELLED);
    t(ACKNOWLEDGED, TaskStatus.IN_PROGRESS, DONE, NO_DATA, FAILED, TaskStatus.CANCELLED);
    t(TaskStatus.IN_PROGRESS, DONE, NO_DATA, FAILED, TaskStatus.CANCELLED);
    t(FAILED, PENDING, TaskStatus.CANCELLED);
    t(DONE);
    t(NO_DATA);
    t(SKIPPED);
    t(TaskStatus.CANCELLED);
  }

  private Lifecycle() {}

  /**
   * The statuses a request may move to from {@code from}.
   *
   * @param from a request status
   * @return the statuses it may move to; empty for a terminal one
   */
  public static Set<RequestStatus> next(RequestStatus from) {
    return Objects.requireNonNull(REQUEST.get(from));
  }

  /**
   * The statuses a task may move to from {@code from}.
   *
   * @param from a task status
   * @return the statuses it may move to; empty for a terminal one
   */
  public static Set<TaskStatus> next(TaskStatus from) {
    return Objects.requireNonNull(TASK.get(from));
  }

  /**
   * Statuses a request can be put on hold from.
   *
   * @param from the status it is in
   * @return whether a request in that status may be put on hold
   */
  public static boolean canHold(RequestStatus from) {
    return HOLDABLE.contains(from);
  }

  /**
   * Throws unless a request may go from {@code from} to {@code to}.
   *
   * @param from the status it is in
   * @param to the status asked for
   */
  public static void check(RequestStatus from, RequestStatus to) {
    if (!next(from).contains(to)) {
      throw new IllegalTransitionException("request", from, to, "dsr.request.transition",
          from.isTerminal() ? "the request is closed" : "allowed next are " + next(from));
    }
  }

  /**
   * Throws unless a task may go from {@code from} to {@code to}.
   *
   * @param from the status it is in
   * @param to the status asked for
   */
  public static void check(TaskStatus from, TaskStatus to) {
    if (!next(from).contains(to)) {
      throw new IllegalTransitionException("task", from, to, "dsr.task.transition",
          from.isTerminal() ? "the task is finished" : "allowed next are " + next(from));
    }
  }

  private static void r(RequestStatus from, RequestStatus... to) {
    Set<RequestStatus> s = EnumSet.noneOf(RequestStatus.class);
    Collections.addAll(s, to);
    REQUEST.put(from, Collections.unmodifiableSet(s));
  }

  private static void t(TaskStatus from, TaskStatus... to) {
    Set<TaskStatus> s = EnumSet.noneOf(TaskStatus.class);
    Collections.addAll(s, to);
    TASK.put(from, Collections.unmodifiableSet(s));
  }
}

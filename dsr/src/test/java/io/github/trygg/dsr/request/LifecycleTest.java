package io.github.trygg.dsr.request;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  /** Every pair of statuses: allowed pairs pass, every other pair throws a typed error. */
  @Test
  void everyIllegalRequestTransitionIsRefused() {
    int refused = 0;
    for (RequestStatus from : RequestStatus.values()) {
      for (RequestStatus to : RequestStatus.values()) {
        if (Lifecycle.next(from).contains(to)) {
          assertDoesNotThrow(() -> Lifecycle.check(from, to));
        } else {
          IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> Lifecycle.check(from, to));
          assertEquals("dsr.request.transition", e.ruleId());
          assertEquals(from.name(), e.from());
          assertEquals(to.name(), e.to());
          refused++;
        }
      }
    }
    assertTrue(refused > 200, "refused " + refused);
  }

  @Test
  void everyIllegalTaskTransitionIsRefused() {
    for (TaskStatus from : TaskStatus.values()) {
      for (TaskStatus to : TaskStatus.values()) {
        if (Lifecycle.next(from).contains(to)) {
          assertDoesNotThrow(() -> Lifecycle.check(from, to));
        } else {
          assertEquals("dsr.task.transition", assertThrows(IllegalTransitionException.class, () -> Lifecycle.check(from, to)).ruleId());
        }
      }
    }
  }

  @Test
  void theHappyPathIsAllowed() {
    RequestStatus[] path = {RequestStatus.RECEIVED, RequestStatus.AWAITING_IDENTITY, RequestStatus.VERIFIED, RequestStatus.ASSESSING,
        RequestStatus.APPROVED, RequestStatus.IN_PROGRESS, RequestStatus.COMPILING, RequestStatus.AWAITING_SIGNOFF,
        RequestStatus.SECONDARY, RequestStatus.RESPONDED, RequestStatus.CLOSED};
    for (int i = 1; i < path.length; i++) {
      Lifecycle.check(path[i - 1], path[i]);
    }
    TaskStatus[] task = {TaskStatus.PENDING, TaskStatus.SENT, TaskStatus.ACKNOWLEDGED, TaskStatus.IN_PROGRESS, TaskStatus.FAILED,
        TaskStatus.PENDING, TaskStatus.SENT, TaskStatus.DONE};
    for (int i = 1; i < task.length; i++) {
      Lifecycle.check(task[i - 1], task[i]);
    }
  }

  @Test
  void specificRefusals() {
    // A duplicate is never approved directly; it goes back through identity verification.
    assertThrows(IllegalTransitionException.class, () -> Lifecycle.check(RequestStatus.DUPLICATE, RequestStatus.APPROVED));
    assertThrows(IllegalTransitionException.class, () -> Lifecycle.check(RequestStatus.DUPLICATE, RequestStatus.VERIFIED));
    // Nothing leaves CLOSED; no skipping identity from a failed check.
    assertTrue(Lifecycle.next(RequestStatus.CLOSED).isEmpty());
    assertThrows(IllegalTransitionException.class, () -> Lifecycle.check(RequestStatus.IDENTITY_FAILED, RequestStatus.VERIFIED));
    // A finished task stays finished.
    assertThrows(IllegalTransitionException.class, () -> Lifecycle.check(TaskStatus.DONE, TaskStatus.PENDING));
    assertFalse(Lifecycle.canHold(RequestStatus.RECEIVED));
    assertTrue(Lifecycle.canHold(RequestStatus.IN_PROGRESS));
  }

  /** Every status can reach CLOSED, and every non-closed status has a way forward. */
  @Test
  void closedIsReachableFromEverywhere() {
    for (RequestStatus start : RequestStatus.values()) {
      Set<RequestStatus> seen = EnumSet.of(start);
      ArrayDeque<RequestStatus> queue = new ArrayDeque<>(Set.of(start));
      while (!queue.isEmpty()) {
        for (RequestStatus n : Lifecycle.next(queue.poll())) {
          if (seen.add(n)) {
            queue.add(n);
          }
        }
      }
      assertTrue(seen.contains(RequestStatus.CLOSED), start + " cannot reach CLOSED");
    }
  }

  @Test
  void outcomesFitTheirRights() {
    assertTrue(TaskOutcome.RESTRICTED_INSTEAD_ARCHIVE_LAW.fits(RequestType.ERASURE));
    assertFalse(TaskOutcome.ERASED.fits(RequestType.ACCESS));
    assertTrue(TaskOutcome.REFUSED.needsLegalGround());
    assertFalse(TaskOutcome.FULFILLED.needsLegalGround());
    assertTrue(RequestType.ERASURE.notifiesRecipients());
    assertFalse(RequestType.ACCESS.notifiesRecipients());
  }

  @Test
  void identifiersNeverPrint() {
    assertEquals("SubjectIdentifier[se-personnummer]", new SubjectIdentifier("se-personnummer", "191212121212").toString());
  }
}

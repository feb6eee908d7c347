package io.github.trygg.spring.boot.internal;

import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.store.DsrStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How many requests and tasks are open, and how many of them are past their request's deadline,
 * counted from the store and reused for {@code trygg.dsr.count-interval} so that health checks and
 * meter scrapes do not each read every request. A request is open until it is finished (responded,
 * rejected, withdrawn, cancelled, duplicate, closed); a task is open while its request is open and
 * it has not reached a final status (done, no data, skipped, cancelled). Overdue: today, in the
 * desk's time zone, is after the request's due date.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DsrCensus {
  private final DsrStore store;
  private final ZoneId zone;
  private final Clock clock;
  private final Duration interval;
  private @Nullable Counts last;

  public DsrCensus(DsrStore store, ZoneId zone, Clock clock, Duration interval) {
    this.store = store;
    this.zone = zone;
    this.clock = clock;
    this.interval = interval;
  }

  /** The counts, at most {@code interval} old; throws what the store throws when it cannot be read. */
  public synchronized Counts counts() {
    Instant now = clock.instant();
    Counts c = last;
    if (c != null && !interval.isZero() && c.at().plus(interval).isAfter(now)) {
      return c;
    }
    c = count(now);
    last = c;
    return c;
  }

  /** The counts, or empty when the store cannot be read (the health check says why). */
  public Optional<Counts> countsIfReadable() {
    try {
      return Optional.of(counts());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private Counts count(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    long requestsOpen = 0;
    long requestsOverdue = 0;
    long tasksOpen = 0;
    long tasksOverdue = 0;
    Optional<LocalDate> oldestDue = Optional.empty();
    for (DataSubjectRequest r : store.requests()) {
      if (r.status().isFinished()) {
        continue;
      }
      requestsOpen++;
      boolean overdue = r.deadline().isOverdue(today);
      if (overdue) {
        requestsOverdue++;
        LocalDate due = r.deadline().due();
        oldestDue = oldestDue.filter(d -> d.isBefore(due)).or(() -> Optional.of(due));
      }
      for (SystemTask t : store.tasks(r.id())) {
        if (!t.status().isTerminal()) {
          tasksOpen++;
          if (overdue) {
            tasksOverdue++;
          }
        }
      }
    }
    return new Counts(requestsOpen, requestsOverdue, tasksOpen, tasksOverdue, oldestDue, now);
  }

  /** The counts at {@code at}; {@code oldestOverdueDue} is the earliest due date that has passed. */
  public record Counts(long requestsOpen, long requestsOverdue, long tasksOpen, long tasksOverdue, Optional<LocalDate> oldestOverdueDue, Instant at) {
    public boolean anyOverdue() {
      return requestsOverdue > 0 || tasksOverdue > 0;
    }
  }
}

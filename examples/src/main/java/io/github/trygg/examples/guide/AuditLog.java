package io.github.trygg.examples.guide;

import io.github.trygg.crypto.pseudonym.ReidentificationEvent;
import java.util.ArrayList;
import java.util.List;

/** The host's audit log, as the guides assume one: here a list in memory. */
public final class AuditLog {
  private final List<ReidentificationEvent> events = new ArrayList<>();

  public synchronized void append(ReidentificationEvent event) {
    events.add(event);
  }

  public synchronized List<ReidentificationEvent> events() {
    return List.copyOf(events);
  }
}

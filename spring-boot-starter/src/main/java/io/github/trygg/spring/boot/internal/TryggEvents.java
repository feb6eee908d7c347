package io.github.trygg.spring.boot.internal;

import io.github.trygg.core.message.Decision;
import io.github.trygg.crypto.record.RecordReport;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What the starter's entry points report as they work, for the meters. Every method is told
 * outcomes and counts only: no content, no identifier, no key.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public interface TryggEvents {
  /** The rules decided on a message (a check, or a send that reached a decision). */
  default void decided(Decision decision) {}

  /** A send the rules denied; nothing was sealed. */
  default void denied(Decision decision) {}

  /** A seal was attempted: {@code outcome} is {@code ok} or one of {@link Outcomes}' words. */
  default void sealed(String outcome) {}

  /** An open was attempted: {@code outcome} is {@code ok} or one of {@link Outcomes}' words. */
  default void opened(String outcome) {}

  /** A record pseudonymisation run finished. */
  default void pseudonymised(RecordReport report) {}

  /** Reports to each of {@code sinks}, in order. */
  static TryggEvents to(List<? extends TryggEvents> sinks) {
    List<TryggEvents> all = List.copyOf(sinks);
    if (all.size() == 1) {
      return all.get(0);
    }
    return new TryggEvents() {
      @Override
      public void decided(Decision decision) {
        all.forEach(s -> s.decided(decision));
      }

      @Override
      public void denied(Decision decision) {
        all.forEach(s -> s.denied(decision));
      }

      @Override
      public void sealed(String outcome) {
        all.forEach(s -> s.sealed(outcome));
      }

      @Override
      public void opened(String outcome) {
        all.forEach(s -> s.opened(outcome));
      }

      @Override
      public void pseudonymised(RecordReport report) {
        all.forEach(s -> s.pseudonymised(report));
      }
    };
  }
}

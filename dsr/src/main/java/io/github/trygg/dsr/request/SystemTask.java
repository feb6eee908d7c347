package io.github.trygg.dsr.request;

import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.DsrChannel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One system's (or recipient's) part of a request for one right: where it goes and through whom,
 * its status and outcome. {@link #version()} guards against two nodes advancing the same task.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class SystemTask {
  /** {@return the task's id, unique in the store} */
  public abstract String id();

  /** {@return the stored version, 1 when created; the store refuses a write made from a stale one} */
  public abstract long version();

  /** {@return the id of the request the task belongs to} */
  public abstract String requestId();

  /** {@return the register id of the system; for a recipient notice, the system whose data went to it} */
  public abstract String systemId();

  /** {@return the right the task carries out for its system: access, erasure, rectification …} */
  public abstract RequestType right();

  /** {@return whether the task fulfils the right in the system or notifies a recipient of it (Art. 19); fulfilment by default} */
  @Value.Default
  public TaskKind kind() {
    return TaskKind.FULFIL;
  }

  /** {@return for a recipient notice, the recipient as the register names it} */
  public abstract Optional<String> recipient();

  /** {@return how the task reaches the system: an API, a webhook, e-mail, a service-desk ticket or by hand} */
  public abstract DsrChannel channel();

  /** {@return where the task is sent: a URL, mailbox, queue or the role that acts by hand} */
  public abstract String address();

  /** {@return the processor the task goes through (Art. 28(3)(e)); sub-processors are reached through it} */
  public abstract Optional<String> viaProcessor();

  /** {@return the sub-processors that hold the data and must act on the processor's instruction} */
  public abstract List<String> subProcessors();

  /** {@return whether the records are public records, which turns erasure into restriction} */
  @Value.Default
  public ArchiveStatus archiveStatus() {
    return ArchiveStatus.NOT_PUBLIC_RECORDS;
  }

  /** {@return where the task stands} */
  public abstract TaskStatus status();

  /** {@return what the system did, once it has answered} */
  public abstract Optional<TaskOutcome> outcome();

  /** {@return the id of the legal ground for a refusal, a partial result or an archive-law restriction} */
  public abstract Optional<String> legalGround();

  /** {@return the connector's reference (ticket number, API job id)} */
  public abstract Optional<String> externalRef();

  /** {@return how many times it was sent} */
  @Value.Default
  public int attempts() {
    return 0;
  }

  /** {@return when the task last changed} */
  public abstract Instant updatedAt();

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    if (version() < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    if ((kind() == TaskKind.NOTIFY_RECIPIENT) != recipient().isPresent()) {
      throw new IllegalArgumentException("a recipient is named exactly for recipient notices");
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SystemTask}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableSystemTask.Builder {}
}

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
  public abstract String id();

  public abstract long version();

  public abstract String requestId();

  /** The register id of the system; for a recipient notice, the system whose data went to it. */
  public abstract String systemId();

  public abstract RequestType right();

  @Value.Default
  public TaskKind kind() {
    return TaskKind.FULFIL;
  }

  /** For a recipient notice: the recipient as the register names it. */
  public abstract Optional<String> recipient();

  public abstract DsrChannel channel();

  /** URL, mailbox, queue or the role that acts by hand. */
  public abstract String address();

  /** The processor the task goes through (Art. 28(3)(e)); sub-processors are reached through it. */
  public abstract Optional<String> viaProcessor();

  /** Sub-processors that hold the data and must act on the processor's instruction. */
  public abstract List<String> subProcessors();

  /** Whether the records are public records, which turns erasure into restriction. */
  @Value.Default
  public ArchiveStatus archiveStatus() {
    return ArchiveStatus.NOT_PUBLIC_RECORDS;
  }

  public abstract TaskStatus status();

  public abstract Optional<TaskOutcome> outcome();

  /** The id of the legal ground for a refusal, a partial result or an archive-law restriction. */
  public abstract Optional<String> legalGround();

  /** The connector's reference (ticket number, API job id). */
  public abstract Optional<String> externalRef();

  /** How many times it was sent. */
  @Value.Default
  public int attempts() {
    return 0;
  }

  public abstract Instant updatedAt();

  @Value.Check
  protected void check() {
    if (version() < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    if ((kind() == TaskKind.NOTIFY_RECIPIENT) != recipient().isPresent()) {
      throw new IllegalArgumentException("a recipient is named exactly for recipient notices");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableSystemTask.Builder {}
}

package io.github.trygg.dsr.request;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.dsr.deadline.Deadline;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A request from or for a data subject, as stored: its rights, who asks, the subject's category and
 * identifiers, how identity was established, its status and its deadline. {@link #version()} counts
 * stored writes; a store refuses a write made from a stale version. {@link #toString()} never shows
 * the identifiers.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class DataSubjectRequest {
  public abstract String id();

  /** 1 when created; each stored change adds one. */
  public abstract long version();

  public abstract Jurisdiction jurisdiction();

  public abstract Set<RequestType> types();

  public abstract Requester requester();

  /** The register's data-subject category, for example {@code care-recipient} or {@code child}. */
  public abstract String subjectCategory();

  /**
   * The subject's identifiers, kept until the request is closed so a failed task can be retried;
   * cleared on closing.
   */
  @Value.Redacted
  public abstract List<SubjectIdentifier> identifiers();

  /** The keyed pseudonym the audit log and duplicate detection use. */
  public abstract String subjectRef();

  public abstract Instant receivedAt();

  public abstract Optional<IdentityCheck> identity();

  public abstract RequestStatus status();

  /** While ON_HOLD: the status to resume to. */
  public abstract Optional<RequestStatus> heldFrom();

  public abstract Deadline deadline();

  /** For a DUPLICATE: the open request it repeats. */
  public abstract Optional<String> duplicateOf();

  /** For a REJECTED request: the id of the legal ground in the grounds catalogue. */
  public abstract Optional<String> rejectionGround();

  /** When the status last changed. */
  public abstract Instant updatedAt();

  @Value.Check
  protected void check() {
    if (types().isEmpty()) {
      throw new IllegalArgumentException("a request asks for at least one right");
    }
    if (version() < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    if ((status() == RequestStatus.ON_HOLD) != heldFrom().isPresent()) {
      throw new IllegalArgumentException("heldFrom is set exactly while ON_HOLD");
    }
  }

  /** The identity check passed. */
  public final boolean identityVerified() {
    return identity().map(IdentityCheck::passed).orElse(false);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableDataSubjectRequest.Builder {}
}

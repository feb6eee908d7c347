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
  /** {@return the request's id, unique in the store} */
  public abstract String id();

  /** {@return the stored version: 1 when created; each stored change adds one} */
  public abstract long version();

  /** {@return whose law the request is handled under: deadlines, legal grounds and consent ages follow it} */
  public abstract Jurisdiction jurisdiction();

  /** {@return the rights asked for, at least one} */
  public abstract Set<RequestType> types();

  /** {@return who made the request: the subject, a guardian or a representative} */
  public abstract Requester requester();

  /** {@return the register's data-subject category, for example {@code care-recipient} or {@code child}} */
  public abstract String subjectCategory();

  /**
   * {@return the subject's identifiers, kept until the request is closed so a failed task can be
   * retried; cleared on closing}
   */
  @Value.Redacted
  public abstract List<SubjectIdentifier> identifiers();

  /** {@return the keyed pseudonym the audit log and duplicate detection use} */
  public abstract String subjectRef();

  /** {@return when the request was received: the deadline runs from this instant in the controller's zone} */
  public abstract Instant receivedAt();

  /** {@return how the requester's identity was established, once it has been} */
  public abstract Optional<IdentityCheck> identity();

  /** {@return where the request stands in its lifecycle} */
  public abstract RequestStatus status();

  /** {@return while {@code ON_HOLD}, the status to resume to} */
  public abstract Optional<RequestStatus> heldFrom();

  /** {@return when the answer is due, with any extension and pauses} */
  public abstract Deadline deadline();

  /** {@return for a {@code DUPLICATE}, the id of the open request it repeats} */
  public abstract Optional<String> duplicateOf();

  /** {@return for a {@code REJECTED} request, the id of the legal ground in the grounds catalogue} */
  public abstract Optional<String> rejectionGround();

  /** {@return when the status last changed} */
  public abstract Instant updatedAt();

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
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

  /** {@return whether the identity check passed} */
  public final boolean identityVerified() {
    return identity().map(IdentityCheck::passed).orElse(false);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataSubjectRequest}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableDataSubjectRequest.Builder {}
}

package io.github.trygg.dsr.connector;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.request.TaskKind;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The receiving side of {@link WebhookConnector}, for a system or vendor that takes
 * data-subject-rights tasks from a controller: checks the delivery's signature and timestamp, then
 * reads the {@code trygg-dsr-task/1} body. Nothing is read from a delivery whose signature does not
 * hold.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WebhookReceiver {
  private static final String[] ROOT = {"format", "task", "answerBy", "subject"};
  private static final String[] TASK = {"id", "requestId", "systemId", "right", "kind", "recipient", "viaProcessor", "subProcessors", "archiveStatus"};

  private final WebhookSignature signature;
  private final Clock clock;
  private final Duration tolerance;

  private WebhookReceiver(Clock clock, Duration tolerance, WebhookSignature signature) {
    this.signature = signature;
    this.clock = clock;
    this.tolerance = tolerance;
  }

  /**
   * Checks deliveries under {@code keyId}'s versions in {@code keys}: the versions the controller
   * signs with, copied into the receiving system's own key file or key store. Every primary or
   * enabled version is accepted, so during a rotation the old and the new one both are.
   *
   * @param keys the key provider that holds the signing keys
   * @param keyId the key id in the key provider
   * @return the receiver
   * @throws IllegalArgumentException if the key id is malformed
   */
  public static WebhookReceiver of(KeyProvider keys, String keyId) {
    return new WebhookReceiver(Clock.systemUTC(), WebhookSignature.DEFAULT_TOLERANCE, WebhookSignature.of(keys, keyId));
  }

  /**
   * The same receiver with another clock and tolerance for the delivery's timestamp.
   *
   * @param clock the clock
   * @param tolerance how far the timestamp may lie from the clock, either way
   * @return the receiver
   */
  public WebhookReceiver withClock(Clock clock, Duration tolerance) {
    return new WebhookReceiver(clock, tolerance, signature);
  }

  /**
   * Checks a delivery's signature and timestamp, then reads the task from its body.
   *
   * @param headers the delivery's HTTP headers
   * @param body the delivery's body, as received
   * @return the task as ordered
   * @throws WebhookSignatureException when the delivery is not signed by the controller, or too old
   * @throws InvalidInputException when the body is not a task, with the JSON pointer of each problem
   */
  public ReceivedTask receive(Map<String, String> headers, byte[] body) {
    String deliveryId = signature.verify(headers, body, clock.instant(), tolerance);
    return read(deliveryId, body);
  }

  /** Reads a body whose signature the caller has checked. */
  static ReceivedTask read(String deliveryId, byte[] body) {
    Problems p = new Problems();
    SourceObject root = SourceReader.readObject("webhook body", new ByteArrayInputStream(body), Format.JSON);
    root.allowOnly(p, ROOT);
    String format = root.requireString("format", p);
    if (!format.isEmpty() && !format.equals(WebhookConnector.BODY_FORMAT)) {
      p.add("unknown-format", root.get("format").map(SourceNode::location).orElse(root.location()),
          "not a task this version reads", WebhookConnector.BODY_FORMAT);
    }
    SourceObject task = root.requireObject("task", p);
    task.allowOnly(p, TASK);
    String taskId = task.requireString("id", p);
    String requestId = task.requireString("requestId", p);
    String systemId = task.requireString("systemId", p);
    Optional<RequestType> right = task.requireEnum("right", RequestType.class, p);
    TaskKind kind = task.optionalEnum("kind", TaskKind.class, p).orElse(TaskKind.FULFIL);
    Optional<String> recipient = task.optionalString("recipient", p);
    Optional<String> via = task.optionalString("viaProcessor", p);
    List<String> subProcessors = task.strings("subProcessors", p);
    ArchiveStatus archive = task.optionalEnum("archiveStatus", ArchiveStatus.class, p).orElse(ArchiveStatus.NOT_PUBLIC_RECORDS);
    Optional<LocalDate> answerBy = root.optionalDate("answerBy", p);
    if (answerBy.isEmpty() && !root.has("answerBy")) {
      p.add("missing-property", root.location(), "the task has no answerBy date", "answerBy, a date such as 2026-03-31");
    }
    SourceObject subject = root.requireObject("subject", p);
    subject.allowOnly(p, "identifiers");
    List<SubjectIdentifier> identifiers = subject.list("identifiers", p, node -> SourceObject.asObject(node, p).flatMap(o -> {
      o.allowOnly(p, "type", "value");
      String type = o.requireString("type", p);
      String value = o.requireString("value", p);
      return type.isEmpty() || value.isEmpty() ? Optional.empty() : Optional.of(new SubjectIdentifier(type, value));
    }));
    if (identifiers.isEmpty() && p.isEmpty()) {
      p.add("missing-identifiers", subject.location(), "the task names no identifier to find the subject by", "at least one {type, value}");
    }
    p.throwIfAny();
    return new ReceivedTask(deliveryId, taskId, requestId, systemId, right.orElseThrow(), kind, recipient, via, subProcessors, archive,
        answerBy.orElseThrow(), identifiers);
  }
}

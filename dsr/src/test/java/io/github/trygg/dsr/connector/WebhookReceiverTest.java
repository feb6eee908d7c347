package io.github.trygg.dsr.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.dsr.TestKeys;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.request.TaskKind;
import io.github.trygg.dsr.request.TaskStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a receiving system does with a delivery: check it, then read the task. */
class WebhookReceiverTest {
  final String pnr = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1951, 11, 2), 215).canonical();
  final WebhookSignature signature = WebhookSignature.of(TestKeys.provider(), TestKeys.WEBHOOK);
  final Instant now = Instant.parse("2026-03-02T08:00:00Z");

  TaskOrder order() {
    SystemTask task = SystemTask.builder().id("t-9").version(1).requestId("r-4").systemId("journal").right(RequestType.RECTIFICATION)
        .kind(TaskKind.NOTIFY_RECIPIENT).recipient("Försäkringskassan").channel(DsrChannel.WEBHOOK).address("https://journal.example/dsr")
        .viaProcessor("journalia").archiveStatus(ArchiveStatus.DISPOSE_BY_RULE).status(TaskStatus.PENDING).updatedAt(now).build();
    return new TaskOrder(task, List.of(new SubjectIdentifier("se-personnummer", pnr), new SubjectIdentifier("email-ref", "k-771")), LocalDate.of(2026, 4, 2));
  }

  Map<String, String> signed(String id, byte[] body) {
    Map<String, String> h = new HashMap<>();
    h.put("webhook-id", id);
    h.put("webhook-timestamp", Long.toString(now.getEpochSecond()));
    h.put("webhook-signature", signature.sign(id, now.getEpochSecond(), body));
    return h;
  }

  WebhookReceiver receiver() {
    return WebhookReceiver.of(TestKeys.provider(), TestKeys.WEBHOOK).withClock(Clock.fixed(now.plusSeconds(30), ZoneOffset.UTC), Duration.ofMinutes(5));
  }

  @Test
  void readsBackEverythingTheConnectorSends() {
    byte[] body = WebhookConnector.body(order()).getBytes(StandardCharsets.UTF_8);
    ReceivedTask t = receiver().receive(signed("trygg_t-9_1", body), body);
    assertEquals(new ReceivedTask("trygg_t-9_1", "t-9", "r-4", "journal", RequestType.RECTIFICATION, TaskKind.NOTIFY_RECIPIENT,
        Optional.of("Försäkringskassan"), Optional.of("journalia"), List.of(), ArchiveStatus.DISPOSE_BY_RULE, LocalDate.of(2026, 4, 2), order().identifiers()), t);
    assertFalse(t.toString().contains(pnr), "identifiers stay out of logs");
  }

  @Test
  void readsNothingFromADeliveryThatIsNotSigned() {
    byte[] body = WebhookConnector.body(order()).getBytes(StandardCharsets.UTF_8);
    Map<String, String> forged = signed("trygg_t-9_1", body);
    KeyProvider otherKeys = KeyProvider.of(List.of(TestKeys.key(TestKeys.WEBHOOK, 1, KeyStatus.PRIMARY, 0x77)));
    WebhookReceiver other = WebhookReceiver.of(otherKeys, TestKeys.WEBHOOK).withClock(Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(5));
    assertThrows(WebhookSignatureException.class, () -> other.receive(forged, body));
    WebhookReceiver late = WebhookReceiver.of(TestKeys.provider(), TestKeys.WEBHOOK).withClock(Clock.fixed(now.plus(Duration.ofHours(1)), ZoneOffset.UTC), Duration.ofMinutes(5));
    assertEquals(WebhookSignatureException.Reason.TIMESTAMP_OUT_OF_RANGE, assertThrows(WebhookSignatureException.class, () -> late.receive(forged, body)).reason());
    // A body that is not even JSON is never parsed when unsigned.
    byte[] junk = "not json".getBytes(StandardCharsets.UTF_8);
    assertThrows(WebhookSignatureException.class, () -> receiver().receive(signed("x", "{}".getBytes(StandardCharsets.UTF_8)), junk));
  }

  @Test
  void aSignedBodyThatIsNotATaskIsRejectedWithEveryProblemAndItsPointer() {
    String text = """
        {"format": "trygg-dsr-task/1",
         "task": {"id": "t-1", "requestId": "r-1", "right": "forget-me", "colour": "red"},
         "subject": {"identifiers": [{"type": "se-personnummer"}]}}
        """;
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> receiver().receive(signed("d", body), body));
    List<String> pointers = e.problems().stream().map(p -> p.location().pointer()).collect(Collectors.toList());
    // An unknown value or property at its own pointer; a missing one at the object that lacks it.
    assertTrue(pointers.containsAll(List.of("/task", "/task/right", "/task/colour", "/subject/identifiers/0", "")), pointers.toString());
    for (String named : List.of("systemId", "colour", "value", "answerBy")) {
      assertTrue(e.getMessage().contains(named), named + " not named in " + e.getMessage());
    }
    // Names are structure and are named; values came from another system and are not repeated.
    assertTrue(!e.getMessage().contains("forget-me"), e.getMessage());
    assertTrue(e.problems().stream().allMatch(p -> p.location().line() > 0), "each problem has its line");
    byte[] future = "{\"format\": \"trygg-dsr-task/9\", \"task\": {}, \"answerBy\": \"2026-04-02\", \"subject\": {}}".getBytes(StandardCharsets.UTF_8);
    InvalidInputException f = assertThrows(InvalidInputException.class, () -> receiver().receive(signed("d", future), future));
    assertTrue(f.problems().stream().map(Problem::code).anyMatch("unknown-format"::equals), f.getMessage());
  }

  @Test
  void aTaskWithoutIdentifiersCannotBeActedOn() {
    String text = """
        {"format": "trygg-dsr-task/1", "answerBy": "2026-04-02",
         "task": {"id": "t-1", "requestId": "r-1", "systemId": "journal", "right": "access"},
         "subject": {"identifiers": []}}
        """;
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> receiver().receive(signed("d", body), body));
    assertEquals("missing-identifiers", e.problems().get(0).code());
  }
}

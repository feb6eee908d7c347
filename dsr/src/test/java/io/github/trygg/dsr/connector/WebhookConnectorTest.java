package io.github.trygg.dsr.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.crypto.pseudonym.KeyExport;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.dsr.TestKeys;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.request.TaskStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on the loopback interface, checking what arrives as a receiving system would. */
class WebhookConnectorTest {
  /** Generated here, so no real person's number is in the sources. */
  final String pnr = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1938, 7, 14), 571).canonical();
  /** The controller's keys; a receiving system running Trygg holds the same versions of its key id. */
  final KeyProvider keys = TestKeys.provider();
  final WebhookSignature signature = WebhookSignature.of(keys, TestKeys.WEBHOOK);
  final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
  HttpServer server;
  final ConcurrentLinkedQueue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
  volatile IntSupplier answer = () -> 202;

  record Delivery(String method, Map<String, String> headers, byte[] body) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hooks/dsr", exchange -> {
      Map<String, String> headers = new HashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
      deliveries.add(new Delivery(exchange.getRequestMethod(), headers, exchange.getRequestBody().readAllBytes()));
      int status = answer.getAsInt();
      if (status == 201) {
        exchange.getResponseHeaders().add("Location", "https://system.example/jobs/77");
      }
      if (status == 429) {
        exchange.getResponseHeaders().add("Retry-After", "120");
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/dsr";
  }

  TaskOrder order(String address, int attempts) {
    SystemTask task = SystemTask.builder().id("t-7").version(2).requestId("r-3").systemId("medicin").right(RequestType.ERASURE)
        .channel(DsrChannel.WEBHOOK).address(address).viaProcessor("medidos").addSubProcessors("moln-ab")
        .archiveStatus(ArchiveStatus.PRESERVE).status(TaskStatus.PENDING).attempts(attempts).updatedAt(Instant.parse("2026-03-02T08:00:00Z")).build();
    return new TaskOrder(task, List.of(new SubjectIdentifier("se-personnummer", pnr)), LocalDate.of(2026, 3, 31));
  }

  WebhookConnector.Builder connector() {
    return WebhookConnector.builder().keys(keys).systemKey("medicin", TestKeys.WEBHOOK).allowLoopbackHttp().retries(3, Duration.ofMillis(100)).sleeper(pauses::add);
  }

  @Test
  void deliversASignedOrderThatTheReceiverCanCheck() {
    Submission s = connector().build().submit(order(url(), 0));
    assertEquals(TaskStatus.SENT, s.status());
    assertEquals("webhook:trygg_t-7_1", s.externalRef().orElseThrow());
    assertEquals(1, deliveries.size());
    Delivery d = deliveries.peek();
    assertEquals("POST", d.method());
    assertTrue(d.headers().get("content-type").startsWith("application/json"));
    // What a receiving system does: check the signature with its copy of the key.
    assertEquals("trygg_t-7_1", signature.verify(d.headers(), d.body(), Instant.now()));
    ReceivedTask received = WebhookReceiver.of(keys, TestKeys.WEBHOOK).receive(d.headers(), d.body());
    assertEquals(List.of(new SubjectIdentifier("se-personnummer", pnr)), received.identifiers());
    assertEquals(List.of("t-7", "r-3", "medicin", "medidos"), List.of(received.taskId(), received.requestId(), received.systemId(), received.viaProcessor().orElseThrow()));
    assertEquals(LocalDate.of(2026, 3, 31), received.answerBy());
    String json = new String(d.body(), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"format\" : \"trygg-dsr-task/1\""), json);
    assertTrue(json.contains("\"right\" : \"erasure\""), json);
    assertTrue(json.contains("\"archiveStatus\" : \"preserve\""), json);
    assertTrue(json.contains("\"viaProcessor\" : \"medidos\""), json);
    assertTrue(json.contains("\"subProcessors\" : [ \"moln-ab\" ]"), json);
    assertTrue(json.contains("\"answerBy\" : \"2026-03-31\""), json);
    assertTrue(json.contains("\"value\" : \"" + pnr + "\""), "the system needs the identifier to find the subject");
    assertEquals(List.of(), pauses);
  }

  @Test
  void takesTheReceiversReferenceWhenItGivesOne() {
    answer = () -> 201;
    assertEquals("https://system.example/jobs/77", connector().build().submit(order(url(), 0)).externalRef().orElseThrow());
  }

  @Test
  void retriesAServerErrorUnderTheSameDeliveryIdWithFreshSignatures() {
    int[] calls = {0};
    answer = () -> ++calls[0] < 3 ? 503 : 202;
    Submission s = connector().build().submit(order(url(), 1));
    assertEquals(TaskStatus.SENT, s.status());
    assertEquals(3, deliveries.size());
    assertEquals(1, deliveries.stream().map(d -> d.headers().get("webhook-id")).distinct().count());
    assertEquals("trygg_t-7_2", deliveries.peek().headers().get("webhook-id"), "the second delivery of the task");
    deliveries.forEach(d -> signature.verify(d.headers(), d.body(), Instant.now()));
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), pauses, "the pause doubles");
  }

  @Test
  void honoursRetryAfterWithinLimits() {
    int[] calls = {0};
    answer = () -> ++calls[0] < 2 ? 429 : 202;
    WebhookConnector c = WebhookConnector.builder().keys(keys).systemKey("medicin", TestKeys.WEBHOOK).allowLoopbackHttp().retries(2, Duration.ofSeconds(5)).sleeper(pauses::add).build();
    assertEquals(TaskStatus.SENT, c.submit(order(url(), 0)).status());
    assertEquals(List.of(Duration.ofSeconds(120)), pauses);
  }

  @Test
  void aRefusalFailsAtOnceAndExhaustedRetriesFail() {
    answer = () -> 400;
    assertEquals(TaskStatus.FAILED, connector().build().submit(order(url(), 0)).status());
    assertEquals(1, deliveries.size(), "a 4xx is not retried");
    deliveries.clear();
    answer = () -> 500;
    assertEquals(TaskStatus.FAILED, connector().build().submit(order(url(), 0)).status());
    assertEquals(3, deliveries.size());
  }

  @Test
  void anUnreachableSystemFailsAfterItsAttempts() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    Submission s = connector().build().submit(order("http://127.0.0.1:" + closed + "/hooks/dsr", 0));
    assertEquals(TaskStatus.FAILED, s.status());
    assertEquals(2, pauses.size());
  }

  @Test
  void sendsIdentifiersOnlyOverHttps() {
    WebhookConnector strict = WebhookConnector.builder().keys(keys).systemKey("medicin", TestKeys.WEBHOOK).build();
    ConnectorException e = assertThrows(ConnectorException.class, () -> strict.submit(order(url(), 0)));
    assertTrue(e.getMessage().contains("must be an https URL"), e.getMessage());
    WebhookConnector local = connector().build();
    for (String address : List.of("http://medidos.example/hooks/dsr", "http://10.0.0.8/hooks", "ftp://127.0.0.1/x", "not a url", "https:///nohost")) {
      assertThrows(ConnectorException.class, () -> local.submit(order(address, 0)), address);
    }
    assertEquals(0, deliveries.size(), "nothing was sent");
  }

  @Test
  void refusesToSendUnsigned() {
    WebhookConnector other = WebhookConnector.builder().keys(keys).systemKey("journal", TestKeys.WEBHOOK).allowLoopbackHttp().build();
    ConnectorException e = assertThrows(ConnectorException.class, () -> other.submit(order(url(), 0)));
    assertTrue(e.getMessage().contains("'medicin'"), e.getMessage());
    assertEquals(0, deliveries.size());
    IllegalStateException none = assertThrows(IllegalStateException.class, () -> WebhookConnector.builder().build());
    assertTrue(none.getMessage().contains("keys(KeyProvider)") && none.getMessage().contains("systemKey(systemId, keyId)"), none.getMessage());
    // A default key covers systems without their own.
    assertEquals(TaskStatus.SENT,
        WebhookConnector.builder().keys(keys).defaultKey(TestKeys.WEBHOOK).allowLoopbackHttp().build().submit(order(url(), 0)).status());
  }

  @Test
  void noIdentifierOrSecretInTheOrdersText() {
    TaskOrder order = order(url(), 0);
    assertFalse(order.toString().contains(pnr));
    String whsec = signature.secret(new KeyRef(TestKeys.WEBHOOK, 1), KeyExport.permit("test"));
    assertFalse(connector().build().toString().contains(whsec.substring(6, 20)));
    assertFalse(signature.toString().contains(whsec.substring(6, 20)));
  }

  /**
   * The controller rotates the system's key: deliveries carry a signature under the new version and
   * one under the old, so a receiver not yet given the new version still accepts them, and one that
   * has only the new version does too. Once the old version is disabled, it signs nothing more.
   */
  @Test
  void aRotationNeedsNoFlagDay() {
    KeyProvider receiverBefore = KeyProvider.of(List.of(TestKeys.key("hook", 1, KeyStatus.PRIMARY, 0x61)));
    KeyProvider controllerRotated = KeyProvider.of(List.of(TestKeys.key("hook", 1, KeyStatus.ENABLED, 0x61), TestKeys.key("hook", 2, KeyStatus.PRIMARY, 0x62)));
    KeyProvider receiverAfter = KeyProvider.of(List.of(TestKeys.key("hook", 2, KeyStatus.PRIMARY, 0x62)));
    WebhookConnector.builder().keys(controllerRotated).systemKey("medicin", "hook").allowLoopbackHttp().build().submit(order(url(), 0));
    Delivery d = deliveries.poll();
    assertEquals(2, d.headers().get("webhook-signature").split(" ").length, d.headers().get("webhook-signature"));
    assertEquals("trygg_t-7_1", WebhookReceiver.of(receiverBefore, "hook").receive(d.headers(), d.body()).deliveryId());
    assertEquals("trygg_t-7_1", WebhookReceiver.of(receiverAfter, "hook").receive(d.headers(), d.body()).deliveryId());
    KeyProvider controllerDone = KeyProvider.of(List.of(TestKeys.key("hook", 1, KeyStatus.DISABLED, 0x61), TestKeys.key("hook", 2, KeyStatus.PRIMARY, 0x62)));
    WebhookConnector.builder().keys(controllerDone).systemKey("medicin", "hook").allowLoopbackHttp().build().submit(order(url(), 0));
    Delivery last = deliveries.poll();
    assertEquals(1, last.headers().get("webhook-signature").split(" ").length);
    assertEquals(WebhookSignatureException.Reason.NO_MATCHING_SIGNATURE,
        assertThrows(WebhookSignatureException.class, () -> WebhookReceiver.of(receiverBefore, "hook").receive(last.headers(), last.body())).reason());
  }
}

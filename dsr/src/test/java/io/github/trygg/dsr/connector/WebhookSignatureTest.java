package io.github.trygg.dsr.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.trygg.dsr.connector.WebhookSignatureException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  // The test vector published with the Standard Webhooks specification and its reference libraries.
  static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  static final long TIMESTAMP = 1614265330L;
  static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
  static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  static Map<String, String> headers(String signature) {
    Map<String, String> h = new HashMap<>();
    h.put("Webhook-Id", ID);
    h.put("Webhook-Timestamp", Long.toString(TIMESTAMP));
    h.put("Webhook-Signature", signature);
    return h;
  }

  @Test
  void signsThePublishedVector() {
    assertEquals(EXPECTED, WebhookSignature.sign(WebhookSecret.parse(SECRET), ID, TIMESTAMP, BODY));
    // The prefix is optional on input, as in the reference libraries.
    assertEquals(EXPECTED, WebhookSignature.sign(WebhookSecret.parse(SECRET.substring(6)), ID, TIMESTAMP, BODY));
  }

  @Test
  void verifiesThePublishedVectorAmongOtherSignatures() {
    Instant now = Instant.ofEpochSecond(TIMESTAMP + 60);
    assertEquals(ID, WebhookSignature.verify(headers(EXPECTED), BODY, now, WebhookSecret.parse(SECRET)));
    assertEquals(ID, WebhookSignature.verify(headers("v1,bm9wZQ== v2,xyz " + EXPECTED), BODY, now, WebhookSecret.parse(SECRET)));
    // During a rotation the receiver holds the old and the new secret.
    WebhookSecret other = WebhookSecret.generate(new SecureRandom());
    assertEquals(ID, WebhookSignature.verify(headers(EXPECTED), BODY, now, other, WebhookSecret.parse(SECRET)));
    // A server's header lookup ignores case, as HttpServletRequest.getHeader does.
    Map<String, String> lookup = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    lookup.putAll(headers(EXPECTED));
    assertEquals(ID, WebhookSignature.verify(lookup::get, BODY, now, WebhookSecret.parse(SECRET)));
  }

  @Test
  void rejectsAChangedBodyAWrongSecretAndAnOldOrFutureTimestamp() {
    Instant now = Instant.ofEpochSecond(TIMESTAMP);
    WebhookSecret secret = WebhookSecret.parse(SECRET);
    byte[] changed = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
    assertEquals(Reason.NO_MATCHING_SIGNATURE, assertThrows(WebhookSignatureException.class,
        () -> WebhookSignature.verify(headers(EXPECTED), changed, now, secret)).reason());
    assertEquals(Reason.NO_MATCHING_SIGNATURE, assertThrows(WebhookSignatureException.class,
        () -> WebhookSignature.verify(headers(EXPECTED), BODY, now, WebhookSecret.generate(new SecureRandom()))).reason());
    assertEquals(Reason.NO_MATCHING_SIGNATURE, assertThrows(WebhookSignatureException.class,
        () -> WebhookSignature.verify(headers("v1,not-base64!"), BODY, now, secret)).reason());
    assertEquals(Reason.TIMESTAMP_OUT_OF_RANGE, assertThrows(WebhookSignatureException.class,
        () -> WebhookSignature.verify(headers(EXPECTED), BODY, now.plus(Duration.ofMinutes(6)), secret)).reason());
    assertEquals(Reason.TIMESTAMP_OUT_OF_RANGE, assertThrows(WebhookSignatureException.class,
        () -> WebhookSignature.verify(headers(EXPECTED), BODY, now.minus(Duration.ofMinutes(6)), secret)).reason());
    assertEquals(ID, WebhookSignature.verify(headers(EXPECTED), BODY, now.plus(Duration.ofMinutes(6)), Duration.ofMinutes(10), secret));
  }

  @Test
  void rejectsMissingAndMalformedHeaders() {
    Instant now = Instant.ofEpochSecond(TIMESTAMP);
    WebhookSecret secret = WebhookSecret.parse(SECRET);
    Map<String, String> noId = headers(EXPECTED);
    noId.remove("Webhook-Id");
    assertEquals(Reason.MISSING_HEADER, assertThrows(WebhookSignatureException.class, () -> WebhookSignature.verify(noId, BODY, now, secret)).reason());
    Map<String, String> badTime = headers(EXPECTED);
    badTime.put("Webhook-Timestamp", "yesterday");
    assertEquals(Reason.MALFORMED_HEADER, assertThrows(WebhookSignatureException.class, () -> WebhookSignature.verify(badTime, BODY, now, secret)).reason());
  }

  @Test
  void secretsAreCheckedAndNeverShown() {
    WebhookSecret secret = WebhookSecret.parse(SECRET);
    assertEquals(SECRET, secret.encoded());
    assertFalse(secret.toString().contains("MfKQ"));
    assertThrows(IllegalArgumentException.class, () -> WebhookSecret.of(new byte[23]));
    assertThrows(IllegalArgumentException.class, () -> WebhookSecret.of(new byte[65]));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WebhookSecret.parse("whsec_%%%secret%%%"));
    assertFalse(e.getMessage().contains("secret%"), "the message does not repeat the input");
  }
}

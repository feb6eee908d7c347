package io.github.trygg.dsr.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.pseudonym.KeyException;
import io.github.trygg.crypto.pseudonym.KeyExport;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.crypto.pseudonym.MasterKey;
import io.github.trygg.dsr.TestKeys;
import io.github.trygg.dsr.connector.WebhookSignatureException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  // The test vector published with the Standard Webhooks specification and its reference libraries.
  static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  static final long TIMESTAMP = 1614265330L;
  static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
  static final String SPEC_EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  final WebhookSignature signature = WebhookSignature.of(TestKeys.provider(), TestKeys.WEBHOOK);

  /** The specification's signing, written out with the JDK's HMAC: what any receiving library does. */
  static String standardWebhooks(String whsec, String id, long timestamp, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(whsec.substring("whsec_".length())), "HmacSHA256"));
    mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
    return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
  }

  static Map<String, String> headers(String signature) {
    Map<String, String> h = new HashMap<>();
    h.put("Webhook-Id", ID);
    h.put("Webhook-Timestamp", Long.toString(TIMESTAMP));
    h.put("Webhook-Signature", signature);
    return h;
  }

  @Test
  void theReferenceSigningReproducesThePublishedVector() throws Exception {
    assertEquals(SPEC_EXPECTED, standardWebhooks(SPEC_SECRET, ID, TIMESTAMP, BODY));
  }

  @Test
  void aReceiverOutsideTryggChecksOurSignatureWithTheExportedSecret() throws Exception {
    String whsec = signature.secret(new KeyRef(TestKeys.WEBHOOK, 1), KeyExport.permit("set up the medication system"));
    assertTrue(whsec.startsWith("whsec_") && Base64.getDecoder().decode(whsec.substring(6)).length == 32, "32 bytes, as Standard Webhooks expects");
    assertEquals(standardWebhooks(whsec, ID, TIMESTAMP, BODY), signature.sign(ID, TIMESTAMP, BODY));
  }

  @Test
  void verifiesOurSignatureAmongOtherSignatures() {
    Instant now = Instant.ofEpochSecond(TIMESTAMP + 60);
    String signed = signature.sign(ID, TIMESTAMP, BODY);
    assertEquals(ID, signature.verify(headers(signed), BODY, now));
    assertEquals(ID, signature.verify(headers("v1,bm9wZQ== v2,xyz " + signed), BODY, now));
    // A server's header lookup ignores case, as HttpServletRequest.getHeader does.
    Map<String, String> lookup = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    lookup.putAll(headers(signed));
    assertEquals(ID, signature.verify(lookup::get, BODY, now));
  }

  @Test
  void signsWithEveryReadableVersionAndVerifiesUnderAny() throws Exception {
    KeyProvider rotated = KeyProvider.of(List.of(TestKeys.key("hook", 1, KeyStatus.ENABLED, 1), TestKeys.key("hook", 2, KeyStatus.PRIMARY, 2),
        MasterKey.destroyed(new KeyRef("hook", 3))));
    WebhookSignature both = WebhookSignature.of(rotated, "hook");
    String v1 = both.secret(new KeyRef("hook", 1), KeyExport.permit("test"));
    String v2 = both.secret(new KeyRef("hook", 2), KeyExport.permit("test"));
    assertEquals(standardWebhooks(v2, ID, TIMESTAMP, BODY) + " " + standardWebhooks(v1, ID, TIMESTAMP, BODY), both.sign(ID, TIMESTAMP, BODY),
        "the primary's signature first");
    Instant now = Instant.ofEpochSecond(TIMESTAMP);
    assertEquals(ID, both.verify(headers(standardWebhooks(v1, ID, TIMESTAMP, BODY)), BODY, now));
    assertEquals(ID, both.verify(headers(standardWebhooks(v2, ID, TIMESTAMP, BODY)), BODY, now));
    assertEquals(KeyException.Reason.DESTROYED,
        assertThrows(KeyException.class, () -> both.secret(new KeyRef("hook", 3), KeyExport.permit("test"))).reason());
  }

  @Test
  void rejectsAChangedBodyAnotherKeyAndAnOldOrFutureTimestamp() {
    Instant now = Instant.ofEpochSecond(TIMESTAMP);
    String signed = signature.sign(ID, TIMESTAMP, BODY);
    byte[] changed = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
    assertEquals(Reason.NO_MATCHING_SIGNATURE, assertThrows(WebhookSignatureException.class,
        () -> signature.verify(headers(signed), changed, now)).reason());
    WebhookSignature other = WebhookSignature.of(TestKeys.provider(), TestKeys.OTHER);
    assertEquals(Reason.NO_MATCHING_SIGNATURE, assertThrows(WebhookSignatureException.class,
        () -> other.verify(headers(signed), BODY, now)).reason());
    assertEquals(Reason.NO_MATCHING_SIGNATURE, assertThrows(WebhookSignatureException.class,
        () -> signature.verify(headers(SPEC_EXPECTED), BODY, now)).reason());
    assertEquals(Reason.NO_MATCHING_SIGNATURE, assertThrows(WebhookSignatureException.class,
        () -> signature.verify(headers("v1,not-base64!"), BODY, now)).reason());
    assertEquals(Reason.TIMESTAMP_OUT_OF_RANGE, assertThrows(WebhookSignatureException.class,
        () -> signature.verify(headers(signed), BODY, now.plus(Duration.ofMinutes(6)))).reason());
    assertEquals(Reason.TIMESTAMP_OUT_OF_RANGE, assertThrows(WebhookSignatureException.class,
        () -> signature.verify(headers(signed), BODY, now.minus(Duration.ofMinutes(6)))).reason());
    assertEquals(ID, signature.verify(headers(signed), BODY, now.plus(Duration.ofMinutes(6)), Duration.ofMinutes(10)));
  }

  @Test
  void rejectsMissingAndMalformedHeaders() {
    Instant now = Instant.ofEpochSecond(TIMESTAMP);
    String signed = signature.sign(ID, TIMESTAMP, BODY);
    Map<String, String> noId = headers(signed);
    noId.remove("Webhook-Id");
    assertEquals(Reason.MISSING_HEADER, assertThrows(WebhookSignatureException.class, () -> signature.verify(noId, BODY, now)).reason());
    Map<String, String> badTime = headers(signed);
    badTime.put("Webhook-Timestamp", "yesterday");
    assertEquals(Reason.MALFORMED_HEADER, assertThrows(WebhookSignatureException.class, () -> signature.verify(badTime, BODY, now)).reason());
  }

  @Test
  void keysAreNeverShown() {
    String whsec = signature.secret(new KeyRef(TestKeys.WEBHOOK, 1), KeyExport.permit("test"));
    assertEquals("WebhookSignature[webhook-medicin]", signature.toString());
    String signed = signature.sign(ID, TIMESTAMP, BODY);
    WebhookSignatureException e = assertThrows(WebhookSignatureException.class,
        () -> signature.verify(headers(signed), "{}".getBytes(StandardCharsets.UTF_8), Instant.ofEpochSecond(TIMESTAMP)));
    assertFalse(e.getMessage().contains(whsec.substring(6, 20)) || e.getMessage().contains(signed.substring(3, 20)), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> WebhookSignature.of(TestKeys.provider(), "no spaces"));
  }
}

package io.github.trygg.dsr.connector;

import io.github.trygg.dsr.connector.WebhookSignatureException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import javax.crypto.Mac;
import org.apiguardian.api.API;

/**
 * Signing and checking webhook deliveries as the Standard Webhooks specification defines them, so
 * a receiving system can use any library that implements it: headers {@code webhook-id}, {@code
 * webhook-timestamp} (Unix seconds) and {@code webhook-signature} ({@code v1,<base64>}, several
 * separated by spaces during a key rotation), the signature being HMAC-SHA-256 over {@code
 * <id>.<timestamp>.<body>}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WebhookSignature {
  public static final String ID = "webhook-id";
  public static final String TIMESTAMP = "webhook-timestamp";
  public static final String SIGNATURE = "webhook-signature";
  /** How far a delivery's timestamp may lie from the receiver's clock, against replays. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private WebhookSignature() {}

  /** The {@code webhook-signature} value for one delivery. */
  public static String sign(WebhookSecret secret, String id, long timestamp, byte[] body) {
    return "v1," + Base64.getEncoder().encodeToString(mac(secret, id, timestamp, body));
  }

  /**
   * Checks a delivery against one or more secrets (the current one and, during a rotation, the
   * previous one). Header names are matched without regard to case.
   *
   * @return the delivery's {@code webhook-id}, which stays the same across retries: use it to
   *     ignore a task delivered twice
   * @throws WebhookSignatureException with the reason; the message names no secret or content
   */
  public static String verify(Map<String, String> headers, byte[] body, Instant now, Duration tolerance, WebhookSecret... secrets) {
    Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    String id = header(h, ID);
    String ts = header(h, TIMESTAMP);
    String signatures = header(h, SIGNATURE);
    long timestamp;
    try {
      timestamp = Long.parseLong(ts.trim());
    } catch (NumberFormatException e) {
      throw new WebhookSignatureException(Reason.MALFORMED_HEADER, TIMESTAMP + " is not a number of seconds");
    }
    long skew = Math.abs(now.getEpochSecond() - timestamp);
    if (skew > tolerance.toSeconds()) {
      throw new WebhookSignatureException(Reason.TIMESTAMP_OUT_OF_RANGE,
          TIMESTAMP + " is " + skew + " s away from now; at most " + tolerance.toSeconds() + " s is accepted");
    }
    for (WebhookSecret secret : secrets) {
      byte[] expected = mac(secret, id, timestamp, body);
      for (String candidate : signatures.trim().split(" +")) {
        Optional<byte[]> given = decodeV1(candidate);
        // Constant-time comparison, so timing tells an attacker nothing about a near match.
        if (given.isPresent() && MessageDigest.isEqual(expected, given.get())) {
          return id;
        }
      }
    }
    throw new WebhookSignatureException(Reason.NO_MATCHING_SIGNATURE, "no " + SIGNATURE + " matches the body under the given secrets");
  }

  /** {@link #verify(Map, byte[], Instant, Duration, WebhookSecret...)} with the default tolerance. */
  public static String verify(Map<String, String> headers, byte[] body, Instant now, WebhookSecret... secrets) {
    return verify(headers, body, now, DEFAULT_TOLERANCE, secrets);
  }

  /** For servers whose headers come as a lookup (e.g. {@code HttpServletRequest::getHeader}). */
  public static String verify(Function<String, String> header, byte[] body, Instant now, WebhookSecret... secrets) {
    Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : new String[] {ID, TIMESTAMP, SIGNATURE}) {
      String value = header.apply(name);
      if (value != null) {
        h.put(name, value);
      }
    }
    return verify(h, body, now, DEFAULT_TOLERANCE, secrets);
  }

  private static String header(Map<String, String> headers, String name) {
    String value = headers.get(name);
    if (value == null || value.isBlank()) {
      throw new WebhookSignatureException(Reason.MISSING_HEADER, "the delivery has no " + name + " header");
    }
    return value;
  }

  private static Optional<byte[]> decodeV1(String candidate) {
    if (!candidate.startsWith("v1,")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Base64.getDecoder().decode(candidate.substring(3)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static byte[] mac(WebhookSecret secret, String id, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret.key());
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }
}

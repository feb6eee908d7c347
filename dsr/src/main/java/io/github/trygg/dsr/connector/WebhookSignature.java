package io.github.trygg.dsr.connector;

import io.github.trygg.crypto.pseudonym.KeyException;
import io.github.trygg.crypto.pseudonym.KeyExport;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.MessageMac;
import io.github.trygg.dsr.connector.WebhookSignatureException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Signing and checking webhook deliveries as the Standard Webhooks specification defines them, so
 * a receiving system can use any library that implements it: headers {@code webhook-id}, {@code
 * webhook-timestamp} (Unix seconds) and {@code webhook-signature} ({@code v1,<base64>}, several
 * separated by spaces), the signature being HMAC-SHA-256 over {@code <id>.<timestamp>.<body>}.
 *
 * <p>The key is not a secret of its own: it comes from a {@code trygg-crypto} {@link KeyProvider},
 * one key id per receiving system, derived for the domain {@value #DOMAIN} from each version of it
 * ({@link MessageMac}). A delivery carries one signature per primary or enabled version, the
 * primary's first, and is accepted when any of them verifies under any of the receiver's primary
 * or enabled versions. So a rotation needs no flag day: rotate, hand the receiver the new version,
 * then disable or destroy the old one on both sides. A receiving system outside Trygg is given the
 * {@code whsec_…} text of a version with {@link #secret}; one running Trygg ({@link
 * WebhookReceiver}) holds the same master key versions in its own key file or key store.
 *
 * <pre>{@code
 * WebhookSignature signature = WebhookSignature.of(KeyFileProvider.open(keyFile), "webhook-journal");
 * String header = signature.sign(deliveryId, timestamp, body);
 * String whsec = signature.secret(new KeyRef("webhook-journal", 1), KeyExport.permit("set up the journal system"));
 * }</pre>
 *
 * <p>Thread-safe; the provider is asked for the versions on every call.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WebhookSignature {
  /** The header with the delivery's id, the same on every retry. */
  public static final String ID = "webhook-id";
  /** The header with the delivery's time, in seconds since the epoch. */
  public static final String TIMESTAMP = "webhook-timestamp";
  /** The header with the signatures, {@code v1,<base64>} separated by spaces. */
  public static final String SIGNATURE = "webhook-signature";
  /** How far a delivery's timestamp may lie from the receiver's clock, against replays. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
  /** The domain webhook keys are derived for. */
  public static final String DOMAIN = "dsr.webhook";
  private static final String SECRET_PREFIX = "whsec_";

  private final MessageMac mac;

  private WebhookSignature(MessageMac mac) {
    this.mac = mac;
  }

  /**
   * Signatures under {@code keyId}'s versions in {@code keys}.
   *
   * @param keys the key provider that holds the signing keys
   * @param keyId the key id in the key provider
   * @return the signer and verifier
   * @throws IllegalArgumentException if the key id is malformed
   */
  public static WebhookSignature of(KeyProvider keys, String keyId) {
    return new WebhookSignature(MessageMac.of(keys, keyId, DOMAIN));
  }

  /** {@return the key id whose versions sign and verify} */
  public String keyId() {
    return mac.keyId();
  }

  /**
   * The {@code webhook-signature} value for one delivery: {@code v1,<base64>} per primary or
   * enabled version, the primary's first, separated by spaces.
   *
   * @param id the delivery's {@code webhook-id}, the same on every retry
   * @param timestamp the {@code webhook-timestamp}: seconds since the epoch
   * @param body the delivery's body, as received
   * @return the header value
   * @throws KeyException if the key id is unknown or has no readable version
   */
  public String sign(String id, long timestamp, byte[] body) {
    List<KeyRef> versions = mac.readable();
    if (versions.isEmpty()) {
      throw new KeyException(KeyException.Reason.NO_PRIMARY, mac.keyId());
    }
    byte[] message = message(id, timestamp, body);
    List<String> signatures = new ArrayList<>(versions.size());
    for (KeyRef version : versions) {
      signatures.add("v1," + Base64.getEncoder().encodeToString(mac.tag(version, message)));
    }
    return String.join(" ", signatures);
  }

  /**
   * Checks a delivery under every primary or enabled version. Header names are matched without
   * regard to case.
   *
   * @param headers the delivery's HTTP headers
   * @param body the delivery's body, as received
   * @param now the receiver's current time
   * @param tolerance how far the timestamp may lie from the clock, either way
   * @return the delivery's {@code webhook-id}, which stays the same across retries: use it to
   *     ignore a task delivered twice
   * @throws WebhookSignatureException with the reason; the message names no key or content
   */
  public String verify(Map<String, String> headers, byte[] body, Instant now, Duration tolerance) {
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
    byte[] message = message(id, timestamp, body);
    for (String candidate : signatures.trim().split(" +")) {
      Optional<byte[]> given = decodeV1(candidate);
      // MessageMac compares in constant time, so timing tells an attacker nothing about a near match.
      if (given.isPresent() && mac.verify(message, given.get()).isPresent()) {
        return id;
      }
    }
    throw new WebhookSignatureException(Reason.NO_MATCHING_SIGNATURE, "no " + SIGNATURE + " matches the body under key '" + mac.keyId() + "'");
  }

  /**
   * {@link #verify(Map, byte[], Instant, Duration)} with the default tolerance.
   *
   * @param headers the delivery's HTTP headers
   * @param body the delivery's body, as received
   * @param now the receiver's current time
   * @return the delivery's {@code webhook-id}, the same across retries
   */
  public String verify(Map<String, String> headers, byte[] body, Instant now) {
    return verify(headers, body, now, DEFAULT_TOLERANCE);
  }

  /**
   * For servers whose headers come as a lookup (e.g. {@code HttpServletRequest::getHeader}).
   *
   * @param header a lookup of a header by name, returning {@code null} when absent
   * @param body the delivery's body, as received
   * @param now the receiver's current time
   * @return the delivery's {@code webhook-id}, the same across retries
   */
  public String verify(Function<String, String> header, byte[] body, Instant now) {
    Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : new String[] {ID, TIMESTAMP, SIGNATURE}) {
      String value = header.apply(name);
      if (value != null) {
        h.put(name, value);
      }
    }
    return verify(h, body, now, DEFAULT_TOLERANCE);
  }

  /**
   * The Standard Webhooks secret of one version, {@code whsec_<base64 of 32 bytes>}, for a receiving
   * system that checks signatures with its own library. It is the version's derived key, not the
   * master key; the export is logged with the permit's reason. Handle it as a password.
   *
   * @param version the key version whose secret is exported
   * @param permit the capability to export, with its reason
   * @return {@code whsec_} and the base64 of the version's derived 32-byte key
   * @throws KeyException if the version is unknown, disabled or destroyed
   */
  public String secret(KeyRef version, KeyExport permit) {
    byte[] key = mac.export(version, permit);
    try {
      return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static byte[] message(String id, long timestamp, byte[] body) {
    byte[] head = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
    byte[] message = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, message, head.length, body.length);
    return message;
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

  @Override
  public String toString() {
    return "WebhookSignature[" + mac.keyId() + "]";
  }
}

package io.github.trygg.dsr.connector;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * The key a sender and a receiving system share to sign and check webhook deliveries, in the
 * Standard Webhooks form {@code whsec_<base64 of 24–64 random bytes>}. Never shown: {@link
 * #toString()} names no key material, and only {@link #encoded()} gives the text to hand over.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WebhookSecret {
  private static final String PREFIX = "whsec_";
  static final int MIN_BYTES = 24;
  static final int MAX_BYTES = 64;

  private final SecretKeySpec key;

  private WebhookSecret(byte[] bytes) {
    this.key = new SecretKeySpec(bytes, "HmacSHA256");
    Arrays.fill(bytes, (byte) 0);
  }

  /** Reads {@code whsec_<base64>} (the prefix may be left out). */
  public static WebhookSecret parse(String text) {
    String b64 = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(b64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a webhook secret is 'whsec_' followed by standard base64");
    }
    return of(bytes);
  }

  /** From raw key bytes, which are copied. */
  public static WebhookSecret of(byte[] key) {
    if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
      throw new IllegalArgumentException("a webhook secret has " + MIN_BYTES + " to " + MAX_BYTES + " bytes, not " + key.length);
    }
    return new WebhookSecret(Arrays.copyOf(key, key.length));
  }

  /** A fresh 32-byte secret, to give a receiving system once. */
  public static WebhookSecret generate(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return new WebhookSecret(bytes);
  }

  /** The {@code whsec_…} text to configure on the receiving side. Handle it as a password. */
  public String encoded() {
    return PREFIX + Base64.getEncoder().encodeToString(key.getEncoded());
  }

  SecretKeySpec key() {
    return key;
  }

  @Override
  public String toString() {
    return "WebhookSecret[hidden]";
  }
}

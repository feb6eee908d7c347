package io.github.trygg.dsr.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * HMAC-SHA-256 with a host key (the JDK's implementation), truncated to 128 bits, with the key id
 * in the output so pseudonyms made under different keys are never confused:
 * {@code p1.<keyId>.<base64url>}. The key is copied and never shown.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HmacPseudonymiser implements SubjectPseudonymiser {
  private static final String ALGORITHM = "HmacSHA256";

  private final String keyId;
  private final SecretKeySpec key;

  /**
   * @param keyId a short label of the key and its version, such as {@code dsr-2026}; letters,
   *     digits and '-' only
   * @param key at least 32 bytes from the host's key management
   */
  public static HmacPseudonymiser of(String keyId, byte[] key) {
    return new HmacPseudonymiser(keyId, key);
  }

  private HmacPseudonymiser(String keyId, byte[] key) {
    if (!keyId.matches("[A-Za-z0-9-]{1,32}")) {
      throw new IllegalArgumentException("a key id is 1–32 letters, digits or '-'");
    }
    if (key.length < 32) {
      throw new IllegalArgumentException("an HMAC key for pseudonyms needs at least 32 bytes");
    }
    this.keyId = keyId;
    byte[] copy = Arrays.copyOf(key, key.length);
    this.key = new SecretKeySpec(copy, ALGORITHM);
    Arrays.fill(copy, (byte) 0);
  }

  public String keyId() {
    return keyId;
  }

  @Override
  public String pseudonym(String identifierType, String canonicalValue) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      // The type is part of the input: the same digits as a device id and as an identity number
      // are different subjects' identifiers.
      mac.update(identifierType.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      byte[] tag = mac.doFinal(canonicalValue.getBytes(StandardCharsets.UTF_8));
      return "p1." + keyId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(tag, 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available in this JDK", e);
    }
  }

  @Override
  public String toString() {
    return "HmacPseudonymiser[" + keyId + "]";
  }
}

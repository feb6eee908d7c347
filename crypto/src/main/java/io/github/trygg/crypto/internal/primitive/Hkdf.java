package io.github.trygg.crypto.internal.primitive;

import java.io.ByteArrayOutputStream;
import org.apiguardian.api.API;

/** HKDF with HMAC-SHA-256, RFC 5869: extract a pseudorandom key, then expand it into any length. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Hkdf {
  private static final int MAX_LENGTH = 255 * HmacSha256.LENGTH;

  private Hkdf() {}

  /** RFC 5869 §2.2. An empty salt is HashLen zeros, as the RFC prescribes for a missing one. */
  public static byte[] extract(byte[] salt, byte[] inputKeyMaterial) {
    return new HmacSha256(salt).mac(inputKeyMaterial);
  }

  /** RFC 5869 §2.3: T(1) | T(2) | … truncated to {@code length} bytes. */
  public static byte[] expand(byte[] pseudorandomKey, byte[] info, int length) {
    if (length < 0 || length > MAX_LENGTH) {
      throw new IllegalArgumentException("HKDF-SHA-256 output is 0 to " + MAX_LENGTH + " bytes");
    }
    HmacSha256 prf = new HmacSha256(pseudorandomKey);
    ByteArrayOutputStream out = new ByteArrayOutputStream(length + HmacSha256.LENGTH);
    byte[] previous = new byte[0];
    for (int i = 1; out.size() < length; i++) {
      previous = prf.mac(previous, info, new byte[] {(byte) i});
      out.write(previous, 0, previous.length);
    }
    byte[] all = out.toByteArray();
    byte[] result = java.util.Arrays.copyOf(all, length);
    java.util.Arrays.fill(all, (byte) 0);
    return result;
  }

  public static byte[] derive(byte[] salt, byte[] inputKeyMaterial, byte[] info, int length) {
    byte[] prk = extract(salt, inputKeyMaterial);
    try {
      return expand(prk, info, length);
    } finally {
      java.util.Arrays.fill(prk, (byte) 0);
    }
  }
}

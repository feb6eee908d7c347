package io.github.trygg.crypto.internal.primitive;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * HMAC-SHA-256 with a fixed key, safe to share between threads: each thread keeps its own
 * initialised {@link Mac}, so a call costs one HMAC and nothing else.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class HmacSha256 {
  public static final int LENGTH = 32;
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;

  public HmacSha256(byte[] key) {
    // An empty HMAC key is the same function as a block of zeros; the JCA refuses empty keys.
    this.key = new SecretKeySpec(key.length == 0 ? new byte[LENGTH] : key, ALGORITHM);
    this.macs = ThreadLocal.withInitial(this::newMac);
    newMac(); // fail now, not on first use, if the platform lacks the algorithm
  }

  public byte[] mac(byte[] data) {
    return macs.get().doFinal(data);
  }

  public byte[] mac(byte[] data, int offset, int length) {
    Mac mac = macs.get();
    mac.update(data, offset, length);
    return mac.doFinal();
  }

  /** The MAC of several parts, each fed in order, as if concatenated. */
  public byte[] mac(byte[]... parts) {
    Mac mac = macs.get();
    for (byte[] part : parts) {
      mac.update(part);
    }
    return mac.doFinal();
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("HMAC-SHA-256 refused the key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the platform has no HMAC-SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "HmacSha256[key hidden]";
  }
}

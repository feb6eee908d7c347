package io.github.trygg.crypto.internal.primitive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * HMAC-SHA-256 (RFC 2104) with a fixed key, on the JDK's SHA-256. The digest states after the inner
 * and the outer padded key are computed once and copied for every MAC, so a MAC of a short value
 * costs two SHA-256 blocks instead of four. Safe to share between threads: the two states are only
 * ever copied, never changed.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class HmacSha256 {
  public static final int LENGTH = 32;
  private static final int BLOCK = 64;

  private final MessageDigest inner;
  private final MessageDigest outer;

  public HmacSha256(byte[] key) {
    MessageDigest sha = sha256();
    byte[] k = Arrays.copyOf(key.length > BLOCK ? sha.digest(key) : key, BLOCK);
    byte[] pad = new byte[BLOCK];
    for (int i = 0; i < BLOCK; i++) {
      pad[i] = (byte) (k[i] ^ 0x36);
    }
    this.inner = sha256();
    inner.update(pad);
    for (int i = 0; i < BLOCK; i++) {
      pad[i] = (byte) (k[i] ^ 0x5c);
    }
    this.outer = sha256();
    outer.update(pad);
    Arrays.fill(k, (byte) 0);
    Arrays.fill(pad, (byte) 0);
    copy(inner); // fail now, not on first use, if the digest cannot be copied
  }

  public byte[] mac(byte[] data) {
    return mac(data, 0, data.length);
  }

  public byte[] mac(byte[] data, int offset, int length) {
    MessageDigest in = copy(inner);
    in.update(data, offset, length);
    return finish(in);
  }

  /** The MAC of several parts, each fed in order, as if concatenated. */
  public byte[] mac(byte[]... parts) {
    MessageDigest in = copy(inner);
    for (byte[] part : parts) {
      in.update(part);
    }
    return finish(in);
  }

  private byte[] finish(MessageDigest in) {
    MessageDigest out = copy(outer);
    out.update(in.digest());
    return out.digest();
  }

  private static MessageDigest copy(MessageDigest prototype) {
    try {
      return (MessageDigest) prototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the platform's SHA-256 cannot be copied", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the platform has no SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "HmacSha256[key hidden]";
  }
}

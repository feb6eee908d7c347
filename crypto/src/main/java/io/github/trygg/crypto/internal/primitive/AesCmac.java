package io.github.trygg.crypto.internal.primitive;

import org.apiguardian.api.API;

/** AES-CMAC (NIST SP 800-38B, RFC 4493), the PRF inside S2V. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AesCmac {
  private final Aes aes;
  private final byte[] k1;
  private final byte[] k2;

  public AesCmac(byte[] key) {
    this.aes = new Aes(key);
    byte[] l = new byte[Aes.BLOCK];
    aes.encryptBlock(l);
    this.k1 = dbl(l);
    this.k2 = dbl(k1);
  }

  public byte[] mac(byte[] message) {
    int n = Math.max(1, (message.length + Aes.BLOCK - 1) / Aes.BLOCK);
    boolean complete = message.length > 0 && message.length % Aes.BLOCK == 0;
    byte[] x = new byte[Aes.BLOCK];
    for (int i = 0; i < n - 1; i++) {
      xorInto(x, message, i * Aes.BLOCK, Aes.BLOCK);
      aes.encryptBlock(x);
    }
    int last = (n - 1) * Aes.BLOCK;
    int remaining = message.length - last;
    xorInto(x, message, last, remaining);
    if (complete) {
      xorInto(x, k1, 0, Aes.BLOCK);
    } else {
      x[remaining] ^= (byte) 0x80;
      xorInto(x, k2, 0, Aes.BLOCK);
    }
    aes.encryptBlock(x);
    return x;
  }

  /** Multiplication by x in GF(2^128) (the "doubling" of RFC 5297 §2.3). */
  static byte[] dbl(byte[] s) {
    byte[] out = new byte[Aes.BLOCK];
    int carry = 0;
    for (int i = Aes.BLOCK - 1; i >= 0; i--) {
      int b = s[i] & 0xff;
      out[i] = (byte) ((b << 1) | carry);
      carry = b >>> 7;
    }
    // Constant time: the reduction is applied through a mask, not a branch.
    out[Aes.BLOCK - 1] ^= (byte) (0x87 & -carry);
    return out;
  }

  static void xorInto(byte[] target, byte[] source, int offset, int length) {
    for (int i = 0; i < length; i++) {
      target[i] ^= source[offset + i];
    }
  }

  @Override
  public String toString() {
    return "AesCmac[key hidden]";
  }
}

package io.github.trygg.crypto.internal.primitive;

import java.security.MessageDigest;
import java.util.Arrays;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * AES-SIV, RFC 5297: deterministic authenticated encryption with a vector of associated data. The
 * output is the 16-byte synthetic IV followed by the ciphertext, which is as long as the plaintext.
 * A key of 32, 48 or 64 bytes is split in halves: the first for S2V (CMAC), the second for CTR.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AesSiv {
  private final AesCmac cmac;
  private final Aes ctr;

  public AesSiv(byte[] key) {
    if (key.length != 32 && key.length != 48 && key.length != 64) {
      throw new IllegalArgumentException("an AES-SIV key is 32, 48 or 64 bytes");
    }
    int half = key.length / 2;
    this.cmac = new AesCmac(Arrays.copyOfRange(key, 0, half));
    this.ctr = new Aes(Arrays.copyOfRange(key, half, key.length));
  }

  /** RFC 5297 §2.6. */
  public byte[] encrypt(byte[] plaintext, byte[]... associatedData) {
    byte[] v = s2v(associatedData, plaintext);
    byte[] out = new byte[Aes.BLOCK + plaintext.length];
    System.arraycopy(v, 0, out, 0, Aes.BLOCK);
    ctr(v, plaintext, out, Aes.BLOCK);
    return out;
  }

  /** RFC 5297 §2.7; null when the ciphertext or the associated data is not authentic. */
  public byte @Nullable [] decrypt(byte[] ciphertext, byte[]... associatedData) {
    if (ciphertext.length < Aes.BLOCK) {
      return null;
    }
    byte[] v = Arrays.copyOf(ciphertext, Aes.BLOCK);
    byte[] body = Arrays.copyOfRange(ciphertext, Aes.BLOCK, ciphertext.length);
    byte[] plaintext = new byte[body.length];
    ctr(v, body, plaintext, 0);
    byte[] t = s2v(associatedData, plaintext);
    if (!MessageDigest.isEqual(t, v)) {
      Arrays.fill(plaintext, (byte) 0);
      return null;
    }
    return plaintext;
  }

  /** RFC 5297 §2.4, with the plaintext as the last string. */
  private byte[] s2v(byte[][] associatedData, byte[] plaintext) {
    byte[] d = cmac.mac(new byte[Aes.BLOCK]);
    for (byte[] ad : associatedData) {
      d = AesCmac.dbl(d);
      AesCmac.xorInto(d, cmac.mac(ad), 0, Aes.BLOCK);
    }
    byte[] t;
    if (plaintext.length >= Aes.BLOCK) {
      // "xorend": D goes into the last block of the plaintext.
      t = plaintext.clone();
      int offset = t.length - Aes.BLOCK;
      for (int i = 0; i < Aes.BLOCK; i++) {
        t[offset + i] ^= d[i];
      }
    } else {
      // Too short: pad it and fold in dbl(D) instead.
      t = AesCmac.dbl(d);
      for (int i = 0; i < plaintext.length; i++) {
        t[i] ^= plaintext[i];
      }
      t[plaintext.length] ^= (byte) 0x80;
    }
    return cmac.mac(t);
  }

  /** CTR mode from the IV with bits 63 and 31 cleared (RFC 5297 §2.5), keystream in one ECB call. */
  private void ctr(byte[] v, byte[] in, byte[] out, int outOffset) {
    if (in.length == 0) {
      return;
    }
    int blocks = (in.length + Aes.BLOCK - 1) / Aes.BLOCK;
    byte[] stream = new byte[blocks * Aes.BLOCK];
    byte[] counter = v.clone();
    counter[8] &= 0x7f;
    counter[12] &= 0x7f;
    for (int b = 0; b < blocks; b++) {
      System.arraycopy(counter, 0, stream, b * Aes.BLOCK, Aes.BLOCK);
      increment(counter);
    }
    ctr.encrypt(stream, 0, stream.length, stream, 0);
    for (int i = 0; i < in.length; i++) {
      out[outOffset + i] = (byte) (in[i] ^ stream[i]);
    }
  }

  private static void increment(byte[] counter) {
    for (int i = Aes.BLOCK - 1; i >= 0; i--) {
      if (++counter[i] != 0) {
        return;
      }
    }
  }

  @Override
  public String toString() {
    return "AesSiv[key hidden]";
  }
}

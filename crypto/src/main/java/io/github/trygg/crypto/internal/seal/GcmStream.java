package io.github.trygg.crypto.internal.seal;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

/**
 * AES-GCM (NIST SP 800-38D) of any length, built from the JDK's intrinsified primitives because
 * the JDK's own GCM cipher cannot stream it: it holds all ciphertext until the tag when decrypting,
 * and counts its input in an {@code int}, so it stops at 2 GiB. Here GCM's two halves run apart:
 *
 * <ul>
 *   <li>the keystream is AES-CTR from the block after J0 (inc32 equals the JDK's 128-bit increment
 *       while the low word cannot wrap, which GCM's own bound of 2^36 - 32 bytes ensures);
 *   <li>GHASH runs segment by segment through the JDK's GCM with the segment as associated data and
 *       no plaintext, whose tag is {@code H·G xor L·H xor E(J0')} for the segment's GHASH {@code G}
 *       and length block {@code L}; removing the known {@code E(J0')} and {@code L·H} and combining
 *       segments by Horner's rule in GF(2^128) ({@code W' = W·H^n xor H·G}) gives GHASH of the whole.
 * </ul>
 *
 * Both halves use the processor's AES and carry-less-multiply instructions through the JDK. Not
 * thread-safe; one instance per message.
 */
final class GcmStream {
  static final int SEGMENT = 1 << 16;
  private static final byte[] AUX_A = new byte[12];
  private static final byte[] AUX_B = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

  private final SecretKey key;
  private final byte[] nonce;
  private final Cipher ctr;
  private final Cipher ghash;
  private final long[] h;
  private final long[] hSegment;
  private final long[] lengthSegment;
  private final long[] auxA;
  private final long[] auxB;
  private final long[] ej0;
  private final byte[] pending = new byte[SEGMENT];
  private int pendingLength;
  private long segments;
  private long[] w = {0, 0};
  private long length;

  GcmStream(SecretKey key, byte[] nonce) {
    this.key = key;
    this.nonce = nonce.clone();
    try {
      Cipher ecb = JdkGcm.cipher("AES/ECB/NoPadding");
      ecb.init(Cipher.ENCRYPT_MODE, key);
      h = Gf128.of(ecb.doFinal(new byte[16]));
      auxA = Gf128.of(ecb.doFinal(j0(AUX_A)));
      auxB = Gf128.of(ecb.doFinal(j0(AUX_B)));
      ej0 = Gf128.of(ecb.doFinal(j0(nonce)));
      hSegment = Gf128.power(h, SEGMENT / 16);
      lengthSegment = Gf128.multiply(new long[] {SEGMENT * 8L, 0}, h);
      byte[] counter = j0(nonce);
      counter[15] = 2;
      ctr = JdkGcm.cipher("AES/CTR/NoPadding");
      ctr.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(counter));
      ghash = JdkGcm.newCipher();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES is not available in this JDK", e);
    }
  }

  /** The next {@code len} bytes through the keystream into {@code out}: encryption and decryption alike. */
  void crypt(byte[] in, int off, int len, byte[] out, int at) {
    length += len;
    if (length > CmsLimits.GCM_CONTENT) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "the content is longer than AES-GCM allows (2^36 - 32 bytes)");
    }
    try {
      int n = ctr.update(in, off, len, out, at);
      if (n != len) {
        throw new IllegalStateException("AES-CTR held back " + (len - n) + " bytes");
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-CTR failed", e);
    }
  }

  /** Folds the next ciphertext bytes into GHASH; whole segments at once, the rest when more comes. */
  void absorb(byte[] c, int off, int len) {
    while (len > 0) {
      int take = Math.min(len, SEGMENT - pendingLength);
      if (pendingLength == 0 && take == SEGMENT) {
        w = fold(w, c, off, SEGMENT);
      } else {
        System.arraycopy(c, off, pending, pendingLength, take);
        pendingLength += take;
        if (pendingLength == SEGMENT) {
          w = fold(w, pending, 0, SEGMENT);
          pendingLength = 0;
        }
      }
      off += take;
      len -= take;
    }
  }

  /** The tag over all ciphertext absorbed and the associated data {@code aad}, which GHASH takes first. */
  byte[] tag(byte[] aad) {
    if (pendingLength > 0) {
      w = fold(w, pending, 0, pendingLength);
      pendingLength = 0;
    }
    long ciphertextBlocks = (length + 15) / 16;
    long[] state = w;
    if (aad.length > 0) {
      // GHASH(A || C) = GHASH(A)·H^blocks(C) xor GHASH(C), by linearity.
      state = Gf128.xor(Gf128.multiply(fold(new long[] {0, 0}, aad, 0, aad.length), Gf128.power(h, ciphertextBlocks)), state);
    }
    long[] lengths = {aad.length * 8L, length * 8L};
    return Gf128.bytes(Gf128.xor(Gf128.xor(state, Gf128.multiply(lengths, h)), ej0));
  }

  private long[] fold(long[] state, byte[] segment, int off, int n) {
    boolean a = (segments++ & 1) == 0;
    byte[] tag;
    try {
      // Two nonces in turn: the JDK refuses to reuse the last key and nonce for encryption.
      ghash.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(JdkGcm.TAG_BYTES * 8, a ? AUX_A : AUX_B));
      ghash.updateAAD(segment, off, n);
      tag = ghash.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed", e);
    }
    long[] hn = n == SEGMENT ? hSegment : Gf128.power(h, (n + 15) / 16);
    long[] lh = n == SEGMENT ? lengthSegment : Gf128.multiply(new long[] {n * 8L, 0}, h);
    long[] z = Gf128.xor(Gf128.xor(Gf128.of(tag), a ? auxA : auxB), lh);
    return Gf128.xor(Gf128.multiply(state, hn), z);
  }

  private static byte[] j0(byte[] nonce) {
    byte[] j0 = new byte[16];
    System.arraycopy(nonce, 0, j0, 0, 12);
    j0[15] = 1;
    return j0;
  }
}

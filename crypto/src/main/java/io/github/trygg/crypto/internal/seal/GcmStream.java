package io.github.trygg.crypto.internal.seal;

import org.jspecify.annotations.Nullable;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

/**
 * AES-GCM (NIST SP 800-38D) of any length on the JDK's own GCM, which cannot stream it itself: it
 * holds all ciphertext until the tag when decrypting, and counts its input in an {@code int}, so it
 * stops at 2 GiB. The message is cut into segments of {@value #SEGMENT} bytes, and each segment is
 * encrypted by a JDK GCM cipher of its own, so the processor's fused AES-GCM code does the work:
 *
 * <ul>
 *   <li>Each segment must continue the message's keystream. GCM with a 16-byte IV takes
 *       {@code J0 = GHASH(IV || L) = IV·H² xor L·H}; solving for the IV
 *       ({@code IV = (J0 xor L·H)·H⁻²}) gives the IV whose J0 is the message's counter block just
 *       before the segment, so the JDK's counter continues the message's own (inc32 is the same
 *       increment; GCM's bound of 2^36 - 32 bytes keeps the low word from wrapping).
 *   <li>Each segment's tag is {@code H·G xor L·H xor E(J0)}, with {@code G} the GHASH of its
 *       ciphertext: removing the known {@code E(J0)} and {@code L·H} and combining segments by
 *       Horner's rule in GF(2^128) ({@code W' = W·H^n xor H·G}) gives GHASH of the whole message.
 *   <li>Decryption first removes the keystream with AES-CTR, then re-encrypts the plaintext
 *       segment by segment as above, only for GHASH of the ciphertext that comes out again.
 * </ul>
 *
 * Not thread-safe; one instance per message.
 */
final class GcmStream {
  /** A multiple of 16; large enough that a cipher's set-up per segment does not count. */
  static final int SEGMENT = 1 << 20;

  private final SecretKey key;
  private final byte[] nonce;
  private final Cipher ecb;
  private final Cipher segment;
  private @Nullable Cipher ctr;
  private final long[] h;
  private final long[] hSegment;
  private final long[] lengthSegment;
  private final long[] hInverseSquared;
  private final long[] ivLengthH;
  private final long[] ej0;
  private byte[] scratch = new byte[0];
  private long segments;
  private int inSegment = -1;
  @SuppressWarnings("NullAway.Init") // set with the first segment, before any read of it
  private long[] segmentMask;
  private long[] w = {0, 0};
  private long length;

  GcmStream(SecretKey key, byte[] nonce) {
    this.key = key;
    this.nonce = nonce.clone();
    try {
      ecb = JdkGcm.cipher("AES/ECB/NoPadding");
      ecb.init(Cipher.ENCRYPT_MODE, key);
      h = Gf128.of(ecb.doFinal(new byte[16]));
      ej0 = Gf128.of(ecb.doFinal(counterBlock(1)));
      segment = JdkGcm.newCipher();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES is not available in this JDK", e);
    }
    hSegment = Gf128.power(h, SEGMENT / 16);
    lengthSegment = Gf128.multiply(new long[] {0, SEGMENT * 8L}, h);
    hInverseSquared = Gf128.inverse(Gf128.multiply(h, h));
    ivLengthH = Gf128.multiply(new long[] {0, 128}, h);
  }

  /** Encrypts the next content bytes into {@code out}; returns how many ciphertext bytes it wrote (up to 15 may follow later). */
  int encrypt(byte[] in, int off, int len, byte[] out, int at) {
    return feed(in, off, len, out, at);
  }

  /** Decrypts the next {@code len} ciphertext bytes into {@code out}, all of them at once. */
  void decrypt(byte[] in, int off, int len, byte[] out, int at) {
    try {
      if (ctr == null) {
        ctr = JdkGcm.cipher("AES/CTR/NoPadding");
        ctr.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(counterBlock(2)));
      }
      if (ctr.update(in, off, len, out, at) != len) {
        throw new IllegalStateException("AES-CTR held back bytes");
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-CTR failed", e);
    }
    if (scratch.length < len + 32) {
      scratch = new byte[Math.max(len + 32, 1 << 16)];
    }
    // Re-encrypted only for GHASH: what comes out is the ciphertext again.
    feed(out, at, len, scratch, 0);
  }

  /** Ends the last segment; returns the ciphertext bytes still held back (encryption only). */
  int finish(byte[] out, int at) {
    return inSegment > 0 ? endSegment(out, at) : 0;
  }

  /** The tag over all content and the associated data {@code aad}, which GHASH takes first though it may arrive last. */
  byte[] tag(byte[] aad) {
    if (inSegment > 0) {
      throw new IllegalStateException("finish() first");
    }
    long[] state = w;
    if (aad.length > 0) {
      // GHASH(A || C) = GHASH(A)·H^blocks(C) xor GHASH(C), by linearity.
      state = Gf128.xor(Gf128.multiply(ghash(aad), Gf128.power(h, (length + 15) / 16)), state);
    }
    long[] lengths = {aad.length * 8L, length * 8L};
    return Gf128.bytes(Gf128.xor(Gf128.xor(state, Gf128.multiply(lengths, h)), ej0));
  }

  private int feed(byte[] in, int off, int len, byte[] out, int at) {
    length += len;
    if (length > CmsLimits.GCM_CONTENT) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "the content is longer than AES-GCM allows (2^36 - 32 bytes)");
    }
    int written = 0;
    try {
      while (len > 0) {
        if (inSegment < 0) {
          startSegment();
        }
        int take = Math.min(len, SEGMENT - inSegment);
        written += segment.update(in, off, take, out, at + written);
        inSegment += take;
        off += take;
        len -= take;
        if (inSegment == SEGMENT) {
          written += endSegment(out, at + written);
        }
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed", e);
    }
    return written;
  }

  /** A cipher whose counter continues the message's at this segment's first block. */
  private void startSegment() throws GeneralSecurityException {
    long firstCounter = 2 + segments * (SEGMENT / 16);
    long[] j0 = Gf128.of(counterBlock(firstCounter - 1));
    byte[] iv = Gf128.bytes(Gf128.multiply(Gf128.xor(j0, ivLengthH), hInverseSquared));
    segment.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(JdkGcm.TAG_BYTES * 8, iv));
    segmentMask = Gf128.of(ecb.doFinal(counterBlock(firstCounter - 1)));
    inSegment = 0;
  }

  /** Ends the segment: the ciphertext held back goes to {@code out}, its GHASH into the running value. */
  private int endSegment(byte[] out, int at) {
    byte[] last = new byte[15 + JdkGcm.TAG_BYTES];
    int n;
    try {
      n = segment.doFinal(last, 0);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed", e);
    }
    int held = n - JdkGcm.TAG_BYTES;
    System.arraycopy(last, 0, out, at, held);
    long[] tag = Gf128.of(java.util.Arrays.copyOfRange(last, held, n));
    long[] hn = inSegment == SEGMENT ? hSegment : Gf128.power(h, (inSegment + 15) / 16);
    long[] lh = inSegment == SEGMENT ? lengthSegment : Gf128.multiply(new long[] {0, inSegment * 8L}, h);
    // tag = H·G xor L·H xor E(J0'): what is left is H·G, which Horner's rule takes as it is.
    w = Gf128.xor(Gf128.multiply(w, hn), Gf128.xor(Gf128.xor(tag, segmentMask), lh));
    segments++;
    inSegment = -1;
    return held;
  }

  /** GHASH of {@code data} zero-padded to whole blocks (for associated data), without a length block. */
  private long[] ghash(byte[] data) {
    long[] y = {0, 0};
    for (int i = 0; i < data.length; i += 16) {
      byte[] block = java.util.Arrays.copyOfRange(data, i, i + 16);
      y = Gf128.multiply(Gf128.xor(y, Gf128.of(block)), h);
    }
    // Times H once more, as the running value w is Y·H.
    return Gf128.multiply(y, h);
  }

  /** The message's counter block with the given 32-bit counter. */
  private byte[] counterBlock(long counter) {
    byte[] block = new byte[16];
    System.arraycopy(nonce, 0, block, 0, 12);
    block[12] = (byte) (counter >>> 24);
    block[13] = (byte) (counter >>> 16);
    block[14] = (byte) (counter >>> 8);
    block[15] = (byte) counter;
    return block;
  }
}

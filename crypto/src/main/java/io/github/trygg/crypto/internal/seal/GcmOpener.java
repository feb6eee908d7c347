package io.github.trygg.crypto.internal.seal;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM decryption of a stream of any length on the JDK's ciphers, as a stream of plaintext that
 * ends only once the tag has verified.
 *
 * <p>Content of up to {@value #BUFFERED} bytes is read whole and decrypted in one call, which
 * checks the tag before anything is released. Longer content cannot be held, and the JDK's GCM
 * holds all of it until the tag, so it is decrypted as it arrives by {@link GcmStream}. The
 * plaintext of long content is therefore released <em>before</em> the tag is checked: a reader
 * must treat it as unauthenticated until this stream has reported its end, and discard it if it
 * throws instead.
 *
 * <p>The tag comes after the content in CMS, together with any authenticated attributes, so
 * {@link Trailer} reads them once the content ends. A wrong tag is {@link CmsFailure#undecryptable()}.
 */
final class GcmOpener extends InputStream {
  /** Content up to this size is authenticated before any of it is released. */
  static final int BUFFERED = 1 << 20;
  /** How much long content is decrypted at a time. */
  static final int CHUNK = 1 << 16;

  /** What follows the content: the authenticated attributes (DER, or empty) and the tag. */
  interface Trailer {
    Tail read() throws IOException;
  }

  record Tail(byte[] aad, byte[] tag) {}

  private final SecretKey key;
  private final byte[] nonce;
  private final InputStream ciphertext;
  private final Trailer trailer;

  private byte[] out = new byte[0];
  private int outAt;
  private int outEnd;
  private boolean finished;
  /** Once failed, always failed: reading on must not turn the one failure into another. */
  private @Nullable RuntimeException failure;

  /** Set up once the content proves longer than BUFFERED. */
  private @Nullable GcmStream stream;
  private final byte[] input = new byte[CHUNK];

  GcmOpener(SecretKey key, byte[] nonce, InputStream ciphertext, Trailer trailer) {
    this.key = key;
    this.nonce = nonce.clone();
    this.ciphertext = ciphertext;
    this.trailer = trailer;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (outAt == outEnd) {
      if (failure != null) {
        throw failure;
      }
      if (finished) {
        return -1;
      }
      try {
        if (stream != null && len >= input.length) {
          // Long content, a large read: decrypted straight into the caller's buffer.
          int n = ciphertext.readNBytes(input, 0, input.length);
          if (n > 0) {
            stream.decrypt(input, 0, n, b, off);
            return n;
          }
        }
        fill();
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      }
    }
    int n = Math.min(len, outEnd - outAt);
    System.arraycopy(out, outAt, b, off, n);
    outAt += n;
    return n;
  }

  private void fill() throws IOException {
    if (stream == null) {
      byte[] buffered = new byte[BUFFERED + 1 + JdkGcm.TAG_BYTES];
      int n = ciphertext.readNBytes(buffered, 0, BUFFERED + 1);
      if (n <= BUFFERED) {
        oneShot(buffered, n);
        return;
      }
      startStreaming();
      decrypt(buffered, 0, n);
      return;
    }
    int n = ciphertext.readNBytes(input, 0, input.length);
    if (n == 0) {
      finishStreaming();
      return;
    }
    decrypt(input, 0, n);
  }

  /** Decrypts and authenticates content of up to BUFFERED bytes in one call: nothing is released unless the tag verified. */
  private void oneShot(byte[] buffered, int n) throws IOException {
    Tail tail = trailer.read();
    if (tail.tag().length != JdkGcm.TAG_BYTES) {
      throw CmsFailure.undecryptable();
    }
    System.arraycopy(tail.tag(), 0, buffered, n, JdkGcm.TAG_BYTES);
    try {
      Cipher cipher = JdkGcm.newCipher();
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(JdkGcm.TAG_BYTES * 8, nonce));
      if (tail.aad().length > 0) {
        cipher.updateAAD(tail.aad());
      }
      out = new byte[n];
      outEnd = cipher.doFinal(buffered, 0, n + JdkGcm.TAG_BYTES, out, 0);
      outAt = 0;
      finished = true;
    } catch (AEADBadTagException e) {
      throw CmsFailure.undecryptable();
    } catch (GeneralSecurityException e) {
      throw CmsFailure.undecryptable();
    } finally {
      Arrays.fill(buffered, (byte) 0);
    }
  }

  private void startStreaming() {
    stream = new GcmStream(key, nonce);
  }

  private GcmStream streaming() {
    GcmStream s = stream;
    if (s == null) {
      throw new IllegalStateException("not streaming");
    }
    return s;
  }

  private void decrypt(byte[] in, int off, int n) {
    if (out.length < n) {
      out = new byte[Math.max(n, CHUNK)];
    }
    streaming().decrypt(in, off, n, out, 0);
    outAt = 0;
    outEnd = n;
  }

  private void finishStreaming() throws IOException {
    GcmStream s = streaming();
    s.finish(new byte[32], 0);
    Tail tail = trailer.read();
    if (!MessageDigest.isEqual(s.tag(tail.aad()), tail.tag())) {
      throw CmsFailure.undecryptable();
    }
    outAt = 0;
    outEnd = 0;
    finished = true;
  }
}

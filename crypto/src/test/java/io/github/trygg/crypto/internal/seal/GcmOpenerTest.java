package io.github.trygg.crypto.internal.seal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.trygg.crypto.testkit.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The streaming GCM decryption against the JDK's own, at every size around its segment and
 * buffering boundaries, with and without associated data, fed in reads of random length.
 */
class GcmOpenerTest {
  static final int SEGMENT = 1 << 16;

  /** Hands out at most a random number of bytes per read, as a network stream does. */
  static final class Dribble extends InputStream {
    private final byte[] data;
    private final SplittableRandom random;
    private int at;

    Dribble(byte[] data, SplittableRandom random) {
      this.data = data;
      this.random = random;
    }

    @Override
    public int read() {
      return at < data.length ? data[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at >= data.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, data.length - at), 1 + random.nextInt(3 * SEGMENT));
      System.arraycopy(data, at, b, off, n);
      at += n;
      return n;
    }
  }

  static byte[] sealWithJdk(byte[] key, byte[] nonce, byte[] aad, byte[] plain) throws Exception {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
    c.updateAAD(aad);
    return c.doFinal(plain);
  }

  static byte[] open(byte[] key, byte[] nonce, byte[] aad, byte[] sealed, SplittableRandom random) throws IOException {
    int n = sealed.length - 16;
    GcmOpener opener = new GcmOpener(new SecretKeySpec(key, "AES"), nonce, new Dribble(Arrays.copyOf(sealed, n), random),
        () -> new GcmOpener.Tail(aad, Arrays.copyOfRange(sealed, n, sealed.length)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 + random.nextInt(100_000)];
    for (int r = opener.read(buffer); r >= 0; r = opener.read(buffer)) {
      out.write(buffer, 0, r);
    }
    return out.toByteArray();
  }

  @Test
  void agreesWithTheJdkAtEverySizeAroundTheBoundaries() throws Exception {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    int b = GcmOpener.BUFFERED;
    int s = GcmStream.SEGMENT;
    for (int size : new int[] {0, 1, 15, 16, 17, SEGMENT - 1, SEGMENT, SEGMENT + 1, b - 1, b, b + 1, b + 15, b + 16, b + SEGMENT, 2 * s, 2 * s + 1, 2 * b + 7,
        3 * b + SEGMENT * 3 + 5}) {
      for (int aadLength : new int[] {0, 13, 32, 100}) {
        byte[] key = bytes(random, 32);
        byte[] nonce = bytes(random, 12);
        byte[] aad = bytes(random, aadLength);
        byte[] plain = bytes(random, size);
        byte[] sealed = sealWithJdk(key, nonce, aad, plain);
        assertArrayEquals(plain, open(key, nonce, aad, sealed, random), () -> "seed " + seed + ", size " + size + ", aad " + aadLength);
      }
    }
  }

  /** Encryption segment by segment, fed in pieces of random length, gives the JDK's ciphertext and tag exactly. */
  @Test
  void theStreamEncryptsAsTheJdkDoes() throws Exception {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    int s = GcmStream.SEGMENT;
    for (int size : new int[] {0, 1, 16, 17, s - 1, s, s + 1, 2 * s, 2 * s + 15, 3 * s + 100_003}) {
      for (int aadLength : new int[] {0, 29}) {
        byte[] key = bytes(random, 32);
        byte[] nonce = bytes(random, 12);
        byte[] aad = bytes(random, aadLength);
        byte[] plain = bytes(random, size);
        GcmStream stream = new GcmStream(new SecretKeySpec(key, "AES"), nonce);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[3 * SEGMENT + 64];
        for (int at = 0; at < size; ) {
          int n = Math.min(size - at, 1 + random.nextInt(3 * SEGMENT));
          out.write(buffer, 0, stream.encrypt(plain, at, n, buffer, 0));
          at += n;
        }
        out.write(buffer, 0, stream.finish(buffer, 0));
        out.write(stream.tag(aad));
        assertArrayEquals(sealWithJdk(key, nonce, aad, plain), out.toByteArray(), () -> "seed " + seed + ", size " + size + ", aad " + aadLength);
      }
    }
  }

  @Test
  void anyChangedBitFailsAtTheEndAndStaysFailed() throws Exception {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int size : new int[] {100, GcmOpener.BUFFERED + 1000, 2 * GcmOpener.BUFFERED + 3}) {
      byte[] key = bytes(random, 32);
      byte[] nonce = bytes(random, 12);
      byte[] aad = bytes(random, 20);
      byte[] sealed = sealWithJdk(key, nonce, aad, bytes(random, size));
      for (int at : new int[] {0, size / 2, size - 1, size, size + 15}) {
        byte[] changed = sealed.clone();
        changed[at] ^= (byte) (1 << random.nextInt(8));
        CmsFailure f = assertThrows(CmsFailure.class, () -> open(key, nonce, aad, changed, random), () -> "seed " + seed + ", size " + size + ", byte " + at);
        assertEquals(CmsFailure.UNDECRYPTABLE, f.getMessage());
      }
      byte[] otherAad = aad.clone();
      otherAad[3] ^= 1;
      assertThrows(CmsFailure.class, () -> open(key, nonce, otherAad, sealed, random));
      // Reading on after the failure gives the same failure, never the rest.
      int n = sealed.length - 16;
      byte[] tag = Arrays.copyOfRange(sealed, n, sealed.length);
      tag[0] ^= 1;
      GcmOpener opener = new GcmOpener(new SecretKeySpec(key, "AES"), nonce, new Dribble(Arrays.copyOf(sealed, n), random), () -> new GcmOpener.Tail(aad, tag));
      CmsFailure first = assertThrows(CmsFailure.class, () -> opener.transferTo(java.io.OutputStream.nullOutputStream()));
      assertSame(first, assertThrows(CmsFailure.class, opener::read));
    }
  }

  static byte[] bytes(SplittableRandom random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}

package io.github.trygg.crypto.internal.primitive;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * FF1, NIST SP 800-38G (Rev. 1) format-preserving encryption, on the JDK's AES.
 *
 * <p>Two implementations of the same algorithm: {@link #encrypt(int[], byte[])} follows the
 * specification's Algorithms 7 and 8 literally with {@link BigInteger}s and any radix and length;
 * {@link Prepared} serves one length and tweak over and over with {@code long} arithmetic and
 * everything that does not change between calls computed once — the CBC-MAC of P and of the
 * tweak's blocks — so each of the ten rounds costs a single AES block. The tests hold both to
 * NIST's samples and to each other.
 *
 * <p>Domains smaller than 1,000,000 (radix^length) are refused, as Rev. 1 requires.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Ff1 {
  public static final long MIN_DOMAIN = 1_000_000L;
  private static final int ROUNDS = 10;

  private final Aes aes;
  private final int radix;

  /** @param key an AES key of 16, 24 or 32 bytes */
  public Ff1(byte[] key, int radix) {
    if (radix < 2 || radix > 65536) {
      throw new IllegalArgumentException("the FF1 radix is 2 to 65536");
    }
    this.aes = new Aes(key);
    this.radix = radix;
  }

  public int radix() {
    return radix;
  }

  /** The shortest length whose domain radix^length reaches 1,000,000 (and at least 2). */
  public static int minLength(int radix) {
    int n = 2;
    BigInteger r = BigInteger.valueOf(radix);
    while (r.pow(n).compareTo(BigInteger.valueOf(MIN_DOMAIN)) < 0) {
      n++;
    }
    return n;
  }

  // ---------------------------------------------------------------- the literal algorithm

  public int[] encrypt(int[] x, byte[] tweak) {
    return cipher(x, tweak, true);
  }

  public int[] decrypt(int[] x, byte[] tweak) {
    return cipher(x, tweak, false);
  }

  private int[] cipher(int[] x, byte[] tweak, boolean encrypt) {
    int n = x.length;
    checkLength(n);
    for (int numeral : x) {
      if (numeral < 0 || numeral >= radix) {
        throw new IllegalArgumentException("a numeral is outside the radix");
      }
    }
    int u = n / 2;
    int v = n - u;
    int[] a = Arrays.copyOfRange(x, 0, u);
    int[] b = Arrays.copyOfRange(x, u, n);
    BigInteger bigRadix = BigInteger.valueOf(radix);
    int bytes = byteLength(v);
    int d = 4 * ((bytes + 3) / 4) + 4;
    byte[] p = p(u, n, tweak.length);
    BigInteger modU = bigRadix.pow(u);
    BigInteger modV = bigRadix.pow(v);
    for (int k = 0; k < ROUNDS; k++) {
      int i = encrypt ? k : ROUNDS - 1 - k;
      int[] fed = encrypt ? b : a;
      byte[] numFed = toBytes(num(fed), bytes);
      int pad = Math.floorMod(-tweak.length - bytes - 1, 16);
      byte[] q = new byte[tweak.length + pad + 1 + bytes];
      System.arraycopy(tweak, 0, q, 0, tweak.length);
      q[tweak.length + pad] = (byte) i;
      System.arraycopy(numFed, 0, q, q.length - bytes, bytes);
      byte[] r = cbcMac(concat(p, q));
      BigInteger y = new BigInteger(1, expand(r, d));
      int m = i % 2 == 0 ? u : v;
      BigInteger mod = m == u ? modU : modV;
      if (encrypt) {
        BigInteger c = num(a).add(y).mod(mod);
        a = b;
        b = str(c, m);
      } else {
        BigInteger c = num(b).subtract(y).mod(mod);
        b = a;
        a = str(c, m);
      }
    }
    int[] out = Arrays.copyOf(a, n);
    System.arraycopy(b, 0, out, u, v);
    return out;
  }

  private void checkLength(int n) {
    if (n < 2 || BigInteger.valueOf(radix).pow(n).compareTo(BigInteger.valueOf(MIN_DOMAIN)) < 0) {
      throw new IllegalArgumentException("FF1 needs radix^length >= 1,000,000 (NIST SP 800-38G Rev. 1)");
    }
  }

  /** b = ceil(ceil(v * log2(radix)) / 8), computed exactly as the byte length of radix^v - 1. */
  private int byteLength(int v) {
    return (BigInteger.valueOf(radix).pow(v).subtract(BigInteger.ONE).bitLength() + 7) / 8;
  }

  private byte[] p(int u, int n, int t) {
    return new byte[] {
      1, 2, 1, (byte) (radix >>> 16), (byte) (radix >>> 8), (byte) radix, 10, (byte) u,
      (byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n,
      (byte) (t >>> 24), (byte) (t >>> 16), (byte) (t >>> 8), (byte) t
    };
  }

  private byte[] cbcMac(byte[] message) {
    byte[] x = new byte[Aes.BLOCK];
    for (int off = 0; off < message.length; off += Aes.BLOCK) {
      for (int j = 0; j < Aes.BLOCK; j++) {
        x[j] ^= message[off + j];
      }
      aes.encryptBlock(x);
    }
    return x;
  }

  /** S: the first d bytes of R || CIPH(R xor [1]) || CIPH(R xor [2]) || … */
  private byte[] expand(byte[] r, int d) {
    byte[] s = new byte[((d + 15) / 16) * 16];
    System.arraycopy(r, 0, s, 0, 16);
    for (int j = 1; j * 16 < d; j++) {
      byte[] block = r.clone();
      block[12] ^= (byte) (j >>> 24);
      block[13] ^= (byte) (j >>> 16);
      block[14] ^= (byte) (j >>> 8);
      block[15] ^= (byte) j;
      aes.encryptBlock(block);
      System.arraycopy(block, 0, s, j * 16, 16);
    }
    return Arrays.copyOf(s, d);
  }

  private BigInteger num(int[] numerals) {
    BigInteger r = BigInteger.valueOf(radix);
    BigInteger x = BigInteger.ZERO;
    for (int numeral : numerals) {
      x = x.multiply(r).add(BigInteger.valueOf(numeral));
    }
    return x;
  }

  private int[] str(BigInteger x, int m) {
    int[] out = new int[m];
    BigInteger r = BigInteger.valueOf(radix);
    for (int i = m - 1; i >= 0; i--) {
      BigInteger[] qr = x.divideAndRemainder(r);
      out[i] = qr[1].intValue();
      x = qr[0];
    }
    return out;
  }

  private static byte[] toBytes(BigInteger x, int length) {
    byte[] raw = x.toByteArray();
    byte[] out = new byte[length];
    int copy = Math.min(raw.length, length);
    System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  // ---------------------------------------------------------------- the fast path

  /**
   * FF1 for one length and tweak with the whole numeral string as a {@code long}: {@code x} stands
   * for the numerals of x in the radix, most significant first, padded to the length.
   *
   * @throws IllegalArgumentException if radix^length does not fit a long or radix^ceil(length/2)
   *     needs more than 32 bits; use the array form then
   */
  public Prepared prepare(int length, byte[] tweak) {
    return new Prepared(length, tweak.clone());
  }

  /** Precomputed state for one length and tweak; safe to share between threads. */
  public final class Prepared {
    private final int u;
    private final int v;
    private final int bytes;
    private final long domain;
    private final long powU;
    private final long powV;
    /** Round i's block before the numeral string is fed in, as two big-endian longs. */
    private final long[] high = new long[ROUNDS];
    private final long[] low = new long[ROUNDS];
    /** The low {@code bytes} bytes of a long, where the numeral string goes. */
    private final long fedMask;
    private final long inverseU;
    private final long inverseV;

    private Prepared(int n, byte[] tweak) {
      checkLength(n);
      this.u = n / 2;
      this.v = n - u;
      BigInteger r = BigInteger.valueOf(radix);
      if (r.pow(n).bitLength() > 62 || r.pow(v).bitLength() > 32) {
        throw new IllegalArgumentException("too long for the long-arithmetic path of FF1");
      }
      this.domain = r.pow(n).longValueExact();
      this.powU = r.pow(u).longValueExact();
      this.powV = r.pow(v).longValueExact();
      this.bytes = byteLength(v);
      // With b <= 4, d = 8: S is the first 8 bytes of R, no further blocks.
      int pad = Math.floorMod(-tweak.length - bytes - 1, 16);
      byte[] q = new byte[tweak.length + pad + 1 + bytes];
      System.arraycopy(tweak, 0, q, 0, tweak.length);
      // CBC-MAC over P and every block of Q but the last, which alone changes between rounds.
      byte[] state = p(u, n, tweak.length);
      aes.encryptBlock(state);
      for (int off = 0; off < q.length - Aes.BLOCK; off += Aes.BLOCK) {
        for (int j = 0; j < Aes.BLOCK; j++) {
          state[j] ^= q[off + j];
        }
        aes.encryptBlock(state);
      }
      byte[] lastBlock = Arrays.copyOfRange(q, q.length - Aes.BLOCK, q.length);
      // Each round's block is chain xor last block, with the round number in it and the numeral
      // string fed in at the end: everything but that string is known now.
      int roundAt = Aes.BLOCK - 1 - bytes;
      for (int i = 0; i < ROUNDS; i++) {
        byte[] block = new byte[Aes.BLOCK];
        for (int j = 0; j < Aes.BLOCK; j++) {
          block[j] = (byte) (state[j] ^ lastBlock[j]);
        }
        block[roundAt] ^= (byte) i;
        high[i] = (long) LONGS.get(block, 0);
        low[i] = (long) LONGS.get(block, 8);
      }
      this.fedMask = bytes >= 8 ? -1L : (1L << (8 * bytes)) - 1;
      this.inverseU = Long.divideUnsigned(-1L, powU);
      this.inverseV = Long.divideUnsigned(-1L, powV);
    }

    /** radix^length: the number of values. */
    public long domain() {
      return domain;
    }

    public long encrypt(long x) {
      check(x);
      byte[] in = new byte[Aes.BLOCK];
      byte[] out = new byte[Aes.BLOCK];
      long a = x / powV;
      long b = x % powV;
      javax.crypto.Cipher cipher = aes.borrow();
      try {
        for (int i = 0; i < ROUNDS; i++) {
          boolean even = (i & 1) == 0;
          long mod = even ? powU : powV;
          LONGS.set(in, 0, high[i]);
          LONGS.set(in, 8, low[i] ^ (b & fedMask));
          Aes.encryptBlock(cipher, in, out);
          long c = a + reduce((long) LONGS.get(out, 0), mod, even ? inverseU : inverseV);
          if (c >= mod) {
            c -= mod;
          }
          a = b;
          b = c;
        }
      } finally {
        aes.release(cipher);
      }
      return a * powV + b;
    }

    public long decrypt(long x) {
      check(x);
      byte[] in = new byte[Aes.BLOCK];
      byte[] out = new byte[Aes.BLOCK];
      long a = x / powV;
      long b = x % powV;
      javax.crypto.Cipher cipher = aes.borrow();
      try {
        for (int i = ROUNDS - 1; i >= 0; i--) {
          boolean even = (i & 1) == 0;
          long mod = even ? powU : powV;
          LONGS.set(in, 0, high[i]);
          LONGS.set(in, 8, low[i] ^ (a & fedMask));
          Aes.encryptBlock(cipher, in, out);
          long c = b - reduce((long) LONGS.get(out, 0), mod, even ? inverseU : inverseV);
          if (c < 0) {
            c += mod;
          }
          b = a;
          a = c;
        }
      } finally {
        aes.release(cipher);
      }
      return a * powV + b;
    }

    /**
     * Encrypts {@code xs[0..n)} in place: the same as {@link #encrypt(long)} on each, with each of
     * the ten rounds one AES call over all of them, which costs little more than one block.
     */
    public void encryptAll(long[] xs, int n) {
      if (n == 0) {
        return;
      }
      long[] as = new long[n];
      long[] bs = new long[n];
      for (int j = 0; j < n; j++) {
        check(xs[j]);
        as[j] = xs[j] / powV;
        bs[j] = xs[j] % powV;
      }
      byte[] in = new byte[n * Aes.BLOCK];
      byte[] out = new byte[n * Aes.BLOCK];
      javax.crypto.Cipher cipher = aes.borrow();
      try {
        for (int i = 0; i < ROUNDS; i++) {
          boolean even = (i & 1) == 0;
          long mod = even ? powU : powV;
          long inverse = even ? inverseU : inverseV;
          long h = high[i];
          long l = low[i];
          for (int j = 0, at = 0; j < n; j++, at += Aes.BLOCK) {
            LONGS.set(in, at, h);
            LONGS.set(in, at + 8, l ^ (bs[j] & fedMask));
          }
          try {
            cipher.update(in, 0, in.length, out, 0);
          } catch (javax.crypto.ShortBufferException e) {
            throw new IllegalStateException(e);
          }
          for (int j = 0, at = 0; j < n; j++, at += Aes.BLOCK) {
            long c = as[j] + reduce((long) LONGS.get(out, at), mod, inverse);
            if (c >= mod) {
              c -= mod;
            }
            as[j] = bs[j];
            bs[j] = c;
          }
        }
      } finally {
        aes.release(cipher);
      }
      for (int j = 0; j < n; j++) {
        xs[j] = as[j] * powV + bs[j];
      }
    }

    private void check(long x) {
      if (x < 0 || x >= domain) {
        throw new IllegalArgumentException("the value is outside the FF1 domain");
      }
    }
  }

  /** Big-endian longs in a byte array: NUM of 8 bytes, and a block as two of them. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  /**
   * {@code s mod m} for {@code s} read as unsigned and {@code 0 < m < 2^32}, with {@code inverse =
   * floor((2^64 - 1) / m)}: a multiplication instead of two 64-bit divisions, without branches.
   * The quotient estimate is at most two below the quotient, so the remainder is found by at most
   * two subtractions of m.
   */
  static long reduce(long s, long m, long inverse) {
    long q = Math.multiplyHigh(s, inverse) + ((s >> 63) & inverse) + ((inverse >> 63) & s);
    long r = s - q * m;
    r -= m & ~((r - m) >> 63);
    r -= m & ~((r - m) >> 63);
    return r;
  }

  @Override
  public String toString() {
    return "Ff1[radix " + radix + ", key hidden]";
  }
}

package io.github.trygg.crypto.internal.seal;

/**
 * Arithmetic in GCM's field GF(2^128) (NIST SP 800-38D, bit-reflected), on a pair of longs: what
 * {@link GcmOpener} needs to combine the GHASH values of segments. Multiplication runs the same
 * steps whatever the operands, since one of them is the hash key.
 */
final class Gf128 {
  /** The multiplicative identity: the bit string 1 followed by 127 zeros. */
  static final long[] ONE = {0x8000000000000000L, 0};

  private Gf128() {}

  static long[] of(byte[] b) {
    return new long[] {longAt(b, 0), longAt(b, 8)};
  }

  static byte[] bytes(long[] v) {
    byte[] b = new byte[16];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (v[0] >>> (56 - 8 * i));
      b[8 + i] = (byte) (v[1] >>> (56 - 8 * i));
    }
    return b;
  }

  static long[] xor(long[] a, long[] b) {
    return new long[] {a[0] ^ b[0], a[1] ^ b[1]};
  }

  static long[] multiply(long[] x, long[] y) {
    long z0 = 0;
    long z1 = 0;
    long v0 = y[0];
    long v1 = y[1];
    for (int i = 0; i < 128; i++) {
      long bit = (i < 64 ? x[0] >>> (63 - i) : x[1] >>> (127 - i)) & 1;
      long mask = -bit;
      z0 ^= v0 & mask;
      z1 ^= v1 & mask;
      long carry = -(v1 & 1);
      v1 = (v1 >>> 1) | (v0 << 63);
      v0 = (v0 >>> 1) ^ (0xE100000000000000L & carry);
    }
    return new long[] {z0, z1};
  }

  /** {@code h} to the power {@code n}, n >= 0. */
  static long[] power(long[] h, long n) {
    long[] result = ONE;
    long[] base = h;
    for (long e = n; e > 0; e >>>= 1) {
      if ((e & 1) != 0) {
        result = multiply(result, base);
      }
      base = multiply(base, base);
    }
    return result;
  }

  /** The inverse of a non-zero element: a^(2^128 - 2), the product of a^(2^i) for i from 1 to 127. */
  static long[] inverse(long[] a) {
    long[] result = ONE;
    long[] square = a;
    for (int i = 1; i < 128; i++) {
      square = multiply(square, square);
      result = multiply(result, square);
    }
    return result;
  }

  private static long longAt(byte[] b, int at) {
    long r = 0;
    for (int i = 0; i < 8; i++) {
      r = (r << 8) | (b[at + i] & 0xff);
    }
    return r;
  }
}

package io.github.trygg.crypto.internal.primitive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.crypto.testkit.Seeds;
import io.github.trygg.crypto.vectors.Vectors;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Ff1Test {
  static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

  static Stream<SourceObject> nist() {
    return Vectors.tests("nist-ff1-samples.json").stream();
  }

  static int[] numerals(String s) {
    return s.chars().map(ALPHABET::indexOf).toArray();
  }

  static String text(int[] x) {
    StringBuilder sb = new StringBuilder();
    for (int i : x) {
      sb.append(ALPHABET.charAt(i));
    }
    return sb.toString();
  }

  @ParameterizedTest
  @MethodSource("nist")
  void matchesTheNistSamples(SourceObject test) {
    Ff1 ff1 = new Ff1(Vectors.hex(test, "key"), (int) Vectors.number(test, "radix"));
    byte[] tweak = Vectors.hex(test, "tweak");
    String pt = Vectors.string(test, "plaintext");
    String ct = Vectors.string(test, "ciphertext");
    assertEquals(ct, text(ff1.encrypt(numerals(pt), tweak)), Vectors.label(test));
    assertEquals(pt, text(ff1.decrypt(numerals(ct), tweak)), Vectors.label(test));
    if (ff1.radix() == 10) {
      Ff1.Prepared fast = ff1.prepare(pt.length(), tweak);
      assertEquals(Long.parseLong(ct), fast.encrypt(Long.parseLong(pt)), "fast path, " + Vectors.label(test));
      assertEquals(Long.parseLong(pt), fast.decrypt(Long.parseLong(ct)), "fast path, " + Vectors.label(test));
    }
  }

  @Test
  void allNineSamplesAreThere() {
    assertEquals(9, nist().count());
  }

  @Test
  void agreesWithBouncyCastleOnRandomInputs() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 1500; trial++) {
      // Not 65536: Bouncy Castle 1.87 writes P's three radix bytes as 0, radix >> 8, radix, which
      // drops the top bit of 2^16 (SP 800-38G Algorithm 7 step 5 has [radix]^3 = 01 00 00).
      int radix = trial % 5 == 0 ? random.nextInt(257, 65536) : random.nextInt(2, 257);
      int n = Ff1.minLength(radix) + random.nextInt(0, 30);
      byte[] key = AesSivTest.bytes(random, new int[] {16, 24, 32}[random.nextInt(3)]);
      byte[] tweak = AesSivTest.bytes(random, random.nextInt(0, 40));
      int[] x = new int[n];
      for (int i = 0; i < n; i++) {
        x[i] = random.nextInt(radix);
      }
      String message = "seed " + seed + ", trial " + trial + ": radix " + radix + ", length " + n + ", tweak " + tweak.length;
      int[] ours = new Ff1(key, radix).encrypt(x, tweak);
      assertArrayEquals(bouncyCastle(true, key, radix, tweak, x), ours, message);
      assertArrayEquals(x, new Ff1(key, radix).decrypt(ours, tweak), message);
      assertArrayEquals(x, bouncyCastle(false, key, radix, tweak, ours), message);
    }
  }

  @Test
  void theFastPathIsTheSameFunction() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 3000; trial++) {
      int radix = trial % 3 == 0 ? random.nextInt(2, 200) : 10;
      int min = Ff1.minLength(radix);
      int max = min;
      while (java.math.BigInteger.valueOf(radix).pow(max + 1).bitLength() <= 62
          && java.math.BigInteger.valueOf(radix).pow(max + 1 - (max + 1) / 2).bitLength() <= 32) {
        max++;
      }
      int n = random.nextInt(min, max + 1);
      byte[] key = AesSivTest.bytes(random, 32);
      byte[] tweak = AesSivTest.bytes(random, random.nextInt(0, 50));
      Ff1 ff1 = new Ff1(key, radix);
      Ff1.Prepared fast = ff1.prepare(n, tweak);
      long x = random.nextLong(fast.domain());
      int[] digits = new int[n];
      long rest = x;
      for (int i = n - 1; i >= 0; i--) {
        digits[i] = (int) (rest % radix);
        rest /= radix;
      }
      long expected = 0;
      for (int d : ff1.encrypt(digits, tweak)) {
        expected = expected * radix + d;
      }
      String message = "seed " + seed + ", trial " + trial + ": radix " + radix + ", length " + n;
      assertEquals(expected, fast.encrypt(x), message);
      assertEquals(x, fast.decrypt(expected), message);
    }
  }

  @Test
  void encryptingManyInStepIsEncryptingEachAlone() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 200; trial++) {
      int n = random.nextInt(6, 13);
      byte[] tweak = AesSivTest.bytes(random, random.nextInt(0, 40));
      Ff1 ff1 = new Ff1(AesSivTest.bytes(random, 32), 10);
      Ff1.Prepared fast = ff1.prepare(n, tweak);
      long[] xs = new long[random.nextInt(0, 70)];
      long[] expected = new long[xs.length];
      for (int j = 0; j < xs.length; j++) {
        xs[j] = random.nextLong(fast.domain());
        int[] digits = new int[n];
        long rest = xs[j];
        for (int i = n - 1; i >= 0; i--) {
          digits[i] = (int) (rest % 10);
          rest /= 10;
        }
        for (int d : ff1.encrypt(digits, tweak)) {
          expected[j] = expected[j] * 10 + d;
        }
      }
      fast.encryptAll(xs, xs.length);
      assertArrayEquals(expected, xs, "seed " + seed + ", trial " + trial);
    }
  }

  @Test
  void theReductionIsTheUnsignedRemainder() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    long[] divisors = {1, 2, 3, 7, 10, 100, 1000, 10_000, 100_000, 1_000_000, 999_999_937, 1_000_000_000, (1L << 31) - 1, 1L << 31, (1L << 32) - 1};
    long[] edges = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, -2, 1L << 32, (1L << 32) - 1};
    for (int trial = 0; trial < 200_000; trial++) {
      long m = trial < divisors.length * edges.length ? divisors[trial % divisors.length]
          : random.nextBoolean() ? divisors[random.nextInt(divisors.length)] : random.nextLong(1, 1L << 32);
      long s = trial < divisors.length * edges.length ? edges[trial / divisors.length] : random.nextLong();
      if (random.nextInt(8) == 0) {
        s = s - Long.remainderUnsigned(s, m) + m - 1 - random.nextInt((int) Math.min(m, 3));
      }
      assertEquals(Long.remainderUnsigned(s, m), Ff1.reduce(s, m, Long.divideUnsigned(-1L, m)), "seed " + seed + ": " + Long.toUnsignedString(s) + " mod " + m);
    }
  }

  @Test
  void refusesDomainsUnderAMillion() {
    Ff1 ff1 = new Ff1(new byte[16], 10);
    assertThrows(IllegalArgumentException.class, () -> ff1.encrypt(new int[5], new byte[0]));
    assertEquals(6, ff1.encrypt(new int[6], new byte[0]).length);
    assertThrows(IllegalArgumentException.class, () -> ff1.prepare(5, new byte[0]));
    assertEquals(6, Ff1.minLength(10));
    assertEquals(20, Ff1.minLength(2));
    assertEquals(2, Ff1.minLength(1000));
    assertThrows(IllegalArgumentException.class, () -> ff1.encrypt(new int[] {0, 1, 2, 3, 4, 10}, new byte[0]));
    assertThrows(IllegalArgumentException.class, () -> ff1.prepare(6, new byte[0]).encrypt(1_000_000));
    assertThrows(IllegalArgumentException.class, () -> new Ff1(new byte[16], 1));
  }

  /** Bouncy Castle's FF1: numerals as bytes, or as big-endian 16-bit pairs above radix 256. */
  static int[] bouncyCastle(boolean encrypt, byte[] key, int radix, byte[] tweak, int[] x) {
    FPEFF1Engine engine = new FPEFF1Engine();
    engine.init(encrypt, new FPEParameters(new KeyParameter(key), radix, tweak));
    boolean wide = radix > 256;
    byte[] in = new byte[wide ? 2 * x.length : x.length];
    for (int i = 0; i < x.length; i++) {
      if (wide) {
        in[2 * i] = (byte) (x[i] >>> 8);
        in[2 * i + 1] = (byte) x[i];
      } else {
        in[i] = (byte) x[i];
      }
    }
    byte[] out = new byte[in.length];
    engine.processBlock(in, 0, in.length, out, 0);
    int[] result = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      result[i] = wide ? ((out[2 * i] & 0xff) << 8) | (out[2 * i + 1] & 0xff) : out[i] & 0xff;
    }
    return result;
  }
}

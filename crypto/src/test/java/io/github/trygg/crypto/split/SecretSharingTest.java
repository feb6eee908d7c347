package io.github.trygg.crypto.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.testkit.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SecretSharingTest {
  static byte[] bytes(SplittableRandom random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  @Test
  void anyThresholdOfSharesGivesTheSecretBack() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 300; trial++) {
      int n = random.nextInt(2, 9);
      int k = random.nextInt(2, n + 1);
      byte[] secret = bytes(random, random.nextInt(0, 100));
      List<Share> shares = SecretSharing.shamir(secret, k, n);
      assertEquals(n, shares.size());
      String message = "seed " + seed + ", trial " + trial + ": " + k + " of " + n + ", " + secret.length + " bytes";
      // Every subset of k or more, in any order.
      for (int mask = 0; mask < 1 << n; mask++) {
        if (Integer.bitCount(mask) < k) {
          continue;
        }
        List<Share> subset = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if ((mask & 1 << i) != 0) {
            subset.add(shares.get(i));
          }
        }
        Collections.shuffle(subset, new Random(random.nextLong()));
        assertArrayEquals(secret, SecretSharing.join(subset), message);
      }
      List<Share> tooFew = shares.subList(0, k - 1);
      assertEquals(ShareException.Reason.TOO_FEW, assertThrows(ShareException.class, () -> SecretSharing.join(tooFew)).reason(), message);
    }
  }

  @Test
  void bouncyCastlesSharesAreTheTextbookPolynomial() {
    // An independent Lagrange interpolation at 0 in GF(2^8) with the AES polynomial recovers each
    // byte — also when the share count differs from the secret length (wrong before BC 1.86).
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 200; trial++) {
      int n = random.nextInt(2, 12);
      int k = random.nextInt(2, n + 1);
      byte[] secret = bytes(random, random.nextInt(1, 40));
      List<Share> shares = SecretSharing.shamir(secret, k, n);
      for (int j = 0; j < secret.length; j++) {
        int value = 0;
        for (int a = 0; a < k; a++) {
          int xa = shares.get(a).index();
          int basis = 1;
          for (int b = 0; b < k; b++) {
            if (b != a) {
              int xb = shares.get(b).index();
              basis = mul(basis, mul(xb, inverse(xa ^ xb)));
            }
          }
          value ^= mul(shares.get(a).payload()[j] & 0xff, basis);
        }
        assertEquals(secret[j] & 0xff, value, "seed " + seed + ", trial " + trial + ", byte " + j);
      }
    }
  }

  static int mul(int a, int b) {
    int p = 0;
    for (int i = 0; i < 8; i++) {
      if ((b & 1) != 0) {
        p ^= a;
      }
      boolean high = (a & 0x80) != 0;
      a = (a << 1) & 0xff;
      if (high) {
        a ^= 0x1b;
      }
      b >>= 1;
    }
    return p;
  }

  static int inverse(int a) {
    for (int x = 1; x < 256; x++) {
      if (mul(a, x) == 1) {
        return x;
      }
    }
    throw new ArithmeticException("no inverse of 0");
  }

  @Test
  void secretsLongerThanOnePieceAndEmptyOnes() {
    SplittableRandom random = new SplittableRandom(Seeds.seed());
    byte[] big = bytes(random, 150_000);
    List<Share> shares = SecretSharing.shamir(big, 3, 4);
    assertEquals(150_000, shares.get(0).payload().length);
    assertArrayEquals(big, SecretSharing.join(List.of(shares.get(3), shares.get(1), shares.get(0))));
    assertArrayEquals(new byte[0], SecretSharing.join(SecretSharing.shamir(new byte[0], 2, 2)));
    assertArrayEquals(new byte[0], SecretSharing.join(SecretSharing.xor(new byte[0])));
  }

  @Test
  void xorNeedsBothShares() {
    byte[] secret = HexFormat.of().parseHex("00112233445566778899");
    List<Share> shares = SecretSharing.xor(secret);
    assertArrayEquals(secret, SecretSharing.join(List.of(shares.get(1), shares.get(0))));
    assertEquals(ShareException.Reason.TOO_FEW, assertThrows(ShareException.class, () -> SecretSharing.join(List.of(shares.get(0)))).reason());
    assertNotEquals(HexFormat.of().formatHex(secret), HexFormat.of().formatHex(shares.get(0).payload()));
  }

  @Test
  void sharesThatDoNotBelongTogetherAreRefused() {
    byte[] secret = {1, 2, 3};
    List<Share> a = SecretSharing.shamir(secret, 2, 3);
    List<Share> b = SecretSharing.shamir(secret, 2, 3);
    assertEquals(ShareException.Reason.MIXED, assertThrows(ShareException.class, () -> SecretSharing.join(List.of(a.get(0), b.get(1)))).reason());
    Share forged = Share.decode(a.get(0).encode().replaceAll("\\.[A-Za-z0-9_-]+$", ".AAAA"));
    assertEquals(ShareException.Reason.DUPLICATE, assertThrows(ShareException.class, () -> SecretSharing.join(List.of(a.get(0), forged))).reason());
    assertArrayEquals(secret, SecretSharing.join(List.of(a.get(0), a.get(0), a.get(2))), "the same share twice is harmless");
    Share shorter = Share.decode(a.get(1).encode().replaceAll("\\.[A-Za-z0-9_-]+$", ".AAA"));
    assertEquals(ShareException.Reason.TRUNCATED, assertThrows(ShareException.class, () -> SecretSharing.join(List.of(a.get(0), shorter))).reason());
    assertThrows(IllegalArgumentException.class, () -> SecretSharing.shamir(secret, 1, 3));
    assertThrows(IllegalArgumentException.class, () -> SecretSharing.shamir(secret, 4, 3));
    assertThrows(IllegalArgumentException.class, () -> SecretSharing.shamir(secret, 2, 256));
  }

  @Test
  void sharesTravelAsTextAndNeverPrintTheirBytes() {
    byte[] secret = "the export key".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<Share> shares = SecretSharing.shamir(secret, 2, 3);
    for (Share s : shares) {
      String text = s.encode();
      assertTrue(text.matches("trygg-share\\.1\\.shamir\\.2\\.3\\.[123]\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]+"), text);
      assertEquals(s, Share.decode(text));
      assertFalse(s.toString().contains(text.substring(text.lastIndexOf('.') + 1)));
    }
    for (String bad : List.of("", "trygg-share.1.shamir.2.3.4.AAAAAAAAAAAAAAAAAAAAAA.AA", "trygg-share.1.xor.2.3.1.AAAAAAAAAAAAAAAAAAAAAA.AA",
        "trygg-share.1.shamir.2.3.1.AAAAAAAAAAAAAAAAAAAAAA", "trygg-share.2.shamir.2.3.1.AAAAAAAAAAAAAAAAAAAAAA.AA")) {
      assertEquals(ShareException.Reason.MALFORMED, assertThrows(ShareException.class, () -> Share.decode(bad)).reason(), bad);
    }
  }

  @Test
  void streamsOfAnyLengthSplitAndJoin() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    byte[] data = bytes(random, 200_003);
    List<ByteArrayOutputStream> outs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      outs.add(new ByteArrayOutputStream());
    }
    SecretSharing.shamir(new ByteArrayInputStream(data), new ArrayList<OutputStream>(outs), 3);
    List<InputStream> three = new ArrayList<>(List.of(new ByteArrayInputStream(outs.get(4).toByteArray()),
        new ByteArrayInputStream(outs.get(0).toByteArray()), new ByteArrayInputStream(outs.get(2).toByteArray())));
    ByteArrayOutputStream back = new ByteArrayOutputStream();
    SecretSharing.join(three, back);
    assertArrayEquals(data, back.toByteArray(), "seed " + seed);
    ByteArrayOutputStream tooFew = new ByteArrayOutputStream();
    assertThrows(ShareException.class, () -> SecretSharing.join(List.of(new ByteArrayInputStream(outs.get(1).toByteArray()),
        new ByteArrayInputStream(outs.get(3).toByteArray())), tooFew));

    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    SecretSharing.xor(new ByteArrayInputStream(data), a, b);
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    SecretSharing.join(List.of(new ByteArrayInputStream(b.toByteArray()), new ByteArrayInputStream(a.toByteArray())), joined);
    assertArrayEquals(data, joined.toByteArray());
    byte[] cut = java.util.Arrays.copyOf(a.toByteArray(), a.size() - 10);
    assertEquals(ShareException.Reason.TRUNCATED, assertThrows(ShareException.class,
        () -> SecretSharing.join(List.of(new ByteArrayInputStream(cut), new ByteArrayInputStream(b.toByteArray())), new ByteArrayOutputStream())).reason());
    assertEquals(ShareException.Reason.MALFORMED, assertThrows(ShareException.class,
        () -> SecretSharing.join(List.of(new ByteArrayInputStream(data), new ByteArrayInputStream(b.toByteArray())), new ByteArrayOutputStream())).reason());
  }
}

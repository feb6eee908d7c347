package io.github.trygg.crypto.split;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.testkit.Seeds;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A statistical check that k-1 shares carry no information about the secret: for two very
 * different secrets the joint distribution of the bytes of two shares (of a 3-of-5 split) is
 * uniform over all 65,536 pairs and the same for both secrets (chi-square tests). The same statistic
 * on two shares of a 2-of-5 split — enough to recover the secret — is far off, which shows the test
 * can tell. Deterministic for a seed (SHA1PRNG seeded from it); the bound is six standard deviations
 * above the chi-square mean, so a correct splitter fails about once in a billion seeds.
 */
class FewerSharesTellNothingTest {
  static final int CELLS = 256 * 256;
  static final int SECRET_LENGTH = 64;
  static final int SPLITS = 16_384; // 1,048,576 pairs, 16 per cell

  static double bound(int degreesOfFreedom) {
    return degreesOfFreedom + 6 * Math.sqrt(2.0 * degreesOfFreedom);
  }

  /** Counts of (share a byte, share b byte) over many splits of one secret. */
  static long[] pairs(byte[] secret, int threshold, SecureRandom random) {
    long[] counts = new long[CELLS];
    for (int s = 0; s < SPLITS; s++) {
      List<Share> shares = SecretSharing.shamir(secret, threshold, 5, random);
      byte[] a = shares.get(1).payload();
      byte[] b = shares.get(3).payload();
      for (int j = 0; j < secret.length; j++) {
        counts[(a[j] & 0xff) << 8 | (b[j] & 0xff)]++;
      }
    }
    return counts;
  }

  static double uniformity(long[] counts) {
    double n = Arrays.stream(counts).sum();
    double expected = n / counts.length;
    double chi = 0;
    for (long c : counts) {
      chi += (c - expected) * (c - expected) / expected;
    }
    return chi;
  }

  /** Chi-square test of homogeneity of two samples over the same cells. */
  static double difference(long[] x, long[] y) {
    double nx = Arrays.stream(x).sum();
    double ny = Arrays.stream(y).sum();
    double chi = 0;
    for (int i = 0; i < x.length; i++) {
      double total = x[i] + y[i];
      if (total == 0) {
        continue;
      }
      double ex = total * nx / (nx + ny);
      double ey = total * ny / (nx + ny);
      chi += (x[i] - ex) * (x[i] - ex) / ex + (y[i] - ey) * (y[i] - ey) / ey;
    }
    return chi;
  }

  static SecureRandom seeded(long seed) throws NoSuchAlgorithmException {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(seed);
    return random;
  }

  @Test
  void twoSharesOfAThreeOfFiveSplitAreUniformWhateverTheSecret() throws Exception {
    long seed = Seeds.seed();
    byte[] zeros = new byte[SECRET_LENGTH];
    byte[] ones = new byte[SECRET_LENGTH];
    Arrays.fill(ones, (byte) 0xff);
    long[] fromZeros = pairs(zeros, 3, seeded(seed));
    long[] fromOnes = pairs(ones, 3, seeded(seed + 1));
    double bound = bound(CELLS - 1);
    double u0 = uniformity(fromZeros);
    double u1 = uniformity(fromOnes);
    double d = difference(fromZeros, fromOnes);
    String message = "seed " + seed + ": chi-square " + u0 + ", " + u1 + ", between secrets " + d + ", bound " + bound;
    assertTrue(u0 < bound && u1 < bound && d < bound, message);
  }

  @Test
  void theSameStatisticSeesThroughTwoSharesOfATwoOfFiveSplit() throws Exception {
    long seed = Seeds.seed();
    long[] zeros = pairs(new byte[SECRET_LENGTH], 2, seeded(seed));
    byte[] ones = new byte[SECRET_LENGTH];
    Arrays.fill(ones, (byte) 0xff);
    long[] other = pairs(ones, 2, seeded(seed + 1));
    double bound = bound(CELLS - 1);
    assertTrue(uniformity(zeros) > 100 * bound, "seed " + seed + ": two of two-of-five shares look uniform");
    assertTrue(difference(zeros, other) > 10 * bound, "seed " + seed + ": two of two-of-five shares do not depend on the secret");
  }
}

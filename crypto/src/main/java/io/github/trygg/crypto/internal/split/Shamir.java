package io.github.trygg.crypto.internal.split;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import org.apiguardian.api.API;
import org.bouncycastle.crypto.threshold.ShamirSecretSplitter;
import org.bouncycastle.crypto.threshold.ShamirSplitSecret;
import org.bouncycastle.crypto.threshold.ShamirSplitSecretShare;

/**
 * Shamir's k-of-n sharing, byte by byte over GF(2^8) with the AES polynomial: for every byte a
 * fresh random polynomial of degree k-1 whose constant term is the byte; share x (1..n) holds its
 * values at x. Any k shares give the bytes back by Lagrange interpolation at 0; fewer give no
 * information.
 *
 * <p>Bouncy Castle's splitter before 1.86 computed in GF(2^8) with table look-ups (a cache-timing
 * side channel) and sized its share arrays wrongly unless the share count equalled the secret
 * length; the 1.87 used here multiplies with masks, not tables, and both paths are tested.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Shamir {
  /** The longest piece Bouncy Castle splits at once. */
  public static final int MAX_PIECE = 65534;

  private Shamir() {}

  /**
   * Shares of one piece of at most {@link #MAX_PIECE} bytes.
   *
   * @return shares[i] is the share at x = i + 1
   */
  // BouncyCastle marks its threshold-splitting API deprecated; the share format rests on its Native mode.
  @SuppressWarnings("deprecation")
  public static byte[][] split(byte[] piece, int threshold, int count, SecureRandom random) {
    check(threshold, count);
    if (piece.length > MAX_PIECE) {
      throw new IllegalArgumentException("a piece has at most " + MAX_PIECE + " bytes");
    }
    ShamirSecretSplitter splitter = new ShamirSecretSplitter(ShamirSecretSplitter.Algorithm.AES, ShamirSecretSplitter.Mode.Native, piece.length, random);
    ShamirSplitSecretShare[] shares = splitter.resplit(piece, threshold, count).getSecretShares();
    byte[][] out = new byte[count][];
    try {
      for (int i = 0; i < count; i++) {
        out[i] = shares[i].getEncoded();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The piece back from shares at distinct x (1..255), as many as the threshold.
   *
   * @throws IllegalArgumentException if x values repeat or lengths differ
   */
  @SuppressWarnings("deprecation")
  public static byte[] join(int[] xs, byte[][] shares) {
    if (xs.length != shares.length || xs.length == 0) {
      throw new IllegalArgumentException("one x per share, at least one share");
    }
    ShamirSplitSecretShare[] in = new ShamirSplitSecretShare[xs.length];
    for (int i = 0; i < xs.length; i++) {
      if (xs[i] < 1 || xs[i] > 255 || shares[i].length != shares[0].length) {
        throw new IllegalArgumentException("shares are at x 1–255 and of one length");
      }
      for (int j = 0; j < i; j++) {
        if (xs[j] == xs[i]) {
          throw new IllegalArgumentException("two shares at the same x");
        }
      }
      in[i] = new ShamirSplitSecretShare(shares[i], xs[i]);
    }
    try {
      return new ShamirSplitSecret(ShamirSecretSplitter.Algorithm.AES, ShamirSecretSplitter.Mode.Native, in).getSecret();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void check(int threshold, int count) {
    if (threshold < 2 || count < threshold || count > 255) {
      throw new IllegalArgumentException("Shamir sharing needs 2 <= threshold <= count <= 255");
    }
  }
}

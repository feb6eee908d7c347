package io.github.trygg.crypto.split;

import io.github.trygg.crypto.internal.split.Shamir;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Splits secrets into shares and joins them again: byte arrays into {@link Share}s, or a stream of
 * any length into one stream per processor (a header line naming the share, then its bytes).
 *
 * <pre>{@code
 * List<Share> shares = SecretSharing.shamir(secret, 2, 3);   // any 2 of 3
 * byte[] back = SecretSharing.join(List.of(shares.get(0), shares.get(2)));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SecretSharing {
  private static final int CHUNK = 32 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretSharing() {}

  /**
   * Two shares, both needed: a random pad and the secret XOR the pad.
   *
   * @param secret the secret, up to the format's limit
   * @return two shares; both are needed
   */
  public static List<Share> xor(byte[] secret) {
    return xor(secret, RANDOM);
  }

  static List<Share> xor(byte[] secret, SecureRandom random) {
    byte[] pad = new byte[secret.length];
    random.nextBytes(pad);
    byte[] other = xorOf(secret, pad);
    String id = splitId(random);
    return List.of(new Share(id, ShareScheme.XOR, 2, 2, 1, pad), new Share(id, ShareScheme.XOR, 2, 2, 2, other));
  }

  /**
   * {@code count} shares of which any {@code threshold} give the secret back and fewer tell nothing.
   *
   * @param secret the secret, up to the format's limit
   * @param threshold how many shares give the secret back, 2 or more
   * @param count how many shares to make, at least the threshold
   * @return the shares, index 1 to {@code count}
   * @throws IllegalArgumentException unless {@code 2 <= threshold <= count <= 255}
   */
  public static List<Share> shamir(byte[] secret, int threshold, int count) {
    return shamir(secret, threshold, count, RANDOM);
  }

  static List<Share> shamir(byte[] secret, int threshold, int count, SecureRandom random) {
    Shamir.check(threshold, count);
    ByteArrayOutputStream[] parts = new ByteArrayOutputStream[count];
    Arrays.setAll(parts, i -> new ByteArrayOutputStream(secret.length));
    for (int off = 0; off < secret.length || off == 0; off += Shamir.MAX_PIECE) {
      byte[] piece = Arrays.copyOfRange(secret, off, Math.min(secret.length, off + Shamir.MAX_PIECE));
      byte[][] shares = Shamir.split(piece, threshold, count, random);
      for (int i = 0; i < count; i++) {
        parts[i].write(shares[i], 0, shares[i].length);
      }
      if (secret.length == 0) {
        break;
      }
    }
    String id = splitId(random);
    List<Share> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(new Share(id, ShareScheme.SHAMIR, threshold, count, i + 1, parts[i].toByteArray()));
    }
    return out;
  }

  /**
   * The secret from enough shares of one split (more are fine).
   *
   * @param shares at least the threshold's number of shares of one split
   * @return the secret
   * @throws ShareException if they are of different splits, repeat an index, are too few or differ
   *     in length
   */
  public static byte[] join(Collection<Share> shares) {
    List<Share> chosen = choose(shares);
    Share first = chosen.get(0);
    int length = first.length();
    if (chosen.stream().anyMatch(s -> s.length() != length)) {
      throw new ShareException(ShareException.Reason.TRUNCATED);
    }
    if (first.scheme() == ShareScheme.XOR) {
      return xorOf(chosen.get(0).bytes(), chosen.get(1).bytes());
    }
    int[] xs = chosen.stream().mapToInt(Share::index).toArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream(length);
    for (int off = 0; off < length; off += Shamir.MAX_PIECE) {
      int end = Math.min(length, off + Shamir.MAX_PIECE);
      byte[][] pieces = new byte[xs.length][];
      for (int i = 0; i < xs.length; i++) {
        pieces[i] = Arrays.copyOfRange(chosen.get(i).bytes(), off, end);
      }
      byte[] piece = Shamir.join(xs, pieces);
      out.write(piece, 0, piece.length);
    }
    return out.toByteArray();
  }

  /** Checks the shares belong together and takes the first {@code threshold} distinct ones. */
  private static List<Share> choose(Collection<Share> shares) {
    if (shares.isEmpty()) {
      throw new ShareException(ShareException.Reason.TOO_FEW);
    }
    Share first = shares.iterator().next();
    Map<Integer, Share> byIndex = new LinkedHashMap<>();
    for (Share s : shares) {
      if (!s.splitId().equals(first.splitId()) || s.scheme() != first.scheme() || s.threshold() != first.threshold() || s.count() != first.count()) {
        throw new ShareException(ShareException.Reason.MIXED);
      }
      Share earlier = byIndex.putIfAbsent(s.index(), s);
      if (earlier != null && !earlier.equals(s)) {
        throw new ShareException(ShareException.Reason.DUPLICATE);
      }
    }
    if (byIndex.size() < first.threshold()) {
      throw new ShareException(ShareException.Reason.TOO_FEW, byIndex.size() + " of " + first.threshold());
    }
    return new ArrayList<>(byIndex.values()).subList(0, first.threshold());
  }

  // ------------------------------------------------------------------------------------ streams

  /**
   * Splits a stream into two XOR share streams, both needed. The input is read once, in chunks.
   *
   * @param in the secret's bytes, read to the end
   * @param first where the first share is written
   * @param second where the second share is written
   */
  public static void xor(InputStream in, OutputStream first, OutputStream second) {
    String id = splitId(RANDOM);
    try {
      writeHeader(first, new Share(id, ShareScheme.XOR, 2, 2, 1, new byte[0]));
      writeHeader(second, new Share(id, ShareScheme.XOR, 2, 2, 2, new byte[0]));
      byte[] pad = new byte[CHUNK];
      for (byte[] chunk = in.readNBytes(CHUNK); chunk.length > 0; chunk = in.readNBytes(CHUNK)) {
        RANDOM.nextBytes(pad);
        first.write(pad, 0, chunk.length);
        second.write(xorOf(chunk, pad));
      }
      first.flush();
      second.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits a stream into one Shamir share stream per output, any {@code threshold} of which give it
   * back. The input is read once, in chunks; each chunk gets fresh random polynomials.
   *
   * @param in the secret's bytes, read to the end
   * @param outs where each share is written, one stream per share
   * @param threshold how many shares give the secret back, 2 or more
   */
  public static void shamir(InputStream in, List<OutputStream> outs, int threshold) {
    int count = outs.size();
    Shamir.check(threshold, count);
    String id = splitId(RANDOM);
    try {
      for (int i = 0; i < count; i++) {
        writeHeader(outs.get(i), new Share(id, ShareScheme.SHAMIR, threshold, count, i + 1, new byte[0]));
      }
      for (byte[] chunk = in.readNBytes(CHUNK); chunk.length > 0; chunk = in.readNBytes(CHUNK)) {
        byte[][] shares = Shamir.split(chunk, threshold, count, RANDOM);
        for (int i = 0; i < count; i++) {
          outs.get(i).write(shares[i]);
        }
      }
      for (OutputStream out : outs) {
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Joins share streams (at least the threshold, of one split, in any order) into the original.
   *
   * @param ins the shares' streams, each positioned at its start
   * @param out where the secret is written
   * @throws ShareException if a stream is not a share, they do not belong together, or they end at
   *     different lengths
   */
  public static void join(List<InputStream> ins, OutputStream out) {
    try {
      List<Share> headers = new ArrayList<>();
      Map<Share, InputStream> streams = new LinkedHashMap<>();
      for (InputStream in : ins) {
        Share header = Share.header(readLine(in));
        headers.add(header);
        streams.putIfAbsent(header, in);
      }
      List<Share> chosen = choose(headers);
      List<InputStream> sources = chosen.stream().map(streams::get).toList();
      int[] xs = chosen.stream().mapToInt(Share::index).toArray();
      while (true) {
        byte[][] chunks = new byte[sources.size()][];
        for (int i = 0; i < chunks.length; i++) {
          chunks[i] = sources.get(i).readNBytes(CHUNK);
          if (chunks[i].length != chunks[0].length) {
            throw new ShareException(ShareException.Reason.TRUNCATED);
          }
        }
        if (chunks[0].length == 0) {
          break;
        }
        out.write(chosen.get(0).scheme() == ShareScheme.XOR ? xorOf(chunks[0], chunks[1]) : Shamir.join(xs, chunks));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeHeader(OutputStream out, Share share) throws IOException {
    out.write((share.header() + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0 || sb.length() > 200) {
        throw new ShareException(ShareException.Reason.MALFORMED, "the stream does not begin with a share header");
      }
      sb.append((char) c);
    }
    return sb.toString();
  }

  private static String splitId(SecureRandom random) {
    byte[] id = new byte[16];
    random.nextBytes(id);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
  }

  private static byte[] xorOf(byte[] a, byte[] b) {
    byte[] out = new byte[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = (byte) (a[i] ^ b[i]);
    }
    return out;
  }
}

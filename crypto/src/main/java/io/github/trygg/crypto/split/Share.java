package io.github.trygg.crypto.split;

import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One share: which split it belongs to (a random id), the scheme, the threshold k and count n, its
 * index (1..n), and the share bytes. {@link #encode()} gives URL-safe text to hand to a processor;
 * {@link #toString()} never shows the bytes.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Share {
  private static final Pattern TEXT = Pattern.compile("trygg-share\\.1\\.(xor|shamir)\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.([A-Za-z0-9_-]{22})(?:\\.([A-Za-z0-9_-]*))?");

  private final String splitId;
  private final ShareScheme scheme;
  private final int threshold;
  private final int count;
  private final int index;
  private final byte[] payload;

  Share(String splitId, ShareScheme scheme, int threshold, int count, int index, byte[] payload) {
    this.splitId = splitId;
    this.scheme = scheme;
    this.threshold = threshold;
    this.count = count;
    this.index = index;
    this.payload = payload;
  }

  /** {@return the random id all shares of one split have in common} */
  public String splitId() {
    return splitId;
  }

  /** {@return how the secret was split: XOR (2 of 2) or Shamir (k of n)} */
  public ShareScheme scheme() {
    return scheme;
  }

  /** {@return how many shares give the secret back} */
  public int threshold() {
    return threshold;
  }

  /** {@return how many shares were made} */
  public int count() {
    return count;
  }

  /** {@return this share's index, 1 to {@link #count()}} */
  public int index() {
    return index;
  }

  /** {@return a copy of the share bytes} */
  public byte[] payload() {
    return payload.clone();
  }

  int length() {
    return payload.length;
  }

  byte[] bytes() {
    return payload;
  }

  /**
   * The share as URL-safe text, to hand to a processor.
   *
   * @return {@code trygg-share.1.<scheme>.<k>.<n>.<index>.<split id>.<bytes in base64url>}
   */
  public String encode() {
    return header() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
  }

  /** {@return the text before the bytes: the first line of a share stream} */
  String header() {
    return "trygg-share.1." + scheme.name().toLowerCase(Locale.ROOT) + "." + threshold + "." + count + "." + index + "." + splitId;
  }

  /**
   * Reads a share from its text, as {@link #encode()} writes it; surrounding white space is ignored.
   *
   * @param text the encoded share
   * @return the share
   * @throws ShareException if the text is not an encoded share
   */
  public static Share decode(String text) {
    Matcher m = TEXT.matcher(text.trim());
    if (!m.matches() || m.group(6) == null) {
      throw new ShareException(ShareException.Reason.MALFORMED);
    }
    return of(m, Base64.getUrlDecoder().decode(m.group(6)));
  }

  /** A header line of a share stream, without bytes. */
  static Share header(String line) {
    Matcher m = TEXT.matcher(line.trim());
    if (!m.matches() || m.group(6) != null) {
      throw new ShareException(ShareException.Reason.MALFORMED, "the stream does not begin with a share header");
    }
    return of(m, new byte[0]);
  }

  private static Share of(Matcher m, byte[] payload) {
    ShareScheme scheme = ShareScheme.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    int k = Integer.parseInt(m.group(2));
    int n = Integer.parseInt(m.group(3));
    int x = Integer.parseInt(m.group(4));
    boolean valid = scheme == ShareScheme.XOR ? k == 2 && n == 2 : k >= 2 && k <= n && n <= 255;
    if (!valid || x < 1 || x > n) {
      throw new ShareException(ShareException.Reason.MALFORMED, "impossible threshold, count or index");
    }
    return new Share(m.group(5), scheme, k, n, x, payload);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Share s && splitId.equals(s.splitId) && index == s.index && scheme == s.scheme
        && java.security.MessageDigest.isEqual(payload, s.payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(splitId, index);
  }

  @Override
  public String toString() {
    return "Share[" + scheme + " " + index + " of " + count + ", threshold " + threshold + ", split " + splitId + ", " + payload.length + " bytes]";
  }
}

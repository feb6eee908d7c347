package io.github.trygg.crypto.pseudonym;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The text form every pseudonym shares: {@code <key id>.<version>.<body>}, the body base64url
 * without padding. Only characters that need no escaping in URLs, CSV or JSON. Values sealed by
 * {@link ValueCipher} take the same form, so everything keyed in Trygg names its key id and version
 * alike.
 */
final class Pseudonyms {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Pseudonyms() {}

  /** A pseudonym taken apart. */
  record Parsed(KeyRef key, byte[] body) {}

  static String prefix(KeyRef key) {
    return key.keyId() + "." + key.version() + ".";
  }

  static String encode(byte[] body) {
    return ENCODER.encodeToString(body);
  }

  private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(StandardCharsets.US_ASCII);

  /**
   * {@code prefix} followed by base64url of the first {@code length} bytes of {@code body}, in one
   * pass into one array: the hot path of HMAC pseudonyms.
   */
  static String withPrefix(byte[] prefix, byte[] body, int length) {
    byte[] out = new byte[prefix.length + (length * 8 + 5) / 6];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    int o = prefix.length;
    int i = 0;
    for (; i + 3 <= length; i += 3) {
      int bits = (body[i] & 0xff) << 16 | (body[i + 1] & 0xff) << 8 | (body[i + 2] & 0xff);
      out[o++] = ALPHABET[bits >>> 18];
      out[o++] = ALPHABET[bits >>> 12 & 63];
      out[o++] = ALPHABET[bits >>> 6 & 63];
      out[o++] = ALPHABET[bits & 63];
    }
    if (length - i == 1) {
      int bits = (body[i] & 0xff) << 16;
      out[o++] = ALPHABET[bits >>> 18];
      out[o] = ALPHABET[bits >>> 12 & 63];
    } else if (length - i == 2) {
      int bits = (body[i] & 0xff) << 16 | (body[i + 1] & 0xff) << 8;
      out[o++] = ALPHABET[bits >>> 18];
      out[o++] = ALPHABET[bits >>> 12 & 63];
      out[o] = ALPHABET[bits >>> 6 & 63];
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /**
   * The key and body of a text of this form, whatever key id it names.
   *
   * @throws InvalidPseudonymException if the text is not of this form
   */
  static Parsed parseAny(String text) {
    int first = text.indexOf('.');
    if (first <= 0) {
      throw new InvalidPseudonymException("not a pseudonym: expected <key id>.<version>.<body>");
    }
    String keyId = text.substring(0, first);
    try {
      KeyRef.checkKeyId(keyId);
    } catch (IllegalArgumentException e) {
      throw new InvalidPseudonymException("not a pseudonym: the key id is malformed");
    }
    return parse(text, keyId);
  }

  /**
   * @throws InvalidPseudonymException if the text is not of this form, or names another key id
   */
  static Parsed parse(String pseudonym, String keyId) {
    int first = pseudonym.indexOf('.');
    int second = first < 0 ? -1 : pseudonym.indexOf('.', first + 1);
    if (second < 0 || pseudonym.indexOf('.', second + 1) >= 0) {
      throw new InvalidPseudonymException("not a pseudonym: expected <key id>.<version>.<body>");
    }
    if (!pseudonym.regionMatches(0, keyId, 0, first) || first != keyId.length()) {
      throw new InvalidPseudonymException("the pseudonym was not made with this domain's key");
    }
    int version;
    try {
      version = Integer.parseInt(pseudonym, first + 1, second, 10);
    } catch (NumberFormatException e) {
      throw new InvalidPseudonymException("not a pseudonym: the version is not a number");
    }
    if (version < 1) {
      throw new InvalidPseudonymException("not a pseudonym: the version is not a number");
    }
    byte[] body;
    try {
      body = DECODER.decode(pseudonym.substring(second + 1));
    } catch (IllegalArgumentException e) {
      throw new InvalidPseudonymException("not a pseudonym: the body is not base64url");
    }
    return new Parsed(new KeyRef(keyId, version), body);
  }
}

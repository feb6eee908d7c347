package io.github.trygg.crypto.internal.seal;

import org.apiguardian.api.API;

/**
 * What a CMS message may hold before it is refused as malformed. They bound the structures around
 * the content, never the content itself, which is streamed: a message can carry any amount of
 * content, but its recipients, certificates and attributes are read into memory and so are capped.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CmsLimits {
  /** The recipient infos of one message, encoded (about 500 bytes each: some two thousand recipients). */
  public static final int RECIPIENT_INFOS = 1 << 20;
  /** The certificates (and, separately, the revocation lists) carried in a message or its originator info. */
  public static final int CERTIFICATES = 1 << 20;
  /** The signer infos of a signed message, or a message's attributes. */
  public static final int ATTRIBUTES = 64 << 10;
  /** Any other single element of the structure around the content: versions, algorithm identifiers, tags. */
  public static final int ELEMENT = 16 << 10;
  /** How deeply the structures around the content may nest; a certificate needs about ten levels. */
  public static final int DEPTH = 32;
  /** How deeply the segments of a BER octet string may nest. */
  public static final int OCTET_DEPTH = 8;
  /** The largest in-memory message ({@code byte[]}) and the largest legacy (CBC) message. */
  public static final int IN_MEMORY = Integer.MAX_VALUE - 64;
  /** AES-GCM's own bound on one message: 2^36 - 32 bytes (NIST SP 800-38D). */
  public static final long GCM_CONTENT = (1L << 36) - 32;

  private CmsLimits() {}
}

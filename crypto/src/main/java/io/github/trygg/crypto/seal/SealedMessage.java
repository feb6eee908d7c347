package io.github.trygg.crypto.seal;

import org.apiguardian.api.API;

/**
 * A sealed message: a DER-encoded CMS ContentInfo holding AuthEnvelopedData (AES-256-GCM), whose
 * content is either the signed message (sign-then-seal) or the plain content. {@link #toString()}
 * shows only sizes and the policy.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SealedMessage {
  private final byte[] der;
  private final boolean signed;
  private final int recipients;
  private final String policy;

  SealedMessage(byte[] der, boolean signed, int recipients, String policy) {
    this.der = der;
    this.signed = signed;
    this.recipients = recipients;
    this.policy = policy;
  }

  /** The DER bytes ({@code smime.p7m}, {@code openssl cms -inform DER}). A copy. */
  public byte[] encoded() {
    return der.clone();
  }

  /** The same as PEM ({@code -----BEGIN CMS-----}, {@code openssl cms -inform PEM}). */
  public String toPem() {
    return Pem.encode("CMS", der);
  }

  public int size() {
    return der.length;
  }

  /** Whether the content inside is a SignedData (sign-then-seal). */
  public boolean signed() {
    return signed;
  }

  public int recipientCount() {
    return recipients;
  }

  /** The crypto policy it was sealed under, for example {@code trygg-crypto 2026.11}. */
  public String policy() {
    return policy;
  }

  @Override
  public String toString() {
    return "SealedMessage[" + der.length + " bytes, " + (signed ? "signed" : "unsigned") + ", " + recipients + " recipient(s), " + policy + "]";
  }
}

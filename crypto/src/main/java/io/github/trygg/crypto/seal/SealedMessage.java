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

  /** {@return the DER bytes ({@code smime.p7m}, {@code openssl cms -inform DER})} A copy. */
  public byte[] encoded() {
    return der.clone();
  }

  /** {@return the same as PEM ({@code -----BEGIN CMS-----}, {@code openssl cms -inform PEM})} */
  public String toPem() {
    return Pem.encode("CMS", der);
  }

  /** {@return the size of the DER encoding in bytes} */
  public int size() {
    return der.length;
  }

  /** {@return whether the content inside is a SignedData (sign-then-seal)} */
  public boolean signed() {
    return signed;
  }

  /** {@return how many recipients the message is sealed to} */
  public int recipientCount() {
    return recipients;
  }

  /** {@return the crypto policy it was sealed under, for example {@code trygg-crypto 2026.11}} */
  public String policy() {
    return policy;
  }

  @Override
  public String toString() {
    return "SealedMessage[" + der.length + " bytes, " + (signed ? "signed" : "unsigned") + ", " + recipients + " recipient(s), " + policy + "]";
  }
}

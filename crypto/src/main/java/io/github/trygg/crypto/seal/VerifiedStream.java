package io.github.trygg.crypto.seal;

import io.github.trygg.crypto.internal.seal.SignedAttributes;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a verified signature says about content that was streamed to the caller: the counterpart of
 * {@link VerifiedMessage} for {@link SecureEnvelopes#openAndVerify(java.io.InputStream,
 * java.io.OutputStream, RecipientCredential)}. The content written is authentic only because this
 * was returned.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class VerifiedStream {
  private final long contentLength;
  private final X509Certificate signer;
  private final String signatureAlgorithm;
  private final Optional<Instant> signingTime;
  private final Optional<List<byte[]>> recipients;
  private final Optional<SignedDecision> decision;

  VerifiedStream(long contentLength, X509Certificate signer, String signatureAlgorithm, Optional<Instant> signingTime,
      Optional<List<byte[]>> recipients, Optional<SignedDecision> decision) {
    this.contentLength = contentLength;
    this.signer = signer;
    this.signatureAlgorithm = signatureAlgorithm;
    this.signingTime = signingTime;
    this.recipients = recipients;
    this.decision = decision;
  }

  /** {@return how many content bytes were written} */
  public long contentLength() {
    return contentLength;
  }

  /** {@return the signer's certificate, whose path to a trust anchor was validated} */
  public X509Certificate signer() {
    return signer;
  }

  /**
   * {@return the signature algorithm, for example {@code RSASSA-PSS-SHA256 (MGF1-SHA256, salt 32)},
   * {@code ECDSA-SHA256} or {@code Ed25519}}
   */
  public String signatureAlgorithm() {
    return signatureAlgorithm;
  }

  /** {@return the signing time the signer claims (a signed attribute); not a trusted timestamp} */
  public Optional<Instant> signingTime() {
    return signingTime;
  }

  /**
   * {@return whether the signer named the recipients it meant the message for (Trygg always does;
   * other senders may not)}
   */
  public boolean recipientsBound() {
    return recipients.isPresent();
  }

  /**
   * Whether the signer named {@code certificate} among the recipients.
   *
   * @param certificate a recipient's certificate
   * @return whether the signer named it; false when it named none
   */
  public boolean intendedFor(X509Certificate certificate) {
    return recipients.map(r -> SignedAttributes.names(r, certificate)).orElse(false);
  }

  /** {@return the message rule decision the sender signed into the message, if any} */
  public Optional<SignedDecision> decision() {
    return decision;
  }

  @Override
  public String toString() {
    return "VerifiedStream[" + contentLength + " bytes, " + signatureAlgorithm + " by " + signer.getSubjectX500Principal().getName() + "]";
  }
}

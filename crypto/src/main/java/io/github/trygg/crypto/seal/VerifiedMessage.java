package io.github.trygg.crypto.seal;

import io.github.trygg.crypto.internal.seal.SignedAttributes;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Content whose signature verified and whose signer's certificate chains to a trust anchor. {@link
 * #toString()} never shows the content.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class VerifiedMessage {
  private final byte[] content;
  private final X509Certificate signer;
  private final String signatureAlgorithm;
  private final Optional<Instant> signingTime;
  private final Optional<List<byte[]>> recipients;
  private final Optional<SignedDecision> decision;

  VerifiedMessage(byte[] content, X509Certificate signer, String signatureAlgorithm, Optional<Instant> signingTime,
      Optional<List<byte[]>> recipients, Optional<SignedDecision> decision) {
    this.content = content;
    this.signer = signer;
    this.signatureAlgorithm = signatureAlgorithm;
    this.signingTime = signingTime;
    this.recipients = recipients;
    this.decision = decision;
  }

  /** {@return a copy of the content} */
  public byte[] content() {
    return content.clone();
  }

  /** {@return the signer's certificate, whose path to a trust anchor was validated} */
  public X509Certificate signer() {
    return signer;
  }

  /**
   * {@return the full algorithm: for example {@code RSASSA-PSS-SHA256 (MGF1-SHA256, salt 32)},
   * {@code ECDSA-SHA256}, {@code Ed25519}, or under the legacy policy {@code RSA-PKCS1-v1_5-SHA256
   * (legacy)}}
   */
  public String signatureAlgorithm() {
    return signatureAlgorithm;
  }

  /** {@return the signing time the signer claims (a signed attribute); not a trusted timestamp} */
  public Optional<Instant> signingTime() {
    return signingTime;
  }

  /**
   * {@return whether the signer named the recipients it meant the message for, as a signed
   * attribute} Trygg always does when it signs and seals; other senders may not, and then nothing
   * stops a recipient from passing the signed message on as if it had been sent to someone else.
   */
  public boolean recipientsBound() {
    return recipients.isPresent();
  }

  /**
   * Whether the signer named {@code certificate} among the intended recipients.
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
    return "VerifiedMessage[" + content.length + " bytes, " + signatureAlgorithm + " by " + signer.getSubjectX500Principal().getName() + "]";
  }
}

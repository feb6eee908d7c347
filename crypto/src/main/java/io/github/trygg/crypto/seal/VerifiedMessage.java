package io.github.trygg.crypto.seal;

import java.security.cert.X509Certificate;
import java.time.Instant;
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

  VerifiedMessage(byte[] content, X509Certificate signer, String signatureAlgorithm, Optional<Instant> signingTime) {
    this.content = content;
    this.signer = signer;
    this.signatureAlgorithm = signatureAlgorithm;
    this.signingTime = signingTime;
  }

  /** A copy of the content. */
  public byte[] content() {
    return content.clone();
  }

  public X509Certificate signer() {
    return signer;
  }

  /** For example {@code RSASSA-PSS}, {@code ECDSA-SHA256} or {@code Ed25519}. */
  public String signatureAlgorithm() {
    return signatureAlgorithm;
  }

  /** The signing time the signer claims (a signed attribute); not a trusted timestamp. */
  public Optional<Instant> signingTime() {
    return signingTime;
  }

  @Override
  public String toString() {
    return "VerifiedMessage[" + content.length + " bytes, " + signatureAlgorithm + " by " + signer.getSubjectX500Principal().getName() + "]";
  }
}

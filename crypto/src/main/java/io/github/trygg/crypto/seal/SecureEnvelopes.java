package io.github.trygg.crypto.seal;

import io.github.trygg.crypto.internal.seal.CertificatePaths;
import io.github.trygg.crypto.internal.seal.Cms;
import io.github.trygg.crypto.internal.seal.CmsFailure;
import io.github.trygg.crypto.internal.seal.KeyKind;
import io.github.trygg.crypto.internal.seal.SealRecipient;
import java.security.SecureRandom;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Seals, opens, signs and verifies CMS messages under a {@link CryptoPolicy}, trusting only the
 * configured trust anchors. {@link #seal} signs and then seals; {@link #openAndVerify} is its
 * counterpart. Every recipient certificate is validated (path, validity, key usage, policy) before
 * anything is sealed to it; a validated path is remembered, with the recipient's key prepared for
 * sealing, for as long as all its certificates are valid and, when revocation lists are given, until
 * their next update. Without revocation lists revocation is not checked (the host's PKI should then
 * keep its certificates short lived). Every message still gets its own content key and, for key agreement, its own
 * ephemeral key. Thread-safe.
 *
 * <pre>{@code
 * SecureEnvelopes envelopes = SecureEnvelopes.builder().addTrustAnchor(caCertificate).build();
 * SealedMessage sealed = envelopes.seal(content, sender, List.of(patientCertificate));
 * VerifiedMessage opened = envelopes.openAndVerify(sealed.encoded(), patient);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SecureEnvelopes {
  private final CryptoPolicy policy;
  private final Set<TrustAnchor> anchors;
  private final List<X509Certificate> intermediates;
  private final List<X509CRL> crls;
  private final Clock clock;
  private final SecureRandom random;
  /**
   * Recipients already validated, with the window their path stays valid in (bounded by the next update
   * of the revocation lists, if any) and their key prepared for sealing; at most {@value #CACHED_RECIPIENTS} of them (a
   * P-256 key's comb table is about 4 KB).
   */
  private final java.util.concurrent.ConcurrentHashMap<X509Certificate, Validated> validRecipients = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CACHED_RECIPIENTS = 4096;

  private SecureEnvelopes(Builder b) {
    this.policy = b.policy;
    this.anchors = Set.copyOf(b.anchors);
    this.intermediates = List.copyOf(b.intermediates);
    this.crls = List.copyOf(b.crls);
    this.clock = b.clock;
    this.random = b.random == null ? new SecureRandom() : b.random;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Configuration: trust anchors are required; the policy defaults to {@link CryptoPolicy#defaults()}. */
  public static final class Builder {
    private CryptoPolicy policy = CryptoPolicy.defaults();
    private final Set<TrustAnchor> anchors = new HashSet<>();
    private final List<X509Certificate> intermediates = new ArrayList<>();
    private final List<X509CRL> crls = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private SecureRandom random;

    private Builder() {}

    public Builder policy(CryptoPolicy policy) {
      this.policy = policy;
      return this;
    }

    /** A CA certificate whose certificates are trusted. */
    public Builder addTrustAnchor(X509Certificate anchor) {
      anchors.add(new TrustAnchor(anchor, null));
      return this;
    }

    /** Replaces the trust anchors with these CA certificates. */
    public Builder trustAnchors(Iterable<X509Certificate> certificates) {
      anchors.clear();
      certificates.forEach(this::addTrustAnchor);
      return this;
    }

    /** An intermediate CA certificate to build paths with (messages may also carry their own). */
    public Builder addIntermediate(X509Certificate certificate) {
      intermediates.add(certificate);
      return this;
    }

    /** Replaces the intermediate CA certificates to build paths with. */
    public Builder intermediates(Iterable<X509Certificate> certificates) {
      intermediates.clear();
      certificates.forEach(intermediates::add);
      return this;
    }

    /** The clock certificate validity is checked against. */
    /**
     * Revocation lists to check every path against. With any given, revocation is checked for
     * every certificate of a path, against these lists only (nothing is fetched): a certificate
     * whose issuer has no current list here is refused as {@code REVOCATION_UNKNOWN}, a listed one
     * as {@code REVOKED}. A validated recipient is remembered at most until the lists' next update;
     * build a new instance with fresh lists before then.
     */
    public Builder revocationLists(Iterable<X509CRL> lists) {
      crls.clear();
      lists.forEach(crls::add);
      return this;
    }

    /** One more revocation list; see {@link #revocationLists(Iterable)}. */
    public Builder addRevocationList(X509CRL list) {
      crls.add(list);
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder random(SecureRandom random) {
      this.random = random;
      return this;
    }

    public SecureEnvelopes build() {
      if (anchors.isEmpty()) {
        throw new IllegalStateException("at least one trust anchor is needed");
      }
      return new SecureEnvelopes(this);
    }
  }

  public CryptoPolicy policy() {
    return policy;
  }

  /** Signs with the sender's key, then seals the signed message to every recipient. */
  public SealedMessage seal(byte[] content, SenderCredential sender, List<X509Certificate> recipients) {
    byte[] signed = sign(content, sender).encoded();
    return new SealedMessage(sealChecked(signed, recipients), true, recipients.size(), policy.toString());
  }

  /** Seals without a signature: the recipient learns nothing about who sent it. Prefer {@link #seal}. */
  public SealedMessage sealUnsigned(byte[] content, List<X509Certificate> recipients) {
    return new SealedMessage(sealChecked(content, recipients), false, recipients.size(), policy.toString());
  }

  private byte[] sealChecked(byte[] content, List<X509Certificate> recipients) {
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("a sealed message needs at least one recipient");
    }
    Instant now = clock.instant();
    List<SealRecipient> prepared = new ArrayList<>(recipients.size());
    for (X509Certificate recipient : recipients) {
      policy.checkRecipientKey(recipient.getPublicKey());
      Validated known = validRecipients.get(recipient);
      if (known != null && known.window().contains(now)) {
        prepared.add(known.recipient());
        continue;
      }
      int usage = KeyKind.of(recipient.getPublicKey()) == KeyKind.RSA ? CertificatePaths.KEY_ENCIPHERMENT : CertificatePaths.KEY_AGREEMENT;
      CertificatePaths.Window window = run(() -> CertificatePaths.validate(recipient, intermediates, anchors, crls, now, usage));
      SealRecipient ready = run(() -> SealRecipient.of(recipient));
      if (validRecipients.size() >= CACHED_RECIPIENTS) {
        validRecipients.clear();
      }
      validRecipients.put(recipient, new Validated(window, ready));
      prepared.add(ready);
    }
    return run(() -> Cms.seal(content, prepared, random));
  }

  /** A recipient whose path validated, the window in which that holds, and its key ready for sealing. */
  private record Validated(CertificatePaths.Window window, SealRecipient recipient) {}

  /** A SignedData over the content, after checking the sender's own certificate. */
  public SignedMessage sign(byte[] content, SenderCredential sender) {
    X509Certificate certificate = sender.certificate();
    policy.checkSignerKey(certificate.getPublicKey());
    List<X509Certificate> chain = new ArrayList<>(sender.chain().subList(1, sender.chain().size()));
    chain.addAll(intermediates);
    run(() -> CertificatePaths.validate(certificate, chain, anchors, crls, clock.instant(), CertificatePaths.DIGITAL_SIGNATURE, CertificatePaths.NON_REPUDIATION));
    String algorithm = policy.signatureAlgorithm(certificate.getPublicKey());
    return new SignedMessage(run(() -> Cms.sign(content, sender.key().key(), sender.chain(), algorithm)));
  }

  /**
   * Checks the signature and the signer's certificate path to a trust anchor.
   *
   * @throws TamperedMessageException when the content or signature was altered
   * @throws UntrustedCertificateException when the signer's certificate cannot be relied on
   */
  public VerifiedMessage verify(byte[] signedMessage) {
    Cms.Verified v = run(() -> Cms.verify(signedMessage, policy.acceptedSignatureOids()));
    policy.checkSignerKey(v.signer().getPublicKey());
    List<X509Certificate> chain = new ArrayList<>(v.certificates());
    chain.remove(v.signer());
    chain.addAll(intermediates);
    run(() -> CertificatePaths.validate(v.signer(), chain, anchors, crls, clock.instant(), CertificatePaths.DIGITAL_SIGNATURE, CertificatePaths.NON_REPUDIATION));
    return new VerifiedMessage(v.content(), v.signer(), CryptoPolicy.signatureName(v.signatureAlgorithm()), v.signingTime());
  }

  /**
   * The content of a sealed message for this recipient, checked by its authentication tag.
   *
   * @throws NotARecipientException when the message is not addressed to the credential's certificate
   * @throws TamperedMessageException when it was altered
   */
  public byte[] open(byte[] sealedMessage, RecipientCredential recipient) {
    return run(() -> Cms.open(sealedMessage, recipient.certificate(), recipient.key().key(), policy.readsLegacyFormats()));
  }

  /** Opens, then verifies the signed message inside: the counterpart of {@link #seal}. */
  public VerifiedMessage openAndVerify(byte[] sealedMessage, RecipientCredential recipient) {
    return verify(open(sealedMessage, recipient));
  }

  private static <T> T run(java.util.function.Supplier<T> operation) {
    try {
      return operation.get();
    } catch (CmsFailure f) {
      throw translate(f);
    }
  }

  private static void run(Runnable operation) {
    try {
      operation.run();
    } catch (CmsFailure f) {
      throw translate(f);
    }
  }

  private static RuntimeException translate(CmsFailure f) {
    return switch (f.kind()) {
      case MALFORMED -> new MalformedMessageException(f.getMessage(), f);
      case NOT_A_RECIPIENT -> new NotARecipientException(f.getMessage(), f);
      case TAMPERED, SIGNATURE_INVALID -> new TamperedMessageException(f.getMessage(), f);
      case NOT_ALLOWED -> new PolicyViolationException(f.getMessage(), f);
      case UNTRUSTED_CHAIN -> new UntrustedCertificateException(UntrustedCertificateException.Reason.UNTRUSTED_CHAIN, f.getMessage(), f);
      case EXPIRED -> new UntrustedCertificateException(UntrustedCertificateException.Reason.EXPIRED, f.getMessage(), f);
      case NOT_YET_VALID -> new UntrustedCertificateException(UntrustedCertificateException.Reason.NOT_YET_VALID, f.getMessage(), f);
      case WRONG_KEY_USAGE -> new UntrustedCertificateException(UntrustedCertificateException.Reason.WRONG_KEY_USAGE, f.getMessage(), f);
      case REVOKED -> new UntrustedCertificateException(UntrustedCertificateException.Reason.REVOKED, f.getMessage(), f);
      case REVOCATION_UNKNOWN -> new UntrustedCertificateException(UntrustedCertificateException.Reason.REVOCATION_UNKNOWN, f.getMessage(), f);
    };
  }
}

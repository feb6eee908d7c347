package io.github.trygg.crypto.seal;

import io.github.trygg.crypto.internal.seal.CertificatePaths;
import io.github.trygg.crypto.internal.seal.Cms;
import io.github.trygg.crypto.internal.seal.CmsFailure;
import io.github.trygg.crypto.internal.seal.KeyKind;
import io.github.trygg.crypto.internal.seal.SealRecipient;
import io.github.trygg.crypto.internal.seal.SignedAttributes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Seals, opens, signs and verifies CMS messages under a {@link CryptoPolicy}, trusting only the
 * configured trust anchors. {@link #seal} signs and then seals; {@link #openAndVerify} is its
 * counterpart. Every recipient certificate is validated (path, validity, key usage, policy) before
 * anything is sealed to it; a validated path is remembered, with the recipient's key prepared for
 * sealing, for as long as all its certificates are valid and, when revocation lists are given, until
 * their next update. Without revocation lists revocation is not checked (the host's PKI should then
 * keep its certificates short lived). Every message still gets its own content key and, for key
 * agreement, its own ephemeral key. Thread-safe.
 *
 * <p><b>Recipients are bound.</b> When signing and sealing, the signer signs the recipients'
 * certificate identifiers (and, from {@code SecureSender}, the message rule's decision) together
 * with the content; opening checks that the opener is among them, so a recipient cannot pass the
 * signed message on to someone else as if the signer had sent it there
 * ({@link NotAnIntendedRecipientException}).
 *
 * <p><b>Streams.</b> Messages of any size are sealed and opened as streams in bounded memory. A
 * stream is opened with AES-GCM, whose tag comes at the end: content of up to a megabyte is checked
 * before any of it is written; longer content is written as it is decrypted, and is authentic only
 * if {@code open} or {@code openAndVerify} returns: on an exception the caller must discard what
 * was written. The {@code byte[]} methods never return unauthenticated content.
 *
 * <p><b>One failure.</b> Every failure to decrypt — a key that does not unwrap, a tag, padding or
 * signature that does not check after decryption — is a {@link TamperedMessageException} with one
 * message, whatever step failed, and RSA key transport is decrypted with implicit rejection, so no
 * answer is a padding oracle.
 *
 * <p><b>Limits</b> (not configurable, since they bound structure, not content): recipient infos
 * 1 MiB, certificates and revocation lists 1 MiB each, signer infos and attributes 64 KiB, other
 * elements 16 KiB, nesting 32 levels; content up to AES-GCM's 2^36 - 32 bytes.
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
  private final boolean requireBoundRecipients;
  private final Executor executor;
  /**
   * Recipients already validated, with the window their path stays valid in (bounded by the next update
   * of the revocation lists, if any) and their key prepared for sealing; at most {@value #CACHED_RECIPIENTS} of them (a
   * P-256 key's comb table is about 4 KB).
   */
  private final ConcurrentHashMap<X509Certificate, Validated> validRecipients = new ConcurrentHashMap<>();
  private static final int CACHED_RECIPIENTS = 4096;

  private SecureEnvelopes(Builder b) {
    this.policy = b.policy;
    this.anchors = Set.copyOf(b.anchors);
    this.intermediates = List.copyOf(b.intermediates);
    this.crls = List.copyOf(b.crls);
    this.clock = b.clock;
    this.random = b.random == null ? new SecureRandom() : b.random;
    this.requireBoundRecipients = b.requireBoundRecipients;
    this.executor = b.executor != null ? b.executor
        : ForkJoinPool.getCommonPoolParallelism() > 0 && Runtime.getRuntime().availableProcessors() > 1 ? ForkJoinPool.commonPool() : Runnable::run;
  }

  /**
   * Starts the configuration; at least one trust anchor is required.
   *
   * @return a new builder
   */
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
    private @Nullable SecureRandom random;
    private boolean requireBoundRecipients;
    private @Nullable Executor executor;

    private Builder() {}

    /**
     * The algorithms and key sizes allowed; {@link CryptoPolicy#defaults()} by default.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(CryptoPolicy policy) {
      this.policy = policy;
      return this;
    }

    /**
     * Appends a CA certificate whose certificates are trusted.
     *
     * @param anchor the CA certificate
     * @return this builder
     */
    public Builder addTrustAnchor(X509Certificate anchor) {
      anchors.add(new TrustAnchor(anchor, null));
      return this;
    }

    /**
     * Replaces the trust anchors with these CA certificates.
     *
     * @param certificates the CA certificates
     * @return this builder
     */
    public Builder trustAnchors(Iterable<X509Certificate> certificates) {
      anchors.clear();
      certificates.forEach(this::addTrustAnchor);
      return this;
    }

    /**
     * Appends an intermediate CA certificate to build paths with (messages may also carry their own).
     *
     * @param certificate the intermediate CA certificate
     * @return this builder
     */
    public Builder addIntermediate(X509Certificate certificate) {
      intermediates.add(certificate);
      return this;
    }

    /**
     * Replaces the intermediate CA certificates to build paths with.
     *
     * @param certificates the intermediate CA certificates
     * @return this builder
     */
    public Builder intermediates(Iterable<X509Certificate> certificates) {
      intermediates.clear();
      certificates.forEach(intermediates::add);
      return this;
    }

    /**
     * Revocation lists to check every path against. With any given, revocation is checked for
     * every certificate of a path, against these lists only (nothing is fetched): a certificate
     * whose issuer has no current list here is refused as {@code REVOCATION_UNKNOWN}, a listed one
     * as {@code REVOKED}. A validated recipient is remembered at most until the lists' next update;
     * build a new instance with fresh lists before then.
     *
     * @param lists the revocation lists; replaces any given before
     * @return this builder
     */
    public Builder revocationLists(Iterable<X509CRL> lists) {
      crls.clear();
      lists.forEach(crls::add);
      return this;
    }

    /**
     * Appends one more revocation list; see {@link #revocationLists(Iterable)}.
     *
     * @param list the revocation list
     * @return this builder
     */
    public Builder addRevocationList(X509CRL list) {
      crls.add(list);
      return this;
    }

    /**
     * The clock certificate validity is checked against; the system UTC clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * The source of content keys, nonces and ephemeral keys; a new {@link SecureRandom} by default.
     *
     * @param random the random source
     * @return this builder
     */
    public Builder random(SecureRandom random) {
      this.random = random;
      return this;
    }

    /**
     * Whether {@link #openAndVerify} refuses a signed message whose signer did not name its
     * recipients (senders other than Trygg, such as {@code openssl cms -sign}, do not). Off by
     * default, for interoperability; when off, {@link VerifiedMessage#recipientsBound()} tells.
     *
     * @param require {@code true} to refuse such messages
     * @return this builder
     */
    public Builder requireBoundRecipients(boolean require) {
      this.requireBoundRecipients = require;
      return this;
    }

    /**
     * Where a message's key agreement or key transport runs while its content is encrypted (the
     * two are independent; content of 128 KiB and more). By default the common fork-join pool on a
     * host with more than one processor. The work is never waited for on a busy executor: if no
     * thread has started it when the content is encrypted, the sealing thread does it itself. Give
     * {@code Runnable::run} to keep all of sealing on the calling thread.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Makes the envelopes.
     *
     * @return the envelopes
     * @throws IllegalStateException if no trust anchor is given
     */
    public SecureEnvelopes build() {
      if (anchors.isEmpty()) {
        throw new IllegalStateException("at least one trust anchor is needed");
      }
      return new SecureEnvelopes(this);
    }
  }

  /** {@return the algorithms and key sizes these envelopes allow} */
  public CryptoPolicy policy() {
    return policy;
  }

  // ---- sealing ------------------------------------------------------------------------------

  /**
   * Signs with the sender's key, naming the recipients in the signature, then seals the signed
   * message to every recipient (CMS AuthEnvelopedData, AES-256-GCM).
   *
   * @param content the content to send
   * @param sender the sender's signing credential
   * @param recipients the recipients' certificates, each validated to a trust anchor
   * @return the sealed message (DER)
   * @throws UntrustedCertificateException if a recipient's or the sender's certificate cannot be relied on
   * @throws PolicyViolationException if a key's type or size is not allowed by the policy
   */
  public SealedMessage seal(byte[] content, SenderCredential sender, List<X509Certificate> recipients) {
    return sealSigned(content, sender, recipients, null);
  }

  /**
   * As {@link #seal(byte[], SenderCredential, List)}, with the message rule's decision signed in too.
   *
   * @param content the content to send
   * @param sender the sender's signing credential
   * @param recipients the recipients' certificates, each validated to a trust anchor
   * @param decision the rule and verdict the message was sent under, as a signed attribute
   * @return the sealed message (DER)
   * @throws UntrustedCertificateException if a recipient's or the sender's certificate cannot be relied on
   * @throws PolicyViolationException if a key's type or size is not allowed by the policy
   */
  public SealedMessage seal(byte[] content, SenderCredential sender, List<X509Certificate> recipients, SignedDecision decision) {
    return sealSigned(content, sender, recipients, decision);
  }

  private SealedMessage sealSigned(byte[] content, SenderCredential sender, List<X509Certificate> recipients, @Nullable SignedDecision decision) {
    List<SealRecipient> prepared = prepare(recipients);
    byte[] signed = run(() -> Cms.sign(content, signing(sender, recipients, decision)));
    return new SealedMessage(run(() -> Cms.seal(signed, prepared, random, executor)), true, recipients.size(), policy.toString());
  }

  /**
   * Seals without a signature: the recipient learns nothing about who sent it. Prefer {@link #seal}.
   *
   * @param content the content to send
   * @param recipients the recipients' certificates, each validated to a trust anchor
   * @return the sealed message (DER)
   * @throws UntrustedCertificateException if a recipient's certificate cannot be relied on
   * @throws PolicyViolationException if a key's type or size is not allowed by the policy
   */
  public SealedMessage sealUnsigned(byte[] content, List<X509Certificate> recipients) {
    List<SealRecipient> prepared = prepare(recipients);
    return new SealedMessage(run(() -> Cms.seal(content, prepared, random, executor)), false, recipients.size(), policy.toString());
  }

  /**
   * Signs and seals everything {@code content} holds into {@code sealed}, in bounded memory, as it
   * reads (BER with indefinite lengths, which {@code openssl cms} and S/MIME clients read). Neither
   * stream is closed. On an exception what was written is no message.
   *
   * @param content the content to send, read to its end
   * @param sealed where the sealed message is written
   * @param sender the sender's signing credential
   * @param recipients the recipients' certificates, each validated to a trust anchor
   * @return the sizes read and written
   * @throws UntrustedCertificateException if a recipient's or the sender's certificate cannot be relied on
   * @throws java.io.UncheckedIOException if reading or writing fails
   */
  public SealedStream seal(InputStream content, OutputStream sealed, SenderCredential sender, List<X509Certificate> recipients) {
    return sealStream(content, sealed, sender, recipients, null);
  }

  /**
   * As {@link #seal(InputStream, OutputStream, SenderCredential, List)}, with the message rule's
   * decision signed in too.
   *
   * @param content the content to send, read to its end
   * @param sealed where the sealed message is written
   * @param sender the sender's signing credential
   * @param recipients the recipients' certificates, each validated to a trust anchor
   * @param decision the rule and verdict the message was sent under, as a signed attribute
   * @return the sizes read and written
   * @throws UntrustedCertificateException if a recipient's or the sender's certificate cannot be relied on
   * @throws java.io.UncheckedIOException if reading or writing fails
   */
  public SealedStream seal(InputStream content, OutputStream sealed, SenderCredential sender, List<X509Certificate> recipients, SignedDecision decision) {
    return sealStream(content, sealed, sender, recipients, decision);
  }

  /**
   * Seals a stream without a signature. Prefer {@link #seal(InputStream, OutputStream,
   * SenderCredential, List)}.
   *
   * @param content the content to send, read to its end
   * @param sealed where the sealed message is written
   * @param recipients the recipients' certificates, each validated to a trust anchor
   * @return the sizes read and written
   * @throws UntrustedCertificateException if a recipient's certificate cannot be relied on
   * @throws java.io.UncheckedIOException if reading or writing fails
   */
  public SealedStream sealUnsigned(InputStream content, OutputStream sealed, List<X509Certificate> recipients) {
    return sealStream(content, sealed, null, recipients, null);
  }

  private SealedStream sealStream(InputStream content, OutputStream sealed, @Nullable SenderCredential sender, List<X509Certificate> recipients,
      @Nullable SignedDecision decision) {
    List<SealRecipient> prepared = prepare(recipients);
    Cms.Signing signing = sender == null ? null : signing(sender, recipients, decision);
    long[] counts = run(() -> Cms.seal(content, sealed, prepared, random, signing));
    return new SealedStream(counts[0], counts[1], sender != null, recipients.size(), policy.toString());
  }

  private List<SealRecipient> prepare(List<X509Certificate> recipients) {
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
    return prepared;
  }

  /** A recipient whose path validated, the window in which that holds, and its key ready for sealing. */
  private record Validated(CertificatePaths.Window window, SealRecipient recipient) {}

  private Cms.Signing signing(SenderCredential sender, @Nullable List<X509Certificate> recipients, @Nullable SignedDecision decision) {
    X509Certificate certificate = sender.certificate();
    policy.checkSignerKey(certificate.getPublicKey());
    List<X509Certificate> chain = new ArrayList<>(sender.chain().subList(1, sender.chain().size()));
    chain.addAll(intermediates);
    run(() -> CertificatePaths.validate(certificate, chain, anchors, crls, clock.instant(), CertificatePaths.DIGITAL_SIGNATURE, CertificatePaths.NON_REPUDIATION));
    return new Cms.Signing(sender.key().key(), sender.chain(), policy.signatureAlgorithm(certificate.getPublicKey()), recipients == null ? null : List.copyOf(recipients),
        decision == null ? null : new SignedAttributes.Decision(decision.ruleId(), decision.verdict(), decision.table(), decision.tableVersion()));
  }

  // ---- signing and verifying ------------------------------------------------------------------

  /**
   * A SignedData over the content, after checking the sender's own certificate. It names no
   * recipients: it is not sealed to any.
   *
   * @param content the content to sign, carried inside the message
   * @param sender the signing credential
   * @return the signed message
   * @throws UntrustedCertificateException if the sender's certificate cannot be relied on
   */
  public SignedMessage sign(byte[] content, SenderCredential sender) {
    Cms.Signing signing = signing(sender, null, null);
    return new SignedMessage(run(() -> Cms.sign(content, signing)));
  }

  /**
   * Checks the signature and the signer's certificate path to a trust anchor.
   *
   * @param signedMessage a CMS SignedData with the content inside (DER or BER)
   * @return the content and the verified signer
   * @throws TamperedMessageException when the content or signature was altered
   * @throws UntrustedCertificateException when the signer's certificate cannot be relied on
   * @throws PolicyViolationException when an algorithm (a digest other than SHA-2, RSASSA-PSS with
   *     other parameters than the policy's) is not allowed
   */
  public VerifiedMessage verify(byte[] signedMessage) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    Cms.Verified v = run(() -> Cms.verify(new ByteArrayInputStream(signedMessage), content, policy.readsLegacyFormats()));
    checkSigner(v);
    return message(content.toByteArray(), v);
  }

  /**
   * Reads a signed message from a stream, writes its content to {@code content} as it goes, and
   * checks the signature and the signer's path. What was written is verified only if this returns.
   *
   * @param signedMessage a CMS SignedData with the content inside
   * @param content where the content is written as it is read
   * @return the verified signer and the content's length
   * @throws TamperedMessageException when the content or signature was altered
   * @throws UntrustedCertificateException when the signer's certificate cannot be relied on
   */
  public VerifiedStream verify(InputStream signedMessage, OutputStream content) {
    Cms.Verified v = run(() -> Cms.verify(signedMessage, content, policy.readsLegacyFormats()));
    checkSigner(v);
    return stream(v);
  }

  private void checkSigner(Cms.Verified v) {
    policy.checkSignerKey(v.signer().getPublicKey());
    List<X509Certificate> chain = new ArrayList<>(v.certificates());
    chain.remove(v.signer());
    chain.addAll(intermediates);
    run(() -> CertificatePaths.validate(v.signer(), chain, anchors, crls, clock.instant(), CertificatePaths.DIGITAL_SIGNATURE, CertificatePaths.NON_REPUDIATION));
  }

  // ---- opening ------------------------------------------------------------------------------

  /**
   * The content of a sealed message for this recipient, checked by its authentication tag.
   *
   * @param sealedMessage a CMS AuthEnvelopedData (or, if the policy reads legacy formats, EnvelopedData)
   * @param recipient the recipient's decryption credential
   * @return the content
   * @throws NotARecipientException when the message is not addressed to the credential's certificate
   * @throws TamperedMessageException when it was altered or cannot be decrypted with this key
   */
  public byte[] open(byte[] sealedMessage, RecipientCredential recipient) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    open(new ByteArrayInputStream(sealedMessage), content, recipient);
    return content.toByteArray();
  }

  /**
   * Opens a sealed message from a stream into {@code content}, in bounded memory. Content of more
   * than a megabyte is written as it is decrypted, before the tag at the end of the message is
   * checked: it is authentic only if this method returns; on an exception, discard it.
   *
   * @param sealedMessage a sealed message, read to its end
   * @param content where the decrypted content is written
   * @param recipient the recipient's decryption credential
   * @return the content bytes written
   * @throws NotARecipientException when the message is not addressed to the credential's certificate
   * @throws TamperedMessageException when it was altered or cannot be decrypted with this key
   */
  public long open(InputStream sealedMessage, OutputStream content, RecipientCredential recipient) {
    Cms.Opened opened = run(() -> Cms.open(sealedMessage, recipient.certificate(), recipient.key().key(), policy.readsLegacyFormats(), false));
    return run(() -> copy(opened.content(), content));
  }

  /**
   * Opens, then verifies the signed message inside: the counterpart of {@link #seal}.
   *
   * @param sealedMessage a sealed, signed message
   * @param recipient the recipient's decryption credential
   * @return the content, the verified signer and whether the signer named this recipient
   * @throws NotARecipientException when the message is not addressed to the credential's certificate
   * @throws NotAnIntendedRecipientException when the signer named other recipients
   * @throws TamperedMessageException when it was altered
   * @throws UntrustedCertificateException when the signer's certificate cannot be relied on
   */
  public VerifiedMessage openAndVerify(byte[] sealedMessage, RecipientCredential recipient) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    Cms.Verified v = openVerified(new ByteArrayInputStream(sealedMessage), content, recipient);
    return message(content.toByteArray(), v);
  }

  /**
   * Opens and verifies a stream, writing the signed content to {@code content}: the counterpart of
   * {@link #seal(InputStream, OutputStream, SenderCredential, List)}. The content is authentic only
   * if this returns; on an exception, discard what was written.
   *
   * @param sealedMessage a sealed, signed message, read to its end
   * @param content where the signed content is written
   * @param recipient the recipient's decryption credential
   * @return the verified signer and the content's length
   * @throws NotAnIntendedRecipientException when the signer named other recipients
   * @throws TamperedMessageException when it was altered
   * @throws UntrustedCertificateException when the signer's certificate cannot be relied on
   */
  public VerifiedStream openAndVerify(InputStream sealedMessage, OutputStream content, RecipientCredential recipient) {
    return stream(openVerified(sealedMessage, content, recipient));
  }

  private Cms.Verified openVerified(InputStream sealedMessage, OutputStream content, RecipientCredential recipient) {
    boolean legacy = policy.readsLegacyFormats();
    Cms.Opened opened = run(() -> Cms.open(sealedMessage, recipient.certificate(), recipient.key().key(), legacy, legacy));
    Cms.Verified v;
    try {
      v = Cms.verify(opened.content(), content, legacy);
    } catch (CmsFailure | UncheckedIOException e) {
      if (!opened.authenticated()) {
        // Legacy CBC: nothing before a valid signature is authenticated, so every failure up to
        // it is the same failure, whatever step found it.
        throw translate(CmsFailure.undecryptable());
      }
      // The inner failure may have come from content not yet authenticated: the tag decides first.
      run(() -> drain(opened.content()));
      throw e instanceof CmsFailure f ? translate(f) : e;
    }
    checkSigner(v);
    if (v.recipients().isPresent() && !SignedAttributes.names(v.recipients().get(), recipient.certificate())) {
      throw new NotAnIntendedRecipientException(
          "the signer sealed this message for other recipients; it was passed on to this certificate by someone else", null);
    }
    if (v.recipients().isEmpty() && requireBoundRecipients) {
      throw new PolicyViolationException("the signature does not name the message's recipients, and these envelopes require it", null);
    }
    return v;
  }

  private static long copy(InputStream in, OutputStream out) {
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        total += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return total;
  }

  private static long drain(InputStream in) {
    return copy(in, OutputStream.nullOutputStream());
  }

  private static VerifiedMessage message(byte[] content, Cms.Verified v) {
    return new VerifiedMessage(content, v.signer(), v.signatureAlgorithm(), v.signingTime(), v.recipients(), decision(v));
  }

  private static VerifiedStream stream(Cms.Verified v) {
    return new VerifiedStream(v.contentLength(), v.signer(), v.signatureAlgorithm(), v.signingTime(), v.recipients(), decision(v));
  }

  private static Optional<SignedDecision> decision(Cms.Verified v) {
    return v.decision().map(d -> new SignedDecision(d.ruleId(), d.verdict(), d.table(), d.tableVersion()));
  }

  // ---- failures -----------------------------------------------------------------------------

  private static <T> T run(Supplier<T> operation) {
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
      // No cause: a cause could tell apart what the one message does not.
      case TAMPERED, SIGNATURE_INVALID -> new TamperedMessageException(f.getMessage(), CmsFailure.UNDECRYPTABLE.equals(f.getMessage()) ? null : f);
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

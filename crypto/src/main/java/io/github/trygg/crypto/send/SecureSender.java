package io.github.trygg.crypto.send;

import io.github.trygg.core.message.ContentScan;
import io.github.trygg.core.message.Decision;
import io.github.trygg.core.message.MessageContext;
import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.message.SensitiveContentDetector;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.crypto.seal.SealedMessage;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.crypto.seal.SenderCredential;
import io.github.trygg.crypto.seal.SignedDecision;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Asks the rules, then seals — or refuses. The text is scanned (the effective content class is the
 * highest of declared and detected), the context is evaluated with transport end to end (the
 * message will be sealed to the recipients' validated certificates), and a denied message throws
 * {@link MessageDeniedException} before any key is touched: a denied message never comes out
 * sealed. An allowed one is signed, sealed and returned with its decision.
 *
 * <pre>{@code
 * SecureSender sender = SecureSender.builder().envelopes(envelopes).build();
 * SealedDispatch d = sender.send(context, "Ditt provsvar ...", credential, List.of(patientCertificate));
 * auditLog.record(d.decision());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SecureSender {
  private final SecureMessageRules rules;
  private final SensitiveContentDetector detector;
  private final SecureEnvelopes envelopes;
  private final Clock clock;

  private SecureSender(Builder b) {
    this.rules = b.rules;
    this.detector = b.detector;
    this.envelopes = Objects.requireNonNull(b.envelopes, "envelopes");
    this.clock = b.clock;
  }

  /**
   * Starts a sender; the envelopes are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The envelopes are required; rules and detector default to the shipped ones. */
  public static final class Builder {
    private SecureMessageRules rules = SecureMessageRules.bundled();
    private SensitiveContentDetector detector = SensitiveContentDetector.bundled();
    private @Nullable SecureEnvelopes envelopes;
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /**
     * The decision table; {@link SecureMessageRules#bundled()} by default.
     *
     * @param rules the rules every message is decided by
     * @return this builder
     */
    public Builder rules(SecureMessageRules rules) {
      this.rules = rules;
      return this;
    }

    /**
     * The detector that scans the text; {@link SensitiveContentDetector#bundled()} by default.
     *
     * @param detector the detector
     * @return this builder
     */
    public Builder detector(SensitiveContentDetector detector) {
      this.detector = detector;
      return this;
    }

    /**
     * How messages are signed and sealed, and which trust anchors recipients' certificates must chain to.
     *
     * @param envelopes the envelopes
     * @return this builder
     */
    public Builder envelopes(SecureEnvelopes envelopes) {
      this.envelopes = envelopes;
      return this;
    }

    /**
     * The clock whose date is the reference for identity numbers in the text (the century of a
     * ten-digit personnummer); the system clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Makes the sender.
     *
     * @return the sender
     * @throws NullPointerException if no envelopes are set
     */
    public SecureSender build() {
      return new SecureSender(this);
    }
  }

  /**
   * The decision {@link #send} would act on, without sealing anything.
   *
   * @param context who sends to whom, over which channel, and what the sender declares
   * @param text the message text, scanned for identity numbers and sensitive terms
   * @return the decision, with transport taken as end to end
   */
  public Decision check(MessageContext context, String text) {
    return rules.evaluate(sealed(context), detector.scan(text, LocalDate.now(clock)));
  }

  /**
   * Scans the text, decides, and signs and seals it as UTF-8 to the recipients.
   *
   * @param context who sends to whom, over which channel, and what the sender declares
   * @param text the message text
   * @param sender the sending unit's signing credential
   * @param recipients the recipients' certificates, each checked against the trust anchors
   * @return the sealed message with the decision it was sent under
   * @throws MessageDeniedException when the rules deny it; nothing is sealed
   */
  public SealedDispatch send(MessageContext context, String text, SenderCredential sender, List<X509Certificate> recipients) {
    ContentScan scan = detector.scan(text, LocalDate.now(clock));
    return dispatch(context, scan, text.getBytes(StandardCharsets.UTF_8), sender, recipients);
  }

  /**
   * Decides on the context alone — content that cannot be scanned, such as a PDF, is judged by its
   * declared class and known content — and signs and seals it.
   *
   * @param context who sends to whom, over which channel, and what the sender declares and knows
   *     the content contains
   * @param content the content to seal, not scanned
   * @param sender the sending unit's signing credential
   * @param recipients the recipients' certificates, each checked against the trust anchors
   * @return the sealed message with the decision it was sent under
   * @throws MessageDeniedException when the rules deny it; nothing is sealed
   */
  public SealedDispatch sendUnscanned(MessageContext context, byte[] content, SenderCredential sender, List<X509Certificate> recipients) {
    return dispatch(context, null, content, sender, recipients);
  }

  private SealedDispatch dispatch(MessageContext context, @Nullable ContentScan scan, byte[] content, SenderCredential sender, List<X509Certificate> recipients) {
    MessageContext evaluated = sealed(context);
    Decision decision = rules.evaluate(evaluated, scan);
    if (!decision.permits()) {
      throw new MessageDeniedException(decision);
    }
    // The rule and its verdict travel signed with the content, so the recipient's copy shows why it was sent.
    SealedMessage message = envelopes.seal(content, sender, recipients,
        SignedDecision.of(decision.ruleId(), decision.verdict().name(), decision.table(), decision.tableVersion()));
    return new SealedDispatch(decision, evaluated, message);
  }

  /** Sealing to the recipient's certificate makes the transport end to end, whatever the channel adds. */
  private static MessageContext sealed(MessageContext context) {
    return context.transport() == TransportProtection.END_TO_END ? context : MessageContext.builder().from(context).transport(TransportProtection.END_TO_END).build();
  }
}

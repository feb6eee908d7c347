package io.github.trygg.spring.boot;

import io.github.trygg.core.message.Decision;
import io.github.trygg.core.message.MessageContext;
import io.github.trygg.crypto.seal.RecipientCredential;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.crypto.seal.SenderCredential;
import io.github.trygg.crypto.seal.VerifiedMessage;
import io.github.trygg.crypto.send.MessageDeniedException;
import io.github.trygg.crypto.send.SealedDispatch;
import io.github.trygg.crypto.send.SecureSender;
import io.github.trygg.spring.boot.internal.Outcomes;
import io.github.trygg.spring.boot.internal.TryggEvents;
import java.security.cert.X509Certificate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Deciding, sealing and opening messages through the application's {@link SecureSender} and
 * {@link SecureEnvelopes}, counted in the meters: decisions by verdict and rule id, denied sends,
 * seals and opens by outcome. Each method does exactly what the method of the same name on the
 * sender or the envelopes does, and throws what it throws; calls made on those beans directly are
 * not counted.
 *
 * <pre>{@code
 * @Autowired TryggMessages messages;
 * SealedDispatch d = messages.send(context, text, unitCredential, List.of(patientCertificate));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TryggMessages {
  private final SecureSender sender;
  private final SecureEnvelopes envelopes;
  private final TryggEvents events;

  TryggMessages(SecureSender sender, SecureEnvelopes envelopes, TryggEvents events) {
    this.sender = sender;
    this.envelopes = envelopes;
    this.events = events;
  }

  /**
   * The decision {@link #send} would act on, without sealing anything ({@link SecureSender#check});
   * counted in the meters like a send.
   *
   * @param context who sends to whom, over which channel, and what the sender declares
   * @param text the message text, scanned for identity numbers and sensitive terms
   * @return the decision
   */
  public Decision check(MessageContext context, String text) {
    Decision decision = sender.check(context, text);
    events.decided(decision);
    return decision;
  }

  /**
   * Scans, decides, and signs and seals the text to the recipients ({@link SecureSender#send}).
   *
   * @param context who sends to whom, over which channel, and what the sender declares
   * @param text the message text, scanned and then sealed as UTF-8
   * @param sender the sending unit's signing credential
   * @param recipients the recipients' certificates, each checked against the trust anchors
   * @return the sealed message with the decision it was sent under
   * @throws MessageDeniedException when the rules deny it; nothing is sealed
   */
  public SealedDispatch send(MessageContext context, String text, SenderCredential sender, List<X509Certificate> recipients) {
    return counted(() -> this.sender.send(context, text, sender, recipients));
  }

  /**
   * Decides on the context alone and signs and seals the content ({@link SecureSender#sendUnscanned}).
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
    return counted(() -> this.sender.sendUnscanned(context, content, sender, recipients));
  }

  /**
   * Opens a sealed message addressed to {@code recipient} ({@link SecureEnvelopes#open}); counted in
   * the meters by outcome.
   *
   * @param message the sealed message (DER CMS)
   * @param recipient the recipient's decryption credential
   * @return the content
   * @throws io.github.trygg.crypto.CryptoException if the message is not for this recipient, is
   *     altered or cannot be read
   */
  public byte[] open(byte[] message, RecipientCredential recipient) {
    try {
      byte[] content = envelopes.open(message, recipient);
      events.opened(Outcomes.OK);
      return content;
    } catch (RuntimeException e) {
      events.opened(Outcomes.of(e));
      throw e;
    }
  }

  /**
   * Opens a sealed message and verifies its signer against the trust anchors ({@link
   * SecureEnvelopes#openAndVerify}); counted in the meters by outcome.
   *
   * @param message the sealed and signed message (DER CMS)
   * @param recipient the recipient's decryption credential
   * @return the content with the verified signer
   * @throws io.github.trygg.crypto.CryptoException if the message is altered, not for this
   *     recipient or its signer does not chain to a trust anchor
   */
  public VerifiedMessage openAndVerify(byte[] message, RecipientCredential recipient) {
    try {
      VerifiedMessage opened = envelopes.openAndVerify(message, recipient);
      events.opened(Outcomes.OK);
      return opened;
    } catch (RuntimeException e) {
      events.opened(Outcomes.of(e));
      throw e;
    }
  }

  /** {@return the envelopes this sends and opens with} */
  public SecureEnvelopes envelopes() {
    return envelopes;
  }

  @Override
  public String toString() {
    return "TryggMessages";
  }

  private SealedDispatch counted(Send send) {
    SealedDispatch dispatch;
    try {
      dispatch = send.run();
    } catch (MessageDeniedException e) {
      events.decided(e.decision());
      events.denied(e.decision());
      throw e;
    } catch (RuntimeException e) {
      // Allowed, but sealing failed: the sender keeps the decision to itself then.
      events.sealed(Outcomes.of(e));
      throw e;
    }
    events.decided(dispatch.decision());
    events.sealed(Outcomes.OK);
    return dispatch;
  }

  @FunctionalInterface
  private interface Send {
    SealedDispatch run();
  }
}

package io.github.trygg.core.message;

import io.github.trygg.core.Sector;
import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.register.TransportProtection;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Everything the rules need to know about one message, except its text: who sends it to whom, on
 * which channel, how sensitive the sender says it is, for what purpose, with which consent,
 * documented controls, transport protection and recipient authentication.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class MessageContext {
  /** {@return whose rules apply: Sweden or Norway} */
  public abstract Jurisdiction jurisdiction();

  /** {@return the sender's sector, such as health care or social services} */
  public abstract Sector sector();

  /** {@return who receives the message: a patient, a client, a relative, an organisation …} */
  public abstract RecipientKind recipientKind();

  /** {@return how the message goes: e-mail, SMS, a web portal or a secure infrastructure} */
  public abstract Channel channel();

  /**
   * {@return which infrastructure, when the channel is {@link Channel#SECURE_INFRASTRUCTURE};
   * absent otherwise}
   */
  public abstract Optional<SecureInfrastructure> infrastructure();

  /**
   * {@return the content class the sender declares} Detection can only raise it: the effective
   * class is the highest of the two.
   */
  public abstract ContentClass declaredContent();

  /** {@return why the message is sent, such as an appointment reminder; general by default} */
  @Value.Default
  public Purpose purpose() {
    return Purpose.OTHER;
  }

  /** {@return the recipient's consent to the channel, if recorded} */
  public abstract Optional<ConsentRecord> consent();

  /** {@return the individual has asked not to be contacted this way, or is reserved in KRR} */
  @Value.Default
  public boolean recipientOptedOut() {
    return false;
  }

  /** {@return the organisational controls the sender has documented} */
  public abstract Set<OrganisationalControl> controls();

  /** {@return how the transport protects the message; none by default} */
  @Value.Default
  public TransportProtection transport() {
    return TransportProtection.NONE;
  }

  /**
   * {@return how strongly the recipient authenticates before reaching the content (portal or
   * mailbox login)}
   */
  @Value.Default
  public AssuranceLevel recipientAssurance() {
    return AssuranceLevel.NONE;
  }

  /**
   * {@return what the sender knows the content contains without scanning it, for example a
   * fødselsnummer field in a structured message} Joined with what detection finds.
   */
  public abstract Set<ContentHitKind> knownContent();

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    if (channel() == Channel.SECURE_INFRASTRUCTURE) {
      SecureInfrastructure infra =
          infrastructure().orElseThrow(() -> new IllegalArgumentException("a secure-infrastructure channel needs the infrastructure named"));
      if (infra.jurisdiction() != jurisdiction()) {
        throw new IllegalArgumentException(infra + " is not an infrastructure of " + jurisdiction());
      }
      if (!infra.serves(recipientKind())) {
        throw new IllegalArgumentException(infra + " does not deliver to a recipient of kind " + recipientKind());
      }
    } else if (infrastructure().isPresent()) {
      throw new IllegalArgumentException("an infrastructure is named only with the secure-infrastructure channel");
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MessageContext}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableMessageContext.Builder {}
}

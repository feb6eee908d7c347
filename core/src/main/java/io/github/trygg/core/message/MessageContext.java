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
  public abstract Jurisdiction jurisdiction();

  public abstract Sector sector();

  public abstract RecipientKind recipientKind();

  public abstract Channel channel();

  /** Which infrastructure, when the channel is {@link Channel#SECURE_INFRASTRUCTURE}; absent otherwise. */
  public abstract Optional<SecureInfrastructure> infrastructure();

  /**
   * The content class the sender declares. Detection can only raise it: the effective class is the
   * highest of the two.
   */
  public abstract ContentClass declaredContent();

  @Value.Default
  public Purpose purpose() {
    return Purpose.OTHER;
  }

  public abstract Optional<ConsentRecord> consent();

  /** The individual has asked not to be contacted this way, or is reserved in KRR. */
  @Value.Default
  public boolean recipientOptedOut() {
    return false;
  }

  public abstract Set<OrganisationalControl> controls();

  @Value.Default
  public TransportProtection transport() {
    return TransportProtection.NONE;
  }

  /** How strongly the recipient authenticates before reaching the content (portal or mailbox login). */
  @Value.Default
  public AssuranceLevel recipientAssurance() {
    return AssuranceLevel.NONE;
  }

  /**
   * What the sender knows the content contains without scanning it, for example a fødselsnummer
   * field in a structured message. Joined with what detection finds.
   */
  public abstract Set<FindingType> knownContent();

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

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableMessageContext.Builder {}
}

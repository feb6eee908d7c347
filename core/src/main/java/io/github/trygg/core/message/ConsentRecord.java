package io.github.trygg.core.message;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.value.TryggStyle;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A recorded consent or wish to be contacted on a channel: on what basis, by whom, when, and for
 * which channels and purposes. Holds no name or number of the person.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class ConsentRecord {

  /** Who gave it. */
  public enum GivenBy implements Labelled {
    /** The recipient, about themselves. */
    DATA_SUBJECT,
    /** A guardian for a child (one or all guardians, as the organisation's routine requires). */
    GUARDIAN,
    /** Another legal representative. */
    REPRESENTATIVE;

    /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
    @Override
    public LocalizedText label() {
      return switch (this) {
        case DATA_SUBJECT -> new LocalizedText("den registrerade", "den registrerte", "the data subject");
        case GUARDIAN -> new LocalizedText("vårdnadshavare", "foresatt", "a guardian");
        case REPRESENTATIVE -> new LocalizedText("annan ställföreträdare", "annen representant", "another legal representative");
      };
    }
  }

  /** {@return on what basis the consent rests} */
  public abstract ConsentBasis basis();

  /** {@return who gave it: the recipient or a representative; the recipient by default} */
  @Value.Default
  public GivenBy givenBy() {
    return GivenBy.DATA_SUBJECT;
  }

  /** {@return when the consent was recorded, if known} */
  public abstract Optional<Instant> recordedAt();

  /** {@return the channels it covers; empty means every channel} */
  public abstract Set<Channel> channels();

  /** {@return the purposes it covers; empty means every purpose} */
  public abstract Set<Purpose> purposes();

  /**
   * Whether it covers a message on this channel for this purpose.
   *
   * @param channel the message's channel
   * @param purpose the message's purpose
   * @return whether the consent covers it
   */
  public final boolean covers(Channel channel, Purpose purpose) {
    return (channels().isEmpty() || channels().contains(channel)) && (purposes().isEmpty() || purposes().contains(purpose));
  }

  /**
   * A consent on {@code basis}, given by the recipient, for every channel and purpose.
   *
   * @param basis the basis
   * @return the consent
   */
  public static ConsentRecord of(ConsentBasis basis) {
    return builder().basis(basis).build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsentRecord}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableConsentRecord.Builder {}
}

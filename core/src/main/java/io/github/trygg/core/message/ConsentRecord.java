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
    DATA_SUBJECT,
    /** A guardian for a child (one or all guardians, as the organisation's routine requires). */
    GUARDIAN,
    /** Another legal representative. */
    REPRESENTATIVE;

    /** The name a reader sees, in Swedish, Norwegian bokmål and English. */
    @Override
    public LocalizedText label() {
      return switch (this) {
        case DATA_SUBJECT -> new LocalizedText("den registrerade", "den registrerte", "the data subject");
        case GUARDIAN -> new LocalizedText("vårdnadshavare", "foresatt", "a guardian");
        case REPRESENTATIVE -> new LocalizedText("annan ställföreträdare", "annen representant", "another legal representative");
      };
    }
  }

  public abstract ConsentBasis basis();

  @Value.Default
  public GivenBy givenBy() {
    return GivenBy.DATA_SUBJECT;
  }

  public abstract Optional<Instant> recordedAt();

  /** The channels it covers; empty means every channel. */
  public abstract Set<Channel> channels();

  /** The purposes it covers; empty means every purpose. */
  public abstract Set<Purpose> purposes();

  /** Whether it covers a message on this channel for this purpose. */
  public final boolean covers(Channel channel, Purpose purpose) {
    return (channels().isEmpty() || channels().contains(channel)) && (purposes().isEmpty() || purposes().contains(purpose));
  }

  public static ConsentRecord of(ConsentBasis basis) {
    return builder().basis(basis).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableConsentRecord.Builder {}
}

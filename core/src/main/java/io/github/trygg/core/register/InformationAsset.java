package io.github.trygg.core.register;

import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A body of information the organisation is responsible for — "larmhändelser", "journal notes",
 * "positions" — with its personal-data flags and its classification.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class InformationAsset implements RegisterEntry {
  @Override
  public abstract String id();

  /** {@return the asset's name} */
  public abstract String name();

  /** {@return what the asset holds, in words} */
  public abstract Optional<String> description();

  /** {@return the information owner (informationsägare), as a role} */
  public abstract Optional<String> owner();

  /** {@return whether the asset holds personal data; not by default} */
  @Value.Default
  public boolean personalData() {
    return false;
  }

  /**
   * Special categories of personal data, GDPR Art. 9 (health among them).
   *
   * @return whether the asset holds special categories of personal data (GDPR Art. 9)
   */
  @Value.Default
  public boolean specialCategory() {
    return false;
  }

  /**
   * Personal data relating to criminal convictions and offences, GDPR Art. 10.
   *
   * @return whether the asset holds data on criminal convictions and offences (GDPR Art. 10)
   */
  @Value.Default
  public boolean criminalData() {
    return false;
  }

  /**
   * Contains national identity numbers (personnummer, fødselsnummer …).
   *
   * @return whether the asset contains national identity numbers
   */
  @Value.Default
  public boolean nationalIdentityNumbers() {
    return false;
  }

  /**
   * Concerns children.
   *
   * @return whether the asset concerns children
   */
  @Value.Default
  public boolean children() {
    return false;
  }

  /** {@return how many data subjects or records the asset covers, roughly} */
  public abstract Optional<DataVolume> volume();

  /**
   * {@return who the data are about, for example {@code care-recipient}, {@code employee}, {@code
   * guardian}}
   */
  public abstract List<String> dataSubjectCategories();

  /**
   * {@return how the data subjects are identified in the asset, for example {@code
   * se-personnummer}, {@code no-fodselsnummer}, {@code email}, {@code customer-number};
   * data-subject requests are routed by these}
   */
  public abstract List<String> identifierTypes();

  /**
   * {@return what kinds of personal data: {@code health}, {@code location}, {@code image}, {@code
   * contact}, {@code social-services} and so on; aggregation review and DPIA screening look at
   * these}
   */
  public abstract List<String> dataCategories();

  /** {@return the asset's classification, once it has been classified} */
  public abstract Optional<AssetClassification> classification();

  @Override
  public abstract Optional<Review> review();

  @Override
  public final EntryKind kind() {
    return EntryKind.ASSET;
  }

  /** {@return the assessed level per aspect; level 0 where the asset is not classified} */
  public final Levels levels() {
    return classification().map(AssetClassification::levels).orElse(Levels.none());
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link InformationAsset}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableInformationAsset.Builder {}
}

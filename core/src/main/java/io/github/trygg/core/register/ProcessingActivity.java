package io.github.trygg.core.register;

import io.github.trygg.core.Sector;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A processing of personal data (behandling) with its purpose and legal basis: one line of the
 * GDPR Art. 30 record.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class ProcessingActivity implements RegisterEntry {
  @Override
  public abstract String id();

  /** {@return the activity's name, as in the record of processing activities} */
  public abstract String name();

  /** {@return the purpose of the processing (Art. 30(1)(b))} */
  public abstract String purpose();

  /** {@return the legal basis under GDPR Art. 6} */
  public abstract LegalBasis legalBasis();

  /**
   * Required when special-category data are processed.
   *
   * @return the Art. 9(2) basis, required when special-category data are processed
   */
  public abstract Optional<SpecialCategoryBasis> specialCategoryBasis();

  /** {@return the national provision, for example {@code socialtjänstlagen (2001:453)}} */
  public abstract Optional<String> nationalLegalBasis();

  /** {@return the categories of data subjects, as the register's codes name them} */
  public abstract List<String> dataSubjectCategories();

  /** {@return ids of the assets processed} */
  public abstract List<String> assets();

  /** {@return ids of the systems used} */
  public abstract List<String> systems();

  /**
   * {@return who outside the organisation receives the data (Art. 30(1)(d)); authorities receiving
   * them in a particular inquiry are recorded too, marked as not being recipients under Art. 4(9)}
   */
  public abstract List<Recipient> recipients();

  /**
   * {@return the recipients in the sense of Art. 4(9), who are told of rectification, erasure and
   * restriction}
   */
  public final List<Recipient> recipientsUnderArticle4() {
    return recipients().stream().filter(Recipient::isRecipient).toList();
  }

  /**
   * {@return the id of the organisation unit (a committee, nämnd) that is controller of this
   * processing; absent when the organisation itself is}
   */
  public abstract Optional<String> controller();

  /** {@return the sectors the processing belongs to, which decide the sector-specific rules that bind it} */
  public abstract List<Sector> sectors();

  /**
   * {@return what the processing uses the data it receives for; absent means operational} A
   * processing for follow-up, statistics, archive or backup does not take on the integrity and
   * availability of the data it copies.
   */
  public abstract Optional<DataUse> use();

  /** {@return consent the processing needs besides its legal basis, and where consents are recorded} */
  public abstract Optional<ConsentRequirement> consent();

  /**
   * {@return whether the processing relies on consent: as its legal basis or as a condition the law
   * sets}
   */
  public final boolean reliesOnConsent() {
    return legalBasis() == LegalBasis.CONSENT
        || specialCategoryBasis().map(b -> b == SpecialCategoryBasis.EXPLICIT_CONSENT).orElse(false)
        || consent().flatMap(ConsentRequirement::requiredBy).isPresent();
  }

  /** {@return the processing's data protection impact assessment (Art. 35), when one is recorded} */
  public abstract Optional<DpiaRecord> dpia();

  /** {@return how long the data are kept, if recorded} */
  public abstract Optional<Retention> retention();

  /** {@return whether the records are public records under archive law; not by default} */
  @Value.Default
  public ArchiveStatus archiveStatus() {
    return ArchiveStatus.NOT_PUBLIC_RECORDS;
  }

  /** {@return where requests about this processing are received} */
  public abstract Optional<DsrEndpoint> dsrEndpoint();

  @Override
  public abstract Optional<Review> review();

  @Override
  public final EntryKind kind() {
    return EntryKind.ACTIVITY;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProcessingActivity}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableProcessingActivity.Builder {}
}

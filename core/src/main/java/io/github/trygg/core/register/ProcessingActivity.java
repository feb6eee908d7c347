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

  public abstract String name();

  public abstract String purpose();

  public abstract LegalBasis legalBasis();

  /** Required when special-category data are processed. */
  public abstract Optional<SpecialCategoryBasis> specialCategoryBasis();

  /** The national provision, for example {@code socialtjänstlagen (2001:453)}. */
  public abstract Optional<String> nationalLegalBasis();

  public abstract List<String> dataSubjectCategories();

  /** Ids of the assets processed. */
  public abstract List<String> assets();

  /** Ids of the systems used. */
  public abstract List<String> systems();

  /**
   * Who outside the organisation receives the data (Art. 30(1)(d)); authorities receiving them in a
   * particular inquiry are recorded too, marked as not being recipients under Art. 4(9).
   */
  public abstract List<Recipient> recipients();

  /** The recipients in the sense of Art. 4(9), who are told of rectification, erasure and restriction. */
  public final List<Recipient> recipientsUnderArticle4() {
    return recipients().stream().filter(Recipient::isRecipient).toList();
  }

  /**
   * The id of the organisation unit (a committee, nämnd) that is controller of this processing;
   * absent when the organisation itself is.
   */
  public abstract Optional<String> controller();

  /** The sectors the processing belongs to, which decide the sector-specific rules that bind it. */
  public abstract List<Sector> sectors();

  /**
   * What the processing uses the data it receives for; absent means operational. A processing for
   * follow-up, statistics, archive or backup does not take on the integrity and availability of the
   * data it copies.
   */
  public abstract Optional<DataUse> use();

  /** Consent the processing needs besides its legal basis, and where consents are recorded. */
  public abstract Optional<ConsentRequirement> consent();

  /** Whether the processing relies on consent: as its legal basis or as a condition the law sets. */
  public final boolean reliesOnConsent() {
    return legalBasis() == LegalBasis.CONSENT
        || specialCategoryBasis().map(b -> b == SpecialCategoryBasis.EXPLICIT_CONSENT).orElse(false)
        || consent().flatMap(ConsentRequirement::requiredBy).isPresent();
  }

  /** The processing's data protection impact assessment (Art. 35), when one is recorded. */
  public abstract Optional<DpiaRecord> dpia();

  public abstract Optional<Retention> retention();

  @Value.Default
  public ArchiveStatus archiveStatus() {
    return ArchiveStatus.NOT_PUBLIC_RECORDS;
  }

  /** Where requests about this processing are received. */
  public abstract Optional<DsrEndpoint> dsrEndpoint();

  @Override
  public abstract Optional<Review> review();

  @Override
  public final EntryKind kind() {
    return EntryKind.ACTIVITY;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableProcessingActivity.Builder {}
}

package io.github.trygg.core.register;

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

  /** Categories of recipients outside the organisation (Art. 30(1)(d)). */
  public abstract List<String> recipients();

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

package io.github.trygg.core.records;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A section of a generated document, such as one processing activity or appendix B. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class DraftSection {
  /** {@return the section's id, for example {@code A}, {@code C.2} or the id of a processing activity} */
  public abstract String id();

  /** {@return the section's title} */
  public abstract LocalizedText title();

  /** {@return the provision or template part the section follows, with how well that is verified} */
  public abstract Optional<LegalReference> reference();

  /** {@return the section's items, in template order} */
  public abstract List<DraftItem> items();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DraftSection}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableDraftSection.Builder {}
}

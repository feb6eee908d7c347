package io.github.trygg.core.records;

import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.register.EntryRef;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One field of a generated document: its label, the article or clause it answers, the values taken
 * from the register and the entries they came from — or, when the register does not hold it, what
 * is needed.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class DraftItem {
  /** A stable key, for example {@code purposes} or {@code transfers}. */
  public abstract String key();

  public abstract LocalizedText label();

  /** For example {@code Art. 30(1)(b)} or {@code Appendix C.6}. */
  public abstract Optional<String> reference();

  /** The values, each in the three languages (most are register text, the same in all three). */
  public abstract List<LocalizedText> values();

  /** The register entries the values came from. */
  public abstract List<EntryRef> sources();

  /** When the register lacks the field: what must be added. Empty when the item is complete. */
  public abstract Optional<LocalizedText> missing();

  public final boolean isMissing() {
    return missing().isPresent();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableDraftItem.Builder {}
}

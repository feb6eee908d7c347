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
  /** {@return a stable key, for example {@code purposes} or {@code transfers}} */
  public abstract String key();

  /** {@return the item's label, as the template names it} */
  public abstract LocalizedText label();

  /** {@return the provision or template part the item answers, for example {@code Art. 30(1)(b)} or {@code Appendix C.6}} */
  public abstract Optional<String> reference();

  /** {@return the values, each in the three languages (most are register text, the same in all three)} */
  public abstract List<LocalizedText> values();

  /** {@return the register entries the values came from} */
  public abstract List<EntryRef> sources();

  /** {@return when the register lacks the field: what must be added} Empty when the item is complete. */
  public abstract Optional<LocalizedText> missing();

  /** {@return whether the register lacks the field} */
  public final boolean isMissing() {
    return missing().isPresent();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DraftItem}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableDraftItem.Builder {}
}

package io.github.trygg.core.dpia;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A pre-built screening for a kind of welfare technology: the WP248 criteria it usually meets and
 * why, the facts it brings, and notes per jurisdiction (such as Sweden's consent requirement for
 * digital technology in home care). Every template meets two or more criteria, so a DPIA is the
 * default; setting a criterion aside needs a documented justification.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class WelfareTemplate {
  public abstract String id();

  public abstract LocalizedText label();

  public abstract Map<String, LocalizedText> criteria();

  public abstract Map<String, LocalizedText> facts();

  /** Notes for every jurisdiction. */
  public abstract List<LocalizedText> notes();

  public abstract Map<Jurisdiction, List<LocalizedText>> jurisdictionNotes();

  public abstract List<LegalReference> references();

  /** A screening input for {@code subject} holding the template's criteria and facts, to adjust and screen. */
  public final ScreeningInput.Builder input(String subject, Jurisdiction jurisdiction) {
    ScreeningInput.Builder b = ScreeningInput.builder(subject, jurisdiction);
    criteria().forEach(b::criterion);
    facts().forEach(b::fact);
    return b;
  }

  public final List<LocalizedText> notesFor(Jurisdiction jurisdiction) {
    List<LocalizedText> all = new java.util.ArrayList<>(notes());
    all.addAll(jurisdictionNotes().getOrDefault(jurisdiction, List.of()));
    return all;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableWelfareTemplate.Builder {}
}

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
  /** {@return the template's id, such as {@code safety-alarm}} */
  public abstract String id();

  /** {@return the template's name} */
  public abstract LocalizedText label();

  /** {@return the WP248 criteria such a service typically meets, by id, with the reason} */
  public abstract Map<String, LocalizedText> criteria();

  /** {@return the facts such a service typically has, by id, with the reason} */
  public abstract Map<String, LocalizedText> facts();

  /** {@return notes for every jurisdiction} */
  public abstract List<LocalizedText> notes();

  /** {@return notes for one jurisdiction only} */
  public abstract Map<Jurisdiction, List<LocalizedText>> jurisdictionNotes();

  /** {@return the guidance the template rests on} */
  public abstract List<LegalReference> references();

  /**
   * A screening input for {@code subject} holding the template's criteria and facts, to adjust and screen.
   *
   * @param subject what is screened
   * @param jurisdiction whose lists apply
   * @return a builder holding the template's criteria and facts
   */
  public final ScreeningInput.Builder input(String subject, Jurisdiction jurisdiction) {
    ScreeningInput.Builder b = ScreeningInput.builder(subject, jurisdiction);
    criteria().forEach(b::criterion);
    facts().forEach(b::fact);
    return b;
  }

  /**
   * The notes that apply in a jurisdiction: the general ones, then its own.
   *
   * @param jurisdiction the jurisdiction
   * @return the notes
   */
  public final List<LocalizedText> notesFor(Jurisdiction jurisdiction) {
    List<LocalizedText> all = new java.util.ArrayList<>(notes());
    all.addAll(jurisdictionNotes().getOrDefault(jurisdiction, List.of()));
    return all;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WelfareTemplate}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableWelfareTemplate.Builder {}
}

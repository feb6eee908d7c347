package io.github.trygg.core.changes;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One change: in which area, added, removed or changed, what it is about ({@code system:journal},
 * {@code risk:rsa-01}), which field (empty for a whole entry), the value before and after, and — for
 * a derived value such as a required level, a finding, a risk level or a sign-off's status — why it
 * moved.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Change(ChangeArea area, ChangeKind kind, String subject, String field, Optional<LocalizedText> before,
    Optional<LocalizedText> after, Optional<LocalizedText> reason) {

  /** A change of a value that reads the same in every language (a name, a level, a date). */
  public static Change of(ChangeArea area, ChangeKind kind, String subject, String field, Optional<String> before, Optional<String> after,
      Optional<LocalizedText> reason) {
    return new Change(area, kind, subject, field, before.map(Change::same), after.map(Change::same), reason);
  }

  private static LocalizedText same(String text) {
    return new LocalizedText(text, text, text);
  }


  /** The field's name in {@code language}; the file's property name where there is no word for it. */
  public String fieldLabel(Language language) {
    return io.github.trygg.core.internal.data.FieldWords.label(field, language);
  }

  /** One line, for example {@code klassning · asset:positioner · konfidentialitet: 2 → 3 (…)}. */
  public String describe(Language language) {
    StringBuilder sb = new StringBuilder();
    sb.append(area.label(language)).append(" · ").append(subject);
    if (field.isEmpty()) {
      sb.append(": ").append(kind.label(language));
    } else {
      sb.append(" · ").append(fieldLabel(language)).append(": ").append(before.map(b -> b.in(language)).orElse("—")).append(" → ").append(after.map(a -> a.in(language)).orElse("—"));
    }
    reason.ifPresent(r -> sb.append(" (").append(r.in(language)).append(')'));
    return sb.toString();
  }
}
